/**
 * Vietnamese text helpers: folding for search and matching, slugs; and (re-exported from
 * `vi-format.ts`) dates in the dd/mm/yyyy form Vietnamese readers expect, numbers and lists.
 * Plain TypeScript, no Astro imports.
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

export * from './vi-format';

/** Roman numerals used by the sources for parts (I–X are enough for any directive or plan). */
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Whether a token is a lower-case roman numeral of a part. */
export function isRoman(token: string): boolean {
  return ROMAN.includes(token);
}

