/**
 * The integrity check of agencies and tasks: every reference resolves, or the build stops with a
 * message naming the file, the field and the fix (in Vietnamese). Plain TypeScript.
 */
import { indexById, membershipCycle, type Agency } from '../agencies';
import type { DocInfo, TaskFile } from './tasks';

const agencyFile = (id: string) => `content/co-quan/${id}.yaml`;
const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/**
 * Every broken reference, as messages naming the file, the field and the fix (in Vietnamese):
 * unknown agency ids (in tasks, parents, members, successors), membership cycles, unknown
 * documents, anchors missing from their document, tasks without a responsible body, repeated
 * task ids, and a body named twice with the same role in one task.
 */
export function integrityProblems(agencies: Agency[], files: TaskFile[], docs: DocInfo[]): string[] {
  const problems: string[] = [];
  const known = indexById(agencies);
  const unknownAgency = (file: string, field: string, id: string) =>
    `${file}: ${field} = "${id}" không phải cơ quan nào trong content/co-quan/. Sửa: dùng id của một tệp trong content/co-quan/ (tên tệp bỏ ".yaml") hoặc tạo tệp ${agencyFile(id)}.`;

  for (const a of agencies) {
    const f = agencyFile(a.id);
    if (a.parent && !known.has(a.parent)) problems.push(unknownAgency(f, 'parent', a.parent));
    if (a.parent === a.id) problems.push(`${f}: parent trỏ về chính nó. Sửa: ghi cơ quan cấp trên hoặc null.`);
    a.members.forEach((m, i) => {
      if (!known.has(m)) problems.push(unknownAgency(f, `members[${i}]`, m));
      if (m === a.id) problems.push(`${f}: members[${i}] trỏ về chính nhóm này. Sửa: xóa dòng đó.`);
    });
    a.lineage.forEach((l, i) => {
      if (l.successor && !known.has(l.successor)) problems.push(unknownAgency(f, `lineage[${i}].successor`, l.successor));
      if (l.successor === a.id) problems.push(`${f}: lineage[${i}].successor trỏ về chính nó. Sửa: ghi cơ quan kế tục hoặc null.`);
    });
  }
  const cycle = membershipCycle(agencies);
  const docIds = new Set(docs.map((d) => d.id));
  for (const a of agencies) {
    a.lineage.forEach((l, i) => {
      if (l.basisDocument && !docIds.has(l.basisDocument)) {
        problems.push(`${agencyFile(a.id)}: lineage[${i}].basisDocument = "${l.basisDocument}" không phải văn bản nào trong content/van-ban/. Sửa: dùng id của một tệp .mdx trong content/van-ban/ hoặc đặt null.`);
      }
    });
  }
  if (cycle) problems.push(`${agencyFile(cycle[0])}: nhóm chứa chính nó qua members (${cycle.join(' → ')}). Sửa: bỏ một mắt xích trong vòng.`);

  const docsById = new Map(docs.map((d) => [d.id, d]));
  const seenTask = new Map<string, string>();
  for (const { file, data } of files) {
    const doc = docsById.get(data.document);
    if (!doc) {
      problems.push(`${file}: document = "${data.document}" không phải văn bản nào trong content/van-ban/. Sửa: dùng id của một tệp .mdx trong content/van-ban/.`);
    } else if (baseName(file) !== data.document) {
      problems.push(`${file}: document = "${data.document}" khác tên tệp. Sửa: đặt tên tệp là ${data.document}.yaml (mỗi văn bản một tệp nhiệm vụ).`);
    }
    data.tasks.forEach((t, i) => {
      const at = `tasks[${i}] (${t.id})`;
      const prev = seenTask.get(t.id);
      if (prev) problems.push(`${file}: ${at}.id trùng với một nhiệm vụ trong ${prev}. Sửa: đặt id khác (id phải duy nhất trong mọi tệp nhiệm vụ).`);
      seenTask.set(t.id, file);
      if (doc && !doc.anchors.has(t.anchor)) {
        problems.push(
          `${file}: ${at}.anchor = "${t.anchor}" không có trong content/van-ban/${doc.id}.mdx. ` +
            `Sửa: dùng id của một mục có thật (${[...doc.anchors].slice(0, 6).join(', ')}${doc.anchors.size > 6 ? ', …' : ''}) hoặc thêm id đó vào văn bản.`,
        );
      }
      if (!t.responsibilities?.length) {
        problems.push(`${file}: ${at}.responsibilities trống: nhiệm vụ không có cơ quan chịu trách nhiệm. Sửa: thêm ít nhất một { agency, role }.`);
      }
      const pairs = new Set<string>();
      (t.responsibilities ?? []).forEach((r, j) => {
        if (!known.has(r.agency)) problems.push(unknownAgency(file, `${at}.responsibilities[${j}].agency`, r.agency));
        const key = `${r.agency}/${r.role}`;
        if (pairs.has(key)) problems.push(`${file}: ${at}.responsibilities[${j}] lặp lại "${r.agency}" với vai trò "${r.role}". Sửa: xóa dòng trùng.`);
        pairs.add(key);
      });
    });
  }
  return problems;
}

/** Throws one error listing every problem, so the build stops instead of dropping a link. */
export function assertIntegrity(agencies: Agency[], files: TaskFile[], docs: DocInfo[]): void {
  const problems = integrityProblems(agencies, files, docs);
  if (problems.length) throw new Error(`Dữ liệu cơ quan, nhiệm vụ không hợp lệ:\n- ${problems.join('\n- ')}`);
}
