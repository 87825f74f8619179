/**
 * The answers given, in words: one line per question, for the result page ("Câu trả lời đã
 * khai") and the printed sheet. Plain TypeScript.
 */
import type { Rating } from '../../schemas/award';
import type { Registry } from '../eligibility/index';
import { NONE, UNKNOWN, parseAchievements, parseAwards, parseDiscipline, parseInitiatives, parseTitles, type Answers, type PendingFlag } from './answers';
import {
  ACHIEVEMENT_LABEL, AWARD_TYPE_LABEL, COUNT_LABEL, DISCIPLINE_LABEL, INITIATIVE_LABEL, PENDING_LABEL, SUBJECT_LABEL, RATING_LABEL, SCOPE_LABEL, SECTOR_LABEL, UI, OTHER_PROVINCE_LABEL,
} from './copy';
import type { Question } from './flow';
import { clause, date } from '../eligibility/copy';

// dd/mm/yyyy, and a label inside a sentence (first letter lower case): the engine's helpers.
const dmy = date;
const lower = clause;

function listOr<T>(v: T[] | null | undefined, each: (x: T) => string, none: string): string {
  if (v === null) return 'không rõ';
  if (!v) return UI.notAnswered;
  return v.length ? v.map(each).join('; ') : none;
}

function rating(v: string | undefined): string {
  if (v === undefined) return UI.notAnswered;
  return v === UNKNOWN ? 'không rõ' : lower(RATING_LABEL[v as Rating] ?? v);
}

function titles(v: string | undefined, registry: Registry): string {
  if (v === undefined) return UI.notAnswered;
  return listOr(parseTitles(v, registry), (id) => registry.get(id)?.name ?? id, 'không có danh hiệu nào');
}

/** The answer to a question, in words. */
export function answerText(q: Question, answers: Answers, registry: Registry): string {
  const a = answers;
  switch (q.kind) {
    case 'award': return registry.get(a.award)?.name ?? UI.notAnswered;
    case 'year': return a.year ?? UI.notAnswered;
    case 'subject': return a.subject === 'collective' || a.subject === 'individual' ? SUBJECT_LABEL[a.subject] : UI.notAnswered;
    case 'sector': return SECTOR_LABEL[a.sector as keyof typeof SECTOR_LABEL] ?? UI.notAnswered;
    case 'province': return q.provinces?.find(([s]) => s === a.province)?.[1] ?? (a.province ? OTHER_PROVINCE_LABEL : UI.notAnswered);
    case 'ratings': return (q.years ?? []).map((y) => `${y}: ${rating(a[`r${y}`])}`).join('; ');
    case 'titles': return (q.years ?? []).map((y) => `${y}: ${titles(a[`t${y}`], registry)}`).join('; ');
    case 'extra-year': {
      const y = q.years![0];
      return [q.askRating ? `xếp loại ${rating(a[`r${y}`])}` : '', q.askTitles ? `danh hiệu: ${titles(a[`t${y}`], registry)}` : ''].filter(Boolean).join('; ');
    }
    case 'months':
      if (a.months === undefined) return UI.notAnswered;
      if (a.months === UNKNOWN) return 'không rõ';
      return `${a.months} tháng làm việc${a.maternity ? `, ${a.maternity} tháng nghỉ thai sản` : ''}`;
    case 'initiatives':
      return a.initiatives === undefined ? UI.notAnswered : listOr(parseInitiatives(a.initiatives, registry), (i) => `${INITIATIVE_LABEL[i.kind]}, năm ${i.year}, ${lower(SCOPE_LABEL[i.level])}${i.usedFor ? `, đã dùng để xét ${registry.get(i.usedFor)?.name ?? i.usedFor}` : ''}`, 'không có');
    case 'awards':
      return a.awards === undefined ? UI.notAnswered : listOr(parseAwards(a.awards, registry), (x) => `${registry.get(x.award)?.name ?? x.award}, năm ${x.year}, ${lower(AWARD_TYPE_LABEL[x.type])}`, 'chưa được tặng hình thức nào trong số được hỏi');
    case 'achievements':
      return a.achievements === undefined ? UI.notAnswered : listOr(parseAchievements(a.achievements), (x) => `${ACHIEVEMENT_LABEL[x.kind]} (${lower(SCOPE_LABEL[x.scope])})`, 'không có');
    case 'crating': return rating(a.crating);
    case 'members': return (q.counts ?? []).map((c) => `${COUNT_LABEL[c]}: ${a[c] === undefined ? UI.notAnswered : a[c] === UNKNOWN ? 'không rõ' : a[c]}`).join('; ');
    case 'discipline':
      return a.discipline === undefined ? UI.notAnswered : listOr(parseDiscipline(a.discipline), (d) => `${DISCIPLINE_LABEL[d.level]} từ ${dmy(d.from)}${d.to ? ` đến ${dmy(d.to)}` : ', chưa hết thời hạn'}`, 'không bị kỷ luật');
    case 'pending':
      if (a.pending === undefined) return UI.notAnswered;
      return a.pending === UNKNOWN ? 'không rõ' : a.pending === NONE ? 'không' : lower(PENDING_LABEL[a.pending as PendingFlag]);
  }
}
