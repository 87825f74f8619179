/**
 * Vietnamese text helpers: folding for search and matching, and dates in the dd/mm/yyyy form
 * Vietnamese readers expect. Plain TypeScript, no Astro imports.
 */

/**
 * Folds Vietnamese text for matching: lower case, tone marks and vowel marks removed, and đ → d
 * (NFD does not decompose đ, which is why plain accent stripping misses "Đảng" for "dang").
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Folds and collapses everything that is not a letter or digit to single spaces. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** An ASCII slug of Vietnamese text ("Ban Tuyên giáo" → "ban-tuyen-giao"). */
export function slugify(text: string): string {
  return foldWords(text).replace(/ /g, '-');
}

/** A partial date as the sources give it: "2014-10-14", "2025-01" or "2018". */
export type PartialDate = string;

/** Formats a partial date the Vietnamese way: "14/10/2014", "tháng 01/2025", "năm 2018". */
export function formatDate(date: PartialDate | null | undefined): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `tháng ${m}/${y}`;
  return `năm ${y}`;
}

/** The year of a partial date, or null. */
export function yearOf(date: PartialDate | null | undefined): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** Roman numerals used by the sources for parts (I–X are enough for any directive or plan). */
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Whether a token is a lower-case roman numeral of a part. */
export function isRoman(token: string): boolean {
  return ROMAN.includes(token);
}

/** A number the Vietnamese way: "2.340.000", "1,5", "0,3". */
export function formatNumber(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
