/**
 * The checker's answers: how they live in the URL (its fragment, after "#") and how they become
 * an engine profile (docs/eligibility-cli.md).
 *
 * Answers are a flat map of canonical keys to strings, exactly as they appear in the URL, so a
 * result can be bookmarked and shared: `#award=chien-si-thi-dua-co-so&year=2025&r2025=htxs…`.
 * The fragment is never part of an HTTP request (nor of the Referer header): opening or reloading
 * a result sends only `/kiem-tra/` to the server, so no access log holds a person's answers.
 * Older links put the answers in the query string (`?award=…`); they are still read (urlParams),
 * and the page rewrites them to the fragment form.
 * "khong-ro" (không rõ) is a valid answer to every fact question: the fact stays unknown and the
 * criteria that need it come out "chưa xác định". "khong" means an empty list (none).
 *
 *   key                          value
 *   award                        an award id of the registry
 *   year                         the year proposed (năm xét)
 *   subject                      individual | collective
 *   sector                       civil-service | armed-forces | worker-farmer | enterprise
 *   province                     a province slug with a rule set (src/lib/provinces.ts) | khac (tỉnh khác, không rõ)
 *   r<YYYY>                      rating of a year: htxs | htt | ht | kht | khong-ro
 *   t<YYYY>                      titles of a year: ids joined by "," | khong | khong-ro
 *   months, maternity            months worked / on maternity leave in the year proposed
 *   initiatives                  kind.year.level[.usedForAward | .khong-ro (not known whether used)], joined by "," | khong | khong-ro
 *   awards                       award.year.type, joined by "," | khong | khong-ro
 *   achievements                 kind.scope, joined by "," | khong | khong-ro
 *   discipline                   level.from[.to] | khong | khong-ro
 *   pending                      disciplineReview | investigation | complaint | khong | khong-ro
 *   crating                      the collective's rating for the year proposed
 *   members, laoDongTienTien, chienSiThiDuaCoSo, completedTasks, disciplinedWarningOrAbove
 *                                the collective's counts (integers) | khong-ro
 *
 * Plain TypeScript, no Astro or DOM imports.
 */
import { ACHIEVEMENT_KINDS, AWARD_TYPES, COLLECTIVE_FIELDS, INITIATIVE_KINDS, RATINGS, SCOPES, SECTORS } from '../vocabulary';
import type { AchievementKind, AwardType, CollectiveField, InitiativeKind, Rating, Scope, Sector } from '../vocabulary';
import { MIN_YEAR, MAX_YEAR, type Profile, type Registry } from '../eligibility/index';
import type { Award } from '../../schemas/award';
import { SCOPE_VI } from '../eligibility/copy';
import { parseDayMonthYear } from '../vi-format';
import { DISCIPLINE_LEVELS, PENDING_FLAGS, countsAboveMembers, type DisciplineLevel, type PendingFlag } from '../vocabulary';

/** The answers, keyed as in the URL. */
export type Answers = Record<string, string>;

/** "Không rõ": the fact is unknown. */
export const UNKNOWN = 'khong-ro';
/** "Không": none (an empty list, or no pending review). */
export const NONE = 'khong';

/** "Tỉnh khác / không rõ": the Law-level standard applies. */
export const OTHER_PROVINCE = 'khac';

/** The answers to a rating (a year's, the collective's): best first, then "không rõ". */
export const RATING_VALUES: string[] = [...[...RATINGS].reverse(), UNKNOWN];

/** The answers to the pending question: none, one flag, or "không rõ". */
export const PENDING_VALUES: string[] = [NONE, ...PENDING_FLAGS, UNKNOWN];

/** The key of a year's rating (r2025) or titles (t2025). */
export const YEAR_KEY = /^([rt])(\d{4})$/;

