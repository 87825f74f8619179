/**
 * Pure functions over the award registry (content/khen-thuong/*.yaml) for the award pages, the
 * ladder diagram and the export /du-lieu/khen-thuong.json: grouping, ladders built from the
 * entries' `prerequisites`, citation → URL, labels, amounts in đồng and short descriptions of
 * conditions. Plain TypeScript, no Astro imports (the schema module it reads is plain Zod).
 */
import {
  AWARD_KINDS,
  AWARD_LEVELS,
  AWARD_PERIODS,
  AWARD_SUBJECTS,
  type Award,
  type AwardSubject,
  type Condition,
  type Confidence,
  type Criterion,
  type Effective,
  type Sector,
  type YearTest,
} from '../schemas/award';
import { CONFIDENCE, SECTOR, SUBJECT } from './vocabulary';
import { describeCondition } from './eligibility/conditions/definitions';
import { dongText, formatNumber } from './amounts';
import { documentUrl } from './site';
import { LAW_DOCUMENT, inEffect } from './legal-parameters';
import { formatDate } from './vi';

/** Id of the Law's page; `article` anchors point into it (legal-parameters.ts). */
export const LAW_ID = LAW_DOCUMENT;

/** One entry of the registry as the pages use it (the collection's `data`). */
export type AwardEntry = Award;
export type AwardKind = keyof typeof AWARD_KINDS;
export type AwardLevel = keyof typeof AWARD_LEVELS;
export type Relation = Award['prerequisites'][number]['relation'];

// ---------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------

export const KIND_LABEL: Record<AwardKind, string> = AWARD_KINDS;
export const LEVEL_LABEL: Record<AwardLevel, string> = AWARD_LEVELS;
export const PERIOD_LABEL: Record<keyof typeof AWARD_PERIODS, string> = AWARD_PERIODS;

export const SUBJECT_LABEL: Record<AwardSubject, string> = SUBJECT.short;

/** Short names of the sectors (who-decides and "applies to" lines). */
export const SECTOR_LABEL: Record<Sector, string> = SECTOR.short;

export const CONFIDENCE_LABEL: Record<Confidence, string> = CONFIDENCE.short;

export const RELATION_LABEL: Record<Relation, string> = {
  'dieu-kien': 'điều kiện (ít nhất trên một tuyến xét)',
  'thang-bac': 'bậc tiếp theo thường gặp, không bắt buộc',
};

/** Upper-cases the first letter ("cá nhân, tập thể" → "Cá nhân, tập thể"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "cá nhân, tập thể và hộ gia đình"; "" for none. */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/** The subjects of an entry in words ("cá nhân và tập thể"), or null when the registry does not say. */
export function subjectText(subjects: readonly AwardSubject[]): string | null {
  if (!subjects.length) return null;
  return joinVi(AWARD_SUBJECTS.filter((s) => subjects.includes(s)).map((s) => SUBJECT_LABEL[s]));
}

/** Who a rule applies to ("cá nhân; lực lượng vũ trang"), or null for everyone. */
export function appliesToText(a: { subjects?: AwardSubject[]; sectors?: Sector[] } | undefined): string | null {
  if (!a) return null;
  const parts: string[] = [];
  if (a.subjects?.length) parts.push(subjectText(a.subjects)!);
  if (a.sectors?.length) parts.push(a.sectors.map((s) => SECTOR_LABEL[s]).join('; '));
  return parts.length ? parts.join(' – ') : null;
}

/** "áp dụng từ 01/07/2025", "áp dụng đến 30/06/2025", "áp dụng từ … đến …", or null when always. */
export function effectiveText(e: Effective | undefined): string | null {
  if (!e?.from && !e?.to) return null;
  if (e.from && e.to) return `áp dụng từ ${formatDate(e.from)} đến ${formatDate(e.to)}`;
  return e.from ? `áp dụng từ ${formatDate(e.from)}` : `áp dụng đến ${formatDate(e.to!)}`;
}

