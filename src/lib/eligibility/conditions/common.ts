/**
 * What the condition handlers (one file per condition type in this folder) share: the context
 * and the finding, facts about a year, year chains, initiatives. Pure functions, no I/O, no Zod,
 * Node or Astro imports.
 *
 * General rules applied inside the conditions (see docs/eligibility.md):
 * - a year overlapping a disciplinary period does not count (ND 152/2025 Điều 4 k4, đoạn 2);
 * - maternity leave counts as working time (ND 152/2025 Điều 4 k5);
 * - an award of type chuyên đề or đột xuất cannot ground a higher merit award (Điều 4 k3);
 * - one achievement is rewarded once (Law Điều 5 k2): years already counted for an earlier grant
 *   of the same award, and initiatives already used for another award, do not count again
 *   (BNV Công văn 5007/BNV-TĐKT; whether an initiative used for one emulation title may ground
 *   another title is not settled there, so such an initiative makes the result "unknown").
 */
import { RATINGS, SCOPES } from '../../vocabulary';
import type { ConditionInput, InputField } from '../inputs';
import type { Award, AwardSubject, Condition, Criterion, InitiativeFilter, Rating, Within, YearTest } from '../../../schemas/award';
import type { Discipline, HistoryYear, Initiative } from '../profile';
import type { InputCtx, SchemaKit } from './types';
import type { EngineProfile } from '../boundary';
import { inEffect, type Registry } from '../registry';
import * as vi from '../copy';
import type { InitiativeWindow, NamedTest, Note, Reason } from '../copy';

export type Status = 'met' | 'not-met' | 'unknown';

/**
 * The outcome of a condition: its status, the reason (a code and the numbers that decided; absent
 * for a group, whose parts carry theirs), its wording by copy.ts, and what would change it.
 */
export interface Finding {
  status: Status;
  reason?: Reason;
  /** Explanation, one or two Vietnamese sentences (copy.ts words the reason). */
  text: string;
  /** For not-met: what would make it met; for unknown: what to find out. */
  advice: string[];
  /** A short form of a met finding, used when it is quoted inside another explanation. */
  brief?: string;
  /** Not met only because the route is for another sector: left out of "one of" explanations. */
  inapplicable?: boolean;
  /** For "one of" groups: the labels of the alternative that decided ("điểm d, 02 năm liên tục …"). */
  via?: string;
  /** For "one of" groups: the explanation without its lead-in, for nesting. */
  raw?: string;
  /** For groups: the findings of the parts. */
  parts?: Finding[];
}

/** Everything a condition may read. */
export interface Ctx {
  registry: Registry;
  profile: EngineProfile;
  /** The award being evaluated (for "fresh" periods and the use of initiatives). */
  target: Award;
  /** The achievement year being proposed. */
  year: number;
  /** The date the proposal is taken to be made (selects rule versions). */
  date: string;
  subject: AwardSubject;
  history: Map<number, HistoryYear>;
}

export function makeCtx(registry: Registry, profile: EngineProfile, target: Award, date: string): Ctx {
  return {
    registry,
    profile,
    target,
    year: profile.year,
    date,
    subject: profile.subject,
    history: new Map((profile.history ?? []).map((h) => [h.year, h])),
  };
}

/** The finding of `status` for a reason and the advice, both worded by copy.ts. */
const finding =
  (status: Status) =>
  (reason: Reason, advice: Reason[] = []): Finding => ({ status, reason, text: vi.say(reason), advice: advice.map(vi.say) });
export const met = finding('met');
export const notMet = finding('not-met');
export const unknown = finding('unknown');

export const rank = (r: Rating) => RATINGS.indexOf(r);
export const scopeRank = (s: (typeof SCOPES)[number]) => SCOPES.indexOf(s);

// ---------------------------------------------------------------------------------------------
// Facts about a year
// ---------------------------------------------------------------------------------------------

/** Whether a registry entry is an emulation title (danh hiệu thi đua), not a form of award. */
const isTitle = (a: Award | undefined) => a?.kind === 'danh-hieu-thi-dua';

export function nameOf(ctx: Ctx, id: string): string {
  return ctx.registry.get(id)?.name ?? id;
}

