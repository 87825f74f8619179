/**
 * Condition `initiatives`: * At least `atLeast` initiatives passing `filter`, recognised in the proposal year (`window:
 * proposal-year`) or at any time after the last earlier grant of this award up to the proposal
 * year (`since-last-grant`), and not already used for another award.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import { initiativeLabel, scopeLabel } from './phrases';
import { judgeInitiatives, lastGrant, reads, unsettledGrant } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'initiatives'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    if (c.window === 'proposal-year') return judgeInitiatives(ctx, c.atLeast, c.filter, (y) => y === Y, { year: Y });
    const g = lastGrant(ctx, ctx.target.id);
    // An initiative of year y counts only if no grant of this award came at or after y (one
    // achievement is rewarded once, khoản 2 Điều 5 Luật): a year the profile does not settle
    // leaves it doubtful, never "never granted".
    const unsettled = (y: number) => {
      for (let z = Y - 1; z >= y; z--) {
        const open = unsettledGrant(ctx, z);
        if (open) return open;
      }
      return null;
    };
    return judgeInitiatives(ctx, c.atLeast, c.filter, (y) => y <= Y && (g === null || y > g), { upTo: Y, since: g }, unsettled);
  },
  inputs: reads('initiatives'),
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'initiatives'> = {
  schema: ({ z, conditionOf, initiativeFilter, enumOf }) =>
    conditionOf('initiatives', {
      atLeast: z.int().min(1),
      filter: initiativeFilter,
      window: z.enum(['proposal-year', 'since-last-grant'], enumOf('window', ['proposal-year', 'since-last-grant'])),
    }),
  describe(c) {
    return `có ít nhất ${String(c.atLeast).padStart(2, '0')} ${c.filter.kinds.map(initiativeLabel).join(' hoặc ')} được công nhận ở phạm vi ${scopeLabel(c.filter.minLevel)} trở lên`;
  },
};
