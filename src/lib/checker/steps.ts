/**
 * Reading one step's form: the values the user gave for a question become canonical answers
 * (answers.ts), or errors that name the field to fix (for the error summary, whose links point
 * at the field ids this module also defines). Plain TypeScript, no DOM imports: the form is read
 * through `getAll`, which FormData and URLSearchParams both have.
 */
import { AWARD_TYPES, INITIATIVE_KINDS, SCOPES, SECTORS, countsAboveMembers } from '../vocabulary';
import { MAX_YEAR, MIN_YEAR, type Registry } from '../eligibility/index';
import {
  DISCIPLINE_LEVELS, NONE, OTHER_PROVINCE, collectiveCounts, PENDING_VALUES, RATING_VALUES, SUBJECTS, UNKNOWN, has, intIn, formatList, isDate, isYear, type Answers,
} from './answers';
import type { ErrKey } from './copy';
import { COUNT_LABEL } from './script-copy';
import { parseDayMonthYear } from '../vi-format';
import { titlesOfYear, type Question, type QuestionKind } from './flow';

/** What a form gives: every value of a field name. */
export interface FormValues { getAll(name: string): unknown[] }

/** A field error: the field to fix, and the message's key and values (copy.ts, ERR). */
export interface FieldError { id: string; key: ErrKey; args?: Record<string, string | number> }

export interface StepResult { answers: Answers; errors: FieldError[] }


/** How a discipline's period ends: on a date, not yet (still running), or not known. */
export const DISCIPLINE_ENDS = ['het', 'chua', UNKNOWN] as const;

/** How many initiative rows the form offers. */
export const INITIATIVE_ROWS = 4;

/** The id of a field, or of one option of a radio/checkbox group. */
export const fieldId = (name: string, value?: string) => (value === undefined ? `f-${name}` : `f-${name}-${value}`);

const one = (f: FormValues, name: string) => String(f.getAll(name)[0] ?? '').trim();
const all = (f: FormValues, name: string) => f.getAll(name).map(String);

/** Records an error on the field `id`. */
const fail = (out: StepResult, id: string, key: ErrKey, args?: FieldError['args']) => void out.errors.push(args ? { id, key, args } : { id, key });

/** The value chosen in a select when it is one of `list`, else the list's first (a select always holds one of its options). */
const choice = <T extends string>(list: readonly T[], v: string): T => (has(list, v) ? v : list[0]);

/** A radio answer among `values`; an error pointing at the first option otherwise. */
function radio(f: FormValues, name: string, values: readonly string[], out: StepResult, key: ErrKey = 'choose', args?: Record<string, number>): string | undefined {
  const v = one(f, name);
  if (has(values, v)) return v;
  fail(out, fieldId(name, values[0]), key, args);
  return undefined;
}


/** An item of a list answer: its parts, as the URL writes them (answers.ts `formatList`). */
type Parts = (string | number)[];

/**
 * A list question: "Không có" (none), "Không rõ", or "Có" and then its rows, read by `read`
 * (which records its own errors); "Có" with no row is the error `empty`.
 */
function listAnswer(f: FormValues, name: string, out: StepResult, empty: FieldError, read: () => Parts[], format = formatList): void {
  const v = radio(f, name, [NONE, 'co', UNKNOWN], out);
  if (v !== 'co') {
    if (v) out.answers[name] = v;
    return;
  }
  const items = read();
  if (!items.length && !out.errors.length) out.errors.push(empty);
  if (!out.errors.length) out.answers[name] = format(items);
}

/** The questions answered by one radio choice (the answer's key is the question's kind), and the values each accepts. */
const CHOICES: Partial<Record<QuestionKind, (q: Question, registry: Registry) => readonly string[]>> = {
  award: (_, registry) => registry.ids(),
  subject: () => SUBJECTS,
  sector: () => SECTORS,
  province: (q) => [...q.provinces!.map(([slug]) => slug), OTHER_PROVINCE],
  crating: () => RATING_VALUES,
  pending: () => PENDING_VALUES,
};