/** The rating for a year: a collective's own rating for the proposal year comes from `collective`. */
export function ratingOf(ctx: Ctx, y: number): Rating | undefined {
  if (ctx.subject === 'tap-the' && y === ctx.year && ctx.profile.collective?.rating) return ctx.profile.collective.rating;
  return ctx.history.get(y)?.rating;
}

/**
 * Year y might belong to an earlier grant of the target award that the profile does not settle
 * (one achievement is rewarded once, khoản 2 Điều 5 Luật): why, and what to ask; null if settled.
 * The list that would show such a grant settles it when given (a title: the year's `titles`; a
 * form of award: the `awards` list), whatever it holds.
 */
export function unsettledGrant(ctx: Ctx, y: number): { year: number; reason: Note; ask: Reason } | null {
  const title = isTitle(ctx.target);
  if (y >= ctx.year || (title ? ctx.history.get(y)?.titles : ctx.profile.awards)) return null;
  return { year: y, reason: ['yearUnsettledGrant', y, ctx.target.name], ask: title ? ['askTitles', y] : ['askAwards'] };
}

/** The disciplinary period overlapping year y; null when none; undefined when the list is absent. */
export function disciplineIn(ctx: Ctx, y: number): Discipline | null | undefined {
  const list = ctx.profile.discipline;
  if (!list) return undefined;
  // A period with no end date is still running.
  return list.find((d) => d.from <= `${y}-12-31` && (!d.to || d.to >= `${y}-01-01`)) ?? null;
}

/** The last year before the proposal year for which the profile already holds `awardId`. */
export function lastGrant(ctx: Ctx, awardId: string): number | null {
  const years: number[] = [];
  for (const h of ctx.profile.history ?? []) if (h.year < ctx.year && h.titles?.includes(awardId)) years.push(h.year);
  for (const a of ctx.profile.awards ?? []) if (a.year < ctx.year && a.award === awardId) years.push(a.year);
  return years.length ? Math.max(...years) : null;
}

/** First year clear of the disciplinary periods that reach past the proposal year, or null when one has no end. */
export function firstClearYear(ctx: Ctx): number | null | undefined {
  let clear: number | undefined;
  for (const d of ctx.profile.discipline ?? []) {
    if (!d.to) {
      if (d.from <= `${ctx.year}-12-31`) return null;
      continue;
    }
    if (d.to >= `${ctx.year}-01-01`) clear = Math.max(clear ?? 0, Number(d.to.slice(0, 4)) + 1);
  }
  return clear;
}

export type YearCheck =
  | { value: true }
  | { value: false; reason: Note }
  | { value: null; reason: Note; ask: Reason };

/**
 * Years at or before `year` do not count, for `reason`. With `fresh`, a later year the profile does
 * not show free of an earlier grant of the target award is unknown, never "never granted".
 */
export type Cutoff = { year: number; reason: Note; fresh?: boolean };

/** A year test with the name of the title it tests, for wording. */
export const named = (ctx: Ctx, test: YearTest): NamedTest => ('title' in test ? { test, name: nameOf(ctx, test.title) } : { test });

/**
 * Whether year y passes a test. A known failure wins over an unknown: the cut-off (years at or
 * before `cutoff` belong to an earlier grant or precede the base award), the test itself,
 * discipline; then what is unknown (the test's fact, an earlier grant the profile does not
 * settle). An unknown disciplinary list does not make the year unknown: the general discipline
 * criterion reports it.
 */
export function checkYear(ctx: Ctx, test: YearTest, y: number, cutoff: Cutoff | null): YearCheck {
  if (cutoff && y <= cutoff.year) return { value: false, reason: cutoff.reason };
  const h = ctx.history.get(y);
  let open: { reason: Note; ask: Reason } | null = null;
  if ('ratingAtLeast' in test) {
    const r = ratingOf(ctx, y);
    if (!r) open = { reason: h ? ['yearNoRating', y] : ['yearNoYear', y], ask: h ? ['askRating', y] : ['askYear', y] };
    else if (rank(r) < rank(test.ratingAtLeast)) return { value: false, reason: ['yearRating', y, r] };
  } else if (!h) open = { reason: ['yearNoYear', y], ask: ['askYear', y] };
  else if (!h.titles) open = { reason: ['yearNoTitles', y], ask: ['askTitles', y] };
  else if (!h.titles.includes(test.title)) return { value: false, reason: ['yearTitle', y, nameOf(ctx, test.title)] };
  const d = disciplineIn(ctx, y);
  if (d) return { value: false, reason: ['yearDiscipline', { year: y, level: d.level, from: d.from, to: d.to, date: ctx.date }] };
  open ??= cutoff?.fresh ? unsettledGrant(ctx, y) : null;
  return open ? { value: null, reason: open.reason, ask: open.ask } : { value: true };
}

