/**
 * Dates, numbers and lists written the Vietnamese way: dd/mm/yyyy dates, and numbers and lists
 * by the platform's Intl formatters. Apart from `vi.ts` (folding, slugs), so that the browser
 * checker, which formats but never folds, bundles this small module into its own chunk instead
 * of loading the shared `vi` chunk. `vi.ts` re-exports everything here.
 * Plain TypeScript, no Astro imports.
 */

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

/**
 * A date typed the Vietnamese way, day first ("10/3/2025", "10-03-2025", "10.03.2025"), or
 * "2025-03-10", as "2025-03-10"; undefined when it is not a real calendar date. Day first always:
 * a browser's date field would follow its locale and read "10/03" as 3 October in English.
 */
export function parseDayMonthYear(text: string): string | undefined {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : t;
  // A real date survives the round trip through Date (31/02 comes back as 03/03); toJSON gives
  // null for an invalid one.
  return /^\d{4}-\d\d-\d\d$/.test(iso) && new Date(`${iso}T00:00:00Z`).toJSON()?.startsWith(iso) ? iso : undefined;
}

/** The year of a partial date, or null. */
export function yearOf(date: PartialDate | null | undefined): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

// Pure: a bundle that never formats a number (the checker) drops the formatters.
const NUMBER = /* @__PURE__ */ new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });
const TWO_DIGITS = /* @__PURE__ */ new Intl.NumberFormat('vi-VN', { minimumIntegerDigits: 2, useGrouping: false });
const AND = /* @__PURE__ */ new Intl.ListFormat('vi', { type: 'conjunction' });
const OR = /* @__PURE__ */ new Intl.ListFormat('vi', { type: 'disjunction' });

/** A number the Vietnamese way: "2.340.000", "1,5", "0,3". */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** A count as the law writes it, with two digits: "02 lần", "05 năm" (12 stays "12"). */
export function twoDigits(n: number): string {
  return TWO_DIGITS.format(n);
}

/** "cá nhân, tập thể và hộ gia đình" (or "… hoặc …"); "" for none. */
export function listVi(items: readonly string[], joiner: 'và' | 'hoặc' = 'và'): string {
  return (joiner === 'và' ? AND : OR).format(items);
}
