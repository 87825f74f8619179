/**
 * Responsibilities: the tasks (nhiệm vụ) of the documents and the bodies responsible for them.
 * Integrity checks (unknown agency, missing anchor, task without a body), what an agency owes
 * (directly, as a member of a group, or as successor of a renamed body), grouping by document
 * and role, the agencies × documents matrix, the CSV of an agency's tasks, the JSON exports and
 * their schemas, and the text of a clause (to check a task's source text sits in its clause).
 *
 * Plain TypeScript, no Astro imports: src/data/agencies.ts feeds it content entries at build
 * time, and the unit tests feed it the YAML files directly.
 */
import { slugify } from './vi';
import { z } from 'astro/zod';
import { ROLES, type Role } from '../schemas/task';
import { extractOutline } from './outline';
import { documentUrl } from './site';
import { ancestorsOf, currentBody, fromText, groupsOf, indexById, membershipCycle, noSuccessorText, plain, provinceOf, successorsOf, verifiedSuccessor, type Agency, type Confidence, type Lineage } from './agencies';

export const ROLE_ORDER = Object.keys(ROLES) as Role[];

/** A task as written in a task file. */
export interface TaskInput {
  id: string;
  anchor: string;
  summary: string;
  sourceText: string;
  basis: string;
  responsibilities: { agency: string; role: Role; inferred?: string }[];
  cadence: string | null;
}

/** A task file: path (for messages) and data. */
export interface TaskFile {
  /** Path shown in messages, e.g. "content/nhiem-vu/ke-hoach-1813-kh-ubnd-ha-nam.yaml". */
  file: string;
  data: { document: string; tasks: TaskInput[] };
}

/** A task with the document it belongs to. */
export interface Task extends TaskInput {
  document: string;
  file: string;
}

/** What the integrity check needs to know about a document. */
export interface DocInfo {
  id: string;
  kind: string;
  anchors: Set<string>;
}

/** Every task of every file, with its document. */
export function flattenTasks(files: TaskFile[]): Task[] {
  return files.flatMap((f) => f.data.tasks.map((t) => ({ ...t, document: f.data.document, file: f.file })));
}

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

// ---------------------------------------------------------------------------------------------
// What an agency owes

/** One duty of an agency: a task, the role, and how the agency comes to owe it. */
export interface Duty {
  task: Task;
  role: Role;
  /** The agency named in the task (the agency itself, one of its groups, or a predecessor). */
  named: string;
  /** truc-tiep: named in the task; nhom: owed as a member of a group; tien-than: owed by a body it replaced. */
  via: 'truc-tiep' | 'nhom' | 'tien-than';
  /** For nhom: the chain of groups from the agency to `named`. */
  path: string[];
  /** For tien-than: the reorganisation step by which `named`'s work passed on (date, basis, confidence). */
  succession?: Lineage;
  /** Set when the handbook attributes the task (the sentence names no body). */
  inferred?: string;
}

type Naming = { task: Task; role: Role; inferred?: string };
const namingCache = new WeakMap<Task[], Map<string, Naming[]>>();
/** The tasks that name an agency, from an index built once per task list (pages ask for every agency). */
function dutiesNaming(id: string, tasks: Task[]): Naming[] {
  let index = namingCache.get(tasks);
  if (!index) {
    index = new Map();
    for (const task of tasks) {
      for (const r of task.responsibilities) {
        if (!index.has(r.agency)) index.set(r.agency, []);
        index.get(r.agency)!.push({ task, role: r.role, inferred: r.inferred });
      }
    }
    namingCache.set(tasks, index);
  }
  return index.get(id) ?? [];
}

/** How an agency comes to owe a duty, as pages and the CSV say it. */
export const VIA_LABELS: Record<Duty['via'], string> = {
  'truc-tiep': 'Được nêu trực tiếp',
  'nhom': 'Là thành viên của nhóm',
  'tien-than': 'Kế tục cơ quan tiền thân',
};

const dutyKey = (d: { task: Task; role: Role }) => `${d.task.id}/${d.role}`;

/**
 * An agency's duties: named directly; through the groups it belongs to (nested groups
 * included); and those of the bodies it replaced, directly or through a chain of successions,
 * or that its groups replaced (their direct and group duties). A task and
 * role is listed once: direct first, then through a group, then through a predecessor.
 */
