/**
 * Routing of the checker (GOV.UK Smart Answers style): from the answers so far, the list of
 * questions to ask, in order, and which one comes next. Only the questions the chosen award needs
 * are asked, read from the engine (`requiredInputs`): a five-year chain asks for those five years,
 * Chiến sĩ thi đua cơ sở for the year proposed only.
 *
 * When a chain may reach further back than the years asked (the engine marks the need `further`),
 * the year before is asked only if its answer could change the result: the flow evaluates the
 * profile with that year passing, failing and unknown, and asks when the outcomes differ. It is
 * asked right after the history questions, before the questions that follow them are answered.
 *
 * Plain TypeScript, no Astro or DOM imports.
 */
import type { Award, AwardSubject, CollectiveField, Condition, Sector, YearTest } from '../../schemas/award';
import { applicableCriteria, evaluateCoded, fromContract, proposalDate, provincesDeciding, requiredInputs, awardFor, MIN_YEAR, type InputField, type InputNeed, type Registry } from '../eligibility/index';
import { COUNTED, NONE, UNKNOWN, asksSubject, subjectFor, toProfile, type Answers, type Subject } from './answers';

export { asksSubject, subjectFor };
import { ACHIEVEMENT_KIND, SUBJECT, type AchievementKind } from '../vocabulary';

/** A field the engine asks about: a profile field path, or "history" (a whole year). */
export type AskField = InputField | 'history';

export type QuestionKind =
  | 'award' | 'year' | 'subject' | 'sector' | 'province' | 'ratings' | 'titles' | 'extra-year' | 'months'
  | 'initiatives' | 'awards' | 'achievements' | 'crating' | 'members' | 'discipline' | 'pending';

/** One step of the checker. */
export interface Question {
  /** Step id, used in the URL (`buoc=`): the kind, or "nam-2020" for an extra year. */
  id: string;
  kind: QuestionKind;
  /** The answer keys this question writes. */
  keys: string[];
  /** Keys that may stay absent once answered (maternity leave). */
  optional?: string[];
  /** History years asked (ratings, titles, extra year). */
  years?: number[];
  /** For the years asked (ratings, titles, extra year): whether their rating, their titles are asked. */
  askRating?: boolean;
  askTitles?: boolean;
  /** Titles offered (titles, extra year); see `titlesOfYear`. */
  titles?: string[];
  /** The award checked and the year proposed: its own title is not offered for that year. */
  own?: { award: string; year: number };
  /** Awards offered (awards already received). */
  awards?: string[];
  /** Achievement kinds offered. */
  achievements?: AchievementKind[];
  /** Provinces offered (province step): slug and name of those whose rule set for the award applies. */
  provinces?: [slug: string, name: string][];
  /** Collective counts asked (members step), "members" first. */
  counts?: ('members' | CollectiveField)[];
  /** Ids of the criteria that read the answer (their citations are the question's basis). */
  criteria: string[];
}

/** The order of the fact questions after award, year, subject and sector. */
// The awards received come first: a chain starts from its base award (Bằng khen → 5 years since).
const ORDER: QuestionKind[] = ['awards', 'ratings', 'titles', 'crating', 'members', 'months', 'initiatives', 'achievements', 'discipline', 'pending'];

/**
 * The questions that ask a field the engine may read ("history": a whole year), the question that
 * normally asks it first: the flow routes a need to that one, and a next step ("Trả lời câu hỏi
 * về …") links to the first of them that is in the flow. A field not listed is asked by the
 * question of its own name (sector, initiatives, …), a count of the collective's members by
 * "members" (`askedBy`).
 */
const ASKED_BY: Partial<Record<AskField, QuestionKind[]>> = {
  history: ['ratings', 'extra-year', 'titles'],
  'history.rating': ['ratings', 'extra-year', 'crating'],
  'history.titles': ['titles', 'extra-year'],
  'history.monthsWorked': ['months'],
  'history.maternityLeaveMonths': ['months'],
  joinedOn: ['months'],
  'collective.rating': ['crating'],
};

/** The questions that ask `field`, the one the flow asks it with first. */
export const askedBy = (field: AskField): QuestionKind[] => ASKED_BY[field] ?? [field.startsWith('collective.') ? 'members' : (field as QuestionKind)];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const subjectOf = (s: Subject): AwardSubject => SUBJECT.fromUrl(s) ?? 'ca-nhan';