/** The subject answers: the command's values (docs/eligibility-cli.md). */
export const SUBJECTS = ['individual', 'collective'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** The URL parameter naming the question to show when it is not the next unanswered one. */
export const STEP_PARAM = 'buoc';

export { DISCIPLINE_LEVELS } from '../vocabulary';
export type { DisciplineLevel, PendingFlag };

/** Whether `v` is one of `list` (and so of its type). */
export const has = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** Whether a string is a real calendar date YYYY-MM-DD from MIN_YEAR on (the date reader gives back only that form). */
export const isDate = (s: string | undefined): boolean => !!s && parseDayMonthYear(s) === s && Number(s.slice(0, 4)) >= MIN_YEAR;

/** Whether a string is a year the profile format accepts. */
export function isYear(s: string): boolean {
  return /^\d{4}$/.test(s) && Number(s) >= MIN_YEAR && Number(s) <= MAX_YEAR;
}

/** The whole number written in `s` (at most six digits) when it lies in [min, max]. */
export const intIn = (s: string, min: number, max = Infinity): number | undefined => (/^\d{1,6}$/.test(s) && Number(s) >= min && Number(s) <= max ? Number(s) : undefined);
const isInt = (s: string, min: number, max?: number) => intIn(s, min, max) !== undefined;

// --- List items ------------------------------------------------------------------------------

/** An initiative; `usedFor`: the award it was already used for, or UNKNOWN when that is not known. */
export interface InitiativeItem { kind: InitiativeKind; year: number; level: Scope; usedFor?: string }
export interface AwardItem { award: string; year: number; type: AwardType }
export interface AchievementItem { kind: AchievementKind; scope: Scope }
export interface DisciplineItem { level: DisciplineLevel; from: string; to?: string }

/**
 * A list answer: null when unknown, [] when none. Undefined when the value is malformed: an item
 * with more than `most` parts, or one `item` refuses.
 */
function list<T>(value: string, most: number, item: (parts: string[]) => T | undefined): T[] | null | undefined {
  if (value === UNKNOWN) return null;
  if (value === NONE) return [];
  const out: T[] = [];
  for (const raw of value.split(',')) {
    const parts = raw.split('.');
    const it = parts.length > most ? undefined : item(parts);
    if (!it) return undefined;
    out.push(it);
  }
  return out.length ? out : undefined;
}

export function parseInitiatives(v: string, registry: Registry): InitiativeItem[] | null | undefined {
  return list(v, 4, ([kind, year, level, used]) =>
    has(INITIATIVE_KINDS, kind) && isYear(year) && has(SCOPES, level) && (used === undefined || used === UNKNOWN || !!registry.get(used))
      ? { kind, year: Number(year), level, ...(used ? { usedFor: used } : {}) }
      : undefined,
  );
}

export function parseAwards(v: string, registry: Registry): AwardItem[] | null | undefined {
  return list(v, 3, ([award, year, type]) =>
    registry.get(award)?.kind === 'hinh-thuc-khen-thuong' && isYear(year) && has(AWARD_TYPES, type)
      ? { award, year: Number(year), type }
      : undefined,
  );
}

export function parseAchievements(v: string): AchievementItem[] | null | undefined {
  return list(v, 2, ([kind, scope]) => (has(ACHIEVEMENT_KINDS, kind) && has(SCOPES, scope) ? { kind, scope } : undefined));
}

export function parseDiscipline(v: string): DisciplineItem[] | null | undefined {
  return list(v, 3, ([level, from, to]) =>
    has(DISCIPLINE_LEVELS, level) && isDate(from) && (to === undefined || (isDate(to) && to >= from))
      ? { level, from, ...(to ? { to } : {}) }
      : undefined,
  );
}

/**
 * A list answer as the URL writes it, from its items' parts in the order the readers above take
 * them (kind.year.level[.usedFor], award.year.type, kind.scope, level.from[.to]); "khong" for none.
 */
export const formatList = (items: (string | number)[][]) => (items.length ? items.map((parts) => parts.join('.')).join(',') : NONE);

/** Titles of a year: null when unknown, [] when none, undefined when malformed. */
export function parseTitles(v: string, registry: Registry): string[] | null | undefined {
  const ids = list(v, 1, ([id]) => (registry.get(id)?.kind === 'danh-hieu-thi-dua' ? id : undefined));
  return ids && new Set(ids).size < ids.length ? undefined : ids;
}

/** The reader of each list answer. */
const LISTS = { initiatives: parseInitiatives, awards: parseAwards, achievements: parseAchievements, discipline: parseDiscipline };

/** A list answer of the answers, read: null when not answered or unknown, [] when none, undefined when malformed. */
export const readList = <K extends keyof typeof LISTS>(answers: Answers, key: K, registry: Registry) =>
  (answers[key] ? LISTS[key](answers[key], registry) : null) as ReturnType<(typeof LISTS)[K]>;

// --- Validation of single values ------------------------------------------------------------

/**
 * Whether `value` is a well-formed answer for `key`. The URL can be edited by hand or come from an
 * older version: a malformed value is dropped, so its question is asked again.
 */
export function validAnswer(key: string, value: string, registry: Registry): boolean {
  const m = YEAR_KEY.exec(key);
  if (m) {
    if (!isYear(m[2])) return false;
    return m[1] === 'r' ? has(RATING_VALUES, value) : parseTitles(value, registry) !== undefined;
  }
  switch (key) {
    case 'award':
      return !!registry.get(value);
    case 'year':
      return isYear(value);
    case 'subject':
      return has(SUBJECTS, value);
    case 'sector':
      return has(SECTORS, value);
    case 'province':
      // A slug; toProfile keeps it only for an award with that province's rules.
      return /^[a-z]+(-[a-z]+)*$/.test(value);
    case 'months':
      return value === UNKNOWN || isInt(value, 0, 12);
    case 'maternity':
      return isInt(value, 0, 12);
    case 'initiatives':
    case 'awards':
    case 'achievements':
    case 'discipline':
      return LISTS[key](value, registry) !== undefined;
    case 'pending':
      return has(PENDING_VALUES, value);
    case 'crating':
      return has(RATING_VALUES, value);
    default:
      // The collective's numbers: a count of people, at least one member.
      return has(COUNTED, key) && (value === UNKNOWN || isInt(value, key === 'members' ? 1 : 0));
  }
}

/** Reads the answers from URL parameters, keeping only well-formed answers (and not the step). */
export function readAnswers(params: URLSearchParams, registry: Registry): Answers {
  const out: Answers = {};
  for (const [key, value] of params) {
    if (key !== STEP_PARAM && !(key in out) && validAnswer(key, value, registry)) out[key] = value;
  }
  // Counts cannot exceed the members; a hand-edited URL that says so loses those counts.
  for (const f of countsAboveMembers(collectiveCounts(out))) delete out[f];
  return out;
}

/** Whether a URL fragment carries answers (`#award=…`), unlike a plain anchor (`#tieu-chi`). */
export const isAnswerHash = (hash: string): boolean => hash.includes('=');

/**
 * The parameters holding the answers of a URL (`location.search`, `location.hash`): the
 * fragment; the query string of an older link only when the fragment carries no answers.
 */
export function urlParams(search: string, hash: string): URLSearchParams {
  return new URLSearchParams(isAnswerHash(hash) ? hash.replace(/^#/, '') : search);
}

/**
 * The URL fragment of the answers (`#award=…`, or '' when there is none), keys in the order
 * given, plus the step to show if any.
 */
export function writeFragment(answers: Answers, order: string[], step?: string): string {
  const p = new URLSearchParams();
  const keys = [...order.filter((k) => k in answers), ...Object.keys(answers).filter((k) => !order.includes(k)).sort()];
  for (const k of keys) p.set(k, answers[k]);
  if (step) p.set(STEP_PARAM, step);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `#${s}` : '';
}

// --- Profile --------------------------------------------------------------------------------

const num = (v: string | undefined) => (v === undefined || v === UNKNOWN ? undefined : Number(v));

/** The collective's numbers: its members, then each count of them (the members step asks them in this order). */
export const COUNTED = ['members', ...COLLECTIVE_FIELDS] as const;

/** The collective's counts answered (members and each count), as numbers. */
export function collectiveCounts(answers: Answers): Partial<Record<CollectiveField | 'members', number>> {
  return Object.fromEntries(COUNTED.map((f) => [f, num(answers[f])]));
}

/** Whether the award can be proposed for both an individual and a collective (then the subject is asked). */
export function asksSubject(award: Award): boolean {
  return award.subject.includes('ca-nhan') && award.subject.includes('tap-the');
}

/** The subject of the answers: asked, or the only one the award allows. */
export function subjectFor(award: Award, answers: Answers): Subject | undefined {
  if (asksSubject(award)) return has(SUBJECTS, answers.subject ?? '') ? (answers.subject as Subject) : undefined;
  return award.subject.includes('ca-nhan') || !award.subject.includes('tap-the') ? 'individual' : 'collective';
}

/**
 * The engine profile for the answers. Unanswered and "không rõ" facts are left out (the engine
 * treats a missing fact as unknown). Needs at least `award` and `year`. The pending answer
 * "không rõ" cannot be said in a profile (its flags default to false): see result.ts.
 */
export function toProfile(answers: Answers, registry: Registry): Profile {
  const award = registry.get(answers.award);
  if (!award || !isYear(answers.year ?? '')) throw new Error('toProfile: cần có award và year hợp lệ');
  const year = Number(answers.year);
  const subject = subjectFor(award, answers) ?? 'individual';
  const sector: Sector = has(SECTORS, answers.sector ?? '') ? (answers.sector as Sector) : 'civil-service';

  const years = new Map<number, NonNullable<Profile['history']>[number]>();
  const entry = (y: number) => {
    let h = years.get(y);
    if (!h) years.set(y, (h = { year: y }));
    return h;
  };
  for (const [key, value] of Object.entries(answers)) {
    const m = YEAR_KEY.exec(key);
    if (!m) continue;
    const h = entry(Number(m[2]));
    if (m[1] === 'r') {
      if (has(RATINGS, value)) h.rating = value as Rating;
    } else {
      const titles = parseTitles(value, registry);
      if (titles) h.titles = titles;
    }
  }
  const months = num(answers.months);
  if (months !== undefined) {
    const h = entry(year);
    h.monthsWorked = months;
    const mat = num(answers.maternity);
    if (mat) h.maternityLeaveMonths = Math.min(mat, 12 - months);
  } else if (answers.months === UNKNOWN) entry(year);

  const profile: Profile = {
    award: award.id,
    year,
    subject,
    sector,
    pending: Object.fromEntries(PENDING_FLAGS.map((f) => [f, answers.pending === f])) as Profile['pending'],
  };
  // Only a province whose rules the handbook holds is offered; "khac" leaves the profile without one.
  if (award.ruleSets?.some((r) => r.province === answers.province)) profile.province = answers.province;
  if (years.size) profile.history = [...years.values()].sort((a, b) => a.year - b.year);

  const read = <K extends keyof typeof LISTS>(key: K) => readList(answers, key, registry);
  const initiatives = read('initiatives');
  if (initiatives) {
    // The engine names an initiative by its id in explanations: a label a person can read
    // ("năm 2025, cấp cơ sở"), numbered only when two would read the same.
    const labels = initiatives.map((it) => `năm ${it.year}, ${SCOPE_VI[it.level]}`);
    profile.initiatives = initiatives.map(({ usedFor, ...it }, i) => ({
      id: labels.filter((l) => l === labels[i]).length > 1 ? `${labels[i]} (thứ ${labels.slice(0, i + 1).filter((l) => l === labels[i]).length})` : labels[i],
      ...it,
      // A use not known cannot be said in a profile: result.ts settles it (checkAnswers).
      ...(usedFor && usedFor !== UNKNOWN ? { usedFor: [`${usedFor}:${it.year}`] } : {}),
    }));
  }
  const awards = read('awards');
  if (awards) profile.awards = awards;
  const achievements = read('achievements');
  if (achievements) profile.achievements = achievements.map((a) => ({ ...a, year }));
  const discipline = read('discipline');
  if (discipline) profile.discipline = discipline;

  if (subject === 'collective') {
    const c: NonNullable<Profile['collective']> = {};
    if (has(RATINGS, answers.crating ?? '')) c.rating = answers.crating as Rating;
    const counts = collectiveCounts(answers);
    const over: string[] = countsAboveMembers(counts);
    for (const f of COUNTED) if (counts[f] !== undefined && !over.includes(f)) c[f] = counts[f];
    profile.collective = c;
  }
  return profile;
}
