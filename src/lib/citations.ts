/**
 * Citations of articles in Vietnamese legal text ("Điều 23", "khoản 1 Điều 24",
 * "điểm đ khoản 1 Điều 74 Luật Thi đua, khen thưởng", "khoản 2 Điều 4 Nghị định 152/2025/NĐ-CP")
 * and the page anchor each one points to. Pure functions: the remark plugin
 * (src/lib/remark-citations.ts) reads the library from disk and calls these; tests call them
 * with a library built in memory.
 *
 * Rules:
 * - A citation followed by "Luật Thi đua, khen thưởng" (optionally "năm 2022", "2022" or
 *   "số 06/2022/QH15") points to that law; followed by "Nghị định/Thông tư/Luật … <số>" it points
 *   to the library document with that number; followed by the name of any other document it is
 *   left alone.
 * - A bare citation points into the current document when that is a law, decree or circular,
 *   otherwise to the 2022 Law. Documents dated before the 2022 Law took effect (01/01/2024) cite
 *   the 2003 Law, so their bare or unnamed-year citations are left alone.
 * - The link goes to the most specific anchor that exists (point → clause → article); when not
 *   even the article has an anchor, the text stays as it is.
 * The linked text is exactly the citation; no character of the text is changed.
 */
import { documentUrl } from './site';
import { LAW_2022 } from './legal-status';

/** What the library knows about one document, for resolving citations. */
export interface LibraryDoc {
  /** File name without extension in content/van-ban/. */
  id: string;
  /** Document kind (luat, nghi-dinh, thong-tu, chi-thi …). */
  kind: string;
  /** Official number ("152/2025/NĐ-CP"), or null. */
  number: string | null;
  /** Date of issue as written (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  issued: string | null;
  /** Anchor ids present in the document (from extractOutline). */
  anchors: Set<string>;
  /** Ids of the documents named in its relations (any kind); optional. */
  related?: Set<string>;
}

export type Library = Map<string, LibraryDoc>;

/** What the text after a citation says about the document cited. */
export type DocRef =
  /** Nothing names a document: the current document, or the default law. */
  | { type: 'bare' }
  /** "… Luật này", "… Nghị định này": the current document. */
  | { type: 'self' }
  /** "… Luật Thi đua, khen thưởng [năm 2022] [số 06/2022/QH15]". */
  | { type: 'tdkt-law'; year: string | null; number: string | null }
  /** "… Nghị định [số] 152/2025/NĐ-CP" and the like. */
  | { type: 'numbered'; number: string }
  /** Another document the library cannot identify ("Quyết định 86/2025/QĐ-UBND", "Luật Cán bộ, công chức"). */
  | { type: 'other' };

export interface Citation {
  /** Offset of the first character of the citation in the text. */
  start: number;
  /** Offset just after the article number. */
  end: number;
  /** The citation as written ("điểm đ khoản 1 Điều 74"). */
  text: string;
  article: number;
  clause: number | null;
  /** Point letter as written ("a", "đ"), or null. */
  point: string | null;
  ref: DocRef;
}

export interface CitationContext {
  library: Library;
  /** Id of the document being rendered, when it is in the library. */
  currentId: string | null;
  /** The law bare citations in other documents point to. Default: the 2022 Law. */
  defaultLawId?: string;
}

/** Kinds whose bare citations ("khoản 2 Điều 3") point into the document itself: laws and regulations. */
export const SELF_CITING_KINDS = new Set(['luat', 'nghi-dinh', 'thong-tu', 'quyet-dinh', 'quy-dinh']);

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
/** "[điểm x] [khoản N] Điều N", case-insensitive on the first letter of each word. */
const CITATION_RE = new RegExp(
  `${NOT_WORD_BEFORE}(?:[Đđ]iểm\\s+([a-zđ])\\s+)?(?:[Kk]hoản\\s+(\\d{1,3})\\s+)?[Đđ]iều\\s+(\\d{1,3})${NOT_WORD_AFTER}`,
  'gu',
);

/** Words that open the name of a document. */
const DOC_WORDS =
  'Luật|Bộ luật|Nghị định|Thông tư liên tịch|Thông tư|Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Pháp lệnh|Hiến pháp|Công văn|Hướng dẫn|Quy chế|Quy định|Điều lệ|Thông báo|Văn bản';
const LEAD_RE = /^[\s,]*(?:của\s+)?/u;
const SELF_RE = new RegExp(`^(?:${DOC_WORDS})\\s+này${NOT_WORD_AFTER}`, 'u');
const TDKT_RE = new RegExp(`^Luật\\s+(?:Thi\\s+đua,?\\s+[Kk]hen\\s+thưởng|TĐKT)${NOT_WORD_AFTER}`, 'u');
const NUMBER_TOKEN = '(\\d{1,4}/\\d{4}/[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)';
const NUMBERED_RE = new RegExp(`^(?:${DOC_WORDS})\\s+(?:số\\s+)?${NUMBER_TOKEN}`, 'u');
const DOC_WORD_RE = new RegExp(`^(?:${DOC_WORDS})${NOT_WORD_AFTER}`, 'u');
const YEAR_RE = /^\s*,?\s*\(?\s*(?:năm\s+)?(\d{4})(?![\d/])\s*\)?/u;
const NUMBER_AFTER_RE = new RegExp(`^\\s*,?\\s*\\(?\\s*số\\s+${NUMBER_TOKEN}\\s*\\)?`, 'u');

