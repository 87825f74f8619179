/**
 * The condition language: one handler per condition type, one file each in this folder (its
 * schema, evaluation, inputs, awards named and description). `EVALUATIONS` (here) and
 * `DEFINITIONS` (definitions.ts, server side) are typed by the union of types, so adding a type to
 * `Condition` without its file is a compile error. See
 * docs/eligibility.md, "Thêm một loại điều kiện".
 *
 * General rules applied inside the conditions (see docs/eligibility.md):
 * - a year overlapping a disciplinary period does not count (ND 152/2025 Điều 4 k4, đoạn 2);
 * - maternity leave counts as working time (ND 152/2025 Điều 4 k5);
 * - an award of type chuyên đề or đột xuất cannot ground a higher merit award (Điều 4 k3);
 * - one achievement is rewarded once (Law Điều 5 k2): years already counted for an earlier grant
 *   of the same award, and initiatives already used for another award, do not count again
 *   (BNV Công văn 5007/BNV-TĐKT; whether an initiative used for one emulation title may ground
 *   another title is not settled there, so such an initiative makes the result "unknown").
 *
 * Zod-free: the handlers receive Zod from `src/schemas/award.ts` when it builds the schema.
 */
import type { Condition } from '../../../schemas/award';
import type { ConditionInput } from '../inputs';
import type { Ctx, Finding } from './common';
import type { Evaluation, Evaluations, InputCtx } from './types';
import * as ratingAtLeast from './rating-at-least';
import * as sectorIn from './sector-in';
import * as meetsStandard from './meets-standard';
import * as consecutiveYears from './consecutive-years';
import * as titleTimes from './title-times';
import * as baseAwardChain from './base-award-chain';
import * as initiatives from './initiatives';
import * as achievement from './achievement';
import * as monthsAtUnit from './months-at-unit';
import * as collectiveShare from './collective-share';
import * as collectiveCount from './collective-count';
import * as disciplineClear from './discipline-clear';
import * as notPending from './not-pending';
import * as assumed from './assumed';
import * as unverifiable from './unverifiable';
import * as allOf from './all-of';
import * as anyOf from './any-of';

/** How each condition type is evaluated. */
export const EVALUATIONS: Evaluations = {
  'rating-at-least': ratingAtLeast.evaluation,
  'sector-in': sectorIn.evaluation,
  'meets-standard': meetsStandard.evaluation,
  'consecutive-years': consecutiveYears.evaluation,
  'title-times': titleTimes.evaluation,
  'base-award-chain': baseAwardChain.evaluation,
  'initiatives': initiatives.evaluation,
  'achievement': achievement.evaluation,
  'months-at-unit': monthsAtUnit.evaluation,
  'collective-share': collectiveShare.evaluation,
  'collective-count': collectiveCount.evaluation,
  'discipline-clear': disciplineClear.evaluation,
  'not-pending': notPending.evaluation,
  'assumed': assumed.evaluation,
  'unverifiable': unverifiable.evaluation,
  'all-of': allOf.evaluation,
  'any-of': anyOf.evaluation,
};

const evaluation = <K extends Condition['type']>(c: Condition & { type: K }) => EVALUATIONS[c.type] as unknown as Evaluation<K>;

/** Evaluates a condition against a profile. */
export function evalCondition(c: Condition, ctx: Ctx): Finding {
  return evaluation(c).evaluate(c as never, ctx, evalCondition);
}

/** The inputs a condition reads, for the proposal year `ctx.year`. */
export function conditionInputs(c: Condition, ctx: InputCtx): ConditionInput[] {
  return evaluation(c).inputs(c as never, ctx, conditionInputs);
}

export { applicableCriteria, applies, makeCtx, type Ctx, type Finding, type Status } from './common';
export type { InputCtx } from './types';
