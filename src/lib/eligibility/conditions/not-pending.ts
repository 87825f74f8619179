/**
 * Condition `not-pending`: No discipline review, investigation or complaint is pending (ND 152 Điều 4 k4).
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import { PENDING_FLAG } from '../../vocabulary';
import { met, reads, unknown } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'not-pending'> = {
  evaluate(_c, ctx) {
    const flags = PENDING_FLAG.ids.filter((k) => ctx.profile.pending[k]);
    if (!flags.length) return met(['pendingNone']);
    return unknown(['pending', flags, ctx.date], [['pendingAdvice', ctx.date]]);
  },
  inputs: reads('pending'),
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'not-pending'> = {
  schema: ({ conditionOf }) => conditionOf('not-pending', {}),
  describe: () => 'không đang bị xem xét kỷ luật, điều tra, thanh tra hay giải quyết khiếu nại, tố cáo',
};
