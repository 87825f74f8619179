/**
 * Condition `consecutive-years`: * A run of `count` consecutive years ending at the proposal year, each passing `test`. Years
 * overlapping a disciplinary period do not count (ND 152 Điều 4 k4). With `freshAfterGrant`
 * (default true) only years after the last earlier grant of this same award count (one
 * achievement is rewarded once: Law Điều 5 k2). `within` adds requirements over the whole run
 * (e.g. 2 sáng kiến in the period).
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import { withinText, yearTestText } from './phrases';
import { freshCutoff, judgeRun, runBack, runInputs, runTitles } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'consecutive-years'> = {
  evaluate(c, ctx) {
    const { run, stop } = runBack(ctx, c.test, freshCutoff(ctx, c.freshAfterGrant));
    return judgeRun(ctx, { test: c.test, count: c.count, within: c.within, run, stop });
  },
  inputs: (c, ctx) => runInputs(ctx, c.count, c.test, c.within),
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'consecutive-years'> = {
  schema: ({ z, conditionOf, yearTest, within }) =>
    conditionOf('consecutive-years', {
      test: yearTest,
      count: z.int().min(1),
      within: z.array(within).optional(),
      freshAfterGrant: z.boolean().optional(),
    }),
  awards(c) {
    return runTitles(c.test, c.within);
  },
  describe(c, nameOf) {
    return `${String(c.count).padStart(2, '0')} năm liên tục ${yearTestText(c.test, nameOf)}${withinText(c.within, nameOf)}`;
  },
};
