/**
 * `npm run bench`: builds the site from a synthetic corpus at 1×, 10× and 100× the real size
 * (scripts/generate-corpus.ts) and measures, for each size: Astro build time and indexing time
 * (scripts/search-index.ts, as `npm run build` runs them), peak memory of the build's process
 * tree, pages, output size, search index size (beside a plain `pagefind --site` index of the same
 * pages), and, in Chromium, the site's search side by side with a plain Pagefind search of the same
 * index in the same page (the lower bound): first results after opening /tim-kiem/?q=, and warm
 * queries. Prints a table and writes it to BENCHMARKS.md (between the "bench" markers).
 *
 *   npm run bench                       # sizes 1,10,100; writes BENCHMARKS.md
 *   npm run bench -- --sizes 1,10 --no-write --keep
 *
 * Work folder: $BENCH_DIR or .bench/run-<pid> in the project (corpus-N, dist-N, cache-N; see WORK
 * below for why not /tmp); removed at the end unless --keep. The real content/ folder is only read.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { generateCorpus, type CorpusStats } from './generate-corpus';
import { writeBenchmarkBlock } from './benchmarks-file';
import { benchEligibility } from './bench-eligibility';
import { benchImport } from './bench-import';
import { serveDir } from './lib/static-server';
import { CHROMIUM } from './lib/chromium';
import { readFlags } from './lib/args';
import { childrenByParent } from './lib/processes';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const { values: flags } = readFlags(
  { sizes: { type: 'string', default: '1,10,100' }, 'no-browser': { type: 'boolean' }, 'no-write': { type: 'boolean' }, keep: { type: 'boolean' }, 'no-eligibility': { type: 'boolean' } },
  'npm run bench -- [--sizes 1,10,100] [--no-browser] [--no-write] [--keep] [--no-eligibility]',
);
const SIZES = flags.sizes.split(',').map(Number).filter((n) => n >= 1);
/**
 * The work folder must be inside the project: when OUT_DIR lies outside the current directory,
 * Astro writes its prerender chunks to <project>/.astro/.prerender/, a folder every such build
 * shares (and deletes at the end), so parallel builds break each other. .bench/ is git-ignored.
 */
const WORK = resolve(process.env.BENCH_DIR ?? join(ROOT, '.bench', `run-${process.pid}`));
const QUERIES = {
  cold: 'thi dua',
  warm: ['tuyen giao', 'mttq', '1813/KH-UBND', 'khen thuong', 'sang kien', 'chi thi', 'dieu 23', 'trach nhiem so noi vu', 'tieu chuan chien si thi dua co so'],
};
/** A plain Starlight site with the five seeds copied 100 times (502 pages) builds here in about 7 s (issue 6). */
const STARLIGHT_MS_PER_PAGE = 7000 / 502;

interface RunResult { ms: number; peakBytes: number; code: number; output: string }
interface Row {
  corpus: CorpusStats;
  astro: RunResult;
  pagefind: RunResult;
  pages: number;
  outputBytes: number;
  indexBytes: number;
  /** Size of a plain `pagefind --site` index of the same pages (the index as it was before issue 13). */
  plainIndexBytes: number;
  /** Time of that plain `pagefind --site` run, for comparison with the site's indexing step. */
  plainIndexMs: number;
  search: SearchTimes | null;
}
interface SearchTimes {
  /** First query typed into the search box of /tim-kiem/ right after its load event, to results on screen. */
  firstUi: number;
  /** /tim-kiem/?q=… from navigation start to results on screen (page load + Pagefind init + search). */
  coldUi: number;
  /** Later queries typed into the search box: median and max. */
  warmUi: number; warmUiMax: number;
  /** The same queries as a plain Pagefind search of the same index in the same page (search, first 10 results' data, drawn): median. */
  warmPlain: number;
  /** Median over the queries of (site's search time / plain search time). */
  ratio: number;
  /** Pagefind API in the page: import + init + search + first 10 results' data. */
  coldApi: number;
  /** Pagefind API: search + data for later queries, median. */
  warmApi: number;
}

