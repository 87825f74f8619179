/**
 * Gate: axe-core (WCAG 2.0/2.1/2.2, levels A and AA) reports zero violations on every page type,
 * in the light and the dark colour scheme. Page types that do not exist yet are skipped (the
 * gate grows as pages land); once a page type exists it must pass.
 *
 * The pages have a strict CSP, so axe is injected through the DevTools protocol
 * (page.evaluate), which the page's CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSite } from '../helpers/browser';
import { builtPages, pagesOfType, type BuiltPage } from './site';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = [
  { scheme: 'light', label: 'nền sáng' },
  { scheme: 'dark', label: 'nền tối' },
] as const;

interface AxeNode { target: unknown[]; html: string; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] }

/** Size in bytes of a built page (to pick the richest page of a type). */
function size(p: BuiltPage): number {
  return readFileSync(p.file).length;
}
function largest(pages: BuiltPage[]): BuiltPage | undefined {
  return [...pages].sort((a, b) => size(b) - size(a))[0];
}
function smallest(pages: BuiltPage[]): BuiltPage | undefined {
  return [...pages].sort((a, b) => size(a) - size(b))[0];
}

/** Selector of the checker's result: the checker helper's markup is matched loosely on purpose. */
const CHECKER_RESULT = '[data-verdict], .verdict, [class*="verdict"], [class*="ket-qua"], .result, [class*="result"]';

interface Scenario {
  name: string;
  /** The URL, or null when the page type is not built yet. */
  url: string | null;
  /** Brings the page into the state to audit (after navigation). */
  prepare?: (page: Page) => Promise<void>;
}

/** The checker's own element (a custom element) if there is one, else <main>. */
const CHECKER_SCOPE = 'main checker-app, main [data-checker], main';

async function scope(page: Page): Promise<Locator> {
  for (const sel of CHECKER_SCOPE.split(', ')) {
    const l = page.locator(sel).first();
    if (await l.count()) return l;
  }
  return page.locator('main');
}

async function visibleControls(page: Page): Promise<Locator[]> {
  const all = await (await scope(page)).locator('select, input:not([type="hidden"]):not([type="search"]), textarea').all();
  const out: Locator[] = [];
  for (const c of all) if (await c.isVisible()) out.push(c);
  return out;
}

/** Answers every visible, unanswered question of the checker with a plausible value. */
async function answerVisible(page: Page, onlyFirst = false): Promise<number> {
  let answered = 0;
  for (const control of await visibleControls(page)) {
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    const type = (await control.getAttribute('type')) ?? '';
    if (tag === 'select') {
      if (await control.inputValue()) continue;
      const values = await control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      if (values.length) { await control.selectOption(values[0]); answered++; }
    } else if (type === 'radio') {
      const name = await control.getAttribute('name');
      const group = (await scope(page)).locator(`input[type="radio"][name="${name}"]`);
      if ((await group.evaluateAll((rs) => rs.filter((r) => (r as HTMLInputElement).checked).length)) > 0) continue;
      await control.check(); answered++;
    } else if (type === 'checkbox') {
      continue;
    } else if (!(await control.inputValue())) {
      const hint = `${await control.getAttribute('name')} ${await control.getAttribute('id')}`.toLowerCase();
      const min = await control.getAttribute('min');
      const value = type === 'date' ? '2025-01-01'
        : type === 'month' ? '2025-01'
        : type === 'number' ? (/nam|year/.test(hint) ? '2025' : min ?? '1')
        : 'x';
      await control.fill(value); answered++;
    }
    if (onlyFirst && answered) break;
  }
  return answered;
}

/**
 * Clicks the checker's "next"/"check" button, if one is visible: a `.primary` button first, then
 * a submit button of a form, then a button whose text says so ("Tiếp", "Kiểm tra", "Xem kết quả").
 */
async function advance(page: Page): Promise<boolean> {
  const root = await scope(page);
  const candidates = [
    root.locator('button.primary, input[type="submit"].primary'),
    root.locator('form button:not([type="button"]):not([type="reset"]), form input[type="submit"]'),
    root.locator('button').filter({ hasText: /tiếp|kiểm tra|xem kết quả|đánh giá|xác nhận/i }),
  ];
  for (const list of candidates) {
    for (const b of await list.all()) {
      if (!(await b.isVisible()) || !(await b.isEnabled())) continue;
      const text = ((await b.textContent()) ?? (await b.getAttribute('value')) ?? '').toLowerCase();
      if (/quay lại|làm lại|xóa|bắt đầu lại/.test(text)) continue;
      await b.click();
      return true;
    }
  }
  return false;
}

async function checkerResultShown(page: Page): Promise<boolean> {
  for (const r of await (await scope(page)).locator(CHECKER_RESULT).all()) {
    if ((await r.isVisible()) && ((await r.textContent()) ?? '').trim().length > 10) return true;
  }
  return false;
}

