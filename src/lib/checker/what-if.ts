/**
 * What decides a "chưa xác định" result: for each fact answered "Không rõ", whether a definite
 * answer would make the person eligible on its own, tried on the same engine. The result page
 * leads with that sentence ("Nếu năm 2025 được xếp loại hoàn thành xuất sắc nhiệm vụ thì đủ tiêu
 * chuẩn; nếu không, …"). Only facts with a clear favourable answer are tried (a rating, the
 * titles offered for a year, a full year's work, no discipline, nothing pending); lists such as
 * initiatives are left to the next steps. Plain TypeScript.
 */
import { RATINGS, type Rating } from '../vocabulary';
import type { EligibilityResult, Registry } from '../eligibility/index';
import { NONE, UNKNOWN, YEAR_KEY, type Answers } from './answers';
import type { Words } from './copy';
import { askText, fill, RATING_LABEL } from './script-copy';
import { nextSteps, stepText } from './next-steps';
import { titlesOfYear, type Question } from './flow';
import { checkAnswersWith } from './result';
import { clause } from '../eligibility/copy';

/** A definite answer to try in place of "không rõ", and how to say it. */
interface Trial { value: string; phrase: string; short?: string }

/** The words the sentence is made of (copy.ts; in the browser, the page's copy of them). */
type LeadWords = Pick<Words, 'LEAD' | 'TOPICS' | 'ASK_PAGE' | 'UNSETTLED'>;

/** The definite answers to try for an unknown key, lowest first (none for a key without a clear favourable answer). */
function trialsOf(key: string, q: Question, answers: Answers, registry: Registry, { LEAD }: LeadWords): Trial[] {
  const m = YEAR_KEY.exec(key);
  const y = Number(m?.[2]);
  // A rating from the lowest that can help up (the first that makes the person eligible is the
  // condition), each with the rating just below it.
  if (m?.[1] === 'r') return RATINGS.slice(1).map((r: Rating, i) => ({ value: r, short: RATINGS[i], phrase: fill(r === 'htxs' ? LEAD.rating : LEAD.ratingOrBetter, { y, rating: RATING_LABEL[r].toLowerCase() }) }));
  if (m) return titlesOfYear(q, y).map((t) => ({ value: t, short: NONE, phrase: fill(LEAD.title, { y, name: registry.get(t)?.name ?? t }) }));
  if (key === 'months') return [{ value: '12', phrase: fill(LEAD.months, { y: answers.year }) }];
  return key === 'discipline' || key === 'pending' ? [{ value: NONE, phrase: LEAD[key] }] : [];
}

/** What happens otherwise, in a clause: not eligible, or the first thing still needed. */
function otherwise(r: EligibilityResult, w: LeadWords): string {
  const first = r.verdict !== 'not-eligible' && nextSteps(r.missing)[0];
  return first ? clause(stepText(first, (field, year) => askText(w, field, year))) : w.LEAD.notEligible;
}

/**
 * The sentence that says what decides a "chưa xác định" result, or null: "Nếu <fact> thì đủ tiêu
 * chuẩn" for the first unknown fact that alone would make the person eligible.
 */
export function decidingSentence(answers: Answers, flow: Question[], registry: Registry, w: LeadWords): string | null {
  for (const q of flow) {
    for (const key of q.keys) {
      const t = answers[key] === UNKNOWN && trialsOf(key, q, answers, registry, w).find((x) => checkAnswersWith({ ...answers, [key]: x.value }, registry, w.UNSETTLED).verdict === 'eligible');
      if (!t) continue;
      // "Nếu không": the answer just short of it (the rating below; no title; discipline or pending: not said).
      if (t.short === undefined) return fill(w.LEAD.ifThen, { fact: t.phrase });
      return fill(w.LEAD.ifThenOtherwise, { fact: t.phrase, otherwise: otherwise(checkAnswersWith({ ...answers, [key]: t.short }, registry, w.UNSETTLED), w) });
    }
  }
  return null;
}
