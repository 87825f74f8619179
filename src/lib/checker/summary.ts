/**
 * The answers given, in words: one line per question, for the result page ("Câu trả lời đã
 * khai") and the printed sheet. Plain TypeScript.
 */
import type { Rating } from '../../schemas/award';
import type { Registry } from '../eligibility/index';
import { NONE, UNKNOWN, parseAchievements, parseAwards, parseDiscipline, parseInitiatives, parseTitles, type Answers, type PendingFlag, type Subject } from './answers';
import {
  ACHIEVEMENT_LABEL, AWARD_TYPE_LABEL, COUNT_LABEL, DISCIPLINE_LABEL, INITIATIVE_LABEL, PENDING_LABEL, SUBJECT_LABEL, RATING_LABEL, SCOPE_LABEL, SECTOR_LABEL, NOT_ANSWERED, OTHER_PROVINCE_LABEL, fill,
} from './script-copy';
import type { Question } from './flow';
// A label inside a sentence (first letter lower case), and dd/mm/yyyy: the engine's helpers.
import { clause, date } from '../eligibility/copy';
import type { Words } from './copy';

/** An answer in words: not answered, "không rõ", or `text` of the value given. */
const given = (v: string | undefined, text: (v: string) => string) => (v === undefined ? NOT_ANSWERED : v === UNKNOWN ? 'không rõ' : text(v));

/** A list answer (read; "không rõ" is taken by `given`): its items, `none` when empty. */
const listOr = <T>(v: T[] | null | undefined, each: (x: T) => string, none: string) => (v ? (v.length ? v.map(each).join('; ') : none) : NOT_ANSWERED);

const rating = (v: string | undefined) => given(v, (r) => clause(RATING_LABEL[r as Rating] ?? r));

const titles = (v: string | undefined, registry: Registry, none: string) => given(v, (t) => listOr(parseTitles(t, registry), (id) => registry.get(id)?.name ?? id, none));

/** The answer to a question, in words; `A` the words of copy.ts ANSWER_WORDS (in the browser, the page's copy of them). */
export function answerText(q: Question, answers: Answers, registry: Registry, A: Words['A']): string {
  const a = answers;
  switch (q.kind) {
    case 'award': return registry.get(a.award)?.name ?? NOT_ANSWERED;
    case 'year': return a.year ?? NOT_ANSWERED;
    case 'subject': return SUBJECT_LABEL[a.subject as Subject] ?? NOT_ANSWERED;
    case 'sector': return SECTOR_LABEL[a.sector as keyof typeof SECTOR_LABEL] ?? NOT_ANSWERED;
    case 'province': return q.provinces?.find(([s]) => s === a.province)?.[1] ?? (a.province ? OTHER_PROVINCE_LABEL : NOT_ANSWERED);
    case 'ratings':
    case 'titles': return q.years!.map((y) => `${y}: ${q.kind === 'ratings' ? rating(a[`r${y}`]) : titles(a[`t${y}`], registry, A.noTitles)}`).join('; ');
    case 'extra-year': {
      const y = q.years![0];
      return [q.askRating ? `xếp loại ${rating(a[`r${y}`])}` : '', q.askTitles ? `danh hiệu: ${titles(a[`t${y}`], registry, A.noTitles)}` : ''].filter(Boolean).join('; ');
    }
    case 'months': return given(a.months, (m) => fill(A.months, { n: m }) + (a.maternity ? fill(A.maternity, { n: a.maternity }) : ''));
    case 'initiatives':
      return given(a.initiatives, (v) => listOr(parseInitiatives(v, registry), (i) => `${INITIATIVE_LABEL[i.kind]}, năm ${i.year}, ${clause(SCOPE_LABEL[i.level])}${i.usedFor === UNKNOWN ? A.usedUnknown : i.usedFor ? fill(A.usedFor, { name: registry.get(i.usedFor)?.name ?? i.usedFor }) : ''}`, 'không có'));
    case 'awards':
      return given(a.awards, (v) => listOr(parseAwards(v, registry), (x) => `${registry.get(x.award)?.name ?? x.award}, năm ${x.year}, ${clause(AWARD_TYPE_LABEL[x.type])}`, A.noAwards));
    case 'achievements':
      return given(a.achievements, (v) => listOr(parseAchievements(v), (x) => `${ACHIEVEMENT_LABEL[x.kind]} (${clause(SCOPE_LABEL[x.scope])})`, 'không có'));
    case 'crating': return rating(a.crating);
    case 'members': return (q.counts ?? []).map((c) => `${COUNT_LABEL[c]}: ${given(a[c], String)}`).join('; ');
    case 'discipline':
      return given(a.discipline, (v) => listOr(parseDiscipline(v), (d) => `${DISCIPLINE_LABEL[d.level]} từ ${date(d.from)}${d.to ? ` đến ${date(d.to)}` : A.running}`, A.noDiscipline));
    case 'pending': return given(a.pending, (p) => (p === NONE ? 'không' : clause(PENDING_LABEL[p as PendingFlag])));
  }
}