/** The title whose standard a `meets-standard` condition applies: the armed forces' own, when the registry names one. */
const standardOf = (c: Extract<Condition, { type: 'meets-standard' }>, sector: Sector) => (sector === 'armed-forces' && c.armedForcesAward) || c.award;

/** Every condition inside a condition (any-of / all-of flattened). */
export function* walk(c: Condition): Generator<Condition> {
  yield c;
  if (c.type === 'all-of' || c.type === 'any-of') for (const x of c.of) yield* walk(x);
}

function conditionsOf(registry: Registry, award: Award, subject: AwardSubject, sector: Sector, year: number, depth = 0): Condition[] {
  const date = proposalDate(year);
  const out: Condition[] = [];
  for (const k of applicableCriteria(award, { subject, profile: { sector } as never, date })) {
    const all = [k.condition, ...(k.reportedChanges ?? []).filter((r) => r.from <= date).map((r) => r.condition)];
    for (const c of all.flatMap((x) => [...walk(x)])) {
      out.push(c);
      if (c.type === 'meets-standard' && depth < 3) {
        const std = registry.get(standardOf(c, sector));
        if (std) out.push(...conditionsOf(registry, std, subject, sector, year, depth + 1));
      }
    }
  }
  return out;
}

/**
 * What the award's conditions can read, to offer only that: the award ids they name (the titles a
 * chain tests, the standards met, the base awards of chains) and the award itself, for an earlier
 * grant, each offered in the list of its kind (titles a year recorded, awards received); and the
 * kinds of other achievement accepted.
 */
export function relevant(registry: Registry, award: Award, subject: AwardSubject, sector: Sector, year: number) {
  const ids = new Set<string>([award.id]);
  const kinds = new Set<string>();
  const test = (t: YearTest | undefined) => t && 'title' in t && ids.add(t.title);
  for (const c of conditionsOf(registry, award, subject, sector, year)) {
    if (c.type === 'meets-standard') ids.add(standardOf(c, sector));
    if (c.type === 'title-times') {
      ids.add(c.title);
      test(c.link);
    }
    if (c.type === 'consecutive-years' || c.type === 'base-award-chain') {
      test(c.test);
      c.within?.forEach((w) => 'years' in w && test(w.years));
    }
    if (c.type === 'base-award-chain') c.base.forEach((b) => ids.add(b));
    if (c.type === 'achievement') c.kinds.forEach((k) => kinds.add(k));
  }
  const pick = (kind: Award['kind'], s?: AwardSubject) => registry.list.filter((a) => ids.has(a.id) && a.kind === kind && (!s || a.subject.includes(s))).map((a) => a.id);
  return {
    titles: pick('danh-hieu-thi-dua', subject),
    awards: pick('hinh-thuc-khen-thuong'),
    achievements: ACHIEVEMENT_KIND.ids.filter((k) => kinds.has(k)),
  };
}

/**
 * Whether the sector changes the criteria, who decides or the dossier (then it is asked): a rule
 * limited to some sectors, a sector-gated route (`sector-in`), or an armed-forces standard.
 */
export function asksSector(registry: Registry, award: Award, subject: Subject, year: number): boolean {
  const s = subjectOf(subject);
  const bySector = (xs: { appliesTo?: { subjects?: AwardSubject[]; sectors?: Sector[] } }[]) =>
    xs.some((x) => x.appliesTo?.sectors && (!x.appliesTo.subjects || x.appliesTo.subjects.includes(s)));
  return (
    bySector([...award.criteria, ...award.decidedBy, ...award.dossier]) ||
    conditionsOf(registry, award, s, 'civil-service', year).some((c) => c.type === 'sector-in' || (c.type === 'meets-standard' && !!c.armedForcesAward))
  );
}

/** Titles offered for year `y` of a question: all but the award being checked, for the year proposed. */
export function titlesOfYear(q: Question, y: number): string[] {
  return (q.titles ?? []).filter((t) => !(q.own && t === q.own.award && y === q.own.year));
}

/** A question whose one answer key is named after it (most are; the others change their keys). */
const question = (kind: QuestionKind, criteria: string[] = []): Question => ({ id: kind, kind, keys: [kind], criteria });

