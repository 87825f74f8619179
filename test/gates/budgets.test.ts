/**
 * Gate: page weight, measured on the build output (gzip, as a server sends it; not timed).
 * - Reading pages (documents, the law, agencies, awards) load no JavaScript but /lien-ket.js,
 *   and nothing from Pagefind (search loads only on /tim-kiem/).
 * - A document page's HTML + CSS is under 25 KB gzip; every page, the law included, under 60 KB
 *   (HTML + CSS + JS); the checker's own JavaScript under 25 KB (ADR 0008).
 * Prints a table of sizes per page type.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COPY_LINK_SCRIPT, DIST, EXECUTABLE_SCRIPT, PAGE_TYPES, PAGE_TYPE_LABEL, READING_TYPES, attr, builtPages, elements, fileForPath,
  gzipSize, kb, pagesOfType, parsePage, report, siteOrigin, textOf, type BuiltPage,
} from './site';

const KB = 1024;
const DOCUMENT_HTML_CSS_BUDGET = 25 * KB;
const PAGE_BUDGET = 60 * KB;
/** Back to 25 KB on 30/11/2026 after a stop-gap of 28 KB (docs/adr/0008-ngan-sach-javascript-cong-cu.md). */
const CHECKER_JS_BUDGET = 25 * KB;

interface Weight {
  page: BuiltPage;
  html: number;
  css: number;
  js: number;
  /** Script URLs the page loads (src, modulepreload, and what those import statically). */
  scripts: string[];
  /** Inline executable scripts (their first characters). */
  inlineScripts: string[];
  /** Stylesheet URLs. */
  styles: string[];
}

const gzCache = new Map<string, number>();
function gz(urlPath: string): number {
  let n = gzCache.get(urlPath);
  if (n === undefined) {
    const file = fileForPath(urlPath);
    n = file ? gzipSize(readFileSync(file)) : 0;
    gzCache.set(urlPath, n);
  }
  return n;
}

/** Static imports of a JS module ("./chunk.js", "/_astro/x.js"), as site paths. */
function importsOf(urlPath: string): string[] {
  const file = fileForPath(urlPath);
  if (!file) return [];
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+\.m?js)["']|\bimport\s*\(\s*["']([^"']+\.m?js)["']\s*\)/g;
  for (const m of src.matchAll(re)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) out.push(posix.normalize(posix.join(posix.dirname(urlPath), spec)));
    else if (spec.startsWith('/')) out.push(spec);
  }
  return out;
}

function isOwn(href: string, pageUrl: string): string | null {
  const u = new URL(href, siteOrigin() + pageUrl);
  return u.origin === siteOrigin() ? u.pathname : null;
}

function weigh(page: BuiltPage): Weight {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const inlineScripts: string[] = [];
  for (const el of elements(parsePage(page.file))) {
    if (el.tagName === 'script') {
      const type = attr(el, 'type') ?? '';
      const src = attr(el, 'src');
      if (src) {
        const own = isOwn(src, page.url);
        if (own) scripts.add(own);
      } else if (EXECUTABLE_SCRIPT.test(type)) {
        inlineScripts.push(textOf(el).trim().slice(0, 60));
      }
    }
    if (el.tagName === 'link') {
      const rel = (attr(el, 'rel') ?? '').split(/\s+/);
      const href = attr(el, 'href');
      if (!href) continue;
      const own = isOwn(href, page.url);
      if (!own) continue;
      if (rel.includes('stylesheet')) styles.add(own);
      if (rel.includes('modulepreload')) scripts.add(own);
    }
  }
  // Follow static imports of the page's modules (Astro splits shared code into chunks).
  const queue = [...scripts];
  while (queue.length) {
    for (const dep of importsOf(queue.shift()!)) {
      if (!scripts.has(dep)) { scripts.add(dep); queue.push(dep); }
    }
  }
  const html = gzipSize(readFileSync(page.file));
  const css = [...styles].reduce((s, u) => s + gz(u), 0);
  const js = [...scripts].reduce((s, u) => s + gz(u), 0) + inlineScripts.reduce((s, t) => s + gzipSize(t), 0);
  return { page, html, css, js, scripts: [...scripts].sort(), inlineScripts, styles: [...styles] };
}

let weights: Weight[] | undefined;
function allWeights(): Weight[] {
  weights ??= builtPages().map(weigh);
  return weights;
}

