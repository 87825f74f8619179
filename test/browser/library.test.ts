/**
 * The document library in a real browser: search the way Vietnamese people type, read a
 * document, follow its table of contents, copy a link to one item, filter the index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite } from '../helpers/browser';

let session: Awaited<ReturnType<typeof openSite>>;
let page: Page;

beforeAll(async () => {
  session = await openSite({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = session.page;
});
afterAll(async () => {
  expect(session.external, 'trang không được gọi ra ngoài').toEqual([]);
  await session?.close();
});

/** Searches as from the header's form; `section` = "Văn bản" narrows to documents as the "Loại trang" filter does. */
async function searchFor(q: string, section?: string): Promise<string[]> {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}${section ? `&section=${encodeURIComponent(section)}` : ''}`);
  await page.waitForFunction(() => ['ready', 'empty'].includes(document.querySelector('site-search')?.getAttribute('data-state') ?? ''));
  return page.$$eval('.search-results li h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('Tìm kiếm trong trình duyệt', () => {
  it('"duong loi" (không dấu) tìm thấy các văn bản nói về “đường lối”', async () => {
    const urls = await searchFor('duong loi');
    expect(urls).toContain('/van-ban/chi-thi-nghe-an-nang-cao-chat-luong-tdkt/');
    expect(urls).toContain('/van-ban/bai-viet-doi-moi-cong-tac-khen-thuong-2018/');
  });
  it('"tuyen giao" tìm thấy kế hoạch của Hà Nam và Ninh Thuận (Ban Tuyên giáo Tỉnh ủy) trong các văn bản', async () => {
    const urls = await searchFor('tuyen giao', 'Văn bản');
    expect(urls).toContain('/van-ban/ke-hoach-1813-kh-ubnd-ha-nam/');
    expect(urls).toContain('/van-ban/ke-hoach-ninh-thuan-thuc-hien-chi-thi-41/');
  });
  it('"mttq" tìm thấy văn bản viết đầy đủ “Mặt trận Tổ quốc”', async () => {
    const urls = await searchFor('mttq', 'Văn bản');
    expect(urls).toContain('/van-ban/ke-hoach-1813-kh-ubnd-ha-nam/');
    expect(urls).toContain('/van-ban/chi-thi-nghe-an-nang-cao-chat-luong-tdkt/');
  });
  it('"1813/KH-UBND" đưa Kế hoạch 1813/KH-UBND của tỉnh Hà Nam lên đầu', async () => {
    const urls = await searchFor('1813/KH-UBND');
    expect(urls[0]).toBe('/van-ban/ke-hoach-1813-kh-ubnd-ha-nam/');
  });
  it('"41-CT/TW" đưa Chỉ thị 41-CT/TW lên đầu', async () => {
    const urls = await searchFor('41-CT/TW');
    expect(urls[0]).toBe('/van-ban/chi-thi-41-ct-tw/');
  });
  it('"Xem thêm kết quả" nạp thêm kết quả và đưa con trỏ đến kết quả mới đầu tiên', async () => {
    await searchFor('thi dua');
    const before = await page.$$eval('.search-results li', (l) => l.length);
    expect(await page.isVisible('.search-more')).toBe(true);
    await page.click('.search-more');
    await page.waitForFunction((n) => document.querySelectorAll('.search-results li').length > n, before);
    const focused = await page.evaluate(() => document.activeElement?.closest('li'));
    expect(focused).not.toBeNull();
    const index = await page.evaluate(() => [...document.querySelectorAll('.search-results li')].indexOf(document.activeElement!.closest('li')!));
    expect(index).toBe(before);
    expect(await page.textContent('.search-status')).toMatch(/đang hiển thị|kết quả/);
  });
  it('bộ lọc loại văn bản thu hẹp kết quả và được ghi vào địa chỉ trang', async () => {
    await searchFor('thi dua');
    const before = await page.$$eval('.search-results li', (l) => l.length);
    await page.selectOption('[data-filter="kind"]', 'Kế hoạch');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'Kế hoạch');
    await page.waitForFunction((n) => document.querySelectorAll('.search-results li').length < n, before);
    const kinds = await page.$$eval('.result-meta', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(k).toContain('Kế hoạch');
  });
});

describe('Đọc một văn bản', () => {
  it('mục lục dẫn đến đúng mục, và nút liên kết chép địa chỉ có neo', async () => {
    await page.goto('/van-ban/ke-hoach-1813-kh-ubnd-ha-nam/');
    await page.click('nav.toc a[href="#muc-iii"]');
    expect(new URL(page.url()).hash).toBe('#muc-iii');
    expect(await page.isVisible('#muc-iii')).toBe(true);
    await page.click('#muc-iii-khoan-3 .copy-link');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${session.server.url}/van-ban/ke-hoach-1813-kh-ubnd-ha-nam/#muc-iii-khoan-3`);
    expect(await page.textContent('#copy-status')).toContain('Đã sao chép');
  });
  it('trang văn bản có thanh tình trạng và phần văn bản liên quan hai chiều', async () => {
    await page.goto('/van-ban/chi-thi-34-ct-tw/');
    expect(await page.textContent('.status-banner')).toContain('Chưa có toàn văn');
    const incoming = await page.$$eval('.relations a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(incoming).toContain('/van-ban/ke-hoach-1813-kh-ubnd-ha-nam/');
  });
});

describe('Danh mục văn bản', () => {
  it('lọc theo tỉnh và năm không tải lại trang', async () => {
    await page.goto('/van-ban/');
    const all = await page.$$eval('tbody tr', (rs) => rs.length);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.selectOption('select[name="province"]', 'Hà Nam');
    const visible = await page.$$eval('tbody tr:not([hidden]) th a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(visible).toEqual(['/van-ban/ke-hoach-1813-kh-ubnd-ha-nam/']);
    await page.selectOption('select[name="province"]', '');
    await page.selectOption('select[name="year"]', '2024');
    const in2024 = await page.$$eval('tbody tr:not([hidden])', (rs) => rs.length);
    expect(in2024).toBeGreaterThan(0);
    expect(in2024).toBeLessThan(all);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });
});
