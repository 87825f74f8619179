/**
 * What a search query asks for, and the order of the answers. The index already holds every
 * spelling of a page's words (đ and d, abbreviations and full forms: src/lib/search-index.ts), so
 * the query is searched once, as typed. What cannot be folded into the index is read here: a
 * reference to an article or clause ("khoản 1 điều 24"), a document named by kind and number
 * ("chỉ thị 41"), an official number ("1813/KH-UBND") and what the person wants to know about a
 * subject ("tiêu chuẩn …" of an award, "trách nhiệm …" of a body). rankResults then puts the page
 * whose subject the query names first. Plain TypeScript: unit-tested without a browser.
 */
import { fold, foldWords } from './vi';
import { expandAbbreviation, TASK_SECTION } from './search-index';
import { DOCUMENT_SECTION, SEARCH_SECTIONS } from './site';

const sectionOf = (prefix: string) => SEARCH_SECTIONS.find((s) => s.prefix === prefix)!.label;
/** The search sections ("Loại trang" filter) the ranking rules name. */
export const SECTIONS = { document: DOCUMENT_SECTION, agency: sectionOf('/co-quan/'), award: sectionOf('/khen-thuong/'), tool: TASK_SECTION } as const;

/** A reference to a part of a law: Điều, khoản, điểm. */
export interface PartRef {
  dieu: number;
  khoan: number | null;
  /** The point's letter as printed ("a", "đ"), or null. */
  diem: string | null;
}

/** What the person asks about a subject. */
export type Intent = 'award' | 'agency' | 'tool';

export interface ParsedQuery {
  /** The query as typed, spaces collapsed. */
  text: string;
  /** Folded words of the query. */
  words: string[];
  /** Folded words of the subject, once the words of the intent are removed. */
  subject: string[];
  intent: Intent | null;
  /** "điều 23", "khoản 1 điều 24", "điểm d khoản 1 điều 74", "điều 24.1.a"… */
  part: PartRef | null;
  /** "chỉ thị 41", "kế hoạch 982", "nghị định 152": the kind's folded words and the number. */
  document: { kind: string; number: string } | null;
  /** An official number typed as such ("1813/KH-UBND"), folded (see foldNumber). */
  number: string | null;
  /** The query names a law other than the one in force (an amending law, a year, "sửa đổi"). */
  namesOtherLaw: boolean;
}

/** Words that ask for an award's criteria, conditions or dossier (folded). */
const AWARD_INTENTS = ['tieu chuan', 'dieu kien', 'ho so', 'thu tuc', 'muc thuong', 'tien thuong'];
/** Words that ask for a body's duties (folded). */
const AGENCY_INTENTS = ['trach nhiem', 'nhiem vu', 'duoc giao', 'phan cong'];
/** Words that ask for a tool of the site (folded): the checker, the batch checker. */
const TOOL_INTENTS = ['kiem tra', 'tu kiem tra', 'mau danh sach', 'hang loat'];

/** Kinds of documents people name with a number (folded), as in "chỉ thị 41". */
const DOCUMENT_KIND_WORDS = ['chi thi', 'ke hoach', 'nghi dinh', 'thong tu', 'luat', 'nghi quyet', 'quyet dinh'];

/** The years of the laws the one in force replaced or that amend it: typing one names that law. */
const OTHER_LAW_WORDS = ['sua doi', 'bo sung', '2003', '2005', '2013', '2026', 'het hieu luc'];

/** An official number folded for comparison: "Số 1813 /KH-UBND" and "1813/kh-ubnd" are equal. */
export function foldNumber(text: string): string {
  return fold(text).replace(/^so:?\s*/, '').replace(/[^a-z0-9]/g, '');
}

/** Whether the query looks like an official document number ("1813/KH-UBND", "41-CT/TW"). */
function looksLikeNumber(query: string): boolean {
  return /\d/.test(query) && /[/-]/.test(query) && /\p{L}/u.test(query);
}

const padded = (words: string[]) => ` ${words.join(' ')} `;