export function dutiesOf(id: string, agencies: Agency[], tasks: Task[]): { direct: Duty[]; viaGroups: Duty[]; viaPredecessors: Duty[] } {
  const seen = new Set<string>();
  const keep = (d: Duty) => !seen.has(dutyKey(d)) && (seen.add(dutyKey(d)), true);
  const own = (agency: string) => ({
    direct: dutiesNaming(agency, tasks).map((d): Duty => ({ ...d, named: agency, via: 'truc-tiep', path: [] })),
    viaGroups: groupsOf(agency, agencies).flatMap((m) => dutiesNaming(m.group, tasks).map((d): Duty => ({ ...d, named: m.group, via: 'nhom', path: m.path }))),
  });
  const self = own(id);
  const direct = self.direct.filter(keep);
  const viaGroups = self.viaGroups.filter(keep);
  // A body inherits what its predecessors were given, and so does every member of a group whose
  // predecessor was given something (Sở Nội vụ of each province owes what "Ban TĐKT các tỉnh" owed).
  const inheritedFrom = [...ancestorsOf(id, agencies), ...groupsOf(id, agencies).flatMap((m) => ancestorsOf(m.group, agencies))];
  const viaPredecessors = inheritedFrom
    .flatMap((p) => {
      const o = own(p.agency);
      return [...o.direct, ...o.viaGroups].map((d): Duty => ({ ...d, via: 'tien-than', path: [p.agency, ...d.path], succession: p.lineage }));
    })
    .filter(keep);
  return { direct, viaGroups, viaPredecessors };
}

/** Duties grouped by document (in the given order) and then by role (in ROLE_ORDER). */
export function byDocumentThenRole(duties: Duty[], documentOrder: string[]): { document: string; count: number; roles: { role: Role; duties: Duty[] }[] }[] {
  const docs = [...new Set(duties.map((d) => d.task.document))].sort(
    (a, b) => (documentOrder.indexOf(a) + 1 || 1e6) - (documentOrder.indexOf(b) + 1 || 1e6),
  );
  return docs.map((document) => {
    const inDoc = duties.filter((d) => d.task.document === document);
    return {
      document,
      count: new Set(inDoc.map((d) => d.task.id)).size,
      roles: ROLE_ORDER.map((role) => ({ role, duties: inDoc.filter((d) => d.role === role) })).filter((g) => g.duties.length),
    };
  });
}

/** Number of distinct tasks per role. */
export function roleCounts(duties: Duty[]): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  for (const role of ROLE_ORDER) {
    const n = new Set(duties.filter((d) => d.role === role).map((d) => d.task.id)).size;
    if (n) out[role] = n;
  }
  return out;
}

const atCache = new WeakMap<Task[], Map<string, Task[]>>();
/**
 * The bodies named on one clause of a document (for the chips): one entry per body with its
 * roles, ordered by the body's leading role (chủ trì first, nhận báo cáo last).
 */
export function responsibilitiesAt(document: string, anchor: string, tasks: Task[]): { agency: string; roles: Role[] }[] {
  // Every clause of every document asks: index the tasks by clause once per task list.
  let index = atCache.get(tasks);
  if (!index) {
    index = new Map();
    for (const t of tasks) {
      const key = `${t.document}#${t.anchor}`;
      if (!index.has(key)) index.set(key, []);
      index.get(key)!.push(t);
    }
    atCache.set(tasks, index);
  }
  const out: { agency: string; roles: Role[] }[] = [];
  for (const t of index.get(`${document}#${anchor}`) ?? []) {
    for (const r of t.responsibilities) {
      let entry = out.find((o) => o.agency === r.agency);
      if (!entry) out.push((entry = { agency: r.agency, roles: [] }));
      if (!entry.roles.includes(r.role)) entry.roles.push(r.role);
    }
  }
  const rank = (roles: Role[]) => Math.min(...roles.map((r) => ROLE_ORDER.indexOf(r)));
  for (const o of out) o.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  return out.sort((a, b) => rank(a.roles) - rank(b.roles));
}

