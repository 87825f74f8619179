/**
 * Ladders (thang danh hiệu, hình thức khen thưởng) built from the entries' `prerequisites`: lanes,
 * steps, the text alternative of the diagram, and the awards just below and above an entry.
 * Plain TypeScript, no Astro imports.
 */
import type { AwardSubject } from '../../schemas/award';
import { listVi } from '../vi';
import { SUBJECT_LABEL, type AwardEntry, type Relation } from './labels';
import { compareAwards } from './grouping';

/** A link on a ladder: `from` is the lower award, `to` the higher one that names it. */
export interface LadderEdge {
  from: string;
  to: string;
  relation: Relation;
  note: string;
}

export interface Ladder {
  /** Stable id, used for element ids ("danh-hieu-ca-nhan", "hinh-thuc-khen-thuong"). */
  id: string;
  /** "Thang danh hiệu thi đua đối với cá nhân". */
  title: string;
  /** Award ids by step: layer 0 holds the lowest awards (no lower award on this ladder). */
  layers: string[][];
  /** Links between awards of this ladder. */
  edges: LadderEdge[];
}

/**
 * The lane of an award: ladders link awards of the same kind and, for emulation titles, of the
 * same subject (individual titles and collective titles climb separately). Forms of award share
 * one lane whatever their subjects.
 */
export function laneOf(a: AwardEntry): { id: string; title: string } {
  if (a.kind === 'hinh-thuc-khen-thuong') return { id: 'hinh-thuc-khen-thuong', title: 'Thang hình thức khen thưởng' };
  const subject: AwardSubject | undefined = a.subject.includes('ca-nhan') ? 'ca-nhan' : a.subject.includes('tap-the') ? 'tap-the' : a.subject[0];
  if (!subject) return { id: 'danh-hieu-khac', title: 'Thang danh hiệu thi đua (chưa xác định đối tượng)' };
  return { id: `danh-hieu-${subject}`, title: `Thang danh hiệu thi đua đối với ${SUBJECT_LABEL[subject]}` };
}

/** Links whose two ends are in different lanes (e.g. Bằng khen ← Chiến sĩ thi đua cơ sở). */
export function crossLaneEdges(awards: AwardEntry[]): LadderEdge[] {
  return prerequisiteEdges(awards, (lower, a) => laneOf(lower).id !== laneOf(a).id);
}

/** The `prerequisites` links of the registry (lower award → award) that `keep` accepts. */
function prerequisiteEdges(awards: AwardEntry[], keep: (lower: AwardEntry, a: AwardEntry) => boolean): LadderEdge[] {
  const byId = new Map(awards.map((a) => [a.id, a]));
  const out: LadderEdge[] = [];
  for (const a of awards) {
    for (const p of a.prerequisites) {
      const lower = byId.get(p.award);
      if (lower && keep(lower, a)) out.push({ from: p.award, to: a.id, relation: p.relation, note: p.note });
    }
  }
  return out;
}

/**
 * The ladders of the registry: within each lane, the awards linked by `prerequisites` (connected
 * components with at least one link), arranged in steps by the longest chain below each award.
 * Awards with no link in their lane are on no ladder. Lanes come in a fixed order (individual
 * titles, collective titles, forms of award); a lane with two separate ladders gets "-2".
 */
