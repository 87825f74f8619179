/**
 * Search the way Vietnamese people type. Pagefind folds tone marks but keeps đ apart from d, and
 * knows nothing of abbreviations, so the search page runs a few variants of each query and
 * merges them (queryVariants), then ranks the merged results (rankResults): an official number
 * first, then a title match, then an exact match with the diacritics the user typed.
 * Plain TypeScript: unit-tested without a browser.
 */
import { fold, foldWords } from './vi';

/** Abbreviations used in the documents, with their full form (both searched either way). */
export const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'ủy ban nhân dân',
  hđnd: 'hội đồng nhân dân',
  mttq: 'mặt trận tổ quốc',
  ubmttq: 'ủy ban mặt trận tổ quốc',
  tđkt: 'thi đua khen thưởng',
  hđtđkt: 'hội đồng thi đua khen thưởng',
  btv: 'ban thường vụ',
  tu: 'tỉnh ủy',
  tw: 'trung ương',
  ct: 'chỉ thị',
  kh: 'kế hoạch',
  nđ: 'nghị định',
  cp: 'chính phủ',
  tt: 'thông tư',
  bnv: 'bộ nội vụ',
  qh: 'quốc hội',
  cstđcs: 'chiến sĩ thi đua cơ sở',
  lđtt: 'lao động tiên tiến',
  htxs: 'hoàn thành xuất sắc',
  htt: 'hoàn thành tốt',
};

/** Pairs like "CT/TW", "KH-UBND": both parts are abbreviations and are expanded together. */
const PAIR_RE = /^([\p{L}]+)[/-]([\p{L}]+)$/u;

const MAX_VARIANTS = 24;

function tokens(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean);
}

/**
 * Expands a token that is an abbreviation (or an abbreviation pair) to its full form. Two-letter
 * abbreviations (ct, kh, tu, tw …) expand only inside a pair such as "CT/TW": alone they are
 * ordinary unaccented words ("tu tuong" is "tư tưởng", not "tỉnh ủy tưởng").
 */
function expandToken(token: string, inPair = false): string | null {
  const folded = fold(token.toLowerCase());
  const key = Object.keys(ABBREVIATIONS).find((k) => fold(k) === folded && (inPair || k.length > 2));
  if (key) return ABBREVIATIONS[key];
  const pair = inPair ? null : token.toLowerCase().match(PAIR_RE);
  if (pair) {
    const a = expandToken(pair[1], true);
    const b = expandToken(pair[2], true);
    if (a && b) return `${a} ${b}`;
  }
  return null;
}

/** Replaces full forms found in the query by their abbreviation ("ủy ban nhân dân" → "ubnd"). */
function contractFullForms(query: string): string[] {
  const folded = ` ${foldWords(query)} `;
  const out: string[] = [];
  for (const [abbr, full] of Object.entries(ABBREVIATIONS)) {
    if (abbr.length < 3) continue; // two-letter abbreviations (ct, kh, tw) only expand, never contract
    const f = ` ${foldWords(full)} `;
    if (folded.includes(f)) out.push(folded.replace(f, ` ${fold(abbr)} `).trim());
  }
  return out;
}

/** "duong" → ["duong", "đuong"]: đ only ever starts a Vietnamese syllable. */
function dVariants(word: string): string[] {
  return /^[dD]/.test(word) ? [word, 'đ' + word.slice(1)] : [word];
}

/**
 * The queries to run for what the user typed, the typed query first. Covers: words typed with
 * "d" for "đ"; abbreviations for full names and full names for abbreviations.
 */
export function queryVariants(query: string): string[] {
  const typed = tokens(query).join(' ');
  if (!typed) return [];
  const bases = [typed];
  const expanded = tokens(typed).map((t) => expandToken(t) ?? t).join(' ');
  if (expanded !== typed) bases.push(expanded);
  bases.push(...contractFullForms(typed));

  const out: string[] = [];
  const add = (q: string) => {
    if (out.length < MAX_VARIANTS && !out.includes(q)) out.push(q);
  };
  for (const base of bases) {
    const words = tokens(base);
    // Cartesian product of d/đ choices, varying at most the first four d-words.
    let combos: string[][] = [[]];
    let varied = 0;
    for (const w of words) {
      const options = varied < 4 ? dVariants(w) : [w];
      if (options.length > 1) varied++;
      combos = combos.flatMap((c) => options.map((o) => [...c, o]));
    }
    for (const c of combos) add(c.join(' '));
  }
  return out;
}

/** A search result as the ranking sees it. */
export interface RankItem {
  id: string;
  /** Pagefind's score of the best variant that found it. */
  score: number;
  title: string;
  /** Official number ("1813/KH-UBND"), or '' for pages without one. */
  number: string;
  /** Plain text of the page (Pagefind's `content`). */
  content: string;
  /** Whether the page is a document (văn bản, luật) rather than an agency, award or glossary page. */
  isDocument?: boolean;
}

/** An official number folded for comparison: "Số 1813 /KH-UBND" and "1813/kh-ubnd" are equal. */
export function foldNumber(text: string): string {
  return fold(text).replace(/^so:?\s*/, '').replace(/[^a-z0-9]/g, '');
}

/** Whether the query looks like an official document number ("1813/KH-UBND", "41-CT/TW"). */
export function looksLikeNumber(query: string): boolean {
  return /\d/.test(query) && /[/-]/.test(query) && /\p{L}/u.test(query);
}

/**
 * Orders merged results: exact official-number match, then title match (all query words in the
 * title, folded), then pages containing the query with the exact diacritics typed; within a tier,
 * documents before the pages derived from them (agencies, awards), then by score.
 */
export function rankResults(query: string, items: RankItem[]): RankItem[] {
  const q = query.trim();
  const qNumber = looksLikeNumber(q) ? foldNumber(q) : '';
  const qWords = foldWords(q).split(' ').filter(Boolean);
  const typedLower = q.toLowerCase();
  const hasDiacritics = fold(typedLower) !== typedLower;
  const tier = (it: RankItem): number => {
    if (qNumber && it.number && foldNumber(it.number) === qNumber) return 3;
    const title = ` ${foldWords(it.title)} `;
    if (qWords.length && qWords.every((w) => title.includes(` ${w} `))) return 2;
    if (hasDiacritics && it.content.toLowerCase().includes(typedLower)) return 1;
    return 0;
  };
  return items
    .map((it) => ({ it, t: tier(it) }))
    .sort((a, b) => b.t - a.t || Number(!!b.it.isDocument) - Number(!!a.it.isDocument) || b.it.score - a.it.score)
    .map((x) => x.it);
}
