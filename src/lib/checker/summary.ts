/**
 * The answers given, in words: one line per question, for the result page ("Câu trả lời đã
 * khai") and the printed sheet. Plain TypeScript.
 */
import type { Rating } from '../../schemas/award';
import type { Registry } from '../eligibility/index';
import { NONE, UNKNOWN, parseAchievements, parseAwards, parseDiscipline, parseInitiatives, parseTitles, type Answers, type PendingFlag, type Subject } from './answers';
import {
  ACHIEVEMENT_LABEL, AWARD_TYPE_LABEL, COUNT_LABEL, DISCIPLINE_LABEL, INITIATIVE_LABEL, PENDING_LABEL, SUBJECT_LABEL, RATING_LABEL, SCOPE_LABEL, SECTOR_LABEL, UI, OTHER_PROVINCE_LABEL,
} from './copy';
import type { Question } from './flow';
// A label inside a sentence (first letter lower case), and dd/mm/yyyy: the engine's helpers.
import { clause, date } from '../eligibility/copy';


/** An answer in words: not answered, "không rõ", or `text` of the value given. */
const given = (v: string | undefined, text: (v: string) => string) => (v === undefined ? UI.notAnswered : v === UNKNOWN ? 'không rõ' : text(v));

/** A list answer (read; "không rõ" is taken by `given`): its items, `none` when empty. */
const listOr = <T>(v: T[] | null | undefined, each: (x: T) => string, none: string) => (v ? (v.length ? v.map(each).join('; ') : none) : UI.notAnswered);

const rating = (v: string | undefined) => given(v, (r) => clause(RATING_LABEL[r as Rating] ?? r));

const titles = (v: string | undefined, registry: Registry) => given(v, (t) => listOr(parseTitles(t, registry), (id) => registry.get(id)?.name ?? id, 'không có danh hiệu nào'));

/** The answer to a question, in words. */
export function answerText(q: Question, answers: Answers, registry: Registry): string {
  const a = answers;
  switch (q.kind) {
    case 'award': return registry.get(a.award)?.name ?? UI.notAnswered;
    case 'year': return a.year ?? UI.notAnswered;
    case 'subject': return SUBJECT_LABEL[a.subject as Subject] ?? UI.notAnswered;
    case 'sector': return SECTOR_LABEL[a.sector as keyof typeof SECTOR_LABEL] ?? UI.notAnswered;
    case 'province': return q.provinces?.find(([s]) => s === a.province)?.[1] ?? (a.province ? OTHER_PROVINCE_LABEL : UI.notAnswered);
    case 'ratings':
    case 'titles': return q.years!.map((y) => `${y}: ${q.kind === 'ratings' ? rating(a[`r${y}`]) : titles(a[`t${y}`], registry)}`).join('; ');
    case 'extra-year': {
      const y = q.years![0];
      return [q.askRating ? `xếp loại ${rating(a[`r${y}`])}` : '', q.askTitles ? `danh hiệu: ${titles(a[`t${y}`], registry)}` : ''].filter(Boolean).join('; ');
    }
    case 'months': return given(a.months, (m) => `${m} tháng làm việc${a.maternity ? `, ${a.maternity} tháng nghỉ thai sản` : ''}`);
    case 'initiatives':
      return given(a.initiatives, (v) => listOr(parseInitiatives(v, registry), (i) => `${INITIATIVE_LABEL[i.kind]}, năm ${i.year}, ${clause(SCOPE_LABEL[i.level])}${i.usedFor === UNKNOWN ? ', không rõ đã dùng để xét khen thưởng chưa' : i.usedFor ? `, đã dùng để xét ${registry.get(i.usedFor)?.name ?? i.usedFor}` : ''}`, 'không có'));
    case 'awards':
      return given(a.awards, (v) => listOr(parseAwards(v, registry), (x) => `${registry.get(x.award)?.name ?? x.award}, năm ${x.year}, ${clause(AWARD_TYPE_LABEL[x.type])}`, 'chưa được tặng hình thức nào trong số được hỏi'));
    case 'achievements':
      return given(a.achievements, (v) => listOr(parseAchievements(v), (x) => `${ACHIEVEMENT_LABEL[x.kind]} (${clause(SCOPE_LABEL[x.scope])})`, 'không có'));
    case 'crating': return rating(a.crating);
    case 'members': return (q.counts ?? []).map((c) => `${COUNT_LABEL[c]}: ${given(a[c], String)}`).join('; ');
    case 'discipline':
      return given(a.discipline, (v) => listOr(parseDiscipline(v), (d) => `${DISCIPLINE_LABEL[d.level]} từ ${date(d.from)}${d.to ? ` đến ${date(d.to)}` : ', chưa hết thời hạn'}`, 'không bị kỷ luật'));
    case 'pending': return given(a.pending, (p) => (p === NONE ? 'không' : clause(PENDING_LABEL[p as PendingFlag])));
  }
}