/** Whether a rule with these dates is in force on `date` (YYYY-MM-DD). */
export const inEffectOn: (e: Effective | undefined, date: string) => boolean = inEffect;

/** Whether a rule only applied before `date` (it has an end date before it). */
export function endedBefore(e: Effective | undefined, date: string): boolean {
  return !!e?.to && e.to < date;
}

// ---------------------------------------------------------------------------------------------
// URLs and citations
// ---------------------------------------------------------------------------------------------

/** The page of an award. */
export function awardUrl(id: string): string {
  return `/khen-thuong/${id}/`;
}

/** The self-check page preset to an award (in the URL fragment: answers are never sent to the server). */
export function checkerUrl(id: string): string {
  return `/kiem-tra/#award=${encodeURIComponent(id)}`;
}

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
  if (p.article) return `${documentUrl(LAW_ID, 'luat')}#${p.article}`;
  if (p.document) {
    const base = documentUrl(p.document, kindOf(p.document));
    return p.anchor ? `${base}#${p.anchor}` : base;
  }
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

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

export { dongText, formatNumber };

/** "1,5 lần mức lương cơ sở". */
export function multiplierText(multiplier: number): string {
  return `${formatNumber(multiplier)} lần mức lương cơ sở`;
}

// ---------------------------------------------------------------------------------------------
// Grouping
// ---------------------------------------------------------------------------------------------

const LEVEL_ORDER = Object.keys(AWARD_LEVELS);
const KIND_ORDER = Object.keys(AWARD_KINDS) as AwardKind[];

/** Order inside a group: by level (lowest first; unknown last), then by name. */
export function compareAwards(a: AwardEntry, b: AwardEntry): number {
  const la = a.level ? LEVEL_ORDER.indexOf(a.level) : LEVEL_ORDER.length;
  const lb = b.level ? LEVEL_ORDER.indexOf(b.level) : LEVEL_ORDER.length;
  return la - lb || a.name.localeCompare(b.name, 'vi');
}

export interface SubjectGroup {
  /** Anchor-friendly key: the subjects joined ("ca-nhan", "ca-nhan-tap-the"), or "chua-xac-dinh". */
  key: string;
  /** "Cá nhân", "Cá nhân và tập thể", "Chưa xác định đối tượng". */
  label: string;
  /** The subjects, in the schema's order ([] when the registry does not say). */
  subjects: AwardSubject[];
  awards: AwardEntry[];
}
export interface KindGroup {
  kind: AwardKind;
  label: string;
  groups: SubjectGroup[];
}

/**
 * The registry grouped by kind (danh hiệu thi đua, hình thức khen thưởng), then by the set of
 * subjects it is given to (cá nhân; tập thể; cá nhân và tập thể…). Single subjects come first,
 * in the schema's order; entries whose subjects are unknown come last; empty groups are left out.
 */
