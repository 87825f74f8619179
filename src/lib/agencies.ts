/**
 * Agencies (cơ quan, tổ chức): groups and their members, lineage after the 2025 reorganisation,
 * the order of the index, and the finder's matching. Plain TypeScript, no Astro imports: the
 * pages, the finder's browser script and the unit tests share this one module.
 */
import { foldWords, formatDate } from './vi';

/** Kinds of agency, in index order (same keys as src/schemas/agency.ts, repeated to keep this module dependency-free). */
export const KIND_ORDER = ['cap-uy', 'co-quan-dang', 'co-quan-nha-nuoc', 'mat-tran-doan-the', 'hoi-dong', 'bao-chi', 'nhom'] as const;

/** A value that may be inferred, as written in the content files. */
export type Inferable<T> = T | { value: T; inferred: string };

/** Confidence of a fact, as the reference sheets rate it (same keys as src/schemas/document.ts). */
export type Confidence = 'high' | 'med' | 'low' | 'unconfirmed';

/** A lineage fact (see src/schemas/agency.ts). */
export interface Lineage {
  event: 'hop-nhat' | 'doi-ten' | 'chuyen-giao' | 'ket-thuc' | 'sap-xep';
  successor: string | null;
  from: string | null;
  basis: string | null;
  basisDocument: string | null;
  confidence: Confidence;
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
 * every agency page of that province (groups included, which carry no lineage of their own).
 * Facts from sources/reference/legal-facts-turn2.md §3.
 */
export const PROVINCE_NOTES: Record<string, { confidence: Confidence; source: string | null; note: string; /** The province it is now part of, when it was merged away. */ mergedInto: string | null }> = {
  'Hà Nam': {
    confidence: 'med',
    source: 'legal-facts-turn2.md §3',
    mergedInto: 'Ninh Bình',
    note: 'Tỉnh Hà Nam, tỉnh Nam Định và tỉnh Ninh Bình hợp nhất thành tỉnh Ninh Bình theo Nghị quyết 202/2025/QH15 (thông qua ngày 12/6/2025); tỉnh mới hoạt động từ 01/7/2025. Cơ quan của tỉnh Hà Nam nay là cơ quan tương ứng của tỉnh Ninh Bình.',
  },
  'Ninh Thuận': {
    confidence: 'med',
    source: 'legal-facts-turn2.md §3',
    mergedInto: 'Khánh Hòa',
    note: 'Toàn bộ tỉnh Ninh Thuận nhập vào tỉnh Khánh Hòa theo Nghị quyết 202/2025/QH15 (thông qua ngày 12/6/2025); tỉnh Khánh Hòa mới hoạt động từ 01/7/2025. Cơ quan của tỉnh Ninh Thuận nay là cơ quan tương ứng của tỉnh Khánh Hòa.',
  },
  'Nghệ An': {
    confidence: 'high',
    source: '002_a33a534af9abeb6b.txt; legal-facts-turn2.md §3',
    mergedInto: null,
    note: 'Tỉnh Nghệ An vẫn mang tên này sau 01/7/2025: bản tin ngày 27/02/2026 nêu UBND tỉnh Nghệ An và các phường mới (Trường Vinh, Thành Vinh, Vinh Phú, Vinh Hưng, Vinh Lộc, Cửa Lò). Nghệ An là một trong 11 tỉnh, thành phố không hợp nhất theo Nghị quyết 202/2025/QH15.',
  },
  'Ninh Bình': {
    confidence: 'med',
    source: 'legal-facts-turn2.md §3',
    mergedInto: null,
    note: 'Tỉnh Ninh Bình hiện nay hình thành từ tỉnh Hà Nam, tỉnh Nam Định và tỉnh Ninh Bình cũ (Nghị quyết 202/2025/QH15), hoạt động từ 01/7/2025; trung tâm chính trị - hành chính đặt tại Ninh Bình cũ (Hoa Lư).',
  },
  'Khánh Hòa': {
    confidence: 'med',
    source: 'legal-facts-turn2.md §3',
    mergedInto: null,
    note: 'Tỉnh Khánh Hòa hiện nay gồm tỉnh Khánh Hòa và tỉnh Ninh Thuận cũ (Nghị quyết 202/2025/QH15), hoạt động từ 01/7/2025, có 65 đơn vị hành chính cấp xã.',
  },
};

/** Agencies by id. */
export function indexById<A extends { id: string }>(agencies: A[]): Map<string, A> {
  return new Map(agencies.map((a) => [a.id, a]));
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

/** A body's direct successors (the lineage facts that name one), in the order written. */
export function successorsOf(a: Pick<Agency, 'lineage'>): Lineage[] {
  return a.lineage.filter((l) => l.successor);
}

/**
 * The successor a body points to, following the chain (A → B → C); each step with its fact.
 * Where a body names several successors (its functions split), the chain follows the first.
 */
export function successorChain(id: string, agencies: Agency[]): { agency: string; lineage: Lineage }[] {
  const byId = indexById(agencies);
  const out: { agency: string; lineage: Lineage }[] = [];
  const seen = new Set([id]);
  let current = byId.get(id);
  while (current) {
    const step = successorsOf(current)[0];
    if (!step || seen.has(step.successor!)) break;
    out.push({ agency: step.successor!, lineage: step });
    seen.add(step.successor!);
    current = byId.get(step.successor!);
  }
  return out;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, med: 2, low: 1, unconfirmed: 0 };
/** The lower of two confidences (a chain is only as sure as its weakest step). */
export function weakerConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b] ? a : b;
}

