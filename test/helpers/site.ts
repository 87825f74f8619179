/** Access to the built site for tests. `npm test` builds first; SITE_DIST points elsewhere. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(process.env.SITE_DIST ?? 'dist');
export const SEEDS = resolve(process.env.SEEDS_DIR ?? 'sources/seeds');
/** The folder of every source text (seeds/, documents/); a document's `source` is relative to it. */
export const SOURCES = resolve(process.env.SOURCES_DIR ?? 'sources');

export function requireDist(): string {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`Không thấy trang đã build ở ${DIST}. Chạy "npm run build" trước (hoặc đặt SITE_DIST).`);
  }
  return DIST;
}

/** The HTML of a built page by its URL path ("/van-ban/x/"). */
export function pageHtml(urlPath: string): string {
  const file = join(requireDist(), urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`Trang ${urlPath} không có trong bản build (${file}).`);
  return readFileSync(file, 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Visible text of an HTML fragment: tags removed, entities decoded, white space collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ')
    // Inline elements (a citation link, a <Sic> span) sit inside a sentence: no space for them.
    .replace(/<\/?(?:a|span|abbr|em|strong|b|i)\b[^>]*>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of the <main> element of a page. */
export function mainText(html: string): string {
  const m = html.match(/<main[\s\S]*?<\/main>/);
  return htmlText(m ? m[0] : html);
}

/** The text of a document page's body (the transcription), without metadata or relation panels. */
export function documentBodyText(html: string): string {
  const start = html.indexOf('class="doc-text"');
  if (start === -1) throw new Error('Trang không có phần toàn văn (class="doc-text").');
  const ends = ['<section class="source-notes"', '<section class="relations"'].map((m) => html.indexOf(m, start)).filter((i) => i > 0);
  return htmlText(html.slice(start, Math.min(...ends)).replace(/^[^>]*>/, ''));
}