export function groupAwards(awards: AwardEntry[]): KindGroup[] {
  const out: KindGroup[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = awards.filter((a) => a.kind === kind);
    if (!ofKind.length) continue;
    const bySubjects = new Map<string, SubjectGroup>();
    for (const a of ofKind) {
      const subjects = AWARD_SUBJECTS.filter((s) => a.subject.includes(s));
      const key = subjects.length ? subjects.join('-') : 'chua-xac-dinh';
      if (!bySubjects.has(key)) {
        bySubjects.set(key, { key, label: subjects.length ? capitalize(subjectText(subjects)!) : 'Chưa xác định đối tượng', subjects, awards: [] });
      }
      bySubjects.get(key)!.awards.push(a);
    }
    const size = (g: SubjectGroup) => g.subjects.length || AWARD_SUBJECTS.length + 1;
    const rank = (g: SubjectGroup) => g.subjects.map((s) => AWARD_SUBJECTS.indexOf(s)).join(',');
    const groups = [...bySubjects.values()].sort((x, y) => size(x) - size(y) || rank(x).localeCompare(rank(y)));
    for (const g of groups) g.awards.sort(compareAwards);
    out.push({ kind, label: KIND_LABEL[kind], groups });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ladders (thang danh hiệu, hình thức khen thưởng) from `prerequisites`
// ---------------------------------------------------------------------------------------------

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
  const byId = new Map(awards.map((a) => [a.id, a]));
  const out: LadderEdge[] = [];
  for (const a of awards) {
    for (const p of a.prerequisites) {
      const lower = byId.get(p.award);
      if (lower && laneOf(lower).id !== laneOf(a).id) out.push({ from: p.award, to: a.id, relation: p.relation, note: p.note });
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
  const edges: LadderEdge[] = [];
  for (const a of awards) {
    for (const p of a.prerequisites) {
      const lower = byId.get(p.award);
      if (lower && lower.id !== a.id && laneOf(lower).id === laneOf(a).id) edges.push({ from: p.award, to: a.id, relation: p.relation, note: p.note });
    }
  }
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
      title: several ? `${l.lane.title}: từ ${joinVi(l.layers[0].map((id) => byId.get(id)!.name))}` : l.lane.title,
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

// ---------------------------------------------------------------------------------------------
// Criteria
// ---------------------------------------------------------------------------------------------

/** Unique element ids for the criteria of a page ("tieu-chi-tam-hoan-xet", "tieu-chi-tam-hoan-xet-2"). */
export function criterionElementIds(criteria: { id: string }[]): string[] {
  const count = new Map<string, number>();
  return criteria.map((c) => {
    const n = (count.get(c.id) ?? 0) + 1;
    count.set(c.id, n);
    return n === 1 ? `tieu-chi-${c.id}` : `tieu-chi-${c.id}-${n}`;
  });
}

/** Splits criteria for display on `date`: those in force or to come, and those that ended before. */
export function splitByDate<T extends { effective?: Effective }>(criteria: T[], date: string): { current: T[]; past: T[] } {
  return { current: criteria.filter((c) => !endedBefore(c.effective, date)), past: criteria.filter((c) => endedBefore(c.effective, date)) };
}

/** A short Vietnamese description of a condition: each condition type describes itself (src/lib/eligibility/conditions/). */
export { describeCondition };

/** One alternative of an "any-of" criterion, as the page lists it. */
export interface Alternative {
  /** The registry's label ("điểm a", "sáng kiến được cơ sở công nhận"), when it gives one. */
  label: string | null;
  /** A description of what the alternative requires, when the label alone does not say it. */
  detail: string | null;
  /** Nested alternatives ("điểm d" with two routes). */
  alternatives: Alternative[];
}

/** Labels that only point at a place ("điểm a", "khoản 2", "tuyến 1") and need a description beside them. */
const BARE_LABEL = /^(điểm|khoản|tuyến|trường hợp)\s+\S+$/i;

/**
 * The alternatives of a criterion whose condition is an "any-of" ("đáp ứng một trong các tiêu
 * chuẩn sau"), or [] when it is not. An alternative that is itself an "any-of" lists its own.
 */
export function alternativesOf(c: Condition, nameOf: (id: string) => string): Alternative[] {
  if (c.type !== 'any-of') return [];
  return c.of.map((x) => alternativeOf(x, nameOf));
}

function alternativeOf(c: Condition, nameOf: (id: string) => string): Alternative {
  const label = 'label' in c && c.label ? c.label : null;
  if (c.type === 'any-of') return { label, detail: null, alternatives: c.of.map((x) => alternativeOf(x, nameOf)) };
  if (label && !BARE_LABEL.test(label)) return { label, detail: null, alternatives: [] };
  const inner = c.type === 'all-of' ? c.of.map((x) => describeCondition(x, nameOf)).join('; ') : describeCondition(c, nameOf);
  return { label, detail: inner, alternatives: [] };
}

/** Whether the 2026 amending law may change an entry (text unverified): reported changes on a criterion, on an article it is defined in, or reported for the law as a whole. */
export function amendmentMayTouch(
  award: AwardEntry,
  reported: readonly { article: string | null }[],
): boolean {
  if (award.criteria.some((c) => c.reportedChanges?.length)) return true;
  const roots = new Set(award.defined.map((d) => d.article?.match(/^dieu-\d+/)?.[0]).filter(Boolean));
  return reported.some((r) => r.article === null || roots.has(r.article));
}

/** The first Law article (root "dieu-N") an entry is defined in, or null. */
export function definingArticle(award: AwardEntry): string | null {
  for (const d of award.defined) {
    const m = d.article?.match(/^dieu-\d+/);
    if (m) return m[0];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Export /du-lieu/khen-thuong.json (schema: docs/exports.md)
// ---------------------------------------------------------------------------------------------

export interface ExportPlace {
  citation: string;
  /** See placeRef: "dieu-23-khoan-2", "nghi-dinh-152-2025-nd-cp#dieu-4-khoan-4", "thong-tu-01-2024-tt-bnv", or null. */
  article: string | null;
  /** URL on the site of the clause (placeHref), or null for an instrument the site does not hold. */
  href: string | null;
  confidence: Confidence;
}
export interface AwardExportRow {
  id: string;
  name: string;
  kind: AwardKind;
  subject: AwardSubject[];
  level: AwardLevel | null;
  period: keyof typeof AWARD_PERIODS | null;
  summary: string;
  decidedBy: (ExportPlace & { text: string; subjects: AwardSubject[] | null; sectors: Sector[] | null; from: string | null; to: string | null })[];
  dossier: (ExportPlace & { text: string; subjects: AwardSubject[] | null; sectors: Sector[] | null })[];
  amount: (ExportPlace & { subjects: AwardSubject[]; multiplier: number })[];
  prerequisites: { award: string; relation: Relation }[];
  criteria: {
    id: string;
    article: string | null;
    href: string | null;
    text: string;
    confidence: Confidence;
    citation: string;
    role: Criterion['role'];
    from: string | null;
    to: string | null;
    reportedChanges: { id: string; summary: string; from: string; status: string }[];
  }[];
  criteriaNote: string | null;
  url: string;
}

/** One export row per registry entry, in the order given; `kindOf` gives a document's kind for its URL. */
export function exportRows(awards: AwardEntry[], kindOf: KindOf): AwardExportRow[] {
  const exportPlace = (p: Place): ExportPlace => ({ citation: p.citation, article: placeRef(p), href: placeHref(p, kindOf), confidence: p.confidence });
  return awards.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    subject: [...a.subject],
    level: a.level,
    period: a.period,
    summary: a.summary,
    decidedBy: a.decidedBy.map((d) => ({
      text: d.text,
      subjects: d.appliesTo?.subjects ?? null,
      sectors: d.appliesTo?.sectors ?? null,
      from: d.effective?.from ?? null,
      to: d.effective?.to ?? null,
      ...exportPlace(d),
    })),
    dossier: a.dossier.map((d) => ({ text: d.text, subjects: d.appliesTo?.subjects ?? null, sectors: d.appliesTo?.sectors ?? null, ...exportPlace(d) })),
    amount: a.amount.map((m) => ({ subjects: m.subjects, multiplier: m.multiplier, ...exportPlace(m) })),
    prerequisites: a.prerequisites.map((p) => ({ award: p.award, relation: p.relation })),
    criteria: a.criteria.map((c) => ({
      id: c.id,
      article: placeRef(c),
      href: placeHref(c, kindOf),
      text: c.text,
      confidence: c.confidence,
      citation: c.citation,
      role: c.role,
      from: c.effective?.from ?? null,
      to: c.effective?.to ?? null,
      reportedChanges: (c.reportedChanges ?? []).map((r) => ({ id: r.id, summary: r.summary, from: r.from, status: r.status })),
    })),
    criteriaNote: a.criteriaNote ?? null,
    url: awardUrl(a.id),
  }));
}