/** Who does this body's work today: the end of its successor chain with the chain's weakest confidence, or null when it has no successor. */
export function currentBody(id: string, agencies: Agency[]): { agency: string; from: string | null; confidence: Confidence; steps: number; last: Lineage } | null {
  const chain = successorChain(id, agencies);
  if (!chain.length) return null;
  const last = chain.at(-1)!;
  return {
    agency: last.agency,
    from: last.lineage.from,
    confidence: chain.map((s) => s.lineage.confidence).reduce(weakerConfidence),
    steps: chain.length,
    last: last.lineage,
  };
}

/**
 * What to say when a body names no successor: null when nothing changed that the handbook knows
 * of, or a sentence saying its province was merged and the successor is not recorded.
 */
export function noSuccessorText(a: Pick<Agency, 'province'>): string | null {
  const province = provinceOf(a);
  const merged = province ? PROVINCE_NOTES[province]?.mergedInto : null;
  return merged ? `chưa ghi cơ quan kế tục (tỉnh ${province} nay thuộc tỉnh ${merged})` : null;
}

/** "từ 01/07/2025", "từ tháng 06/2025", or "thời điểm chưa rõ" when no source gives the date. */
export function fromText(from: string | null): string {
  return from ? `từ ${formatDate(from)}` : 'thời điểm chưa rõ';
}

/** The first successor shown by a source (confidence above unconfirmed), or null. Kept for the export's `successor`. */
export function verifiedSuccessor(a: Agency): string | null {
  return successorsOf(a).find((l) => l.confidence !== 'unconfirmed')?.successor ?? null;
}

const predecessorCache = new WeakMap<Agency[], Map<string, { agency: string; lineage: Lineage }[]>>();
/** Bodies whose lineage names this one as successor (its direct predecessors, "tiền thân"); indexed once per agency list. */
export function predecessorsOf(id: string, agencies: Agency[]): { agency: string; lineage: Lineage }[] {
  let index = predecessorCache.get(agencies);
  if (!index) {
    index = new Map();
    for (const a of agencies) for (const l of a.lineage) if (l.successor) index.set(l.successor, [...(index.get(l.successor) ?? []), { agency: a.id, lineage: l }]);
    predecessorCache.set(agencies, index);
  }
  return index.get(id) ?? [];
}

/**
 * Every body this one succeeds, directly or through a chain (C succeeds B, B succeeds A: both),
 * nearest first; `lineage` is the step that leads from that body towards this one.
 */
export function ancestorsOf(id: string, agencies: Agency[]): { agency: string; lineage: Lineage }[] {
  const out: { agency: string; lineage: Lineage }[] = [];
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length) {
    const next: string[] = [];
    for (const f of frontier) {
      for (const p of predecessorsOf(f, agencies)) {
        if (seen.has(p.agency)) continue;
        seen.add(p.agency);
        out.push(p);
        next.push(p.agency);
      }
    }
    frontier = next;
  }
  return out;
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