/** Reads the form of question `q` (the year proposed is `year`, when known). */
export function readStep(q: Question, f: FormValues, registry: Registry, year?: number): StepResult {
  const out: StepResult = { answers: {}, errors: [] };
  const a = out.answers;
  const choices = CHOICES[q.kind]?.(q, registry);
  if (choices) {
    const v = radio(f, q.kind, choices, out, q.kind === 'award' ? 'chooseAward' : 'choose');
    if (v) a[q.kind] = v;
    return out;
  }
  switch (q.kind) {
    case 'year': {
      const v = one(f, 'year');
      if (isYear(v)) a.year = v;
      else fail(out, fieldId('year'), 'year', { min: MIN_YEAR, max: MAX_YEAR });
      break;
    }
    case 'ratings':
    case 'titles':
    case 'extra-year':
      for (const y of q.years ?? []) {
        if (q.askRating) {
          const v = radio(f, `r${y}`, RATING_VALUES, out, 'chooseYearRating', { y });
          if (v) a[`r${y}`] = v;
        }
        if (q.askTitles) {
          const offered = titlesOfYear(q, y);
          const ticked = all(f, `t${y}`);
          const titles = offered.filter((t) => ticked.includes(t));
          if (ticked.includes(UNKNOWN)) {
            if (titles.length) fail(out, fieldId(`t${y}`, UNKNOWN), 'titlesUnknown', { y });
            else a[`t${y}`] = UNKNOWN;
          } else a[`t${y}`] = titles.length ? titles.join(',') : NONE;
        }
      }
      break;
    case 'months': {
      const v = radio(f, 'months', ['12', 'it-hon', UNKNOWN], out);
      if (v === 'it-hon') {
        // No maternity leave when the box is blank. (On any error the answers are dropped below.)
        const worked = intIn(one(f, 'months_n'), 0, 11);
        const mat = intIn(one(f, 'maternity') || '0', 0, 12);
        if (worked === undefined) fail(out, fieldId('months_n'), 'months');
        if (mat === undefined) fail(out, fieldId('maternity'), 'maternity');
        else if (worked !== undefined && worked + mat > 12) fail(out, fieldId('maternity'), 'monthsTotal');
        a.months = String(worked);
        if (mat) a.maternity = String(mat);
      } else if (v) a.months = v;
      break;
    }
    case 'initiatives':
      listAnswer(f, q.kind, out, { id: fieldId('sk1_year'), key: 'noRows' }, () => {
        const items: Parts[] = [];
        for (let i = 1; i <= INITIATIVE_ROWS; i++) {
          const y = one(f, `sk${i}_year`);
          if (!y) continue;
          if (!isYear(y) || (year && Number(y) > year)) {
            fail(out, fieldId(`sk${i}_year`), 'rowYear', { i, min: MIN_YEAR, max: year ?? MAX_YEAR });
            continue;
          }
          // Whether it was used before is chosen, never assumed: "chưa dùng", an award, or "không rõ".
          const used = one(f, `sk${i}_used`);
          if (used !== NONE && used !== UNKNOWN && !registry.get(used)) {
            fail(out, fieldId(`sk${i}_used`), 'rowUsed', { i });
            continue;
          }
          items.push([choice(INITIATIVE_KINDS, one(f, `sk${i}_kind`)), y, choice(SCOPES, one(f, `sk${i}_level`)), ...(used !== NONE ? [used] : [])]);
        }
        return items;
      });
      break;
    case 'awards':
      listAnswer(f, q.kind, out, { id: fieldId(`kt_${q.awards?.[0]}_year`), key: 'noAwards' }, () =>
        (q.awards ?? []).flatMap((id): Parts[] => {
          const y = one(f, `kt_${id}_year`);
          if (!y) return [];
          if (!isYear(y) || (year && Number(y) >= year)) {
            fail(out, fieldId(`kt_${id}_year`), 'awardYear', { name: registry.get(id)?.name ?? id, y: year ?? MAX_YEAR });
            return [];
          }
          return [[id, y, choice(AWARD_TYPES, one(f, `kt_${id}_type`))]];
        }),
      );
      break;
    case 'achievements':
      listAnswer(f, q.kind, out, { id: fieldId('tt', q.achievements?.[0]), key: 'noAchievements' }, () =>
        (q.achievements ?? []).filter((kind) => all(f, 'tt').includes(kind)).map((kind) => [kind, choice(SCOPES, one(f, `tt_${kind}_scope`))]),
      );
      break;
    case 'members': {
      // A blank box is never read as "không rõ": each count is a number (0 when nobody) or an explicit "Không rõ".
      for (const c of q.counts ?? []) {
        const s = one(f, c);
        const unknown = all(f, `${c}_unknown`).includes(UNKNOWN);
        if (unknown && s === '') {
          a[c] = UNKNOWN;
          continue;
        }
        const n = intIn(s, c === 'members' ? 1 : 0);
        const wrong = unknown ? 'countAndUnknown' : s === '' ? (c === 'members' ? 'membersBlank' : 'countBlank') : n === undefined ? (c === 'members' ? 'members' : 'count') : undefined;
        if (wrong) fail(out, fieldId(c), wrong, { label: COUNT_LABEL[c] });
        else a[c] = String(n);
      }
      for (const c of countsAboveMembers(collectiveCounts(a))) fail(out, fieldId(c), 'countOverMembers', { label: COUNT_LABEL[c] });
      break;
    }
    case 'discipline': {
      // An end date not known: the period cannot be placed, so the discipline answer is "không rõ"
      // (the criteria that read it come out "chưa xác định"), never "still running".
      const end = one(f, 'kl_end');
      listAnswer(f, q.kind, out, { id: fieldId('kl_level'), key: 'disciplineLevel' }, () => {
        const level = one(f, 'kl_level');
        const from = parseDayMonthYear(one(f, 'kl_from'));
        const to = parseDayMonthYear(one(f, 'kl_to'));
        if (!has(DISCIPLINE_LEVELS, level)) fail(out, fieldId('kl_level'), 'disciplineLevel');
        if (!isDate(from)) fail(out, fieldId('kl_from'), 'disciplineFrom');
        if (!has(DISCIPLINE_ENDS, end)) fail(out, fieldId('kl_end', DISCIPLINE_ENDS[0]), 'disciplineEnd');
        else if (end === 'het' && (!isDate(to) || (from && to! < from))) fail(out, fieldId('kl_to'), 'disciplineTo');
        return [[level, from!, ...(end === 'het' ? [to!] : [])]];
      }, (xs) => (end === UNKNOWN ? UNKNOWN : formatList(xs)));
      break;
    }
  }
  if (out.errors.length) out.answers = {};
  return out;
}
