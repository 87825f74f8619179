/**
 * Relations between documents, read in both directions. A relation is written once, on the
 * document that states it (a plan says it implements a directive); the other side is derived
 * here, so "Được thực hiện bởi …" can never disagree with "Văn bản này thực hiện …".
 */
export const RELATION_KINDS = ['implements', 'references', 'supersedes', 'replacedBy', 'details', 'amends'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Headings of the relations panel: outgoing (written on this document) and incoming. */
export const RELATION_LABELS: Record<RelationKind, { out: string; in: string }> = {
  implements: { out: 'Văn bản này thực hiện', in: 'Được thực hiện bởi' },
  references: { out: 'Dẫn chiếu', in: 'Được dẫn chiếu bởi' },
  supersedes: { out: 'Thay thế', in: 'Bị thay thế bởi' },
  replacedBy: { out: 'Đã được thay thế bởi', in: 'Thay thế' },
  details: { out: 'Quy định chi tiết, hướng dẫn', in: 'Được quy định chi tiết, hướng dẫn bởi' },
  amends: { out: 'Sửa đổi, bổ sung', in: 'Được sửa đổi, bổ sung bởi' },
};

/** A reference as stored: Astro's `reference()` gives `{ id, collection }`; tests use plain ids. */
export type Ref = string | { id: string };
export const refId = (r: Ref) => (typeof r === 'string' ? r : r.id);

export interface RelDoc {
  id: string;
  relations: Record<RelationKind, Ref[]>;
}

export interface RelationGroup {
  kind: RelationKind;
  label: string;
  ids: string[];
}

/** Every relation that names an id with no document, as messages naming file, field and fix. */
export function unresolvedRelations(docs: RelDoc[]): string[] {
  const known = new Set(docs.map((d) => d.id));
  const problems: string[] = [];
  for (const doc of docs) {
    for (const kind of RELATION_KINDS) {
      doc.relations[kind].forEach((ref, i) => {
        const id = refId(ref);
        if (!known.has(id)) {
          problems.push(
            `content/van-ban/${doc.id}.mdx: relations.${kind}[${i}] = "${id}" không phải văn bản nào trong thư viện. ` +
              `Sửa: dùng id của một tệp trong content/van-ban/ hoặc tạo mục chỉ có thông tin (fullText: false) cho văn bản đó.`,
          );
        }
        if (id === doc.id) problems.push(`content/van-ban/${doc.id}.mdx: relations.${kind}[${i}] trỏ về chính nó. Sửa: xóa dòng này.`);
      });
    }
  }
  return problems;
}

/** Throws one error listing every unresolved relation (the build must not drop a link silently). */
export function assertRelationsResolve(docs: RelDoc[]): void {
  const problems = unresolvedRelations(docs);
  if (problems.length) throw new Error(`Quan hệ giữa các văn bản không hợp lệ:\n- ${problems.join('\n- ')}`);
}

/** Outgoing and incoming relation groups of one document, without empty groups or duplicates. */
export function relationGroups(docId: string, docs: RelDoc[]): { outgoing: RelationGroup[]; incoming: RelationGroup[] } {
  const self = docs.find((d) => d.id === docId);
  if (!self) throw new Error(`Không có văn bản "${docId}"`);
  const outgoing: RelationGroup[] = [];
  const incoming: RelationGroup[] = [];
  // supersedes and replacedBy are one relation seen from its two ends: merge them.
  const outIds = (kind: RelationKind) => self.relations[kind].map(refId);
  const inIds = (kind: RelationKind) => docs.filter((d) => d.relations[kind].some((r) => refId(r) === docId)).map((d) => d.id);
  const uniq = (ids: string[]) => [...new Set(ids)];
  for (const kind of RELATION_KINDS) {
    if (kind === 'replacedBy') continue;
    let out = outIds(kind);
    let inc = inIds(kind);
    if (kind === 'supersedes') {
      out = uniq([...out, ...inIds('replacedBy')]);
      inc = uniq([...inc, ...outIds('replacedBy')]);
    }
    if (out.length) outgoing.push({ kind, label: RELATION_LABELS[kind].out, ids: uniq(out) });
    if (inc.length) incoming.push({ kind, label: RELATION_LABELS[kind].in, ids: uniq(inc) });
  }
  return { outgoing, incoming };
}
