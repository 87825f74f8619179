/**
 * What an agency owes: the tasks that name it directly, through the groups it belongs to, or
 * through the bodies it replaced; grouped by document and role; the bodies named on a clause.
 * Plain TypeScript, no Astro imports.
 */
import type { Role } from '../../schemas/task';
import { ancestorsOf, groupsOf, type Agency, type Lineage } from '../agencies';
import { ROLE_ORDER, type Task } from './tasks';

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
export function dutiesNaming(id: string, tasks: Task[]): Naming[] {
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