/** Walks back from the proposal year while years pass the test. */
export function runBack(ctx: Ctx, test: YearTest, cutoff: Cutoff | null) {
  const run: number[] = [];
  for (let y = ctx.year; y >= 1945; y--) {
    const r = checkYear(ctx, test, y, cutoff);
    if (r.value === true) {
      run.push(y);
      continue;
    }
    return { run, stop: { year: y, ...r } };
  }
  return { run, stop: { year: 1944, value: false as const, reason: ['yearBefore1945'] as Note } };
}

/**
 * The year cut-off from an earlier grant of the target award ("fresh" periods): the last grant the
 * profile shows; later years it does not settle are unknown (`fresh`).
 */
export function freshCutoff(ctx: Ctx, enabled: boolean | undefined): Cutoff | null {
  if (enabled === false) return null;
  const g = lastGrant(ctx, ctx.target.id) ?? 0;
  return { year: g, reason: ['yearFresh', g, ctx.target.name], fresh: true };
}

// ---------------------------------------------------------------------------------------------
// Initiatives
// ---------------------------------------------------------------------------------------------

export interface InitiativeSort {
  usable: Initiative[];
  /** `ask`: what would settle it (absent: whether Công văn 5007/BNV-TĐKT allows the reuse). */
  doubtful: { it: Initiative; reason: Note; ask?: Reason }[];
  excluded: { it: Initiative; reason: Note }[];
}

/**
 * Sorts the initiatives recognised in `years` that pass the filter into usable, doubtful and
 * excluded. `unsettled` says why one of a year might fall outside the window (an earlier grant
 * the profile does not settle): such an initiative is doubtful.
 */
export function sortInitiatives(ctx: Ctx, filter: InitiativeFilter, inWindow: (y: number) => boolean, unsettled?: (y: number) => { year: number; ask: Reason } | null): InitiativeSort | null {
  const list = ctx.profile.initiatives;
  if (!list) return null;
  const out: InitiativeSort = { usable: [], doubtful: [], excluded: [] };
  for (const it of list) {
    if (!filter.kinds.includes(it.kind) || !inWindow(it.year)) continue;
    // Out: below the level required, recognised in a disciplined year, or used for another award
    // (one achievement is rewarded once), unless both are emulation titles, which Công văn
    // 5007/BNV-TĐKT does not settle: then doubtful.
    let excluded: Note | undefined;
    if (scopeRank(it.level) < scopeRank(filter.minLevel)) excluded = ['iniLevelLow', it.kind, it.id, it.level, filter.minLevel];
    else if (disciplineIn(ctx, it.year)) excluded = ['iniDisciplined', it.kind, it.id, it.year];
    let doubt: Note | undefined;
    for (const u of excluded ? [] : (it.usedFor ?? [])) {
      const [id, yearText] = u.split(':');
      const usedYear = Number(yearText);
      if (id === ctx.target.id && usedYear === ctx.year) continue;
      const other = ctx.registry.get(id);
      const note = [it.kind, it.id, other?.name ?? id, usedYear] as const;
      if (id !== ctx.target.id && isTitle(other) && isTitle(ctx.target)) doubt ??= ['iniDoubt', ...note];
      else {
        excluded = ['iniUsed', ...note];
        break;
      }
    }
    const open = excluded || doubt ? null : unsettled?.(it.year);
    if (excluded) out.excluded.push({ it, reason: excluded });
    else if (open) out.doubtful.push({ it, reason: ['iniUnsettled', it.kind, it.id, it.year, open.year, ctx.target.name], ask: open.ask });
    else if (doubt) out.doubtful.push({ it, reason: doubt });
    else out.usable.push(it);
  }
  return out;
}