/** Reads "điều 23", "khoản 1 điều 24", "điểm d khoản 1 điều 74" (any order of the parts, with or without marks). */
export function parsePartRef(query: string): PartRef | null {
  const lower = ` ${query.toLowerCase().replace(/[.,;:]/g, ' ')} `;
  const folded = fold(lower);
  const dieu = folded.match(/\sdieu\s+(\d+)\s/);
  if (!dieu) return null;
  const khoan = folded.match(/\skhoan\s+(\d+)\s/);
  // The point's letter keeps its mark ("điểm đ" is not "điểm d"): read it before folding.
  const diem = lower.normalize('NFC').match(/\s(?:điểm|diem)\s+([a-zđ])\s/u);
  return {
    dieu: Number(dieu[1]),
    khoan: khoan ? Number(khoan[1]) : null,
    diem: khoan && diem ? diem[1] : null,
  };
}

/** The anchor id of a part of a law ("dieu-24-khoan-1-diem-a"; điểm đ is "diem-dd"). */
export function partAnchor(ref: PartRef): string {
  let id = `dieu-${ref.dieu}`;
  if (ref.khoan != null) id += `-khoan-${ref.khoan}`;
  if (ref.khoan != null && ref.diem) id += `-diem-${ref.diem === 'đ' ? 'dd' : ref.diem}`;
  return id;
}

/** Removes the first occurrence of a folded phrase from folded words. */
function without(words: string[], phrase: string): string[] {
  const p = phrase.split(' ');
  for (let i = 0; i + p.length <= words.length; i++) {
    if (p.every((w, j) => words[i + j] === w)) return [...words.slice(0, i), ...words.slice(i + p.length)];
  }
  return words;
}

/** Reads what a query asks for. */
export function parseQuery(query: string): ParsedQuery {
  const text = query.trim().split(/\s+/).filter(Boolean).join(' ');
  const words = foldWords(text).split(' ').filter(Boolean);
  const p = padded(words);
  const has = (phrase: string) => p.includes(` ${phrase} `);
  // The words of the intent are not part of the subject: "tiêu chuẩn | chiến sĩ thi đua cơ sở".
  const longest = (phrases: string[]) => phrases.filter(has).sort((x, y) => y.length - x.length)[0];
  const agency = longest(AGENCY_INTENTS);
  const award = longest(AWARD_INTENTS);
  const tool = longest(TOOL_INTENTS);
  let subject = words;
  for (const phrase of [agency, award, tool]) if (phrase) subject = without(subject, phrase);
  // A subject left over makes it a question about that award or body; "kiểm tra tiêu chuẩn" alone asks for the checker.
  const intent: Intent | null = agency && subject.length ? 'agency' : award && subject.length ? 'award' : tool ? 'tool' : null;
  const part = parsePartRef(text);
  let document: ParsedQuery['document'] = null;
  if (!part) {
    for (const kind of DOCUMENT_KIND_WORDS) {
      const m = p.match(new RegExp(` ${kind} (\\d+[a-z0-9]*) `));
      if (m) {
        document = { kind, number: m[1] };
        break;
      }
    }
  }
  // An abbreviation pair such as "CT/TW" or a number such as "41-CT/TW" is read as a number.
  const number = looksLikeNumber(text) ? foldNumber(text) : null;
  return {
    text,
    words,
    subject,
    intent,
    part,
    document,
    number,
    namesOtherLaw: OTHER_LAW_WORDS.some(has),
  };
}

/** Words to look for in a page's text for a query: its own folded words and the full form of its abbreviations. */
export function matchWords(q: ParsedQuery): string[] {
  const out = new Set(q.words);
  for (const t of q.text.split(/[\s/-]+/)) {
    const full = expandAbbreviation(t);
    if (full) for (const w of foldWords(full).split(' ')) out.add(w);
  }
  return [...out];
}

