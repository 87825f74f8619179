/**
 * From an award to the clause behind a criterion and back, in a real browser: open an award page,
 * click a criterion's citation, land on the law (or decree) page with that clause in view; climb
 * a ladder from the diagram.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/browser';

const site = useSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

/** Whether the element with this id is inside the viewport (at least partly, its top on screen). */
async function inView(id: string): Promise<boolean> {
  return page.evaluate((elementId) => {
    const el = document.getElementById(elementId);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
  }, id);
}

/** Follows the citation of a criterion and checks where it lands. */
async function followCitation(awardId: string, criterionElementId: string, expectedPath: string, expectedAnchor: string) {
  await page.goto(`/khen-thuong/${awardId}/`);
  const link = page.locator(`#${criterionElementId} a[data-citation]`);
  expect(await link.count()).toBe(1);
  await link.click();
  await page.waitForURL((u) => u.pathname === expectedPath && u.hash === `#${expectedAnchor}`);
  await page.waitForFunction((id) => {
    const el = document.getElementById(id);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  }, expectedAnchor);
  expect(await inView(expectedAnchor), `#${expectedAnchor} trong tầm nhìn`).toBe(true);
  // The clause is the :target (highlighted by the page's style).
  expect(await page.evaluate((id) => document.querySelector(':target')?.id === id, expectedAnchor)).toBe(true);
}

describe('Từ danh hiệu đến đúng khoản của Luật và trở lại', () => {
  it('trang Chiến sĩ thi đua cơ sở: bấm căn cứ của tiêu chí "có thêm một trong các thành tích" đến khoản 2 Điều 23 của Luật, khoản đó hiện trên màn hình', async () => {
    await followCitation('chien-si-thi-dua-co-so', 'tieu-chi-dieu-23-khoan-2', '/luat/luat-thi-dua-khen-thuong-2022/', 'dieu-23-khoan-2');
    expect(await page.textContent('#dieu-23-khoan-2')).toMatch(/xuất sắc|sáng kiến/);
    // Back to the award page, at the criterion.
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/khen-thuong/chien-si-thi-dua-co-so/');
    expect(await page.isVisible('#tieu-chi-dieu-23-khoan-2')).toBe(true);
  });

  it('căn cứ theo điểm của Luật dẫn đến đúng điểm (điểm a khoản 1 Điều 22, Chiến sĩ thi đua bộ, ban, ngành, tỉnh)', async () => {
    await followCitation('chien-si-thi-dua-bo-nganh-tinh', 'tieu-chi-dieu-22-khoan-1-diem-a', '/luat/luat-thi-dua-khen-thuong-2022/', 'dieu-22-khoan-1-diem-a');
  });

  it('nguyên tắc chung dẫn đến đúng khoản của Nghị định 152/2025/NĐ-CP', async () => {
    await followCitation('lao-dong-tien-tien', 'tieu-chi-tam-hoan-xet', '/van-ban/nghi-dinh-152-2025-nd-cp/', 'dieu-4-khoan-4');
  });
});

describe('Sơ đồ thang khen thưởng', () => {
  it('bấm ô "Chiến sĩ thi đua cơ sở" trong sơ đồ mở trang của danh hiệu đó; ô nhận được tiêu điểm bàn phím', async () => {
    await page.goto('/khen-thuong/');
    const node = page.locator('svg[data-ladder] a[data-award="chien-si-thi-dua-co-so"]');
    expect(await node.count()).toBe(1);
    await node.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-award'))).toBe('chien-si-thi-dua-co-so');
    await node.click();
    await page.waitForURL((u) => u.pathname === '/khen-thuong/chien-si-thi-dua-co-so/');
    expect(await page.textContent('h1')).toBe('Chiến sĩ thi đua cơ sở');
  });

  it('sơ đồ vừa màn hình điện thoại, không tràn ngang trang', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/khen-thuong/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const widths = await page.$$eval('svg[data-ladder]', (svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