/** Counts usable initiatives in a window against a requirement. */
export function judgeInitiatives(
  ctx: Ctx,
  need: number,
  filter: InitiativeFilter,
  inWindow: (y: number) => boolean,
  window: InitiativeWindow,
  unsettled?: (y: number) => { year: number; ask: Reason } | null,
): Finding {
  const sorted = sortInitiatives(ctx, filter, inWindow, unsettled);
  if (!sorted) return unknown(['iniUnknown', filter, window], [['askInitiatives']]);
  const { usable, doubtful, excluded } = sorted;
  const ids = (xs: Initiative[]) => xs.map((i) => i.id);
  if (usable.length >= need) return met(['iniMet', filter, window, ids(usable), need]);
  const short: Reason = ['iniShort', filter, window, usable.length, need, [...excluded, ...doubtful].map((x) => x.reason)];
  if (usable.length + doubtful.length >= need) {
    const reuse = doubtful.filter((d) => !d.ask);
    return unknown(short, [...doubtful.flatMap((d) => (d.ask ? [d.ask] : [])), ...(reuse.length ? [['iniAskReuse', ids(reuse.map((d) => d.it)), ctx.target.name] as Reason] : [])]);
  }
  return notMet(short, [['iniNeedMore', need - usable.length, filter, window]]);
}

/** One requirement within the period of a run: enough years passing a test, or enough initiatives. */
export function judgeWithin(ctx: Ctx, w: Within, period: number[]): Finding {
  if ('initiatives' in w) return judgeInitiatives(ctx, w.atLeast, w.initiatives, (y) => period.includes(y), { period });
  const yes: number[] = [];
  const asks: Reason[] = [];
  for (const y of period) {
    const r = checkYear(ctx, w.years, y, null);
    if (r.value === true) yes.push(y);
    else if (r.value === null) asks.push(r.ask);
  }
  const test = named(ctx, w.years);
  const reason: Reason = ['withinYears', test, period, yes, w.atLeast];
  if (yes.length >= w.atLeast) return met(reason);
  const deficit = w.atLeast - yes.length;
  if (yes.length + asks.length >= w.atLeast) return unknown(reason, asks);
  return notMet(reason, [['withinNeedMore', test, deficit, ctx.year + deficit]]);
}

/** Where a walk back through the years stopped: a year that does not pass (false) or is unknown (null). */
export type Stop = { year: number } & Exclude<YearCheck, { value: true }>;

/** Judges a run of years against a minimum length and the `within` requirements. */
export function judgeRun(ctx: Ctx, opts: { test: YearTest; count: number; within?: Within[]; run: number[]; stop: Stop; afterBase?: string }): Finding {
  const { count, run, stop } = opts;
  const within = opts.within ?? [];
  const test = named(ctx, opts.test);
  if (run.length < count) {
    const short: Reason = ['runShort', test, ctx.year, run, count, stop.reason];
    if (stop.value === null) return unknown(short, [stop.ask]);
    // The earliest year the run could reach its length: after the years missing, and not before
    // a run started after the discipline ends (never, while one has no end date).
    const clear = firstClearYear(ctx);
    const earliest = clear === null ? null : Math.max(ctx.year + count - run.length, (clear ?? 0) + count - 1);
    return notMet(short, [['runNeedMore', test, count - run.length, earliest, opts.afterBase]]);
  }
  const parts = within.map((w) => judgeWithin(ctx, w, run));
  const failing = parts.filter((p) => p.status !== 'met');
  // The unknown year that stopped the run decides when a longer run could meet a requirement not
  // yet met: one on years, or one on initiatives when the earlier years hold some.
  const earlier = (y: number) => y < Math.min(...run);
  const waiting =
    stop.value === null &&
    within.some((w, i) => {
      if (parts[i].status === 'met') return false;
      if ('years' in w) return true;
      const sorted = sortInitiatives(ctx, w.initiatives, earlier);
      return !sorted || sorted.usable.length + sorted.doubtful.length > 0;
    });
  const status: Status = !failing.length ? 'met' : !waiting && failing.some((p) => p.status === 'not-met') ? 'not-met' : 'unknown';
  const stopped = status === 'not-met' && stop.value === false ? vi.say(['runStopped', stop.reason]) : '';
  const text = vi.sentences([vi.say(['runHead', test, run, count]), ...(failing.length ? failing : parts).map((p) => p.text), stopped]);
  return group(status, text, [...(waiting ? [vi.say(stop.ask)] : []), ...failing.flatMap((p) => p.advice)], parts);
}