/** Reads what the text right after a citation says about the cited document. */
export function readDocRef(after: string): DocRef {
  const t = after.replace(LEAD_RE, '');
  if (SELF_RE.test(t)) return { type: 'self' };
  const tdkt = t.match(TDKT_RE);
  if (tdkt) {
    let rest = t.slice(tdkt[0].length);
    let year: string | null = null;
    let number: string | null = null;
    for (let i = 0; i < 2; i++) {
      const y: RegExpMatchArray | null = year === null ? rest.match(YEAR_RE) : null;
      if (y) { year = y[1]; rest = rest.slice(y[0].length); continue; }
      const n: RegExpMatchArray | null = number === null ? rest.match(NUMBER_AFTER_RE) : null;
      if (n) { number = n[1]; rest = rest.slice(n[0].length); continue; }
      break;
    }
    return { type: 'tdkt-law', year, number };
  }
  const numbered = t.match(NUMBERED_RE);
  if (numbered) return { type: 'numbered', number: numbered[1] };
  if (DOC_WORD_RE.test(t)) return { type: 'other' };
  return { type: 'bare' };
}

/** Every citation in a text, in order, with what follows it. */
export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(CITATION_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      text: m[0],
      point: m[1] ?? null,
      clause: m[2] ? Number(m[2]) : null,
      article: Number(m[3]),
      ref: readDocRef(text.slice(end, end + 80)),
    });
  }
  return out;
}

/** The id token of a point letter: "đ" is written "dd" in anchor ids. */
export function pointToken(letter: string): string {
  return letter === 'đ' ? 'dd' : letter;
}

/** The most specific existing anchor for a citation (point → clause → article), or null. */
export function mostSpecificAnchor(anchors: Set<string>, article: number, clause: number | null, point: string | null): string | null {
  const candidates: string[] = [];
  if (clause !== null && point) candidates.push(`dieu-${article}-khoan-${clause}-diem-${pointToken(point)}`);
  if (clause !== null) candidates.push(`dieu-${article}-khoan-${clause}`);
  candidates.push(`dieu-${article}`);
  return candidates.find((a) => anchors.has(a)) ?? null;
}

const normaliseNumber = (n: string) => n.normalize('NFC').toUpperCase();

/** The last day a partial date ("2018", "2025-01", "2014-10-14") can stand for, as YYYY-MM-DD. */
function latestDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/**
 * Whether a document was issued before the default law took effect, so that "Luật Thi đua,
 * khen thưởng" (or a bare "Điều N") in it means an older law. A document whose relations name
 * the default law (a decree detailing it, issued before it took effect) cites that law.
 */
function predates(doc: LibraryDoc | undefined, law: LibraryDoc | undefined, lawEffective: string): boolean {
  if (!doc || !law || doc.id === law.id || !doc.issued || doc.related?.has(law.id)) return false;
  return latestDay(doc.issued) < lawEffective;
}

/** The document a citation points to, or null when it cannot be identified in the library. */
export function targetDocument(c: Pick<Citation, 'ref'>, ctx: CitationContext): LibraryDoc | null {
  const { library } = ctx;
  const current = ctx.currentId ? library.get(ctx.currentId) : undefined;
  const defaultLaw = library.get(ctx.defaultLawId ?? LAW_2022.id);
  const oldDocument = predates(current, defaultLaw, LAW_2022.effective);
  switch (c.ref.type) {
    case 'self':
      return current && SELF_CITING_KINDS.has(current.kind) ? current : null;
    case 'bare':
      if (current && SELF_CITING_KINDS.has(current.kind)) return current;
      return oldDocument ? null : (defaultLaw ?? null);
    case 'numbered': {
      const wanted = normaliseNumber(c.ref.number);
      return [...library.values()].find((d) => d.number && normaliseNumber(d.number) === wanted) ?? null;
    }
    case 'tdkt-law': {
      const { number, year } = c.ref;
      if (number) {
        const wanted = normaliseNumber(number);
        return [...library.values()].find((d) => d.kind === 'luat' && d.number && normaliseNumber(d.number) === wanted) ?? null;
      }
      if (year) return library.get(`luat-thi-dua-khen-thuong-${year}`) ?? null;
      return oldDocument ? null : (defaultLaw ?? null);
    }
    case 'other':
      return null;
  }
}

/** The href of a citation ("/luat/luat-thi-dua-khen-thuong-2022/#dieu-24-khoan-1"), or null. */
export function citationHref(c: Citation, ctx: CitationContext): string | null {
  const doc = targetDocument(c, ctx);
  if (!doc) return null;
  const anchor = mostSpecificAnchor(doc.anchors, c.article, c.clause, c.point);
  return anchor ? `${documentUrl(doc.id, doc.kind)}#${anchor}` : null;
}

/** A piece of text, linked when `href` is set. Joining the pieces' text gives back the input. */
export interface Segment {
  text: string;
  href?: string;
}

/** Splits a text into plain and linked pieces; returns one plain piece when nothing links. */
export function linkCitations(text: string, ctx: CitationContext): Segment[] {
  const out: Segment[] = [];
  let cursor = 0;
  for (const c of findCitations(text)) {
    const href = citationHref(c, ctx);
    if (!href) continue;
    if (c.start > cursor) out.push({ text: text.slice(cursor, c.start) });
    out.push({ text: c.text, href });
    cursor = c.end;
  }
  if (cursor < text.length || out.length === 0) out.push({ text: text.slice(cursor) });
  return out;
}
