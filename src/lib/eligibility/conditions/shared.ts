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
import type { EngineProfile } from '../boundary';
import { inEffect, type Registry } from '../registry';
import * as vi from '../copy';

export type Status = 'met' | 'not-met' | 'unknown';

/** The outcome of a condition: its status, what the user reads, and what would change it. */
export interface Finding {
  status: Status;
  /** Explanation, one or two Vietnamese sentences. */
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

export const met = (text: string, advice: string[] = []): Finding => ({ status: 'met', text, advice });
export const notMet = (text: string, advice: string[] = []): Finding => ({ status: 'not-met', text, advice });
export const unknown = (text: string, advice: string[] = []): Finding => ({ status: 'unknown', text, advice });

export const rank = (r: Rating) => RATINGS.indexOf(r);
export const scopeRank = (s: (typeof SCOPES)[number]) => SCOPES.indexOf(s);

// ---------------------------------------------------------------------------------------------
// Facts about a year
// ---------------------------------------------------------------------------------------------

export function nameOf(ctx: Ctx, id: string): string {
  return ctx.registry.get(id)?.name ?? id;
}

/** The rating for a year: a collective's own rating for the proposal year comes from `collective`. */
export function ratingOf(ctx: Ctx, y: number): Rating | undefined {
  if (ctx.subject === 'tap-the' && y === ctx.year && ctx.profile.collective?.rating) return ctx.profile.collective.rating;
  return ctx.history.get(y)?.rating;
}

/**
 * Whether the profile shows `awardId` granted in year y: true or false when it says, null when it
 * does not (a title: the year's `titles` not given; a form of award: no `awards` list).
 */
export function grantIn(ctx: Ctx, awardId: string, y: number): boolean | null {
  if (ctx.registry.get(awardId)?.kind === 'danh-hieu-thi-dua') {
    const titles = ctx.history.get(y)?.titles;
    return titles ? titles.includes(awardId) : null;
  }
  const awards = ctx.profile.awards;
  return awards ? awards.some((a) => a.award === awardId && a.year === y) : null;
}

/** Why year y might belong to an earlier grant of the target award the profile does not settle, and what to ask. */
export function unsettledGrant(ctx: Ctx, y: number): { reason: string; ask: string } | null {
  if (y >= ctx.year || grantIn(ctx, ctx.target.id, y) !== null) return null;
  return {
    reason: vi.why.unsettledGrant(y, ctx.target.name),
    ask: ctx.target.kind === 'danh-hieu-thi-dua' ? vi.ask.titles(y) : vi.ask.awards(),
  };
}

/** The disciplinary period overlapping year y; null when none; undefined when the list is absent. */
export function disciplineIn(ctx: Ctx, y: number): Discipline | null | undefined {
  const list = ctx.profile.discipline;
  if (!list) return undefined;
  const start = `${y}-01-01`;
  const end = `${y}-12-31`;
  return list.find((d) => d.from <= end && (d.to ?? '9999-12-31') >= start) ?? null;
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
  | { value: false; reason: string }
  | { value: null; reason: string; ask: string };

/**
 * Years at or before `year` do not count, for `reason`. With `fresh`, a later year the profile does
 * not show free of an earlier grant of the target award is unknown (one achievement is rewarded
 * once, khoản 2 Điều 5 Luật: the profile must say the year was not counted for such a grant).
 */
export type Cutoff = { year: number; reason: string; fresh?: boolean };

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
  let open: { reason: string; ask: string } | null = null;
  if ('ratingAtLeast' in test) {
    const r = ratingOf(ctx, y);
    if (!r) open = { reason: h ? vi.why.noRating(y) : vi.why.noYear(y), ask: h ? vi.ask.rating(y) : vi.ask.year(y) };
    else if (rank(r) < rank(test.ratingAtLeast)) return { value: false, reason: vi.why.rating(y, r) };
  } else {
    if (!h) open = { reason: vi.why.noYear(y), ask: vi.ask.year(y) };
    else if (!h.titles) open = { reason: vi.why.noTitles(y), ask: vi.ask.titles(y) };
    else if (!h.titles.includes(test.title)) return { value: false, reason: vi.why.title(y, nameOf(ctx, test.title)) };
  }
  const d = disciplineIn(ctx, y);
  if (d) return { value: false, reason: vi.why.discipline(y, d.level, d.from, d.to, vi.decree(ctx.date)) };
  if (!open && cutoff?.fresh) open = unsettledGrant(ctx, y);
  return open ? { value: null, ...open } : { value: true };
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
  return { run, stop: { year: 1944, value: false as const, reason: 'trước năm 1945' } };
}

/**
 * The year cut-off from an earlier grant of the target award ("fresh" periods): the last grant
 * the profile shows, and the later years it does not settle are unknown (`fresh`).
 */
export function freshCutoff(ctx: Ctx, enabled: boolean | undefined): Cutoff | null {
  if (enabled === false) return null;
  const g = lastGrant(ctx, ctx.target.id);
  return g === null ? { year: 0, reason: '', fresh: true } : { year: g, reason: vi.why.fresh(g, ctx.target.name, g), fresh: true };
}

// ---------------------------------------------------------------------------------------------
// Initiatives
// ---------------------------------------------------------------------------------------------

export interface InitiativeSort {
  usable: Initiative[];
  /** `ask`: what would settle it (absent: whether Công văn 5007/BNV-TĐKT allows the reuse). */
  doubtful: { it: Initiative; reason: string; ask?: string }[];
  excluded: { it: Initiative; reason: string }[];
}

/**
 * Sorts the initiatives recognised in `years` that pass the filter into usable, doubtful and
 * excluded. `unsettled` says why an initiative of a year might fall outside the window (an earlier
 * grant the profile does not settle): such an initiative is doubtful.
 */
export function sortInitiatives(
  ctx: Ctx,
  filter: InitiativeFilter,
  inWindow: (y: number) => boolean,
  unsettled?: (y: number) => { reason: string; ask: string } | null,
): InitiativeSort | null {
  const list = ctx.profile.initiatives;
  if (!list) return null;
  const out: InitiativeSort = { usable: [], doubtful: [], excluded: [] };
  for (const it of list) {
    if (!filter.kinds.includes(it.kind) || !inWindow(it.year)) continue;
    if (scopeRank(it.level) < scopeRank(filter.minLevel)) {
      out.excluded.push({ it, reason: `${vi.INITIATIVE_VI[it.kind]} ${it.id} được công nhận ${vi.SCOPE_VI[it.level]}, cần ${vi.SCOPE_VI[filter.minLevel]}${filter.minLevel === 'toan-quoc' ? '' : ' trở lên'}` });
      continue;
    }
    const d = disciplineIn(ctx, it.year);
    if (d) {
      out.excluded.push({ it, reason: `${vi.INITIATIVE_VI[it.kind]} ${it.id} được công nhận năm ${it.year}, trùng thời gian thi hành kỷ luật nên không được tính` });
      continue;
    }
    let verdict: 'ok' | { doubt: string } | { out: string } = 'ok';
    for (const u of it.usedFor ?? []) {
      const [id, yearText] = u.split(':');
      const usedYear = Number(yearText);
      if (id === ctx.target.id && usedYear === ctx.year) continue;
      const other = ctx.registry.get(id);
      const otherName = other?.name ?? id;
      if (id !== ctx.target.id && other?.kind === 'danh-hieu-thi-dua' && ctx.target.kind === 'danh-hieu-thi-dua') {
        if (verdict === 'ok') {
          verdict = {
            doubt: `${vi.INITIATIVE_VI[it.kind]} ${it.id} đã dùng để xét danh hiệu ${otherName} năm ${usedYear}; Công văn 5007/BNV-TĐKT chưa rõ một sáng kiến đã dùng cho danh hiệu thi đua này có được dùng tiếp cho danh hiệu thi đua khác hay không`,
          };
        }
        continue;
      }
      verdict = { out: `${vi.INITIATIVE_VI[it.kind]} ${it.id} đã dùng làm căn cứ cho ${otherName} năm ${usedYear}; mỗi sáng kiến, đề tài chỉ dùng một lần (khoản 2 Điều 5 Luật; Công văn 5007/BNV-TĐKT)` };
      break;
    }
    const open = verdict === 'ok' ? unsettled?.(it.year) : null;
    if (open) out.doubtful.push({ it, reason: `${vi.INITIATIVE_VI[it.kind]} ${it.id} được công nhận năm ${it.year}; ${open.reason}`, ask: open.ask });
    else if (verdict === 'ok') out.usable.push(it);
    else if ('doubt' in verdict) out.doubtful.push({ it, reason: verdict.doubt });
    else out.excluded.push({ it, reason: verdict.out });
  }
  return out;
}

export function initiativeNoun(filter: InitiativeFilter): string {
  return `${vi.joinVi(filter.kinds.map((k) => vi.INITIATIVE_VI[k]), 'hoặc')} ${vi.SCOPE_VI[filter.minLevel]}${filter.minLevel === 'toan-quoc' ? '' : ' trở lên'}`;
}

/** Counts usable initiatives against a requirement and words the outcome. */
export function judgeInitiatives(
  ctx: Ctx,
  need: number,
  filter: InitiativeFilter,
  inWindow: (y: number) => boolean,
  windowText: string,
  unsettled?: (y: number) => { reason: string; ask: string } | null,
): Finding {
  const sorted = sortInitiatives(ctx, filter, inWindow, unsettled);
  const noun = initiativeNoun(filter);
  if (!sorted) return unknown(`Hồ sơ chưa khai báo sáng kiến, đề tài nên chưa biết có ${noun} ${windowText} hay không.`, [vi.ask.initiatives()]);
  const ids = (xs: Initiative[]) => xs.map((i) => i.id).join(', ');
  const notes = [...sorted.excluded, ...sorted.doubtful].map((x) => x.reason);
  if (sorted.usable.length >= need) {
    return met(vi.sentences([`Có ${sorted.usable.length} ${noun} ${windowText} chưa dùng cho khen thưởng khác (${ids(sorted.usable)}), cần ${need}`]));
  }
  const have = sorted.usable.length
    ? `Chỉ có ${sorted.usable.length} ${noun} ${windowText} dùng được, cần ${need}`
    : `Không có ${noun} ${windowText} dùng được (cần ${need})`;
  if (sorted.usable.length + sorted.doubtful.length >= need) {
    const reuse = `Hỏi cơ quan thi đua, khen thưởng có được dùng lại ${ids(sorted.doubtful.filter((d) => !d.ask).map((d) => d.it))} cho ${ctx.target.name} hay không (Công văn 5007/BNV-TĐKT chưa rõ).`;
    return unknown(vi.sentences([have, ...notes]), [...new Set(sorted.doubtful.map((d) => d.ask ?? reuse))]);
  }
  return notMet(vi.sentences([have, ...notes]), [`Cần thêm ${need - sorted.usable.length} ${noun} ${windowText}, chưa dùng làm căn cứ cho khen thưởng khác.`]);
}

// ---------------------------------------------------------------------------------------------
// Requirements within a period (chains)
// ---------------------------------------------------------------------------------------------

export function judgeWithin(ctx: Ctx, w: Within, period: number[]): Finding & { deficit: number } {
  const range = vi.yearRange(period);
  if ('initiatives' in w) {
    const f = judgeInitiatives(ctx, w.atLeast, w.initiatives, (y) => period.includes(y), `trong giai đoạn ${range}`);
    const sorted = sortInitiatives(ctx, w.initiatives, (y) => period.includes(y));
    return { ...f, deficit: Math.max(0, w.atLeast - (sorted?.usable.length ?? 0)) };
  }
  const yes: number[] = [];
  const unknownYears: { year: number; ask: string }[] = [];
  for (const y of period) {
    const r = checkYear(ctx, w.years, y, null);
    if (r.value === true) yes.push(y);
    else if (r.value === null) unknownYears.push({ year: y, ask: r.ask });
  }
  const what = vi.yearPredicate(w.years, (id) => nameOf(ctx, id));
  const counted = yes.length ? ` (${vi.yearList(yes)})` : '';
  const text = yes.length
    ? `Trong giai đoạn ${range} có ${yes.length} năm ${what}${counted}, cần ${w.atLeast}`
    : `Trong giai đoạn ${range} không có năm nào ${what}, cần ${w.atLeast}`;
  if (yes.length >= w.atLeast) return { ...met(vi.sentence(text)), deficit: 0 };
  const deficit = w.atLeast - yes.length;
  if (yes.length + unknownYears.length >= w.atLeast) return { ...unknown(vi.sentence(text), unknownYears.map((u) => u.ask)), deficit };
  return {
    ...notMet(vi.sentence(text), [
      `Cần thêm ${deficit} năm ${what} trong giai đoạn liên tục tính đến năm đề nghị: sớm nhất năm ${ctx.year + deficit}.`,
    ]),
    deficit,
  };
}

/** Judges a run of years against a minimum length and the `within` requirements. */
export function judgeRun(
  ctx: Ctx,
  opts: { test: YearTest; count: number; within?: Within[]; run: number[]; stop: { year: number } & YearCheck; after?: string },
): Finding {
  const { test, count, run, stop } = opts;
  const unit = vi.yearUnit(test, (id) => nameOf(ctx, id));
  const predicate = vi.yearPredicate(test, (id) => nameOf(ctx, id));
  const stopReason = stop.value === true ? '' : stop.reason;
  if (run.length < count) {
    const have = run.length
      ? `Đến năm ${ctx.year} có ${run.length} năm liên tục ${predicate} (${vi.yearRange(run)}), cần ${count}`
      : `Cần ${count} năm liên tục ${predicate} tính đến năm ${ctx.year}`;
    if (stop.value === null) return unknown(vi.sentences([have, stopReason]), [stop.ask]);
    const clear = firstClearYear(ctx);
    let earliest: number | null = ctx.year + count - run.length;
    if (clear === null) earliest = null;
    else if (clear !== undefined) earliest = Math.max(earliest, clear + count - 1);
    return notMet(vi.sentences([have, stopReason]), [vi.needMoreYears(count - run.length, unit, earliest, opts.after)]);
  }
  const head = `Có ${run.length} năm liên tục ${predicate} (${vi.yearRange(run)}), cần ${count}`;
  const parts = (opts.within ?? []).map((w) => judgeWithin(ctx, w, run));
  if (parts.every((p) => p.status === 'met')) return met(vi.sentences([head, ...parts.map((p) => p.text)]));
  const failing = parts.filter((p) => p.status !== 'met');
  const text = vi.sentences([head, ...failing.map((p) => p.text)]);
  const earlier = (y: number) => y < Math.min(...run);
  const couldHelp = (opts.within ?? []).some((w, i) => {
    if (parts[i].status === 'met') return false;
    if ('years' in w) return true;
    const sorted = sortInitiatives(ctx, w.initiatives, earlier);
    return !sorted || sorted.usable.length + sorted.doubtful.length > 0;
  });
  if (stop.value === null && couldHelp) return unknown(text, [stop.ask, ...failing.flatMap((p) => p.advice)]);
  if (failing.some((p) => p.status === 'not-met')) {
    return notMet(vi.sentences([head, ...failing.map((p) => p.text), stop.value === false ? `Giai đoạn không kéo dài hơn được vì ${stopReason}` : '']), failing.flatMap((p) => p.advice));
  }
  return unknown(text, failing.flatMap((p) => p.advice));
}

// ---------------------------------------------------------------------------------------------
// Conditions
// ---------------------------------------------------------------------------------------------

/** Criteria of an award that apply to the profile on the proposal date. */
export function applicableCriteria(award: Award, ctx: Pick<Ctx, 'subject' | 'profile' | 'date'>): Criterion[] {
  return award.criteria.filter(
    (c) =>
      inEffect(c.effective, ctx.date) &&
      (!c.appliesTo?.subjects || c.appliesTo.subjects.includes(ctx.subject)) &&
      (!c.appliesTo?.sectors || c.appliesTo.sectors.includes(ctx.profile.sector)),
  );
}

export function combineAll(findings: Finding[]): Status {
  if (findings.some((f) => f.status === 'not-met')) return 'not-met';
  if (findings.some((f) => f.status === 'unknown')) return 'unknown';
  return 'met';
}

export function conditionLabel(c: Condition): string | undefined {
  return c.type === 'all-of' || c.type === 'any-of' ? c.label : undefined;
}

// ---------------------------------------------------------------------------------------------
// Inputs and award ids
// ---------------------------------------------------------------------------------------------

/** The history field a year test reads. */
export function testField(t: YearTest): InputField {
  return 'ratingAtLeast' in t ? 'history.rating' : 'history.titles';
}

/** The inputs of the requirements within a period. */
export function withinInputs(ws: Within[] | undefined, years: { from: number; to: number }): ConditionInput[] {
  return (ws ?? []).map((w) => ('initiatives' in w ? { field: 'initiatives' as const } : { field: testField(w.years), years, further: true }));
}

/** The title a year test names, if any. */
export function titlesOfTest(t: YearTest): string[] {
  return 'title' in t ? [t.title] : [];
}