/** Agencies named in a document's tasks, plus the members of named groups (for the search filter). */
export function agenciesInDocument(document: string, agencies: Agency[], tasks: Task[]): string[] {
  const named = new Set(tasks.filter((t) => t.document === document).flatMap((t) => t.responsibilities.map((r) => r.agency)));
  const out = new Set(named);
  for (const a of agencies) if (groupsOf(a.id, agencies).some((m) => named.has(m.group))) out.add(a.id);
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Matrix

export interface MatrixCell {
  document: string;
  /** Distinct tasks in which the agency is named. */
  total: number;
  byRole: Partial<Record<Role, number>>;
}
export interface MatrixRow {
  agency: Agency;
  cells: MatrixCell[];
  total: number;
}

/** Agencies × documents: direct tasks per role. Rows only for agencies with at least one task. */
export function buildMatrix(agencies: Agency[], tasks: Task[], documents: string[]): { rows: MatrixRow[]; max: number } {
  const rows: MatrixRow[] = [];
  let max = 0;
  for (const agency of agencies) {
    const duties = dutiesNaming(agency.id, tasks);
    if (!duties.length) continue;
    const cells = documents.map((document) => {
      const inDoc = duties.filter((d) => d.task.document === document);
      const total = new Set(inDoc.map((d) => d.task.id)).size;
      max = Math.max(max, total);
      return { document, total, byRole: roleCounts(inDoc.map((d) => ({ ...d, named: agency.id, via: 'truc-tiep' as const, path: [] }))) };
    });
    rows.push({ agency, cells, total: new Set(duties.map((d) => d.task.id)).size });
  }
  return { rows, max };
}

/** The documents of one matrix page: a province's documents, or those of no province. */
export interface MatrixScope {
  /** URL segment: the province's ASCII slug, or "chung". */
  slug: string;
  /** "Hà Nam", or "Văn bản chung (không thuộc tỉnh nào)". */
  label: string;
  province: string | null;
  documents: string[];
}

/** Splits documents into matrix pages by province (documents of no province last). */
export function matrixScopes(documents: { id: string; province: string | null }[]): MatrixScope[] {
  const byProvince = new Map<string | null, string[]>();
  for (const d of documents) byProvince.set(d.province, [...(byProvince.get(d.province) ?? []), d.id]);
  return [...byProvince.entries()]
    .map(([province, ids]) => ({
      slug: province ? slugify(province) : 'chung',
      label: province ?? 'Văn bản chung (không thuộc tỉnh nào)',
      province,
      documents: ids,
    }))
    .sort((a, b) => (a.province === null ? 1 : b.province === null ? -1 : a.label.localeCompare(b.label, 'vi')));
}

/** Heat level 0–4 of a cell relative to the largest cell. */
export function heatLevel(total: number, max: number): number {
  if (!total || !max) return 0;
  return Math.min(4, Math.max(1, Math.ceil((total / max) * 4)));
}

// ---------------------------------------------------------------------------------------------
// CSV

/** One field of a CSV line (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  const s = value == null ? '' : String(value);
  // A leading =, +, - or @ would be read as a formula by spreadsheet programs: prefix a quote mark.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file: UTF-8 byte order mark (so spreadsheet programs read Vietnamese), CRLF line ends. */
export function toCsv(rows: (string | number | null)[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CSV_HEADER = ['Mã nhiệm vụ', 'Văn bản', 'Số, ký hiệu', 'Mục', 'Nhiệm vụ', 'Vai trò', 'Tư cách', 'Cơ quan được nêu', 'Cách giao', 'Nhịp độ, thời hạn', 'Cơ quan hiện nay', 'Liên kết'];

/** What the CSV needs to know about a document. */
export interface DocLabel {
  id: string;
  kind: string;
  shortTitle: string;
  number: string | null;
}

/**
 * The CSV of an agency's duties (direct, then through groups, then through predecessors).
 * `current` is who does this agency's work today (see `currentBodyText`), the same on every row
 * so that a filtered or merged sheet still says it.
 */
export function dutiesCsv(
  duties: Duty[],
  docs: Map<string, DocLabel>,
  agencies: Map<string, Agency>,
  labels: { anchor: (id: string) => string; basis: (b: string) => string },
  origin: string,
  current = '',
): string {
  const rows = duties.map((d) => {
    const doc = docs.get(d.task.document);
    return [
      d.task.id,
      doc?.shortTitle ?? d.task.document,
      doc?.number ?? '',
      labels.anchor(d.task.anchor),
      d.task.summary,
      ROLES[d.role],
      VIA_LABELS[d.via],
      agencies.get(d.named)?.name ?? d.named,
      labels.basis(d.task.basis),
      d.task.cadence ?? '',
      current,
      new URL(taskPath(d.task, doc?.kind), origin).href,
    ];
  });
  return toCsv([CSV_HEADER, ...rows]);
}

/** Parses a CSV produced by toCsv (used by tests and scripts). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// URLs and exports

/** The path of a task's clause: the document page with the anchor. */
export function taskPath(task: Pick<Task, 'document' | 'anchor'>, kind?: string): string {
  return `${documentUrl(task.document, kind)}#${task.anchor}`;
}

/** The path of an agency page. */
export const agencyPath = (id: string) => `/co-quan/${id}/`;
/** The path of an agency's CSV. */
export const agencyCsvPath = (id: string) => `/co-quan/${id}.csv`;

/** /du-lieu/van-ban.json: one record per document. */
export const documentExportSchema = z.array(
  z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    kind: z.string().min(1),
    number: z.string().nullable(),
    issuer: z.string().nullable(),
    province: z.string().nullable(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
    status: z.string().min(1),
    source: z.string().nullable(),
    url: z.string().startsWith('/'),
  }),
);
/** /du-lieu/co-quan.json: one record per agency or group. */
export const agencyExportSchema = z.array(
  z.strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string()),
    kind: z.string().min(1),
    level: z.string().min(1),
    province: z.string().nullable(),
    /** The first successor shown by a source (kept from the first version of this export). */
    successor: z.string().nullable(),
    /** Every body that took over from this one: id, from (partial date or null = unknown), legal basis (or null = unknown), confidence. */
    successors: z.array(
      z.strictObject({
        id: z.string().min(1),
        from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
        basis: z.string().nullable(),
        confidence: z.enum(['high', 'med', 'low', 'unconfirmed']),
      }),
    ),
    url: z.string().startsWith('/co-quan/'),
  }),
);
/** /du-lieu/nhiem-vu.json: one record per task. */
export const taskExportSchema = z.array(
  z.strictObject({
    id: z.string().min(1),
    document: z.string().min(1),
    anchor: z.string().min(1),
    summary: z.string().min(1),
    responsibilities: z.array(z.strictObject({ agency: z.string().min(1), role: z.enum(ROLE_ORDER as [Role, ...Role[]]) })).min(1),
    cadence: z.string().nullable(),
    url: z.string().startsWith('/'),
  }),
);