/** Whether every key of the question has an answer. */
export function isAnswered(q: Question, answers: Answers): boolean {
  return q.keys.every((k) => k in answers || q.optional?.includes(k));
}

type Relevant = ReturnType<typeof relevant>;

function factQuestions(award: Award, subject: Subject, year: number, needs: InputNeed[], rel: Relevant): Question[] {
  const byKind = new Map<QuestionKind, { criteria: Set<string>; years: Set<number> }>();
  /** The criteria and years asked by the question of `kind`, gathered from the needs. */
  const entry = (kind: QuestionKind, n: InputNeed) => {
    const e = byKind.get(kind) ?? { criteria: new Set(), years: new Set() };
    n.criteria.forEach((id) => e.criteria.add(id));
    byKind.set(kind, e);
    return e;
  };
  for (const n of needs) {
    const kind = askedBy(n.field)[0];
    if (kind === 'sector') continue;
    let years = n.years ? range(n.years.from, n.years.to) : [];
    // A collective's own rating for the year proposed is `collective.rating`, asked on its own.
    if (kind === 'ratings' && subject === 'collective' && years.includes(year)) {
      entry('crating', n);
      years = years.filter((y) => y !== year);
      if (!years.length) continue;
    }
    if (kind === 'titles' && !rel.titles.length) continue;
    const e = entry(kind, n);
    years.forEach((y) => e.years.add(y));
  }
  const out: Question[] = [];
  for (const kind of ORDER) {
    const e = byKind.get(kind);
    if (!e) continue;
    const years = [...e.years].sort((a, b) => a - b);
    const q = question(kind, [...e.criteria]);
    if (kind === 'ratings') Object.assign(q, { years, keys: years.map((y) => `r${y}`), askRating: true });
    if (kind === 'titles') {
      Object.assign(q, { titles: rel.titles, own: { award: award.id, year }, askTitles: true });
      q.years = years.filter((y) => titlesOfYear(q, y).length);
      q.keys = q.years.map((y) => `t${y}`);
      if (!q.years.length) continue;
    }
    if (kind === 'months') Object.assign(q, { keys: ['months', 'maternity'], optional: ['maternity'] });
    if (kind === 'members') q.keys = q.counts = COUNTED.filter((f) => needs.some((n) => n.field === `collective.${f}`));
    // The awards received and the kinds of achievement that the criteria read are offered.
    if (kind === 'awards' || kind === 'achievements') Object.assign(q, { [kind]: rel[kind] });
    if (kind === 'discipline') q.years = years;
    out.push(q);
  }
  // The discipline question names the span of years the chains read (and its own), up to the year proposed.
  const disc = out.find((q) => q.kind === 'discipline');
  if (disc) disc.years = range(Math.min(...out.flatMap((q) => q.years ?? []), year), year);
  return out;
}

/** The keys of a list of questions, in order (the URL's key order). */
export function keysOf(questions: Question[]): string[] {
  return questions.flatMap((q) => q.keys);
}

/** Keeps only the answers the questions ask for. */
export function prune(answers: Answers, questions: Question[]): Answers {
  const keys = new Set(keysOf(questions));
  return Object.fromEntries(Object.entries(answers).filter(([k]) => keys.has(k)));
}

function signature(answers: Answers, registry: Registry): string {
  const r = evaluateCoded(fromContract(toProfile(answers, registry)), registry);
  return `${r.verdict}|${r.criteria.map((c) => `${c.id}:${c.status}`).join(',')}`;
}

/** How far back the flow may ask extra years beyond those the criteria name. */
const EXTRA_YEARS = 15;

/**
 * The questions for the answers so far, in order. The list stops at the first routing question
 * (award, year, subject, sector) still unanswered, since what follows depends on it.
 */