// ---------------------------------------------------------------- processes and memory


/** Sum of the resident memory of a process and all its descendants. */
function treeRss(pid: number): number {
  const kids = childrenByParent();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = readFileSync(`/proc/${p}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      if (m) total += Number(m[1]) * 1024;
    } catch { /* ended */ }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

/** Runs a command, sampling the memory of its process tree every 50 ms. */
function run(cmd: string, args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolvePromise({ ms: performance.now() - started, peakBytes: peak, code: code ?? 1, output });
    });
  });
}

function du(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, f) => sum + du(join(path, f)), 0);
}
function countHtml(path: string): number {
  return readdirSync(path, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

// ---------------------------------------------------------------- search in a real browser

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(…)`; the
 * functions handed to the page need that helper there too.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Records when the search page shows its first results (or "no result"): its data-state leaves "loading". */
function watchSearchDone() {
  const w = window as unknown as { __searchDone?: number; __searchWatch?: boolean };
  if (w.__searchWatch) return;
  w.__searchWatch = true;
  const observer = new MutationObserver(() => {
    const state = document.querySelector('site-search')?.getAttribute('data-state');
    if ((state === 'ready' || state === 'empty') && w.__searchDone === undefined) w.__searchDone = performance.now();
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] }));
}

/** A query typed into the search box and submitted, to results on screen (next frame after data-state says done). */
async function typedQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    const box = document.querySelector('site-search')!;
    const input = box.querySelector<HTMLInputElement>('input[type="search"]')!;
    box.setAttribute('data-state', 'idle');
    const t0 = performance.now();
    input.value = query;
    const done = new Promise<void>((res) => {
      const mo = new MutationObserver(() => {
        const s = box.getAttribute('data-state');
        if (s === 'ready' || s === 'empty') { mo.disconnect(); res(); }
      });
      mo.observe(box, { attributes: true, attributeFilter: ['data-state'] });
    });
    input.form!.requestSubmit();
    await done;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - t0;
  }, q);
}

/**
 * The lower bound: a plain Pagefind search of the same index in the same page (module already
 * initialised by the search page): search, load the first 10 results' data, draw title and
 * excerpt, next frame.
 */
async function plainQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    type PF = { search(q: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }> };
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as PF;
    const list = document.createElement('ol');
    document.body.append(list);
    const t0 = performance.now();
    const r = await pf.search(query);
    const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    list.replaceChildren(...data.map((d) => {
      const li = document.createElement('li');
      const a = Object.assign(document.createElement('a'), { href: d.url, textContent: d.meta.title ?? d.url });
      const p = document.createElement('p');
      p.innerHTML = d.excerpt;
      li.append(a, p);
      return li;
    }));
    await new Promise((res) => requestAnimationFrame(() => res(null)));
    const ms = performance.now() - t0;
    list.remove();
    return ms;
  }, q);
}

