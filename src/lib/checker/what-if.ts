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
import { NONE, UNKNOWN, type Answers } from './answers';
import type { Words } from './copy';
import { askText, fill, RATING_LABEL } from './script-copy';
import { nextSteps, stepText } from './next-steps';
import { titlesOfYear, type Question } from './flow';
import { checkAnswers } from './result';
import { clause } from '../eligibility/copy';

/** A definite answer to try in place of "không rõ", and how to say it. */
interface Trial { key: string; value: string; phrase: string; otherwise?: string }

/** The words the sentence is made of (copy.ts; in the browser, the page's copy of them). */
type LeadWords = Pick<Words, 'LEAD' | 'TOPICS' | 'ASK_PAGE'>;

function trialsOf(q: Question, answers: Answers, registry: Registry, { LEAD }: LeadWords): Trial[][] {
  const out: Trial[][] = [];
  for (const key of q.keys) {
    if (answers[key] !== UNKNOWN) continue;
    const m = /^([rt])(\d{4})$/.exec(key);
    if (m && m[1] === 'r') {
      const y = Number(m[2]);
      // From the lowest rating up: the first that makes the person eligible is the condition.
      out.push(RATINGS.filter((r) => r !== 'kht').map((r: Rating) => ({ key, value: r, phrase: fill(r === 'htxs' ? LEAD.rating : LEAD.ratingOrBetter, { y, rating: RATING_LABEL[r].toLowerCase() }) })));
    } else if (m && m[1] === 't') {
      const y = Number(m[2]);
      out.push(titlesOfYear(q, y).map((t) => ({ key, value: t, phrase: fill(LEAD.title, { y, name: registry.get(t)?.name ?? t }) })));
    } else if (key === 'months') out.push([{ key, value: '12', phrase: fill(LEAD.months, { y: answers.year }) }]);
    else if (key === 'discipline') out.push([{ key, value: NONE, phrase: LEAD.discipline }]);
    else if (key === 'pending') out.push([{ key, value: NONE, phrase: LEAD.pending }]);
  }
  return out;
}

/** What happens otherwise, in a clause: not eligible, or the first thing still needed. */
function otherwise(r: EligibilityResult, w: LeadWords): string {
  if (r.verdict === 'not-eligible') return w.LEAD.notEligible;
  const first = nextSteps(r.missing)[0];
  if (!first) return w.LEAD.notEligible;
  return clause(stepText(first, (field, year) => askText(w, field, year)));
}


/**
 * The sentence that says what decides a "chưa xác định" result, or null: "Nếu <fact> thì đủ tiêu
 * chuẩn" for the first unknown fact that alone would make the person eligible.
 */
export function decidingSentence(answers: Answers, flow: Question[], registry: Registry, w: LeadWords): string | null {
  for (const q of flow) {
    for (const options of trialsOf(q, answers, registry, w)) {
      const i = options.findIndex((t) => checkAnswers({ ...answers, [t.key]: t.value }, registry).verdict === 'eligible');
      if (i < 0) continue;
      const t = options[i];
      // "Nếu không": the answer just short of it (the rating below; no title; discipline or pending: not said).
      const short = t.key.startsWith('r') ? (i > 0 ? options[i - 1].value : 'kht') : t.key.startsWith('t') ? NONE : undefined;
      if (short === undefined) return fill(w.LEAD.ifThen, { fact: t.phrase });
      return fill(w.LEAD.ifThenOtherwise, { fact: t.phrase, otherwise: otherwise(checkAnswers({ ...answers, [t.key]: short }, registry), w) });
    }
  }
  return null;
}