export function questionFlow(answers: Answers, registry: Registry): Question[] {
  const flow = [question('award')];
  const award = registry.get(answers.award ?? '');
  if (!award) return flow;
  flow.push(question('year'));
  if (!answers.year) return flow;
  const year = Number(answers.year);
  if (asksSubject(award)) flow.push(question('subject'));
  const subject = subjectFor(award, answers);
  if (!subject) return flow;
  const sectorAsked = asksSector(registry, award, subject, year);
  if (sectorAsked) {
    const criteria = award.criteria.filter((c) => c.appliesTo?.sectors || [...walk(c.condition)].some((x) => x.type === 'sector-in')).map((c) => c.id);
    flow.push(question('sector', [...new Set(criteria)]));
    if (!answers.sector) return flow;
  }
  const sector = (sectorAsked ? answers.sector : 'civil-service') as Sector;
  // The province is asked only where a province's own rule set would apply (docs/adr/0007).
  const provinces = provincesDeciding(award, proposalDate(year), sector);
  if (provinces.length) {
    flow.push({ ...question('province'), provinces });
    if (!answers.province) return flow;
  }
  const needs = requiredInputs(registry, award.id, { year, subject: subjectOf(subject), sector, province: answers.province });
  // The titles and awards offered come from the criteria evaluated: the province's own, where they apply.
  const evaluated = awardFor(award, answers.province, proposalDate(year), sector);
  const rel = relevant(registry, evaluated, subjectOf(subject), sector, year);
  flow.push(...factQuestions(evaluated, subject, year, needs, rel));
  // The extra years go right after the history questions (and the base award a chain starts from),
  // so they are asked while the user is still on the years, not after the last question.
  const at = flow.findLastIndex((q) => HISTORY.includes(q.kind)) + 1;
  if (at > 0) flow.splice(at, 0, ...extraYears(registry, award.id, year, answers, flow, at, needs.filter((n) => n.further && n.years), rel.titles));
  return flow;
}

/** The questions of the history (the years a chain reads, ORDER's first four), after which the extra years are asked. */
const HISTORY = ORDER.slice(0, 4);

/**
 * The extra years before a chain (`needs`: those marked `further`), latest first, while an answer
 * could still change the result given what is known: asked once the questions up to `at` (the
 * history) are answered. Should a later answer make a year matter, it is asked then (it is
 * inserted before, and the flow goes back to it).
 */
function extraYears(registry: Registry, award: string, year: number, answers: Answers, flow: Question[], at: number, needs: InputNeed[], titles: string[]): Question[] {
  const askRating = needs.some((n) => n.field === 'history.rating');
  const askTitles = needs.some((n) => n.field === 'history.titles') && titles.length > 0;
  if (!(askRating || askTitles) || !flow.slice(0, at).every((q) => isAnswered(q, answers))) return [];
  const from = Math.min(...needs.map((n) => n.years!.from));
  // What is known so far; the questions after `at`, not answered yet, are unknown.
  const base = prune(answers, flow);
  const criteria = [...new Set(needs.flatMap((n) => n.criteria))];
  const out: Question[] = [];
  for (let y = from - 1; y >= Math.max(MIN_YEAR, from - EXTRA_YEARS); y--) {
    const keys = [...(askRating ? [`r${y}`] : []), ...(askTitles ? [`t${y}`] : [])];
    const q: Question = { id: `nam-${y}`, kind: 'extra-year', keys, years: [y], askRating, askTitles, titles, own: { award, year }, criteria };
    if (keys.every((k) => k in answers)) {
      out.push(q);
      keys.forEach((k) => (base[k] = answers[k]));
      continue;
    }
    // The year passing, failing, unknown or unasked: asked when the outcomes differ.
    const withYear = (rating: string, title: string): Answers => Object.fromEntries(keys.map((k) => [k, k[0] === 'r' ? rating : title]));
    const cases = [{}, withYear('htxs', titles.join(',')), withYear('kht', NONE), withYear(UNKNOWN, UNKNOWN)];
    if (new Set(cases.map((a) => signature({ ...base, ...a }, registry))).size > 1) out.push(q);
    break;
  }
  return out;
}

export type Route =
  | { kind: 'question'; question: Question; index: number; flow: Question[]; answers: Answers }
  | { kind: 'result'; flow: Question[]; answers: Answers };

/**
 * Where the answers lead: the question named by `step` if it is in the flow, else the first
 * unanswered question, else the result. The answers returned keep only what the flow asks.
 */
export function route(answers: Answers, registry: Registry, step?: string | null): Route {
  const flow = questionFlow(answers, registry);
  const kept = prune(answers, flow);
  const named = step ? flow.findIndex((q) => q.id === step) : -1;
  const index = named >= 0 ? named : flow.findIndex((q) => !isAnswered(q, kept));
  if (index >= 0) return { kind: 'question', question: flow[index], index, flow, answers: kept };
  return { kind: 'result', flow, answers: kept };
}
