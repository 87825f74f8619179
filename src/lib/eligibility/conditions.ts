/**
 * The evaluator: pure functions from (condition, profile) to a tri-state finding. It decides;
 * the wording comes from `copy.ts`. No I/O, no Node or Astro imports.
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
import { PENDING_FLAG, RATINGS, SCOPES } from '../vocabulary';
import type { Award, AwardSubject, Condition, Criterion, InitiativeFilter, Rating, Within, YearTest } from '../../schemas/award';
import type { Discipline, HistoryYear, Initiative } from './profile';
import type { EngineProfile } from './boundary';
import { inEffect, type Registry } from './registry';
import * as vi from './copy';

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

const met = (text: string, advice: string[] = []): Finding => ({ status: 'met', text, advice });
const notMet = (text: string, advice: string[] = []): Finding => ({ status: 'not-met', text, advice });
const unknown = (text: string, advice: string[] = []): Finding => ({ status: 'unknown', text, advice });

const rank = (r: Rating) => RATINGS.indexOf(r);
const scopeRank = (s: (typeof SCOPES)[number]) => SCOPES.indexOf(s);

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
function firstClearYear(ctx: Ctx): number | null | undefined {
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

type YearCheck =
  | { value: true }
  | { value: false; reason: string }
  | { value: null; reason: string; ask: string };

/**
 * Whether year y passes a test. Order: the cut-off (years at or before `cutoff` belong to an
 * earlier grant or precede the base award), then the test itself, then discipline. An unknown
 * disciplinary list does not make the year unknown: the general discipline criterion reports it.
 */
function checkYear(ctx: Ctx, test: YearTest, y: number, cutoff: { year: number; reason: string } | null): YearCheck {
  if (cutoff && y <= cutoff.year) return { value: false, reason: cutoff.reason };
  const h = ctx.history.get(y);
  if ('ratingAtLeast' in test) {
    const r = ratingOf(ctx, y);
    if (!r) return { value: null, reason: h ? vi.why.noRating(y) : vi.why.noYear(y), ask: h ? vi.ask.rating(y) : vi.ask.year(y) };
    if (rank(r) < rank(test.ratingAtLeast)) return { value: false, reason: vi.why.rating(y, r) };
  } else {
    if (!h) return { value: null, reason: vi.why.noYear(y), ask: vi.ask.year(y) };
    if (!h.titles) return { value: null, reason: vi.why.noTitles(y), ask: vi.ask.titles(y) };
    if (!h.titles.includes(test.title)) return { value: false, reason: vi.why.title(y, nameOf(ctx, test.title)) };
  }
  const d = disciplineIn(ctx, y);
  if (d) return { value: false, reason: vi.why.discipline(y, d.level, d.from, d.to, vi.decree(ctx.date)) };
  return { value: true };
}

/** Walks back from the proposal year while years pass the test. */
function runBack(ctx: Ctx, test: YearTest, cutoff: { year: number; reason: string } | null) {
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

/** The year cut-off from an earlier grant of the target award ("fresh" periods). */
function freshCutoff(ctx: Ctx, enabled: boolean | undefined): { year: number; reason: string } | null {
  if (enabled === false) return null;
  const g = lastGrant(ctx, ctx.target.id);
  return g === null ? null : { year: g, reason: vi.why.fresh(g, ctx.target.name, g) };
}

// ---------------------------------------------------------------------------------------------
// Initiatives
// ---------------------------------------------------------------------------------------------

interface InitiativeSort {
  usable: Initiative[];
  doubtful: { it: Initiative; reason: string }[];
  excluded: { it: Initiative; reason: string }[];
}

/** Sorts the initiatives recognised in `years` that pass the filter into usable, doubtful and excluded. */
function sortInitiatives(ctx: Ctx, filter: InitiativeFilter, inWindow: (y: number) => boolean): InitiativeSort | null {
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
    if (verdict === 'ok') out.usable.push(it);
    else if ('doubt' in verdict) out.doubtful.push({ it, reason: verdict.doubt });
    else out.excluded.push({ it, reason: verdict.out });
  }
  return out;
}

function initiativeNoun(filter: InitiativeFilter): string {
  return `${vi.joinVi(filter.kinds.map((k) => vi.INITIATIVE_VI[k]), 'hoặc')} ${vi.SCOPE_VI[filter.minLevel]}${filter.minLevel === 'toan-quoc' ? '' : ' trở lên'}`;
}