/** A finding made of the findings of its parts (worded by copy.ts from theirs). */
export function group(status: Status, text: string, advice: string[], parts: Finding[]): Finding {
  return { status, text, advice, parts };
}

// ---------------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------------

type Applies = { subject: AwardSubject; profile: { sector: EngineProfile['sector'] } };

/** Whether an `appliesTo` (of a criterion, a decider, a dossier item) covers the profile: an absent list covers all. */
function covers(appliesTo: Criterion['appliesTo'], ctx: Applies): boolean {
  return (!appliesTo?.subjects || appliesTo.subjects.includes(ctx.subject)) && (!appliesTo?.sectors || appliesTo.sectors.includes(ctx.profile.sector));
}

/** Whether a rule (a criterion, a decider, a dossier item) applies to the profile on the proposal date. */
export function applies(rule: Pick<Criterion, 'appliesTo' | 'effective'>, ctx: Applies & { date: string }): boolean {
  return inEffect(rule.effective, ctx.date) && covers(rule.appliesTo, ctx);
}

/** Criteria of an award that apply to the profile on the proposal date. */
export function applicableCriteria(award: Award, ctx: Applies & { date: string }): Criterion[] {
  return award.criteria.filter((c) => applies(c, ctx));
}

export function combineAll(findings: Finding[]): Status {
  if (findings.some((f) => f.status === 'not-met')) return 'not-met';
  if (findings.some((f) => f.status === 'unknown')) return 'unknown';
  return 'met';
}

export function conditionLabel(c: Condition): string | undefined {
  return c.type === 'all-of' || c.type === 'any-of' ? c.label : undefined;
}

// Groups (all-of, any-of): a list of conditions `of` and an optional `label`; a group reads and
// names what its parts read and name.

/** The fields of a group's schema; `min`: how many parts it needs at least. */
export const groupFields = ({ z, condition }: SchemaKit, min: number) => ({ of: z.array(condition).min(min), label: z.string().min(3).optional() });

type Group = { of: Condition[] };
export const groupInputs = (c: Group, ctx: InputCtx, inputsOf: (c: Condition, ctx: InputCtx) => ConditionInput[]) => c.of.flatMap((x) => inputsOf(x, ctx));
export const groupAwards = (c: Group, awardsOf: (c: Condition) => string[]) => c.of.flatMap(awardsOf);

// ---------------------------------------------------------------------------------------------
// Inputs and award ids
// ---------------------------------------------------------------------------------------------

/** The `inputs` of a condition that reads the same profile fields whatever it says. */
export const reads = (...fields: InputField[]) => (): ConditionInput[] => fields.map((field) => ({ field }));

/** The history field a year test reads. */
const testField = (t: YearTest): InputField => ('ratingAtLeast' in t ? 'history.rating' : 'history.titles');

/**
 * What a run of `count` years ending at the proposal year reads (consecutive-years,
 * base-award-chain): the field its test reads over those years and further back, what the
 * requirements within the run read, and discipline (a disciplined year breaks the run).
 */
export function runInputs(ctx: InputCtx, count: number, test: YearTest, within: Within[] | undefined): ConditionInput[] {
  const years = { from: ctx.year - count + 1, to: ctx.year };
  const read = (t: YearTest): ConditionInput => ({ field: testField(t), years, further: true });
  return [read(test), ...(within ?? []).map((w) => ('initiatives' in w ? { field: 'initiatives' as const } : read(w.years))), { field: 'discipline' }];
}

/** The title a year test names, if any. */
export function titlesOfTest(t: YearTest): string[] {
  return 'title' in t ? [t.title] : [];
}

/** The titles a run's test and the requirements within it name. */
export function runTitles(test: YearTest, within: Within[] | undefined): string[] {
  return [test, ...(within ?? []).flatMap((w) => ('years' in w ? [w.years] : []))].flatMap(titlesOfTest);
}
