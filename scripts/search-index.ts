/**
 * Builds the search index (run by `npm run build` after `astro build`): every built page goes to
 * Pagefind through its Node API with its "twin" words beside the text — d-spellings of đ-words,
 * abbreviations and full forms — and the task pages (checker, batch checker) with the words
 * people use for them (src/lib/search-index.ts; docs/adr/0003-search-folding.md). The built HTML
 * on disk is not changed.
 *
 *   npx tsx scripts/search-index.ts [--site DIR]     # default: $OUT_DIR or dist
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
  let pages = 0;
  // A few files in flight at once: the Pagefind service indexes while Node reads the next ones.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = urlOf(file);
      const html = htmlForIndex(readFileSync(file, 'utf8'), url);
      if (html === null) continue;
      const res = await index.addHTMLFile({ url, content: html });
      if (res.errors.length) throw new Error(`${relative(process.cwd(), file)}: Pagefind không lập chỉ mục được: ${res.errors.join('; ')}`);
      pages++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const out = join(site, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind không ghi được chỉ mục vào ${out}: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`Chỉ mục tìm kiếm: ${pages} trang → ${relative(process.cwd(), out) || out} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  await pagefind.close().catch(() => {});
  process.exit(1);
});