/** A search result as the ranking sees it. */
export interface RankItem {
  id: string;
  /** Pagefind's score. */
  score: number;
  title: string;
  /** Official number ("1813/KH-UBND"), or '' for pages without one. */
  number: string;
  /** The search section: "Văn bản", "Cơ quan", "Khen thưởng", "Thuật ngữ", "Công cụ". */
  section: string;
  /** Kind of document ("Luật", "Chỉ thị"…), or ''. */
  kind?: string;
  /** Legal status of a document (DOCUMENT_STATUSES key), or ''. */
  status?: string;
  /** The document amends another (an amending law is in force too, but is not "the law in force"). */
  amends?: boolean;
  /** Plain text of the page, when loaded (for the exact-diacritics rule). */
  content?: string;
}

const LAW_IN_FORCE = 'dang-co-hieu-luc';
/** The law in force itself: in force, and not a law that amends another. */
const isLawInForce = (it: RankItem) => it.status === LAW_IN_FORCE && !it.amends;

/** Whether every word is among the folded words of a text. */
function allIn(words: string[], text: string): boolean {
  const t = ` ${foldWords(text)} `;
  return words.length > 0 && words.every((w) => t.includes(` ${w} `));
}

/**
 * Orders results so that the page whose subject the query names comes first. Tiers, highest first:
 * 6 the official number typed; 5 the document named by kind and number ("chỉ thị 41"), or the law
 * in force for a reference to an article; 4 the award, body or tool the query asks about (title
 * holds the subject; 4.5 when the title is the subject exactly); 2 every query word in the title;
 * 1 the exact diacritics typed in the text. Within a tier: documents before the pages derived
 * from them, then Pagefind's score. Then laws swap among themselves so that the law in force
 * comes before those it replaced or that amend it, unless the query names another.
 */
export function rankResults(query: string | ParsedQuery, items: RankItem[]): RankItem[] {
  const q = typeof query === 'string' ? parseQuery(query) : query;
  const typedLower = q.text.toLowerCase();
  const hasDiacritics = fold(typedLower) !== typedLower && !/[/-]/.test(typedLower);
  const isLaw = (it: RankItem) => foldWords(it.kind ?? '') === 'luat';
  const tier = (it: RankItem): number => {
    if (q.number && it.number && foldNumber(it.number) === q.number) return 6;
    if (namesDocument(q, it)) return 5;
    if (q.part && isLaw(it) && isLawInForce(it) && !q.namesOtherLaw) return 5;
    // The page of the award or body asked about; its own name exactly above longer names that contain it.
    if ((q.intent === 'award' && it.section === SECTIONS.award) || (q.intent === 'agency' && it.section === SECTIONS.agency)) {
      if (allIn(q.subject, it.title)) return foldWords(it.title) === q.subject.join(' ') ? 4.5 : 4;
    }
    if (q.intent === 'tool' && it.section === SECTIONS.tool) return 4;
    if (allIn(q.words, it.title)) return 2;
    if (hasDiacritics && it.content?.toLowerCase().includes(typedLower)) return 1;
    return 0;
  };
  const sorted = items
    .map((it) => ({ it, t: tier(it), doc: it.section === SECTIONS.document ? 1 : 0 }))
    .sort((a, b) => b.t - a.t || b.doc - a.doc || b.it.score - a.it.score);
  if (q.namesOtherLaw) return sorted.map((x) => x.it);
  // The law in force before the laws it replaced or that amend it: laws swap places among themselves only.
  const lawSlots = sorted.flatMap((x, i) => (isLaw(x.it) ? [i] : []));
  const laws = lawSlots.map((i) => sorted[i]).sort((a, b) => Number(isLawInForce(b.it)) - Number(isLawInForce(a.it)));
  lawSlots.forEach((slot, k) => (sorted[slot] = laws[k]));
  return sorted.map((x) => x.it);
}

/** Whether the query names this document: its official number, or its kind and number ("chỉ thị 41"). */
export function namesDocument(q: ParsedQuery, it: Pick<RankItem, 'number' | 'section' | 'kind'>): boolean {
  if (!it.number) return false;
  const n = foldNumber(it.number);
  if (q.number && n === q.number) return true;
  if (!q.document || it.section !== SECTIONS.document || foldWords(it.kind ?? '') !== q.document.kind) return false;
  return n.startsWith(q.document.number) && !/^\d/.test(n.slice(q.document.number.length));
}
