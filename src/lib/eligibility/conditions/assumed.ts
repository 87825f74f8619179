/**
 * Condition `assumed`: * A qualitative standard the profile format cannot express (solidarity, conduct). Taken as
 * met, and the explanation says it is an assumption the unit must confirm at its review (see
 * docs/eligibility.md, "Tiêu chí định tính").
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { met, reads } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'assumed'> = {
  evaluate(c) {
    return { ...met(['assumed', c.what]), brief: vi.say(['assumedBrief', c.what]) };
  },
  inputs: reads(),
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'assumed'> = {
  schema: ({ conditionOf, text }) =>
    conditionOf('assumed', { what: text(10, 'what: nội dung tiêu chí định tính') }),
  describe: (c) => vi.clause(c.what),
};