function printTable() {
  const rows: string[][] = [['Loại trang', 'Số trang', 'HTML gzip (lớn nhất)', 'CSS gzip', 'JS gzip', 'Tổng lớn nhất', 'Trang nặng nhất']];
  for (const type of PAGE_TYPES) {
    const ws = allWeights().filter((w) => w.page.type === type);
    if (!ws.length) continue;
    const total = (w: Weight) => w.html + w.css + w.js;
    const heaviest = ws.reduce((a, b) => (total(b) > total(a) ? b : a));
    rows.push([
      PAGE_TYPE_LABEL[type], String(ws.length), kb(Math.max(...ws.map((w) => w.html))),
      kb(heaviest.css), kb(heaviest.js), kb(total(heaviest)), heaviest.page.url,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join(' | ');
  console.log(`Kích thước trang theo loại (gzip, ${DIST}):\n${[line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n')}`);
}

describe('Cổng dung lượng: trang đọc nhẹ, không tải JavaScript thừa', () => {
  it('in bảng dung lượng theo loại trang', () => {
    expect(allWeights().length).toBeGreaterThan(0);
    printTable();
  });

  it('trang đọc (văn bản, luật, cơ quan, khen thưởng) không tải JavaScript nào ngoài /lien-ket.js, và không gì từ Pagefind', () => {
    const reading = allWeights().filter((w) => READING_TYPES.includes(w.page.type));
    expect(reading.length, 'chưa có trang đọc nào trong bản build').toBeGreaterThan(0);
    const problems: string[] = [];
    for (const w of reading) {
      const extra = w.scripts.filter((s) => s !== COPY_LINK_SCRIPT);
      if (extra.length) problems.push(`${w.page.url}: tải script ${extra.join(', ')} (chỉ được phép ${COPY_LINK_SCRIPT})`);
      if (w.inlineScripts.length) problems.push(`${w.page.url}: có script nội tuyến (“${w.inlineScripts[0]}…”)`);
      if (readFileSync(w.page.file, 'utf8').includes('/pagefind/')) problems.push(`${w.page.url}: tham chiếu đến /pagefind/ (tìm kiếm chỉ được tải ở /tim-kiem/)`);
    }
    if (problems.length) throw new Error(report('Trang đọc tải JavaScript', problems));
  });

  it(`mỗi trang văn bản có HTML + CSS dưới ${DOCUMENT_HTML_CSS_BUDGET / KB} KB gzip`, () => {
    const docs = allWeights().filter((w) => w.page.type === 'document');
    expect(docs.length, 'chưa có trang văn bản nào').toBeGreaterThan(0);
    const over = docs
      .filter((w) => w.html + w.css >= DOCUMENT_HTML_CSS_BUDGET)
      .map((w) => `${w.page.url}: HTML ${kb(w.html)} + CSS ${kb(w.css)} = ${kb(w.html + w.css)} (ngân sách ${kb(DOCUMENT_HTML_CSS_BUDGET)})`);
    if (over.length) throw new Error(report('Trang văn bản vượt ngân sách', over));
  });

  it(`mọi trang (kể cả trang nặng nhất, Luật) có HTML + CSS + JS dưới ${PAGE_BUDGET / KB} KB gzip`, () => {
    const over = allWeights()
      .filter((w) => w.html + w.css + w.js >= PAGE_BUDGET)
      .map((w) => `${w.page.url}: HTML ${kb(w.html)} + CSS ${kb(w.css)} + JS ${kb(w.js)} = ${kb(w.html + w.css + w.js)} (ngân sách ${kb(PAGE_BUDGET)})`);
    if (over.length) throw new Error(report('Trang vượt ngân sách', over));
  });

  const checker = pagesOfType('checker');
  it.skipIf(checker.length === 0)(
    `JavaScript riêng của công cụ tự kiểm tra dưới ${CHECKER_JS_BUDGET / KB} KB gzip${checker.length ? '' : ' (chưa có /kiem-tra/)'}`,
    () => {
      const w = weigh(checker[0]);
      const own = w.scripts.filter((s) => s !== COPY_LINK_SCRIPT);
      const size = own.reduce((s, u) => s + gz(u), 0) + w.inlineScripts.reduce((s, t) => s + gzipSize(t), 0);
      console.log(`JavaScript của /kiem-tra/: ${kb(size)} gzip (${own.join(', ') || 'không có tệp'})`);
      expect(size, `/kiem-tra/ tải ${kb(size)} JavaScript gzip (${own.join(', ')}); ngân sách ${kb(CHECKER_JS_BUDGET)}`).toBeLessThan(CHECKER_JS_BUDGET);
    },
  );
});
