/**
 * Agencies (cơ quan, tổ chức): groups and their members, lineage after the 2025 reorganisation,
 * the order of the index, and the finder's matching. Plain TypeScript, no Astro imports: the
 * pages, the finder's browser script and the unit tests share this one module.
 */
import { foldWords } from './vi';

/** Kinds of agency, in index order (same keys as src/schemas/agency.ts, repeated to keep this module dependency-free). */
export const KIND_ORDER = ['cap-uy', 'co-quan-dang', 'co-quan-nha-nuoc', 'mat-tran-doan-the', 'hoi-dong', 'bao-chi', 'nhom'] as const;

/** A value that may be inferred, as written in the content files. */
export type Inferable<T> = T | { value: T; inferred: string };

/** A lineage fact (see src/schemas/agency.ts). */
export interface Lineage {
  event: 'hop-nhat' | 'doi-ten' | 'ket-thuc' | 'sap-xep';
  date: string | null;
  successor: string | null;
  verified: boolean;
  source: string | null;
  note: string;
}

/** An agency as the lib needs it: the content entry's id plus its data. */
export interface Agency {
  id: string;
  name: string;
  shortName: string;
  aliases: string[];
  kind: string;
  level: string;
  province: Inferable<string> | null;
  parent: string | null;
  members: string[];
  membersBasis: string | null;
  lineage: Lineage[];
  note: string | null;
}

/** Plain value of a possibly inferred field. */
export function plain<T>(v: Inferable<T> | null | undefined): T | null {
  if (v == null) return null;
  if (typeof v === 'object' && v !== null && 'inferred' in (v as object)) return (v as { value: T }).value;
  return v as T;
}

/** The province of an agency as a plain string, or null for national bodies. */
export function provinceOf(a: Pick<Agency, 'province'>): string | null {
  return plain(a.province);
}

/** Why the province is attributed, when it is inferred. */
export function provinceInference(a: Pick<Agency, 'province'>): string | null {
  const p = a.province;
  return p && typeof p === 'object' ? p.inferred : null;
}

/**
 * What is known about each province in the 2025 reorganisation, stated once here and shown on
 * every agency page of that province. Hà Nam and Ninh Thuận: the sources do not say which
 * province they became part of, so nothing is named and the fact is marked unverified.
 */
export const PROVINCE_NOTES: Record<string, { verified: boolean; source: string | null; note: string }> = {
  'Hà Nam': {
    verified: false,
    source: null,
    note: 'Theo thông tin chung, tỉnh Hà Nam thuộc diện sắp xếp đơn vị hành chính cấp tỉnh từ 01/7/2025. Các nguồn của cẩm nang không nêu việc này, cũng không nêu tỉnh sau sắp xếp và cơ quan kế tục: chưa xác minh.',
  },
  'Ninh Thuận': {
    verified: false,
    source: null,
    note: 'Theo thông tin chung, tỉnh Ninh Thuận thuộc diện sắp xếp đơn vị hành chính cấp tỉnh từ 01/7/2025. Các nguồn của cẩm nang không nêu việc này, cũng không nêu tỉnh sau sắp xếp và cơ quan kế tục: chưa xác minh.',
  },
  'Nghệ An': {
    verified: true,
    source: '002_a33a534af9abeb6b.txt',
    note: 'Tỉnh Nghệ An vẫn mang tên này sau 01/7/2025: bản tin ngày 27/02/2026 nêu UBND tỉnh Nghệ An và các phường mới (Trường Vinh, Thành Vinh, Vinh Phú, Vinh Hưng, Vinh Lộc, Cửa Lò).',
  },
};

const byIdCache = new WeakMap<object[], Map<string, unknown>>();
/**
 * Agencies by id, built once per agency list: agency pages ask for it per body (successors,
 * predecessors, members), which at 100× was 13% of the build (BENCHMARKS.md, profile). Shared: do
 * not change the map.
 */
export function indexById<A extends { id: string }>(agencies: A[]): Map<string, A> {
  let map = byIdCache.get(agencies) as Map<string, A> | undefined;
  if (!map) byIdCache.set(agencies, (map = new Map(agencies.map((a) => [a.id, a]))));
  return map;
}

