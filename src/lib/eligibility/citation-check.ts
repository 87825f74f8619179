/**
 * Every place the award registry cites (an article of the Law, or a document and anchor of the
 * site) must exist on the site: a criterion citing a clause nobody can open is a broken promise.
 * One check, used by the tests, the eligibility command and `npm run check:content`; the caller
 * says which anchors each document has (the engine reads no files).
 */
import type { Award } from '../../schemas/award';
import { LAW_DOCUMENT, type Registry } from './registry';

/** One cited place of an entry, with the field it is cited from ("criteria[2] (dieu-24-khoan-1)"). */
export interface CitedPlace {
  where: string;
  article?: string;
  document?: string;
  anchor?: string;
}

/** Every place (article / document + anchor) an entry cites, with where it is cited. */
export function citedPlaces(a: Award): CitedPlace[] {
  const out: CitedPlace[] = [];
  const add = (where: string, p: { article?: string; document?: string; anchor?: string }) =>
    out.push({ where, article: p.article, document: p.document, anchor: p.anchor });
  a.defined.forEach((p, i) => add(`defined[${i}]`, p));
  a.decidedBy.forEach((p, i) => add(`decidedBy[${i}]`, p));
  a.dossier.forEach((p, i) => add(`dossier[${i}]`, p));
  a.amount.forEach((p, i) => add(`amount[${i}]`, p));
  a.criteria.forEach((c, i) => {
    add(`criteria[${i}] (${c.id})`, c);
    (c.reportedChanges ?? []).forEach((r, j) => r.document && add(`criteria[${i}].reportedChanges[${j}]`, { document: r.document }));
  });
  return out;
}

/**
 * The registry's citations that point nowhere, one Vietnamese message each naming the file, the
 * field, the missing anchor and the fix. `anchorsOf(documentId)` is null when the document is not
 * in content/van-ban/.
 */
export function registryCitationProblems(registry: Registry, anchorsOf: (document: string) => ReadonlySet<string> | null): string[] {
  const problems: string[] = [];
  const law = anchorsOf(LAW_DOCUMENT);
  for (const a of registry.list) {
    const file = `content/khen-thuong/${a.id}.yaml`;
    for (const p of citedPlaces(a)) {
      if (p.article && !law?.has(p.article)) {
        problems.push(`${file}, trường ${p.where}: article "${p.article}" không có trên trang Luật (content/van-ban/${LAW_DOCUMENT}.mdx); sửa mã neo cho đúng (ví dụ "dieu-24-khoan-1") hoặc thêm phần đó vào trang Luật`);
      }
      if (!p.document) continue;
      const anchors = anchorsOf(p.document);
      if (!anchors) problems.push(`${file}, trường ${p.where}: document "${p.document}" không có trong content/van-ban/; sửa mã văn bản cho đúng hoặc thêm văn bản đó (có thể chỉ gồm thông tin, fullText: false)`);
      else if (p.anchor && !anchors.has(p.anchor)) problems.push(`${file}, trường ${p.where}: anchor "${p.anchor}" không có trong văn bản ${p.document}; sửa mã neo cho đúng hoặc thêm phần đó vào văn bản`);
    }
  }
  return problems;
}
