/**
 * Glossary helpers (plain TypeScript): Vietnamese ordering of terms, and the check that every
 * citation and related term of the glossary points at something that exists.
 */
import type { TermData } from '../schemas/glossary';

export interface GlossaryTerm {
  id: string;
  data: TermData;
}

/** Terms in Vietnamese alphabetical order ("Cụm" before "Danh hiệu" before "Giao ước"). */
export function sortTerms<T extends GlossaryTerm>(terms: T[]): T[] {
  const collator = new Intl.Collator('vi', { sensitivity: 'base' });
  return [...terms].sort((a, b) => collator.compare(a.data.term, b.data.term));
}

/**
 * Problems with the glossary, as messages naming the file, the field and the fix: citations of
 * unknown documents or anchors, related terms that do not exist.
 * `anchorsOf(docId)` returns the anchor ids of a library document, or null when there is none.
 */
export function glossaryProblems(terms: GlossaryTerm[], anchorsOf: (docId: string) => Set<string> | null): string[] {
  const ids = new Set(terms.map((t) => t.id));
  const problems: string[] = [];
  for (const t of terms) {
    const file = `content/thuat-ngu/${t.id}.yaml`;
    t.data.citations.forEach((c, i) => {
      const anchors = anchorsOf(c.document);
      if (!anchors) {
        problems.push(`${file}: citations[${i}].document = "${c.document}" không có trong content/van-ban/. Sửa: dùng id của một văn bản trong thư viện.`);
      } else if (!anchors.has(c.anchor)) {
        problems.push(`${file}: citations[${i}].anchor = "${c.anchor}" không có trong văn bản ${c.document}. Sửa: dùng một id neo có trong tệp đó (xem mục lục của văn bản).`);
      }
    });
    t.data.related.forEach((r, i) => {
      if (!ids.has(r)) problems.push(`${file}: related[${i}] = "${r}" không phải thuật ngữ nào. Sửa: dùng tên tệp (không có .yaml) trong content/thuat-ngu/.`);
      if (r === t.id) problems.push(`${file}: related[${i}] trỏ về chính nó. Sửa: xóa dòng này.`);
    });
  }
  return problems;
}