const containingCache = new WeakMap<Agency[], Map<string, string[]>>();
/** For each id, the groups that list it as a member (computed once per agency list). */
function groupsContaining(agencies: Agency[]): Map<string, string[]> {
  let map = containingCache.get(agencies);
  if (!map) {
    map = new Map();
    for (const g of agencies) for (const m of g.members) map.set(m, [...(map.get(m) ?? []), g.id]);
    containingCache.set(agencies, map);
  }
  return map;
}

/** A group an agency belongs to, with the chain of groups that leads there (nearest first). */
export interface Membership {
  group: string;
  /** Ids from the agency's direct group up to `group` (length 1 for a direct membership). */
  path: string[];
}

/**
 * Every group an agency belongs to, directly or through a group that is itself a member of
 * another group. Breadth-first, so the shortest path is kept; cycles are ignored here (the
 * integrity check reports them).
 */
export function groupsOf(id: string, agencies: Agency[]): Membership[] {
  const parentsOf = groupsContaining(agencies);
  const out: Membership[] = [];
  const seen = new Set<string>([id]);
  let frontier: Membership[] = (parentsOf.get(id) ?? []).map((g) => ({ group: g, path: [g] }));
  while (frontier.length) {
    const next: Membership[] = [];
    for (const m of frontier) {
      if (seen.has(m.group)) continue;
      seen.add(m.group);
      out.push(m);
      for (const up of parentsOf.get(m.group) ?? []) next.push({ group: up, path: [...m.path, up] });
    }
    frontier = next;
  }
  return out;
}

/** Every agency inside a group, following nested groups (the group itself excluded). */
export function membersOf(groupId: string, agencies: Agency[]): string[] {
  const byId = indexById(agencies);
  const out: string[] = [];
  const seen = new Set<string>([groupId]);
  const stack = [...(byId.get(groupId)?.members ?? [])];
  while (stack.length) {
    const id = stack.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    stack.push(...(byId.get(id)?.members ?? []));
  }
  return out;
}

/** A cycle in group membership (a group containing itself), as a list of ids, or null. */
export function membershipCycle(agencies: Agency[]): string[] | null {
  const byId = indexById(agencies);
  const state = new Map<string, 'open' | 'done'>();
  const walk = (id: string, trail: string[]): string[] | null => {
    if (state.get(id) === 'open') return [...trail.slice(trail.indexOf(id)), id];
    if (state.get(id) === 'done') return null;
    state.set(id, 'open');
    for (const m of byId.get(id)?.members ?? []) {
      const c = walk(m, [...trail, id]);
      if (c) return c;
    }
    state.set(id, 'done');
    return null;
  };
  for (const a of agencies) {
    const c = walk(a.id, []);
    if (c) return c;
  }
  return null;
}

/** The successor a body points to, following the chain (A → B → C); each step with its fact. */
export function successorChain(id: string, agencies: Agency[]): { agency: string; lineage: Lineage }[] {
  const byId = indexById(agencies);
  const out: { agency: string; lineage: Lineage }[] = [];
  const seen = new Set([id]);
  let current = byId.get(id);
  while (current) {
    const step = current.lineage.find((l) => l.successor);
    if (!step || seen.has(step.successor!)) break;
    out.push({ agency: step.successor!, lineage: step });
    seen.add(step.successor!);
    current = byId.get(step.successor!);
  }
  return out;
}

/** The verified successor id of a body (the first verified step), or null. Used by the export. */
export function verifiedSuccessor(a: Agency): string | null {
  return a.lineage.find((l) => l.verified && l.successor)?.successor ?? null;
}

/** Bodies whose lineage names this one as successor (its predecessors, "tiền thân"). */
export function predecessorsOf(id: string, agencies: Agency[]): { agency: string; lineage: Lineage }[] {
  return predecessorIndex(agencies).get(id) ?? [];
}