/** Document fields the export reads (frontmatter of content/van-ban/*.mdx). */
export interface DocForExport {
  id: string;
  data: {
    kind: string;
    title: unknown;
    number: string | null;
    issuer?: unknown;
    outlet?: string | null;
    province: unknown;
    issued: unknown;
    status: string;
    source: string | null;
  };
}

/** Records of /du-lieu/van-ban.json. `issuer` is the outlet for press items. */
export function documentsExport(docs: DocForExport[]): z.infer<typeof documentExportSchema> {
  return docs.map(({ id, data: d }) => ({
    id,
    title: plain(d.title as string)!,
    kind: d.kind,
    number: d.number,
    issuer: (d.issuer !== undefined ? plain(d.issuer as string) : d.outlet) ?? null,
    province: plain(d.province as string),
    date: plain(d.issued as string),
    status: d.status,
    source: d.source,
    url: documentUrl(id, d.kind),
  }));
}

/** Records of /du-lieu/co-quan.json. `successor` is the first sourced successor's id, else null; `successors` lists every one with date, basis and confidence. */
export function agenciesExport(agencies: Agency[]): z.infer<typeof agencyExportSchema> {
  return agencies.map((a) => ({
    id: a.id,
    name: a.name,
    aliases: [a.shortName, ...a.aliases].filter((x, i, all) => x !== a.name && all.indexOf(x) === i),
    kind: a.kind,
    level: a.level,
    province: provinceOf(a),
    successor: verifiedSuccessor(a),
    successors: successorsOf(a).map((l) => ({ id: l.successor!, from: l.from, basis: l.basis, confidence: l.confidence })),
    url: agencyPath(a.id),
  }));
}

/** Confidence in words, for exports and pages ("độ tin cậy trung bình"). */
export const CONFIDENCE_WORDS: Record<Confidence, string> = { high: 'cao', med: 'trung bình', low: 'thấp', unconfirmed: 'chưa xác minh' };

