/**
 * Builds the search index (run by `npm run build` after `astro build`): every built page goes to
 * Pagefind (its Node API, `addDirectory` on a scratch copy) with its "twin" words beside the
 * text — d-spellings of đ-words, abbreviations and full forms — and the task pages (checker, batch checker) with the words
 * people use for them (src/lib/search-index.ts; docs/adr/0003-search-folding.md). The built HTML
 * on disk is not changed.
 *
 *   npx tsx scripts/search-index.ts [--site DIR]     # default: $OUT_DIR or dist
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../src/lib/search-index';

const { values } = parseArgs({ options: { site: { type: 'string' } } });
const site = resolve(values.site ?? process.env.OUT_DIR ?? 'dist');

/** The URL path a built file is served at ("kiem-tra/index.html" → "/kiem-tra/"). */
function urlOf(file: string): string {
  const rel = relative(site, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(site, f).startsWith('pagefind'))
    .sort();
}

async function main() {
  const started = performance.now();
  const files = htmlFiles(site);
  if (!files.length) throw new Error(`Không có trang HTML nào trong ${site}. Sửa: chạy "astro build" trước, hoặc chỉ đúng thư mục bằng --site.`);
  // The pages as Pagefind should see them go to a scratch folder of the same layout (so the same
  // URLs), which Pagefind then reads as it reads a built site (addDirectory), instead of 7,000
  // pages at 100× each sent as one message through the Node API's pipe (addHTMLFile).
  const scratch = mkdtempSync(join(tmpdir(), 'search-index-'));
  try {
    let pages = 0;
    for (const file of files) {
      const html = htmlForIndex(readFileSync(file, 'utf8'), urlOf(file));
      if (html === null) continue;
      const out = join(scratch, relative(site, file));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, html);
      pages++;
    }
    const prepared = performance.now();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(`Pagefind không lập chỉ mục được: ${added.errors.join('; ')}`);
    const out = join(site, 'pagefind');
    rmSync(out, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`Pagefind không ghi được chỉ mục vào ${out}: ${written.errors.join('; ')}`);
    await pagefind.close();
    const sec = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)} s`;
    console.log(`Chỉ mục tìm kiếm: ${added.page_count}/${pages} trang → ${relative(process.cwd(), out) || out} (thêm từ đi kèm ${sec(started, prepared)}, Pagefind ${sec(prepared, performance.now())}).`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  await pagefind.close().catch(() => {});
  process.exit(1);
});
