/**
 * Search that answers the question (issue 13), in a real browser against the built site: the
 * page whose subject the query names comes first, and a long page opens at the part that answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/browser';

const site = useSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

interface Shown { href: string; title: string; part: string; excerpt: string }

/** Opens /tim-kiem/?q=… as the header's search form does, and reads the results once the search is done. */
async function searchFor(q: string): Promise<Shown[]> {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => ['ready', 'empty'].includes(document.querySelector('site-search')?.getAttribute('data-state') ?? ''));
  return page.$$eval('.search-results li', (lis) => lis.map((li) => {
    const a = li.querySelector('h2 a') as HTMLAnchorElement;
    const part = li.querySelector('.result-part') as HTMLElement;
    return { href: new URL(a.href).pathname + new URL(a.href).hash, title: a.textContent ?? '', part: part.hidden ? '' : part.textContent ?? '', excerpt: li.querySelector('.result-excerpt')?.textContent ?? '' };
  }));
}

describe('Tìm kiếm trả lời đúng câu hỏi', () => {
  it('"dieu 23" mở Luật Thi đua, khen thưởng đang có hiệu lực ngay tại Điều 23', async () => {
    const results = await searchFor('dieu 23');
    expect(results[0].href).toBe('/luat/luat-thi-dua-khen-thuong-2022/#dieu-23');
    expect(results[0].part).toMatch(/^Điều 23\. Danh hiệu “?Chiến sĩ thi đua cơ sở/);
    await page.click('.search-results li:first-child h2 a');
    await page.waitForURL('**/luat/luat-thi-dua-khen-thuong-2022/#dieu-23');
    expect(await page.locator('#dieu-23 .part-heading').first().textContent()).toContain('Chiến sĩ thi đua cơ sở');
  });
  it('"khoan 1 dieu 24" mở đúng khoản 1 Điều 24 của Luật', async () => {
    const results = await searchFor('khoan 1 dieu 24');
    expect(results[0].href).toBe('/luat/luat-thi-dua-khen-thuong-2022/#dieu-24-khoan-1');
  });
  it('"trach nhiem so noi vu" đưa các trang Sở Nội vụ lên đầu và gợi ý lọc theo tỉnh', async () => {
    const results = await searchFor('trach nhiem so noi vu');
    // Each province's Sở Nội vụ, and the page of all provinces' Sở Nội vụ (a group of bodies).
    const isSoNoiVu = (r: Shown) => r.href.startsWith('/co-quan/') && r.title.startsWith('Sở Nội vụ');
    const soNoiVu = results.filter(isSoNoiVu);
    expect(soNoiVu.filter((r) => r.title.startsWith('Sở Nội vụ tỉnh')).length).toBeGreaterThanOrEqual(2);
    expect(results.slice(0, soNoiVu.length).every(isSoNoiVu)).toBe(true);
    expect(await page.isVisible('.search-province-hint')).toBe(true);
  });
  it('"tieu chuan chien si thi dua co so" đưa trang danh hiệu Chiến sĩ thi đua cơ sở lên đầu', async () => {
    const results = await searchFor('tieu chuan chien si thi dua co so');
    expect(results[0].href).toBe('/khen-thuong/chien-si-thi-dua-co-so/');
  });
  it('"kiem tra tieu chuan" đưa công cụ tự kiểm tra lên đầu, "mau danh sach" đưa trang kiểm tra hàng loạt lên đầu', async () => {
    expect((await searchFor('kiem tra tieu chuan'))[0].href).toBe('/kiem-tra/');
    expect((await searchFor('mau danh sach'))[0].href).toBe('/kiem-tra/hang-loat/');
  });
  it('"chỉ thị 41" đưa Chỉ thị 41-CT/TW lên đầu, mở từ đầu văn bản', async () => {
    expect((await searchFor('chỉ thị 41'))[0].href).toBe('/van-ban/chi-thi-41-ct-tw/');
  });
  it('gõ không dấu "duong loi": đoạn trích hiện đúng chữ “đường lối” của văn bản, không hiện từ phụ của chỉ mục', async () => {
    const results = await searchFor('duong loi');
    const marked = await page.$$eval('.search-results mark', (ms) => ms.map((m) => m.textContent?.toLowerCase()));
    expect(marked).toContain('đường');
    for (const r of results) expect(r.excerpt).not.toMatch(/zzsearch/);
  });
  it('trang tìm kiếm báo trạng thái bằng data-state: "empty" khi không có kết quả', async () => {
    const results = await searchFor('qqqxxyyzz');
    expect(results).toEqual([]);
    expect(await page.getAttribute('site-search', 'data-state')).toBe('empty');
  });
});
