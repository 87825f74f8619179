/**
 * Where a registry rule is written (criterion, decider, dossier item, amount, definition): the
 * URL of the clause it cites, the anchor as the export writes it, and the check that every
 * citation resolves on the site. Plain TypeScript, no Astro imports.
 */
import type { Confidence } from '../../schemas/award';
import { anchorUrl, clauseUrl, documentUrl } from '../urls';
import { LAW_DOCUMENT } from '../legal-parameters';
import type { AwardEntry } from './labels';

/** Id of the Law's page; `article` anchors point into it (legal-parameters.ts). */
export const LAW_ID = LAW_DOCUMENT;

/** Where a rule is written (criterion, decider, dossier item, amount, definition). */
export interface Place {
  article?: string;
  document?: string;
  anchor?: string;
  instrument?: string;
  citation: string;
  confidence: Confidence;
  caution?: string;
}

/** Kind of a document of the site by id ("luat", "nghi-dinh"…), to build its URL; undefined if unknown. */
export type KindOf = (documentId: string) => string | undefined;

/**
 * The URL of the clause a rule cites: an `article` of the Law → /luat/<law>/#dieu-…; a `document`
 * (+ `anchor`) of the site → its page (#anchor); an instrument the site does not hold → null.
 */
export function placeHref(p: Place, kindOf: KindOf): string | null {
  if (p.article) return clauseUrl(LAW_ID, 'luat', p.article);
  if (p.document) return anchorUrl(documentUrl(p.document, kindOf(p.document)), p.anchor);
  return null;
}

/**
 * The anchor a rule cites, as the export writes it: the Law's anchor id alone
 * ("dieu-23-khoan-2"); for another document of the site "<document>#<anchor>"
 * ("nghi-dinh-152-2025-nd-cp#dieu-4-khoan-4") or "<document>" without an anchor; null for an
 * instrument the site does not hold.
 */
export function placeRef(p: Place): string | null {
  if (p.article) return p.article;
  if (p.document) return p.anchor ? `${p.document}#${p.anchor}` : p.document;
  return null;
}

/** The document and anchor a rule points into on the site, or null. */
export function placeTarget(p: Place): { document: string; anchor: string | null } | null {
  if (p.article) return { document: LAW_ID, anchor: p.article };
  if (p.document) return { document: p.document, anchor: p.anchor ?? null };
  return null;
}

/** Every place an entry cites, with a label of where it is in the entry (for checks). */
export function placesOf(a: AwardEntry): { where: string; place: Place }[] {
  return [
    ...a.defined.map((p, i) => ({ where: `defined[${i}]`, place: p })),
    ...a.decidedBy.map((p, i) => ({ where: `decidedBy[${i}]`, place: p })),
    ...a.dossier.map((p, i) => ({ where: `dossier[${i}]`, place: p })),
    ...a.amount.map((p, i) => ({ where: `amount[${i}]`, place: p })),
    ...a.criteria.map((p, i) => ({ where: `criteria[${i}] (${p.id})`, place: p })),
    ...a.criteria.flatMap((c, i) =>
      (c.reportedChanges ?? []).flatMap((r, j) => (r.document ? [{ where: `criteria[${i}].reportedChanges[${j}]`, place: { document: r.document } as Place }] : [])),
    ),
    ...(a.delegation ? [{ where: 'delegation', place: a.delegation }] : []),
    ...(a.ruleSets ?? []).flatMap((r, i) => [
      ...(r.criteria ?? []).map((p, j) => ({ where: `ruleSets[${i}].criteria[${j}] (${p.id})`, place: p })),
      ...(r.decidedBy ?? []).map((p, j) => ({ where: `ruleSets[${i}].decidedBy[${j}]`, place: p })),
    ]),
  ];
}

/**
 * Citations that do not resolve on the site: a document that does not exist or an anchor missing
 * from it. `anchorsOf(documentId)` gives the anchors of a document, or null when there is no such
 * document. Messages name the file, the field and the fix.
 */
export function placeProblems(awards: AwardEntry[], anchorsOf: (documentId: string) => Set<string> | null): string[] {
  const problems: string[] = [];
  for (const a of awards) {
    for (const { where, place } of placesOf(a)) {
      const t = placeTarget(place);
      if (!t) continue;
      const anchors = anchorsOf(t.document);
      const file = `content/khen-thuong/${a.id}.yaml`;
      if (!anchors) {
        problems.push(`${file}: ${where}.document: không có văn bản "${t.document}" trong content/van-ban/; sửa id văn bản`);
      } else if (t.anchor && !anchors.has(t.anchor)) {
        const field = place.article ? 'article' : 'anchor';
        problems.push(`${file}: ${where}.${field}: văn bản "${t.document}" không có neo "${t.anchor}"; sửa neo cho đúng điều, khoản, điểm có trong văn bản`);
      }
    }
  }
  return problems;
}