/** One successor in words: "Sở Nội vụ tỉnh Ninh Bình (từ 01/07/2025; căn cứ: Nghị quyết 202/2025/QH15; độ tin cậy trung bình)"; unknown parts say "chưa rõ". */
export function successionText(l: Pick<Lineage, 'from' | 'basis' | 'confidence'>, successorName: string): string {
  return `${successorName} (${fromText(l.from)}; căn cứ: ${l.basis ?? 'chưa rõ'}; độ tin cậy ${CONFIDENCE_WORDS[l.confidence]})`;
}

/**
 * Who does an agency's work today, for the CSVs: its current body with confidence; when it names
 * none, the agency itself, or a note that its province was merged and the successor is unknown.
 */
export function currentBodyText(id: string, agencies: Agency[]): string {
  const byId = indexById(agencies);
  const now = currentBody(id, agencies);
  const agency = byId.get(id);
  if (!now) return (agency && noSuccessorText(agency)) ?? agency?.name ?? id;
  return `${byId.get(now.agency)?.name ?? now.agency} (độ tin cậy ${CONFIDENCE_WORDS[now.confidence]})`;
}

export const AGENCY_CSV_HEADER = ['Mã cơ quan', 'Tên', 'Loại', 'Cấp', 'Tỉnh', 'Cơ quan kế tục', 'Cơ quan hiện nay', 'Liên kết'];

/** /du-lieu/co-quan.csv: every agency with its successors and the body doing its work today. */
export function agenciesCsv(agencies: Agency[], labels: { kind: (k: string) => string; level: (l: string) => string }, origin: string): string {
  const byId = indexById(agencies);
  const name = (id: string) => byId.get(id)?.name ?? id;
  const rows = agencies.map((a) => {
    const now = currentBody(a.id, agencies);
    return [
      a.id,
      a.name,
      labels.kind(a.kind),
      labels.level(a.level),
      provinceOf(a) ?? '',
      successorsOf(a).map((l) => successionText(l, name(l.successor!))).join('; '),
      now || noSuccessorText(a) ? currentBodyText(a.id, agencies) : '',
      new URL(agencyPath(a.id), origin).href,
    ];
  });
  return toCsv([AGENCY_CSV_HEADER, ...rows]);
}

/** Records of /du-lieu/nhiem-vu.json. */
export function tasksExport(tasks: Task[], kindOf: (doc: string) => string | undefined): z.infer<typeof taskExportSchema> {
  return tasks.map((t) => ({
    id: t.id,
    document: t.document,
    anchor: t.anchor,
    summary: t.summary,
    responsibilities: t.responsibilities.map((r) => ({ agency: r.agency, role: r.role })),
    cadence: t.cadence,
    url: taskPath(t, kindOf(t.document)),
  }));
}

// ---------------------------------------------------------------------------------------------
// Clause text (checks that a task's source text sits in the clause its anchor names)

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Plain text of an MDX fragment: comments, tags and list markers removed; headings (`ten`) kept. */
function mdxText(fragment: string): string {
  return collapse(
    fragment
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<[A-Za-z][^>]*\bten="([^"]*)"[^>]*>/g, ' $1 ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/^\s*[-*]\s+/gm, ' ')
      .replace(/\*\*|__/g, ''),
  );
}

/** The text of the clause with this anchor in an MDX body (with its sub-clauses), or null. */
export function clauseText(body: string, anchor: string): string | null {
  const open = new RegExp(`<(Chuong|Dieu|Phan|Khoan|Diem|Doan)\\b[^>]*\\bid="${anchor}"[^>]*>`);
  const m = open.exec(body);
  if (!m) return null;
  const tag = m[1];
  const re = new RegExp(`<(/?)${tag}\\b[^>]*?(/?)>`, 'g');
  re.lastIndex = m.index + m[0].length;
  let depth = 1;
  let end = body.length;
  for (let t = re.exec(body); t; t = re.exec(body)) {
    if (t[2]) continue;
    depth += t[1] ? -1 : 1;
    if (depth === 0) {
      end = t.index;
      break;
    }
  }
  return mdxText(body.slice(m.index, end));
}

/** The deepest clause whose text contains `text` (the anchor a task quoting it should use), or null. */
export function deepestClauseContaining(body: string, text: string): string | null {
  const needle = collapse(text);
  let best: { id: string; depth: number } | null = null;
  for (const e of extractOutline(body)) {
    if (clauseText(body, e.id)?.includes(needle) && (!best || e.depth >= best.depth)) best = { id: e.id, depth: e.depth };
  }
  return best?.id ?? null;
}