function scenarios(): Scenario[] {
  const url = (p: BuiltPage | undefined) => p?.url ?? null;
  const first = (t: Parameters<typeof pagesOfType>[0]) => url(pagesOfType(t)[0]);
  const law = pagesOfType('law').find((p) => p.url === '/luat/luat-thi-dua-khen-thuong-2022/');
  const checker = first('checker');
  const list: Scenario[] = [
    { name: 'Trang chủ', url: first('home') },
    { name: 'Danh mục văn bản', url: first('document-index') },
    { name: 'Văn bản (trang có toàn văn dài nhất)', url: url(largest(pagesOfType('document'))) },
    { name: 'Văn bản (trang ngắn nhất, chỉ có thông tin)', url: url(smallest(pagesOfType('document'))) },
    { name: 'Luật Thi đua, khen thưởng 2022', url: url(law) },
    { name: 'Danh mục cơ quan', url: first('agency-index') },
    { name: 'Cơ quan (trang nhiều nhiệm vụ nhất)', url: url(largest(pagesOfType('agency'))) },
    { name: 'Danh mục khen thưởng', url: first('award-index') },
    { name: 'Hình thức khen thưởng (trang dài nhất)', url: url(largest(pagesOfType('award'))) },
    { name: 'Tự kiểm tra: lúc bắt đầu', url: checker },
    {
      name: 'Tự kiểm tra: giữa chừng (đã chọn hình thức khen thưởng)',
      url: checker,
      prepare: async (page) => {
        const answered = await answerVisible(page, true);
        expect(answered, 'không tìm thấy câu hỏi đầu tiên của công cụ tự kiểm tra (select/radio/input trong <main>)').toBeGreaterThan(0);
        await advance(page);
        await page.waitForTimeout(300);
      },
    },
    {
      name: 'Tự kiểm tra: có kết quả',
      url: checker,
      prepare: async (page) => {
        for (let step = 0; step < 12 && !(await checkerResultShown(page)); step++) {
          const answered = await answerVisible(page);
          const clicked = await advance(page);
          await page.waitForTimeout(300);
          if (!answered && !clicked) break;
        }
        expect(await checkerResultShown(page), `không đưa được công cụ tự kiểm tra đến kết quả (cổng tìm phần tử ${CHECKER_RESULT} có chữ)`).toBe(true);
      },
    },
    {
      name: 'Tìm kiếm, đang mở kết quả ("thi dua")',
      url: first('search') ? '/tim-kiem/?q=thi%20dua' : null,
      prepare: async (page) => {
        await page.waitForFunction(() => document.querySelectorAll('.search-results li, .pagefind-ui__result').length > 0, null, { timeout: 15_000 });
      },
    },
    { name: 'Trang 404 (địa chỉ không có)', url: first('404') ? '/khong-co-trang-nay/' : null },
  ];
  for (const p of pagesOfType('other')) list.push({ name: `Trang khác ${p.url}`, url: p.url });
  return list;
}

let session: Awaited<ReturnType<typeof openSite>>;
const pageErrors: string[] = [];

beforeAll(async () => {
  builtPages();
  session = await openSite();
  session.page.on('pageerror', (e) => pageErrors.push(`${session.page.url()}: ${e.message}`));
  session.page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${session.page.url()}: ${m.text()}`);
  });
});
afterAll(async () => {
  await session?.close();
});

async function audit(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((r) => r.violations),
    WCAG_TAGS,
  );
}

function describeViolations(where: string, violations: AxeViolation[]): string {
  const lines = violations.flatMap((v) => [
    `  • ${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.length} chỗ; ${v.helpUrl}`,
    ...v.nodes.slice(0, 4).map((n) => `      ${n.target.join(' ')}  ${n.html.slice(0, 140)}`),
  ]);
  return `axe: ${violations.length} loại vi phạm WCAG trên ${where}:\n${lines.join('\n')}`;
}

describe('Cổng trợ năng: axe-core (WCAG 2.2 A/AA) không báo vi phạm nào', () => {
  for (const s of scenarios()) {
    for (const { scheme, label } of SCHEMES) {
      const title = `${s.name}, ${label}${s.url ? ` (${s.url})` : ' (chưa có trang)'}`;
      it.skipIf(s.url === null)(title, async () => {
        const { page } = session;
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(s.url!, { waitUntil: 'load' });
        if (s.prepare) await s.prepare(page);
        const violations = await audit(page);
        if (violations.length) throw new Error(describeViolations(`${s.url} (${label})`, violations));
      });
    }
  }

  it('không trang nào báo lỗi JavaScript hay vi phạm CSP khi mở', () => {
    expect(session.external, 'trang không được gọi ra ngoài').toEqual([]);
    const real = pageErrors.filter((e) => !/404 \(Not Found\)/.test(e) || !e.includes('/khong-co-trang-nay/'));
    expect(real, 'lỗi trong console của trình duyệt').toEqual([]);
  });
});
