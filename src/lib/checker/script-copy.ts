/**
 * The checker's words that its browser script carries as code: option labels built from the
 * vocabulary (src/lib/vocabulary.ts), the type of the words result.ts needs for answers the profile
 * format cannot say (the words themselves are copy.ts `UNSETTLED`), and the helpers that fill {tokens}. Every other word of the checker is
 * in copy.ts, which the page renders at build time and the script reads from the page (view.ts
 * `W`): the step-by-step checker's script imports no value from copy.ts. Plain TypeScript.
 */
import {
  ACHIEVEMENT_KIND, AWARD_TYPE, COLLECTIVE_COUNT, DISCIPLINE_LEVEL, INITIATIVE_KIND, PENDING_FLAG, RATING, SCOPE, SECTOR, SUBJECT,
  type CollectiveField,
} from '../vocabulary';
import { yearRange } from '../eligibility/copy';
import type { Subject } from './answers';
import type { AskField } from './flow';
import type { Words } from './copy';

/** Who is proposed, as the answers say it (answers.ts SUBJECTS). */
export type Who = Subject;

/** "người được đề nghị" / "tập thể". */
export const who = (w: Who) => (w === 'collective' ? SUBJECT.short['tap-the'] : 'người được đề nghị');

/** The option "Không rõ" of a question. */
export const UNKNOWN_LABEL = 'Không rõ';

/** First letter upper case (the engine's labels are lower case, for use inside sentences). */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Each label of `m` rewritten by `f`. */
const relabel = <K extends string>(m: Record<K, string>, f: (label: string) => string) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, f(v as string)])) as Record<K, string>;
const capAll = <K extends string>(m: Record<K, string>) => relabel(m, cap);

// Option labels: the full labels of the vocabulary (src/lib/vocabulary.ts), capitalised.
export const RATING_LABEL = capAll(RATING.full);
export const SECTOR_LABEL = capAll(SECTOR.full);
export const SCOPE_LABEL = capAll(SCOPE.full);
export const INITIATIVE_LABEL = capAll(INITIATIVE_KIND.full);
export const AWARD_TYPE_LABEL = capAll(AWARD_TYPE.full);
export const ACHIEVEMENT_LABEL = capAll(ACHIEVEMENT_KIND.full);
export const DISCIPLINE_LABEL = capAll(DISCIPLINE_LEVEL.full);
export const PENDING_LABEL = relabel(PENDING_FLAG.full, (v) => `Có: ${v}`);
export const COUNT_LABEL: Record<CollectiveField | 'members', string> = { members: 'Tổng số thành viên', ...relabel(COLLECTIVE_COUNT.full, (v) => `Số thành viên ${v}`) };

/** The subject's answer, in words (the vocabulary's labels under the answer's codes). */
export const SUBJECT_LABEL: Record<Who, string> = { individual: SUBJECT.full['ca-nhan'], collective: SUBJECT.full['tap-the'] };

/** The answer "Tỉnh khác / không rõ" to the province question (its own export: the province step and the answer summary read it in the browser). */
export const OTHER_PROVINCE_LABEL = 'Tỉnh khác / không rõ';

/**
 * What the checker says when an answer is "Không rõ" where the profile cannot say so (result.ts);
 * `useUnknown` has the token {ids}. The words are copy.ts `UNSETTLED`, which the page carries in its
 * JSON block: the browser passes that block's, so the script does not carry them.
 */
export interface UnsettledWords { pendingUnknown: string; pendingUnknownAdvice: string; useUnknown: string; useUnknownAdvice: string }

/** An answer not given (yet), in the summary of answers. */
export const NOT_ANSWERED = 'chưa trả lời';

/** A text with its {tokens} filled. */
export const fill = (text: string, v: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));

/** What the question texts may depend on: the subject, the year proposed, the years asked. */
export interface TextCtx { w: Who; y: number; ys: number[] }

/** A text of TEXTS with its tokens filled for a question. */
export function fillText(text: string, c: TextCtx): string {
  const many = c.ys.length > 1;
  const variants = text.split('¦');
  const span = yearRange(c.ys);
  const t = variants[many ? variants.length - 1 : 0].replace(/\{ys:([^}]*)\}/g, (_, w: string) => (many ? `${w} ${span}` : `năm ${c.ys[0]}`));
  return fill(t, { Ai: cap(who(c.w)), ai: who(c.w), y: c.y, n: c.ys.length, span, y0: c.ys[0] });
}

/** A next step that asks for a field (of a year), on the page: "Trả lời câu hỏi về xếp loại năm 2023" (copy.ts ASK_PAGE, TOPICS). */
export const askText = (w: Pick<Words, 'TOPICS' | 'ASK_PAGE'>, field: AskField, year = 0) => fill(w.ASK_PAGE, { topic: fill(w.TOPICS[field], { y: year }) });
