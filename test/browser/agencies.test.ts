/**
 * The agency finder in a real browser answers "who does this today": typing an old body's name
 * shows it with a link to the body that took over its work after the 2025 reorganisation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/browser';

const site = useSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

describe('Ô tìm cơ quan trong trình duyệt', () => {
  it('gõ "ban tdkt" thì kết quả nêu "nay là Sở Nội vụ tỉnh Nghệ An" kèm liên kết đến trang đó', async () => {
    await page.goto('/co-quan/');
    await page.fill('#finder-q', 'ban tdkt');
    const first = page.locator('.finder-results li').first();
    await expect.poll(() => first.locator('a').first().textContent()).toBe('Ban Thi đua - Khen thưởng tỉnh Nghệ An');
    const now = first.locator('.now a');
    expect(await now.textContent()).toBe('Sở Nội vụ tỉnh Nghệ An');
    expect(await now.getAttribute('href')).toBe('/co-quan/so-noi-vu-nghe-an/');
  });

  it('gõ tên cơ quan của tỉnh đã sáp nhập (Sở Nội vụ Hà Nam) thì thấy cơ quan hiện nay ở tỉnh Ninh Bình và độ tin cậy', async () => {
    await page.goto('/co-quan/?q=so%20noi%20vu%20ha%20nam');
    const first = page.locator('.finder-results li').first();
    await expect.poll(() => first.textContent()).toContain('Sở Nội vụ tỉnh Hà Nam');
    expect(await first.locator('.now').textContent()).toMatch(/nay là Sở Nội vụ tỉnh Ninh Bình \(độ tin cậy trung bình\)/);
  });
});