const predecessorCache = new WeakMap<Agency[], Map<string, { agency: string; lineage: Lineage }[]>>();
/** Predecessors by successor id, built once per agency list (asked once per agency page: quadratic at 100×). */
function predecessorIndex(agencies: Agency[]): Map<string, { agency: string; lineage: Lineage }[]> {
  let map = predecessorCache.get(agencies);
  if (!map) {
    map = new Map();
    for (const a of agencies) {
      for (const l of a.lineage) if (l.successor) map.set(l.successor, [...(map.get(l.successor) ?? []), { agency: a.id, lineage: l }]);
    }
    predecessorCache.set(agencies, map);
  }
  return map;
}

/** Sort agencies for lists: by kind order, then province (national first), then name in Vietnamese order. */
export function compareAgencies(a: Agency, b: Agency): number {
  const k = KIND_ORDER.indexOf(a.kind as (typeof KIND_ORDER)[number]) - KIND_ORDER.indexOf(b.kind as (typeof KIND_ORDER)[number]);
  if (k) return k;
  const pa = provinceOf(a) ?? '';
  const pb = provinceOf(b) ?? '';
  if (pa !== pb) return pa.localeCompare(pb, 'vi');
  return a.name.localeCompare(b.name, 'vi');
}

/** The index layout: kinds, and within each kind the provinces ("Trung ương" first). */
export function groupForIndex(agencies: Agency[]): { kind: string; provinces: { province: string; agencies: Agency[] }[] }[] {
  const sorted = [...agencies].sort(compareAgencies);
  const out: { kind: string; provinces: { province: string; agencies: Agency[] }[] }[] = [];
  for (const a of sorted) {
    let k = out.find((x) => x.kind === a.kind);
    if (!k) out.push((k = { kind: a.kind, provinces: [] }));
    const p = provinceOf(a) ?? 'Trung ương, toàn quốc';
    let pr = k.provinces.find((x) => x.province === p);
    if (!pr) k.provinces.push((pr = { province: p, agencies: [] }));
    pr.agencies.push(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Finder

/** First letters of the words of a folded text: "mat tran to quoc" → "mttq". */
function initials(words: string): string {
  return words
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
}

/**
 * The strings the finder compares a query with: name, short name and aliases, folded (no
 * diacritics, đ → d, lower case, punctuation to spaces). Pages put these in a data attribute
 * so the browser script needs no other data.
 */
export function searchKeys(a: Pick<Agency, 'name' | 'shortName' | 'aliases'>): string[] {
  return [...new Set([a.name, a.shortName, ...a.aliases].map(foldWords).filter(Boolean))];
}

/**
 * How well a query matches an agency's keys; 0 means no match. Higher is better:
 * 100 exact name or alias; 80 a key starts with the query; 70 the query is a run of whole
 * words of a key; 60 every query word starts some word of a key; 50/40 the query is the start
 * of / inside the initials of a key ("mttq" in "Ủy ban Mặt trận Tổ quốc …").
 */
export function matchScore(query: string, keys: string[]): number {
  const q = foldWords(query);
  if (!q) return 0;
  const qWords = q.split(' ');
  let best = 0;
  for (const key of keys) {
    let s = 0;
    if (key === q) s = 100;
    else if (key.startsWith(q)) s = 80;
    else if (` ${key} `.includes(` ${q} `) || ` ${key}`.includes(` ${q}`)) s = 70;
    else {
      const words = key.split(' ');
      if (qWords.every((w) => words.some((k) => k.startsWith(w)))) s = 60;
      else if (qWords.length === 1 && q.length >= 2) {
        const ini = initials(key);
        if (ini.startsWith(q)) s = 50;
        else if (ini.includes(q)) s = 40;
      }
    }
    if (s > best) best = s;
  }
  return best;
}

/** Agencies matching a query, best first (ties: real bodies before groups, then index order). */
export function findAgencies<A extends Agency>(query: string, agencies: A[], limit = 20): A[] {
  return agencies
    .map((a) => ({ a, s: matchScore(query, searchKeys(a)) }))
    .filter((x) => x.s > 0)
    .sort((x, y) => y.s - x.s || Number(x.a.kind === 'nhom') - Number(y.a.kind === 'nhom') || compareAgencies(x.a, y.a))
    .slice(0, limit)
    .map((x) => x.a);
}