export function buildLadders(awards: AwardEntry[]): Ladder[] {
  const byId = new Map(awards.map((a) => [a.id, a]));
  const edges = prerequisiteEdges(awards, (lower, a) => lower.id !== a.id && laneOf(lower).id === laneOf(a).id);
  // Connected components (union–find).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)!)!);
      x = parent.get(x)!;
    }
    return x;
  };
  for (const e of edges) {
    for (const n of [e.from, e.to]) if (!parent.has(n)) parent.set(n, n);
    parent.set(find(e.from), find(e.to));
  }
  const components = new Map<string, string[]>();
  for (const n of parent.keys()) {
    const r = find(n);
    if (!components.has(r)) components.set(r, []);
    components.get(r)!.push(n);
  }

  const laneRank = (id: string) => {
    const order = ['danh-hieu-ca-nhan', 'danh-hieu-tap-the', 'danh-hieu-ho-gia-dinh', 'hinh-thuc-khen-thuong'];
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  const ladders = [...components.values()].map((nodes) => {
    const set = new Set(nodes);
    const own = edges.filter((e) => set.has(e.from));
    const lane = laneOf(byId.get(nodes[0])!);
    return { lane, nodes, edges: own, layers: layerNodes(nodes, own, byId) };
  });
  // Lanes in order; within a lane, the ladder with more documented awards (with criteria) first,
  // then the longer one, then by its lowest award.
  const documented = (l: (typeof ladders)[number]) => l.nodes.filter((n) => byId.get(n)!.criteria.length > 0).length;
  ladders.sort(
    (x, y) =>
      laneRank(x.lane.id) - laneRank(y.lane.id) ||
      documented(y) - documented(x) ||
      y.nodes.length - x.nodes.length ||
      compareAwards(byId.get(x.layers[0][0])!, byId.get(y.layers[0][0])!),
  );
  const perLane = new Map<string, number>();
  for (const l of ladders) perLane.set(l.lane.id, (perLane.get(l.lane.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  return ladders.map((l) => {
    const n = (seen.get(l.lane.id) ?? 0) + 1;
    seen.set(l.lane.id, n);
    const several = perLane.get(l.lane.id)! > 1;
    return {
      id: n === 1 ? l.lane.id : `${l.lane.id}-${n}`,
      title: several ? `${l.lane.title}: từ ${listVi(l.layers[0].map((id) => byId.get(id)!.name))}` : l.lane.title,
      layers: l.layers,
      edges: l.edges,
    };
  });
}

/**
 * Steps of a ladder: an award's step is the length of the longest chain of lower awards below it.
 * Inside a step, awards are ordered by the mean position of their lower awards (fewer crossing
 * lines), then by level and name. A cycle in the data is an error naming the awards.
 */
function layerNodes(nodes: string[], edges: LadderEdge[], byId: Map<string, AwardEntry>): string[][] {
  const below = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) below.get(e.to)!.push(e.from);
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (n: string): number => {
    if (depth.has(n)) return depth.get(n)!;
    if (visiting.has(n)) throw new Error(`content/khen-thuong: prerequisites tạo thành vòng lặp qua "${n}"; một danh hiệu không thể là bậc dưới của chính nó`);
    visiting.add(n);
    const d = Math.max(-1, ...below.get(n)!.map(depthOf)) + 1;
    visiting.delete(n);
    depth.set(n, d);
    return d;
  };
  nodes.forEach(depthOf);
  const layers: string[][] = [];
  for (const n of nodes) (layers[depth.get(n)!] ??= []).push(n);
  // Where an award is listed among the lower awards of the one above it (the registry's own order).
  const listed = (n: string) => Math.min(99, ...edges.filter((e) => e.from === n).map((e) => byId.get(e.to)!.prerequisites.findIndex((p) => p.award === n)));
  const position = new Map<string, number>();
  return layers.map((layer, i) => {
    const score = (n: string) => {
      const ps = below.get(n)!.map((p) => position.get(p)).filter((x): x is number => x !== undefined);
      return ps.length ? ps.reduce((s, x) => s + x, 0) / ps.length : 0;
    };
    const sorted = [...layer].sort((a, b) => (i === 0 ? 0 : score(a) - score(b)) || listed(a) - listed(b) || compareAwards(byId.get(a)!, byId.get(b)!));
    sorted.forEach((n, j) => position.set(n, j));
    return sorted;
  });
}

/** A ladder as nested lists: each award with the higher awards reached from it. */
export interface LadderTreeNode {
  id: string;
  /** How this award is linked to the one above it in the list (none for the first step). */
  relation: Relation | null;
  /** Already listed with its higher steps earlier in the tree: not expanded again. */
  repeated: boolean;
  next: LadderTreeNode[];
}

/** The ladder as a tree from its lowest awards up (the text alternative of the diagram). */
export function ladderTree(ladder: Ladder): LadderTreeNode[] {
  const up = new Map<string, LadderEdge[]>();
  for (const e of ladder.edges) (up.get(e.from) ?? up.set(e.from, []).get(e.from)!).push(e);
  const order = new Map(ladder.layers.flat().map((id, i) => [id, i]));
  const expanded = new Set<string>();
  const walk = (id: string, relation: Relation | null): LadderTreeNode => {
    if (expanded.has(id)) return { id, relation, repeated: (up.get(id) ?? []).length > 0, next: [] };
    expanded.add(id);
    const next = [...(up.get(id) ?? [])].sort((a, b) => order.get(a.to)! - order.get(b.to)!).map((e) => walk(e.to, e.relation));
    return { id, relation, repeated: false, next };
  };
  return ladder.layers[0].map((id) => walk(id, null));
}

/** Every award id on a ladder. */
export function ladderAwards(ladder: Ladder): string[] {
  return ladder.layers.flat();
}

/** The awards just below and just above an entry, across all lanes, with how they are linked. */
export function neighbours(award: AwardEntry, awards: AwardEntry[]): { before: LadderEdge[]; after: LadderEdge[] } {
  const before = award.prerequisites.map((p) => ({ from: p.award, to: award.id, relation: p.relation, note: p.note }));
  const after = awards
    .filter((a) => a.id !== award.id)
    .flatMap((a) => a.prerequisites.filter((p) => p.award === award.id).map((p) => ({ from: award.id, to: a.id, relation: p.relation, note: p.note })));
  return { before, after };
}
