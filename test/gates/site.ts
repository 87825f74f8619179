/**
 * Shared helpers for the quality gates: the list of built pages, their page type, a parsed DOM
 * (hast) and gzip sizes. Everything reads the build output (SITE_DIST, default dist/).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { DIST, requireDist } from '../helpers/site';

export { DIST, requireDist };

/** Where the content the site was built from lives (to tell an agency page from /co-quan/ma-tran/). */
export const CONTENT = resolve(process.env.CONTENT_DIR ?? 'content');

export type PageType =
  | 'home' | 'document-index' | 'document' | 'law' | 'agency-index' | 'agency'
  | 'award-index' | 'award' | 'checker' | 'search' | '404' | 'other';

export const PAGE_TYPE_LABEL: Record<PageType, string> = {
  'home': 'Trang chủ',
  'document-index': 'Danh mục văn bản',
  'document': 'Văn bản',
  'law': 'Luật',
  'agency-index': 'Danh mục cơ quan',
  'agency': 'Cơ quan',
  'award-index': 'Danh mục khen thưởng',
  'award': 'Hình thức khen thưởng',
  'checker': 'Tự kiểm tra',
  'search': 'Tìm kiếm',
  '404': 'Trang 404',
  'other': 'Trang khác',
};

/** Page types in the order reports list them. */
export const PAGE_TYPES: PageType[] = [
  'home', 'document-index', 'document', 'law', 'agency-index', 'agency',
  'award-index', 'award', 'checker', 'search', '404', 'other',
];

/** Reading pages: they may load no script but /lien-ket.js. */
export const READING_TYPES: PageType[] = ['document', 'law', 'agency', 'award'];

/** Script types the browser runs (JSON data blocks are not scripts). */
export const EXECUTABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript)$/i;

/** The only script a reading page may load. */
export const COPY_LINK_SCRIPT = '/lien-ket.js';

export interface BuiltPage {
  /** URL path as the site serves it: "/van-ban/x/", "/404.html". */
  url: string;
  /** Absolute path of the HTML file. */
  file: string;
  type: PageType;
}

function hasContentFile(folder: string, id: string, exts: string[]): boolean {
  return exts.some((e) => existsSync(join(CONTENT, folder, `${id}.${e}`)));
}

/** The page type of a URL path. Agency and award pages are told apart by their content file. */
export function pageType(url: string): PageType {
  if (url === '/') return 'home';
  if (url === '/404.html' || url === '/404/') return '404';
  if (url === '/tim-kiem/') return 'search';
  if (url === '/kiem-tra/') return 'checker';
  if (url === '/van-ban/') return 'document-index';
  if (url === '/co-quan/') return 'agency-index';
  if (url === '/khen-thuong/') return 'award-index';
  const m = url.match(/^\/(van-ban|luat|co-quan|khen-thuong)\/([^/]+)\/$/);
  if (m) {
    const [, section, id] = m;
    if (section === 'van-ban' && hasContentFile('van-ban', id, ['mdx', 'md'])) return 'document';
    if (section === 'luat' && hasContentFile('van-ban', id, ['mdx', 'md'])) return 'law';
    if (section === 'co-quan' && hasContentFile('co-quan', id, ['yaml', 'yml', 'json'])) return 'agency';
    if (section === 'khen-thuong' && hasContentFile('khen-thuong', id, ['yaml', 'yml', 'json'])) return 'award';
  }
  return 'other';
}

function walk(dir: string, filter: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (p === join(DIST, 'pagefind') || p === join(DIST, '_astro')) continue;
      out.push(...walk(p, filter));
    } else if (filter(p)) out.push(p);
  }
  return out;
}

/** The URL path of a built file. */
export function urlOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

let pagesCache: BuiltPage[] | undefined;
/** Every built HTML page (Pagefind's and Astro's asset folders excluded), sorted by URL. */
export function builtPages(): BuiltPage[] {
  requireDist();
  pagesCache ??= walk(DIST, (f) => f.endsWith('.html'))
    .map((file) => ({ file, url: urlOf(file), type: pageType(urlOf(file)) }))
    .sort((a, b) => a.url.localeCompare(b.url));
  return pagesCache;
}

/** Built files with the given extension (outside pagefind/ and _astro/). */
export function builtFiles(ext: string): string[] {
  requireDist();
  return walk(DIST, (f) => f.endsWith(ext)).sort();
}

/** Pages of one type. */
export function pagesOfType(type: PageType): BuiltPage[] {
  return builtPages().filter((p) => p.type === type);
}

/** The file a site URL path is served from, or null. Follows `trailingSlash: 'always'`. */
export function fileForPath(pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(DIST)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const treeCache = new Map<string, Root>();
/** The parsed HTML of a built file. */
export function parsePage(file: string): Root {
  let tree = treeCache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    treeCache.set(file, tree);
  }
  return tree;
}

/** Every element of a tree, in document order (template contents included). */
export function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') {
    yield node;
    if (node.tagName === 'template' && node.content) yield* elements(node.content);
  }
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

/** An attribute of a hast element as a string (hast stores class lists and some attributes as arrays). */
export function attr(el: Element, name: string): string | undefined {
  const v = el.properties?.[name];
  if (v === undefined || v === null || v === false) return undefined;
  // Space-separated lists (class, rel) and comma-separated ones (srcset, accept) come as arrays.
  if (Array.isArray(v)) return v.join(name === 'srcSet' || name === 'accept' ? ', ' : ' ');
  return String(v);
}

/** The text of an element. */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c)).join('');
  return '';
}

/** Every id on a page (and <a name>, which also works as a fragment target). */
export function idsOf(file: string): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(parsePage(file))) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a') {
      const name = attr(el, 'name');
      if (name) ids.add(name);
    }
  }
  return ids;
}

let originCache: string | undefined;
/** The site's own origin, read from the home page's canonical link. */
export function siteOrigin(): string {
  if (originCache) return originCache;
  const home = join(requireDist(), 'index.html');
  for (const el of elements(parsePage(home))) {
    if (el.tagName === 'link' && attr(el, 'rel') === 'canonical' && attr(el, 'href')) {
      originCache = new URL(attr(el, 'href')!).origin;
      return originCache;
    }
  }
  originCache = 'http://localhost:4321';
  return originCache;
}

/** Gzip size (default level, as a web server sends it) of a file or a string. */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data).length;
}

/** "12.3 KB" (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Formats a list of problems as a failure message: a title, then one line per problem (at most
 * `max`, with the count of the rest).
 */
export function report(title: string, problems: string[], max = 60): string {
  const shown = problems.slice(0, max).map((p) => `  • ${p}`);
  if (problems.length > max) shown.push(`  … và ${problems.length - max} lỗi nữa`);
  return `${title} (${problems.length}):\n${shown.join('\n')}`;
}