/** Counts usable initiatives against a requirement and words the outcome. */
function judgeInitiatives(ctx: Ctx, need: number, filter: InitiativeFilter, inWindow: (y: number) => boolean, windowText: string): Finding {
  const sorted = sortInitiatives(ctx, filter, inWindow);
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
    return unknown(vi.sentences([have, ...notes]), [
      `Hỏi cơ quan thi đua, khen thưởng có được dùng lại ${ids(sorted.doubtful.map((d) => d.it))} cho ${ctx.target.name} hay không (Công văn 5007/BNV-TĐKT chưa rõ).`,
    ]);
  }
  return notMet(vi.sentences([have, ...notes]), [`Cần thêm ${need - sorted.usable.length} ${noun} ${windowText}, chưa dùng làm căn cứ cho khen thưởng khác.`]);
}

// ---------------------------------------------------------------------------------------------
// Requirements within a period (chains)
// ---------------------------------------------------------------------------------------------

function judgeWithin(ctx: Ctx, w: Within, period: number[]): Finding & { deficit: number } {
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
function judgeRun(
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

function combineAll(findings: Finding[]): Status {
  if (findings.some((f) => f.status === 'not-met')) return 'not-met';
  if (findings.some((f) => f.status === 'unknown')) return 'unknown';
  return 'met';
}

function labelled(label: string | undefined, text: string): string {
  return label ? `${label}: ${vi.clause(text)}` : vi.clause(text);
}

function conditionLabel(c: Condition): string | undefined {
  return c.type === 'all-of' || c.type === 'any-of' ? c.label : undefined;
}

export function evalCondition(c: Condition, ctx: Ctx): Finding {
  const Y = ctx.year;
  switch (c.type) {
    case 'rating-at-least': {
      const r = ratingOf(ctx, Y);
      const need = vi.ratingAtLeast(c.min);
      if (!r) return unknown(`Chưa biết kết quả xếp loại năm ${Y} (cần ${need}).`, [ctx.subject === 'tap-the' ? vi.ask.collectiveRating(Y) : vi.ask.rating(Y)]);
      const text = `Năm ${Y} ${ctx.subject === 'tap-the' ? 'tập thể ' : ''}được xếp loại ${vi.RATING_VI[r]} (cần ${need}).`;
      return rank(r) >= rank(c.min) ? { ...met(text), brief: `xếp loại ${vi.RATING_VI[r]}` } : notMet(text, [`Cần được xếp loại ${need} năm ${Y}.`]);
    }
    case 'sector-in': {
      const text = `Khu vực của hồ sơ: ${vi.SECTOR_VI[ctx.profile.sector]}.`;
      if (c.sectors.includes(ctx.profile.sector)) return met(text);
      return {
        ...notMet(`Tiêu chí này dành cho ${vi.joinVi(c.sectors.map((s) => vi.SECTOR_VI[s]), 'hoặc')}; hồ sơ thuộc khu vực ${vi.SECTOR_VI[ctx.profile.sector]}.`, c.hint ? [vi.sentence(c.hint)] : []),
        inapplicable: true,
      };
    }
    case 'meets-standard': {
      const id = ctx.profile.sector === 'armed-forces' && c.armedForcesAward ? c.armedForcesAward : c.award;
      const std = ctx.registry.get(id)!;
      if (ctx.history.get(Y)?.titles?.includes(id)) return met(`Đã được công nhận danh hiệu ${std.name} năm ${Y}.`);
      const sub: Ctx = { ...ctx, target: std };
      const parts = applicableCriteria(std, ctx)
        .filter((k) => k.role === 'standard')
        .map((k) => ({ k, f: evalCondition(k.condition, sub) }));
      if (!parts.length) return unknown(`Cẩm nang chưa có tiêu chuẩn ${std.name} cho khu vực này.`, [vi.noCriteriaAdvice(std.name)]);
      const status = combineAll(parts.map((p) => p.f));
      const shown = status === 'met' ? parts : parts.filter((p) => p.f.status === status);
      if (status === 'met') {
        const briefs = parts.map((p) => p.f.brief ?? vi.clause(p.f.text.split(/(?<=\.)\s/)[0]));
        return met(`Đạt tiêu chuẩn ${std.name} năm ${Y}: ${briefs.join('; ')}.`);
      }
      const detail = shown.map((p) => `${vi.clause(p.f.text)} (${p.k.citation}${vi.cautionSuffix(p.k.confidence, p.k.caution).replace(/^ \(/, '; ').replace(/\)$/, '')})`).join('; ');
      const lead = status === 'not-met' ? `Chưa đạt tiêu chuẩn ${std.name} năm ${Y}` : `Chưa xác định được tiêu chuẩn ${std.name} năm ${Y}`;
      return { status, text: `${lead}: ${detail}.`, advice: shown.flatMap((p) => p.f.advice) };
    }
    case 'consecutive-years': {
      const { run, stop } = runBack(ctx, c.test, freshCutoff(ctx, c.freshAfterGrant));
      return judgeRun(ctx, { test: c.test, count: c.count, within: c.within, run, stop });
    }
    case 'title-times': {
      const title = nameOf(ctx, c.title);
      const cutoff = freshCutoff(ctx, c.freshAfterGrant);
      const hY = ctx.history.get(Y);
      if (!hY?.titles) return unknown(`Chưa biết năm ${Y} có danh hiệu ${title} hay không.`, [hY ? vi.ask.titles(Y) : vi.ask.year(Y)]);
      if (!hY.titles.includes(c.title)) {
        return notMet(`Năm ${Y} chưa có danh hiệu ${title}; cần ${c.times} lần liên tục đạt danh hiệu này, lần sau cùng là năm đề nghị.`, [
          `Cần đạt danh hiệu ${title} năm ${Y} và ${c.times - 1} lần liền trước đó không gián đoạn.`,
        ]);
      }
      const times = [Y];
      for (let y = Y - 1; y >= 1945 && times.length < c.times; y--) {
        if (cutoff && y <= cutoff.year) {
          return notMet(vi.sentences([`Chỉ có ${times.length} lần ${title} liên tục (${vi.yearList(times)}), cần ${c.times}`, cutoff.reason]), [
            `Cần ${c.times} lần liên tục đạt danh hiệu ${title}; hiện có ${times.length}.`,
          ]);
        }
        const h = ctx.history.get(y);
        if (!h?.titles) {
          return unknown(vi.sentences([`Có ${times.length} lần ${title} (${vi.yearList(times)}) tính ngược từ năm ${Y}`, h ? vi.why.noTitles(y) : vi.why.noYear(y)]), [
            h ? vi.ask.titles(y) : vi.ask.year(y),
          ]);
        }
        const d = disciplineIn(ctx, y);
        if (h.titles.includes(c.title) && !d) {
          times.push(y);
          continue;
        }
        const link = checkYear(ctx, c.link, y, null);
        if (link.value === true) continue;
        if (link.value === null) return unknown(vi.sentences([`Có ${times.length} lần ${title} (${vi.yearList(times)})`, link.reason]), [link.ask]);
        return notMet(
          vi.sentences([`Chỉ có ${times.length} lần ${title} liên tục tính đến năm ${Y} (${vi.yearList(times)}), cần ${c.times}`, `chuỗi bị gián đoạn: ${link.reason}`]),
          [`Cần ${c.times} lần liên tục đạt danh hiệu ${title}, giữa các lần không gián đoạn danh hiệu ${vi.yearUnit(c.link, (id) => nameOf(ctx, id))}; hiện có ${times.length}.`],
        );
      }
      if (times.length >= c.times) {
        return met(`Đạt danh hiệu ${title} ${times.length} lần liên tục (${vi.yearList(times)}), giữa các lần không gián đoạn danh hiệu ${vi.yearUnit(c.link, (id) => nameOf(ctx, id))}.`);
      }
      return notMet(`Chỉ có ${times.length} lần ${title}, cần ${c.times}.`, [`Cần ${c.times} lần liên tục đạt danh hiệu ${title}.`]);
    }
    case 'base-award-chain': {
      const baseNames = vi.joinVi(c.base.map((id) => nameOf(ctx, id)), 'hoặc');
      const received = ctx.profile.awards;
      if (!received) return unknown(`Hồ sơ chưa khai báo các hình thức khen thưởng đã nhận nên chưa biết đã có ${baseNames} hay chưa.`, [vi.ask.awards()]);
      const bases = received.filter((a) => c.base.includes(a.award) && a.year < Y);
      const allowed = bases.filter((a) => !c.excludeTypes.includes(a.type)).sort((a, b) => a.year - b.year);
      const unit = vi.yearUnit(c.test, (id) => nameOf(ctx, id));
      if (!allowed.length) {
        const excluded = bases.map(
          (a) => `${nameOf(ctx, a.award)} năm ${a.year} là ${vi.AWARD_TYPE_VI[a.type]}, không được làm căn cứ để đề nghị khen thưởng công trạng cao hơn (khoản 3 Điều 4 ${vi.decree(ctx.date)})`,
        );
        return notMet(vi.sentences([`Chưa có ${baseNames} (khen thưởng công trạng) trước năm ${Y}`, ...excluded]), [
          `Cần có ${baseNames} thuộc loại khen thưởng công trạng, sau đó ${c.years} năm liên tục ${unit} tính đến năm đề nghị.`,
        ]);
      }
      const base = allowed[0];
      const fresh = freshCutoff(ctx, c.freshAfterGrant);
      const baseName = nameOf(ctx, base.award);
      const cutoff = fresh && fresh.year > base.year ? fresh : { year: base.year, reason: vi.why.base(base.year, `${baseName}`) };
      const { run, stop } = runBack(ctx, c.test, cutoff);
      const f = judgeRun(ctx, { test: c.test, count: c.years, within: c.within, run, stop, after: `sau khi được tặng ${baseName}` });
      return { ...f, text: vi.sentences([`Đã có ${baseName} năm ${base.year} (${vi.AWARD_TYPE_VI[base.type]})`, f.text]) };
    }
    case 'initiatives': {
      if (c.window === 'proposal-year') return judgeInitiatives(ctx, c.atLeast, c.filter, (y) => y === Y, `được công nhận năm ${Y}`);
      const g = lastGrant(ctx, ctx.target.id);
      const windowText = g === null ? `được công nhận đến năm ${Y}` : `được công nhận sau lần được tặng năm ${g}, đến năm ${Y}`;
      return judgeInitiatives(ctx, c.atLeast, c.filter, (y) => y <= Y && (g === null || y > g), windowText);
    }
    case 'achievement': {
      const kinds = vi.joinVi(c.kinds.map((k) => vi.ACHIEVEMENT_VI[k]), 'hoặc');
      const list = ctx.profile.achievements;
      if (!list) return unknown(`Hồ sơ chưa khai báo thành tích khác nên chưa biết có ${kinds} năm ${Y} hay không.`, [vi.ask.achievements()]);
      const ofKind = list.filter((a) => a.year === Y && c.kinds.includes(a.kind));
      const describe = (a: (typeof ofKind)[number]) => `${vi.ACHIEVEMENT_VI[a.kind]} phạm vi ${vi.SCOPE_VI[a.scope]}`;
      const min = c.minScope ?? 'co-so';
      const ok = ofKind.filter((a) => scopeRank(a.scope) >= scopeRank(min));
      const scopeNeed = c.minScope ? ` phạm vi ${vi.SCOPE_VI[c.minScope]} trở lên` : '';
      if (!ok.length) {
        const lower = ofKind.length ? ` Thành tích đã khai báo: ${ofKind.map(describe).join('; ')}.` : '';
        return notMet(`Năm ${Y} không có ${kinds}${scopeNeed}.${lower}`, [`Cần ${kinds}${scopeNeed} được công nhận năm ${Y}.`]);
      }
      if (c.sufficient) return met(`Năm ${Y} có ${describe(ok[0])}${c.minScope ? ` (cần phạm vi ${vi.SCOPE_VI[c.minScope]} trở lên)` : ''}; ${vi.clause(c.judgement)}.`);
      return unknown(`Năm ${Y} có ${ok.map(describe).join('; ')}; ${vi.clause(c.judgement)}.`, [
        `Đề nghị hội đồng thi đua – khen thưởng đánh giá: ${vi.clause(c.judgement)}.`,
      ]);
    }
    case 'months-at-unit': {
      const h = ctx.history.get(Y);
      const notes: string[] = [];
      let ok: boolean | null = null;
      let bad: string | null = null;
      if (h?.monthsWorked !== undefined) {
        const mat = h.maternityLeaveMonths ?? 0;
        const total = h.monthsWorked + mat;
        const withMat = mat ? ` (${h.monthsWorked} tháng làm việc và ${mat} tháng nghỉ thai sản, được tính là thời gian công tác theo khoản 5 Điều 4 ${vi.decree(ctx.date)})` : '';
        const line = `năm ${Y} công tác ${total} tháng${withMat}`;
        if (total >= c.atLeast) {
          ok = true;
          notes.push(line);
        } else bad = line;
      }
      if (ctx.profile.joinedOn) {
        const j = ctx.profile.joinedOn;
        const [jy, jm, jd] = j.split('-').map(Number);
        const plus = new Date(Date.UTC(jy, jm - 1 + c.atLeast, jd));
        const enough = plus.toISOString().slice(0, 10) <= `${Y + 1}-01-01`;
        const line = `bắt đầu công tác tại đơn vị từ ${vi.date(j)}`;
        if (!enough) bad = bad ? `${bad}; ${line}` : `${line}, chưa đủ ${c.atLeast} tháng tính đến hết năm ${Y}`;
        else {
          ok = ok ?? true;
          notes.push(line);
        }
      }
      if (bad) return notMet(`${vi.sentence(bad)} Cần ít nhất ${c.atLeast} tháng công tác trong năm.`, [`Chưa đủ ${c.atLeast} tháng công tác trong năm ${Y}: có thể đề nghị từ năm ${Y + 1} khi đủ thời gian.`]);
      if (ok) return { ...met(`${vi.sentence(notes.join('; '))} Đủ ${c.atLeast} tháng công tác trong năm.`), brief: notes.join('; ') };
      return unknown(`Chưa biết thời gian công tác năm ${Y} (cần ít nhất ${c.atLeast} tháng).`, [vi.ask.months(Y)]);
    }
    case 'collective-share': {
      const col = ctx.profile.collective;
      const v = col?.[c.field];
      const label = vi.COLLECTIVE_FIELD_VI[c.field];
      if (v === undefined || col?.members === undefined) {
        return unknown(`Chưa biết số thành viên ${label} trên tổng số thành viên (cần ít nhất ${c.atLeastPercent}%).`, [
          vi.ask.collective(col?.members === undefined ? 'members' : c.field),
        ]);
      }
      const pct = Math.round((v / col.members) * 1000) / 10;
      const text = `${v}/${col.members} thành viên (${String(pct).replace('.', ',')}%) ${label}, cần ${c.atLeastPercent === 100 ? 'đủ 100%' : `ít nhất ${c.atLeastPercent}%`}.`;
      if (v * 100 >= c.atLeastPercent * col.members) return met(text);
      const needed = Math.ceil((c.atLeastPercent * col.members) / 100);
      return notMet(text, [`Cần ít nhất ${needed}/${col.members} thành viên ${label} (thêm ${needed - v}).`]);
    }
    case 'collective-count': {
      const v = ctx.profile.collective?.[c.field];
      const label = vi.COLLECTIVE_FIELD_VI[c.field];
      if (v === undefined) return unknown(`Chưa biết số thành viên ${label}.`, [vi.ask.collective(c.field)]);
      const okMin = c.atLeast === undefined || v >= c.atLeast;
      const okMax = c.atMost === undefined || v <= c.atMost;
      const need = c.atMost === 0 ? 'yêu cầu: không có thành viên nào' : [c.atLeast !== undefined ? `ít nhất ${c.atLeast}` : '', c.atMost !== undefined ? `nhiều nhất ${c.atMost}` : ''].filter(Boolean).join(', ');
      const text = v === 0 ? `Năm ${Y} không có thành viên nào ${label} (${need}).` : `Năm ${Y} có ${v} thành viên ${label} (${need}).`;
      if (okMin && okMax) return met(text);
      return notMet(text, [c.atMost === 0 ? `Tập thể không được có thành viên ${label} trong năm xét.` : `Cần ${need} thành viên ${label}.`]);
    }
    case 'discipline-clear': {
      const d = disciplineIn(ctx, Y);
      if (d === undefined) return unknown(`Hồ sơ chưa khai báo kỷ luật nên chưa biết năm ${Y} có trùng thời gian thi hành kỷ luật hay không.`, [vi.ask.discipline()]);
      if (d === null) return { ...met(ctx.profile.discipline!.length ? `Năm ${Y} không trùng thời gian thi hành kỷ luật nào.` : 'Không bị kỷ luật.'), brief: 'không trùng thời gian kỷ luật' };
      const clear = d.to ? Number(d.to.slice(0, 4)) + 1 : null;
      return notMet(vi.sentence(vi.why.discipline(Y, d.level, d.from, d.to, vi.decree(ctx.date))), [
        clear ? `Thành tích chỉ được tính từ khi hết thời hạn kỷ luật (${vi.date(d.to!)}): sớm nhất xét thành tích năm ${clear}.` : 'Thành tích chỉ được tính từ khi hết thời hạn kỷ luật.',
      ]);
    }
    case 'not-pending': {
      const flags = PENDING_FLAG.ids.filter((k) => ctx.profile.pending[k]);
      if (!flags.length) return met('Không có việc xem xét kỷ luật, điều tra, thanh tra hay khiếu nại, tố cáo nào đang chờ kết luận.');
      return unknown(vi.pendingText(flags, vi.decree(ctx.date)), [vi.pendingAdvice(vi.decree(ctx.date))]);
    }
    case 'assumed':
      return { ...met(vi.assumedText(c.what)), brief: `giả định đạt tiêu chí định tính (${vi.clause(c.what)}), cần đơn vị xác nhận` };
    case 'unverifiable':
      return unknown(vi.unverifiableText(c.what), [vi.sentence(c.ask)]);
    case 'all-of': {
      const parts = c.of.map((x) => evalCondition(x, ctx));
      const status = combineAll(parts);
      const shown = status === 'met' ? parts : parts.filter((p) => p.status === status);
      if (status === 'not-met' && shown.some((p) => p.inapplicable)) {
        const gate = shown.filter((p) => p.inapplicable);
        return { status, text: gate.map((p) => vi.sentence(p.text)).join(' '), advice: gate.flatMap((p) => p.advice), inapplicable: true };
      }
      const text = shown.map((p) => vi.sentence(p.text)).join(' ');
      return { status, text, advice: shown.flatMap((p) => p.advice) };
    }
    case 'any-of': {
      const parts = c.of.map((x) => ({ label: conditionLabel(x), f: evalCondition(x, ctx) }));
      const chain = (p: (typeof parts)[number]) => [p.label, p.f.via].filter(Boolean).join(', ');
      const body = (p: (typeof parts)[number]) => vi.clause(p.f.raw ?? p.f.text);
      const line = (p: (typeof parts)[number], mark?: string) => {
        const name = chain(p);
        const tag = [name, mark ? `(${mark})` : ''].filter(Boolean).join(' ');
        return tag ? `${tag}: ${body(p)}` : body(p);
      };
      const hit = parts.find((p) => p.f.status === 'met');
      if (hit) {
        const via = chain(hit);
        const raw = hit.f.raw ?? hit.f.text;
        return { ...met(via ? vi.sentence(`Đạt theo ${via}: ${vi.clause(raw)}`) : raw), via, raw };
      }
      const relevant = parts.every((p) => p.f.inapplicable) ? parts : parts.filter((p) => !p.f.inapplicable);
      const open = relevant.filter((p) => p.f.status === 'unknown');
      const failed = relevant.filter((p) => p.f.status === 'not-met');
      const labelledAdvice = (p: (typeof parts)[number]) => (chain(p) && p.f.advice.length ? [vi.sentence(`${vi.sentence(chain(p)).replace(/\.$/, '')}: ${vi.clause(p.f.advice.join(' '))}`)] : p.f.advice);
      if (open.length) {
        const raw = [...open.map((p) => line(p, 'chưa xác định')), ...failed.map((p) => line(p, 'chưa đạt'))].join('; ');
        return { ...unknown(vi.sentence(raw), [...open.flatMap((p) => p.f.advice), ...failed.flatMap(labelledAdvice)]), raw };
      }
      if (relevant.length === 1) {
        const only = relevant[0];
        const via = chain(only);
        const raw = only.f.raw ?? only.f.text;
        return { ...notMet(via ? vi.sentence(`Chưa đạt (${via}): ${vi.clause(raw)}`) : raw, only.f.advice), via, raw, inapplicable: only.f.inapplicable };
      }
      const raw = relevant.map((p) => line(p)).join('; ');
      const advice = relevant.filter((p) => p.f.advice.length).map((p) => (chain(p) ? `${chain(p)}: ${vi.clause(p.f.advice.join(' '))}` : vi.clause(p.f.advice.join(' '))));
      return {
        ...notMet(vi.sentence(`Chưa đạt tiêu chuẩn nào trong các tiêu chuẩn: ${raw}`), advice.length ? [vi.sentence(`Cần đáp ứng một trong các tiêu chuẩn: ${advice.join('; hoặc ')}`)] : []),
        raw,
        inapplicable: relevant.every((p) => p.f.inapplicable),
      };
    }
  }
}
