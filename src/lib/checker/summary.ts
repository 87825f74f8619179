/**
 * The answers given, in words: one line per question, for the result page ("Câu trả lời đã
 * khai") and the printed sheet. Plain TypeScript.
 */
import type { Rating } from '../../schemas/award';
import type { Registry } from '../eligibility/index';
import { NONE, UNKNOWN, parseAchievements, parseAwards, parseDiscipline, parseInitiatives, parseTitles, type Answers, type PendingFlag } from './answers';
import {
  ACHIEVEMENT_LABEL, AWARD_TYPE_LABEL, COUNT_LABEL, DISCIPLINE_LABEL, INITIATIVE_LABEL, PENDING_LABEL, SUBJECT_LABEL, RATING_LABEL, SCOPE_LABEL, SECTOR_LABEL, NOT_ANSWERED, OTHER_PROVINCE_LABEL, fill,
} from './script-copy';
import type { Question } from './flow';
import { clause, date } from '../eligibility/copy';
import type { Words } from './copy';

// dd/mm/yyyy, and a label inside a sentence (first letter lower case): the engine's helpers.
const dmy = date;
const lower = clause;

function listOr<T>(v: T[] | null | undefined, each: (x: T) => string, none: string): string {
  if (v === null) return 'không rõ';
  if (!v) return NOT_ANSWERED;
  return v.length ? v.map(each).join('; ') : none;
}

function rating(v: string | undefined): string {
  if (v === undefined) return NOT_ANSWERED;
  return v === UNKNOWN ? 'không rõ' : lower(RATING_LABEL[v as Rating] ?? v);
}

function titles(v: string | undefined, registry: Registry, none: string): string {
  if (v === undefined) return NOT_ANSWERED;
  return listOr(parseTitles(v, registry), (id) => registry.get(id)?.name ?? id, none);
}

/** The answer to a question, in words; `A` the words of copy.ts ANSWER_WORDS (in the browser, the page's copy of them). */
export function answerText(q: Question, answers: Answers, registry: Registry, A: Words['A']): string {
  const a = answers;
  switch (q.kind) {
    case 'award': return registry.get(a.award)?.name ?? NOT_ANSWERED;
    case 'year': return a.year ?? NOT_ANSWERED;
    case 'subject': return a.subject === 'collective' || a.subject === 'individual' ? SUBJECT_LABEL[a.subject] : NOT_ANSWERED;
    case 'sector': return SECTOR_LABEL[a.sector as keyof typeof SECTOR_LABEL] ?? NOT_ANSWERED;
    case 'province': return q.provinces?.find(([s]) => s === a.province)?.[1] ?? (a.province ? OTHER_PROVINCE_LABEL : NOT_ANSWERED);
    case 'ratings': return (q.years ?? []).map((y) => `${y}: ${rating(a[`r${y}`])}`).join('; ');
    case 'titles': return (q.years ?? []).map((y) => `${y}: ${titles(a[`t${y}`], registry, A.noTitles)}`).join('; ');
    case 'extra-year': {
      const y = q.years![0];
      return [q.askRating ? `xếp loại ${rating(a[`r${y}`])}` : '', q.askTitles ? `danh hiệu: ${titles(a[`t${y}`], registry, A.noTitles)}` : ''].filter(Boolean).join('; ');
    }
    case 'months':
      if (a.months === undefined) return NOT_ANSWERED;
      if (a.months === UNKNOWN) return 'không rõ';
      return fill(A.months, { n: a.months }) + (a.maternity ? fill(A.maternity, { n: a.maternity }) : '');
    case 'initiatives':
      return a.initiatives === undefined ? NOT_ANSWERED : listOr(parseInitiatives(a.initiatives, registry), (i) => `${INITIATIVE_LABEL[i.kind]}, năm ${i.year}, ${lower(SCOPE_LABEL[i.level])}${i.usedFor === UNKNOWN ? A.usedUnknown : i.usedFor ? fill(A.usedFor, { name: registry.get(i.usedFor)?.name ?? i.usedFor }) : ''}`, 'không có');
    case 'awards':
      return a.awards === undefined ? NOT_ANSWERED : listOr(parseAwards(a.awards, registry), (x) => `${registry.get(x.award)?.name ?? x.award}, năm ${x.year}, ${lower(AWARD_TYPE_LABEL[x.type])}`, A.noAwards);
    case 'achievements':
      return a.achievements === undefined ? NOT_ANSWERED : listOr(parseAchievements(a.achievements), (x) => `${ACHIEVEMENT_LABEL[x.kind]} (${lower(SCOPE_LABEL[x.scope])})`, 'không có');
    case 'crating': return rating(a.crating);
    case 'members': return (q.counts ?? []).map((c) => `${COUNT_LABEL[c]}: ${a[c] === undefined ? NOT_ANSWERED : a[c] === UNKNOWN ? 'không rõ' : a[c]}`).join('; ');
    case 'discipline':
      return a.discipline === undefined ? NOT_ANSWERED : listOr(parseDiscipline(a.discipline), (d) => `${DISCIPLINE_LABEL[d.level]} từ ${dmy(d.from)}${d.to ? ` đến ${dmy(d.to)}` : A.running}`, A.noDiscipline);
    case 'pending':
      if (a.pending === undefined) return NOT_ANSWERED;
      return a.pending === UNKNOWN ? 'không rõ' : a.pending === NONE ? 'không' : lower(PENDING_LABEL[a.pending as PendingFlag]);
  }
}