async function apiTimes(page: Page): Promise<{ cold: number; warm: number }> {
  return page.evaluate(async (queries) => {
    type PF = { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
    const timeQuery = async (pf: PF, q: string) => {
      const r = await pf.search(q);
      await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    };
    const t0 = performance.now();
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as PF;
    await pf.init();
    await timeQuery(pf, queries.cold);
    const cold = performance.now() - t0;
    const warm: number[] = [];
    for (const q of queries.warm) {
      const t = performance.now();
      await timeQuery(pf, q);
      warm.push(performance.now() - t);
    }
    warm.sort((a, b) => a - b);
    return { cold, warm: warm[Math.floor(warm.length / 2)] };
  }, QUERIES);
}

async function searchTimes(dist: string): Promise<SearchTimes> {
  const server = await serveDir(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    // Cold, as from the header's search form: open /tim-kiem/?q=… in a fresh browser context.
    const ctx = await browser.newContext({ locale: 'vi-VN', baseURL: server.url });
    await ctx.addInitScript(KEEP_NAMES_SHIM);
    await ctx.addInitScript(watchSearchDone);
    const page = await ctx.newPage();
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(QUERIES.cold)}`);
    await page.waitForFunction(() => (window as unknown as { __searchDone?: number }).__searchDone !== undefined, null, { timeout: 60_000 });
    const coldUi = await page.evaluate(() => (window as unknown as { __searchDone: number }).__searchDone);
    // Each query: first typed into the search box (as before issue 13: the index chunks it needs
    // may still have to load), then once through a plain Pagefind search, then measured again
    // through each, both having run it once, for the side-by-side ratio.
    const warm: number[] = [];
    const plain: number[] = [];
    const ratios: number[] = [];
    for (const q of QUERIES.warm) {
      warm.push(await typedQuery(page, q));
      await plainQuery(page, q); // the plain path's first run: both sides now have run the query once
      const site = await typedQuery(page, q);
      const bound = await plainQuery(page, q);
      plain.push(bound);
      ratios.push(site / bound);
    }
    await ctx.close();

    // First query typed right after the search page's load event (fresh context: nothing cached).
    const ctx1 = await browser.newContext({ locale: 'vi-VN', baseURL: server.url });
    await ctx1.addInitScript(KEEP_NAMES_SHIM);
    const page1 = await ctx1.newPage();
    await page1.goto('/tim-kiem/', { waitUntil: 'load' });
    const firstUi = await typedQuery(page1, QUERIES.cold);
    await ctx1.close();

    // The Pagefind API alone, from a page that has not loaded it (the home page).
    const ctx2 = await browser.newContext({ baseURL: server.url });
    await ctx2.addInitScript(KEEP_NAMES_SHIM);
    const page2 = await ctx2.newPage();
    await page2.goto('/');
    const api = await apiTimes(page2);
    await ctx2.close();
    return { firstUi, coldUi, warmUi: median(warm), warmUiMax: Math.max(...warm), warmPlain: median(plain), ratio: median(ratios), coldApi: api.cold, warmApi: api.warm };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------- report

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(b < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const ms = (x: number) => `${Math.round(x)} ms`;

function table(rows: Row[]): string {
  const head = ['Cỡ', 'Văn bản', 'Cơ quan', 'Nhiệm vụ', 'Trang', 'Astro', 'Chỉ mục tìm kiếm (pagefind --site thường)', 'Tổng', 'ms/trang', 'Bộ nhớ đỉnh', 'Bản build', 'Chỉ mục (so với Pagefind thường)', 'Tìm lần đầu', 'Mở /tim-kiem/?q=', 'Tìm lặp (trung vị / tối đa)', 'Tìm của trang / Pagefind thường (trung vị, tỉ lệ)', 'API lần đầu / lặp'];
  const body = rows.map((r) => [
    `${r.corpus.scale}×`, String(r.corpus.documents), String(r.corpus.agencies), String(r.corpus.tasks), String(r.pages),
    s(r.astro.ms), `${s(r.pagefind.ms)} (${s(r.plainIndexMs)})`, s(r.astro.ms + r.pagefind.ms), ((r.astro.ms + r.pagefind.ms) / r.pages).toFixed(1),
    mb(Math.max(r.astro.peakBytes, r.pagefind.peakBytes)), mb(r.outputBytes),
    `${mb(r.indexBytes)} (${mb(r.plainIndexBytes)}, ×${(r.indexBytes / r.plainIndexBytes).toFixed(2)})`,
    r.search ? ms(r.search.firstUi) : '—',
    r.search ? ms(r.search.coldUi) : '—',
    r.search ? `${ms(r.search.warmUi)} / ${ms(r.search.warmUiMax)}` : '—',
    r.search ? `${ms(r.search.warmPlain * r.search.ratio)} / ${ms(r.search.warmPlain)}, ×${r.search.ratio.toFixed(1)}` : '—',
    r.search ? `${ms(r.search.coldApi)} / ${ms(r.search.warmApi)}` : '—',
  ]);
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((b) => `| ${b.join(' | ')} |`)].join('\n');
}

function verdicts(rows: Row[]): string[] {
  const out: string[] = [];
  const total = (r: Row) => r.astro.ms + r.pagefind.ms;
  const one = rows.find((r) => r.corpus.scale === 1);
  const hundred = rows.find((r) => r.corpus.scale === 100);
  const ok = (b: boolean) => (b ? 'đạt' : '**KHÔNG ĐẠT**');
  if (one) out.push(`Trang thật (1×) build trọn vẹn dưới 10 s: ${s(total(one))} — ${ok(total(one) < 10_000)}.`);
  if (hundred) {
    out.push(`100× không quá 60 s: ${s(total(hundred))} — ${ok(total(hundred) <= 60_000)}.`);
    const peak = Math.max(hundred.astro.peakBytes, hundred.pagefind.peakBytes);
    out.push(`100× không quá 1,5 GB bộ nhớ: ${mb(peak)} — ${ok(peak <= 1.5 * 1024 ** 3)}.`);
    const perPage = total(hundred) / hundred.pages;
    out.push(`Thời gian mỗi trang ở 100×: ${perPage.toFixed(1)} ms/trang; Starlight tham chiếu ${STARLIGHT_MS_PER_PAGE.toFixed(1)} ms/trang (7 s / 502 trang), giới hạn 1,5× = ${(1.5 * STARLIGHT_MS_PER_PAGE).toFixed(1)} ms/trang — ${ok(perPage <= 1.5 * STARLIGHT_MS_PER_PAGE)}.`);
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    const growth = total(b) / total(a);
    const pages = b.pages / a.pages;
    out.push(`Từ ${a.corpus.scale}× lên ${b.corpus.scale}×: số trang ×${pages.toFixed(1)}, thời gian build ×${growth.toFixed(1)} — ${ok(growth <= pages * 1.1)} (không tăng nhanh hơn tuyến tính).`);
  }
  for (const r of rows) {
    const index = r.indexBytes / r.plainIndexBytes;
    const parts = [`chỉ mục ×${index.toFixed(2)} so với Pagefind thường (≤ 1,3×: ${ok(index <= 1.3)})`];
    if (r.search) {
      const coldTarget = r.corpus.scale >= 100 ? 800 : 500;
      parts.push(
        `mở /tim-kiem/?q= đến khi hiện kết quả ${ms(r.search.coldUi)} (≤ ${coldTarget} ms: ${ok(r.search.coldUi <= coldTarget)})`,
        `tìm lặp ${ms(r.search.warmUi)}${r.corpus.scale >= 100 ? ` (≤ 100 ms: ${ok(r.search.warmUi <= 100)})` : ''}`,
        `tìm của trang so với Pagefind thường ×${r.search.ratio.toFixed(1)} (≤ 2×: ${ok(r.search.ratio <= 2)})`,
      );
    }
    out.push(`${r.corpus.scale}×: ${parts.join('; ')}.`);
  }
  return out;
}

function machine(): string {
  const c = cpus();
  return `${c.length} lõi (${c[0]?.model.trim() ?? 'không rõ'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GB bộ nhớ, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

function writeBenchmarks(markdown: string) {
  console.log(`Đã ghi bảng vào ${writeBenchmarkBlock('bench', markdown)}.`);
}

// ---------------------------------------------------------------- main

async function main() {
  mkdirSync(WORK, { recursive: true });
  if (!WORK.startsWith(ROOT + '/')) console.warn(`Cảnh báo: ${WORK} nằm ngoài dự án; các build song song có thể giẫm lên nhau ở .astro/.prerender/.`);
  console.log(`Máy: ${machine()}\nThư mục làm việc: ${WORK}\n`);
  const rows: Row[] = [];
  for (const scale of SIZES) {
    const corpusDir = join(WORK, `corpus-${scale}`);
    const dist = join(WORK, `dist-${scale}`);
    const cache = join(WORK, `cache-${scale}`);
    rmSync(dist, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    const corpus = generateCorpus({ scale, out: corpusDir, from: join(ROOT, 'content') });
    console.log(`${scale}×: ${corpus.documents} văn bản, ${corpus.agencies} cơ quan, ${corpus.tasks} nhiệm vụ → build…`);
    const env = { CONTENT_DIR: corpusDir, OUT_DIR: dist, CACHE_DIR: cache };
    const astro = await run('astro', ['build'], env);
    if (astro.code !== 0) {
      console.error(astro.output.slice(-4000));
      throw new Error(`Build ${scale}× thất bại (mã ${astro.code}); kho mẫu ở ${corpusDir}`);
    }
    const pagefind = await run('tsx', [join(ROOT, 'scripts', 'search-index.ts'), '--site', dist], env);
    if (pagefind.code !== 0) {
      console.error(pagefind.output.slice(-4000));
      throw new Error(`Lập chỉ mục tìm kiếm ${scale}× thất bại (mã ${pagefind.code})`);
    }
    // The plain CLI index of the same pages, for the size comparison only (not served, not timed as build).
    const plainOut = join(WORK, `pagefind-plain-${scale}`);
    const plainIndex = await run('pagefind', ['--site', dist, '--output-path', plainOut], env);
    if (plainIndex.code !== 0) console.error(`Không tạo được chỉ mục Pagefind thường ${scale}×: ${plainIndex.output.slice(-1000)}`);
    const row: Row = {
      corpus, astro, pagefind,
      pages: countHtml(dist),
      outputBytes: du(dist),
      indexBytes: du(join(dist, 'pagefind')),
      plainIndexBytes: du(plainOut),
      plainIndexMs: plainIndex.ms,
      search: null,
    };
    rmSync(plainOut, { recursive: true, force: true });
    if (!flags['no-browser']) {
      try {
        row.search = await searchTimes(dist);
      } catch (e) {
        console.error(`Không đo được thời gian tìm kiếm ở ${scale}×: ${(e as Error).message}`);
      }
    }
    rows.push(row);
    console.log(`   Astro ${s(astro.ms)}, chỉ mục ${s(pagefind.ms)}, ${row.pages} trang, đỉnh ${mb(Math.max(astro.peakBytes, pagefind.peakBytes))}` +
      (row.search ? `, tìm lần đầu ${ms(row.search.firstUi)}, mở ?q= ${ms(row.search.coldUi)}, tìm lặp ${ms(row.search.warmUi)}, so với Pagefind thường ×${row.search.ratio.toFixed(1)}` : ''));
    if (!flags.keep) {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  const md = [
    `Máy: ${machine()}.`,
    '',
    table(rows),
    '',
    ...verdicts(rows).map((v) => `- ${v}`),
  ].join('\n');
  console.log(`\n${md}\n`);
  if (!flags['no-write']) writeBenchmarks(md);
  if (!flags.keep) rmSync(WORK, { recursive: true, force: true });
  // The eligibility command on a national list (10,000 and 1,000,000 profiles; issue 14).
  if (!flags['no-eligibility']) await benchEligibility({ write: !flags['no-write'] });
  // The importer on a 5,000-word plan (issue 10: under 1 s).
  const imp = benchImport();
  console.log(`Nhập văn bản (npm run import) ${imp.words} từ, ${imp.parts} mục đánh số, ${imp.tasks} nhiệm vụ nháp: ${imp.ms} ms (trung vị 5 lần; mục tiêu < 1000 ms — ${imp.ms < 1000 ? 'đạt' : 'KHÔNG ĐẠT'}).`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
