/**
 * Every URL of the site, built in one place: pages and components link with these, the exports
 * (/du-lieu/*.json, agency CSVs) write them, and the checker's links use them. Page URLs end with
 * "/" (astro.config.mjs: trailingSlash 'always'); anchors are the hand-written ids of
 * src/lib/outline.ts. Plain TypeScript, no Astro imports (the browser checker uses it too).
 */

// The URLs the browser checker needs live in urls-checker.ts (re-exported here): the checker
// bundles that small module itself instead of loading this one as a chunk shared with search.
export * from './urls-checker';
import { anchorUrl, checkerAnswersUrl } from './urls-checker';

export const HOME_URL = '/';
export const DOCUMENTS_URL = '/van-ban/';
/** Laws have their own section (no index page: they are listed with the documents). */
export const LAWS_SECTION = '/luat/';
export const AGENCIES_URL = '/co-quan/';
export const MATRIX_URL = '/co-quan/ma-tran/';
export const AWARDS_URL = '/khen-thuong/';
export const BATCH_CHECKER_URL = '/kiem-tra/hang-loat/';
export const BATCH_TEMPLATE_URL = '/kiem-tra/mau-danh-sach.csv';
/** The same template as an Excel workbook with drop-down lists. */
export const BATCH_TEMPLATE_XLSX_URL = '/kiem-tra/mau-danh-sach.xlsx';
export const GLOSSARY_URL = '/thuat-ngu/';
export const SEARCH_URL = '/tim-kiem/';

/** URL of a document page: laws have their own section, everything else is under /van-ban/. */
export function documentUrl(id: string, kind?: string): string {
  return kind === 'luat' ? `${LAWS_SECTION}${id}/` : `${DOCUMENTS_URL}${id}/`;
}

/** URL of a clause of a document: its page and the clause's anchor. */
export function clauseUrl(id: string, kind: string | undefined, anchor: string): string {
  return anchorUrl(documentUrl(id, kind), anchor);
}

/** The page of an agency. */
export const agencyPath = (id: string) => `${AGENCIES_URL}${id}/`;
/** An agency's tasks as a spreadsheet. */
export const agencyCsvPath = (id: string) => `${AGENCIES_URL}${id}.csv`;
/** One scope of the responsibility matrix (a province, or the central bodies). */
export const matrixScopeUrl = (slug: string) => `${MATRIX_URL}${slug}/`;

/** The page of an award. */
export function awardUrl(id: string): string {
  return `${AWARDS_URL}${id}/`;
}

/** The checker preset to an award. */
export function checkerUrl(id: string): string {
  return checkerAnswersUrl(`#award=${encodeURIComponent(id)}`);
}

/** The open-data exports (schemas: docs/responsibilities.md, docs/exports.md). */
export type ExportFile = 'van-ban.json' | 'co-quan.json' | 'nhiem-vu.json' | 'khen-thuong.json' | 'co-quan.csv';
export const exportUrl = (file: ExportFile) => `/du-lieu/${file}`;
