/**
 * Condition `rating-at-least`: Rated at least `min` for the proposal year (a collective: its own rating,
 * `collective.rating`).
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { RATINGS } from '../../vocabulary';
import { ratingLabel } from './phrases';
import { met, notMet, rank, ratingOf, unknown } from './common';
import type { Reason } from '../copy';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'rating-at-least'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    const r = ratingOf(ctx, Y);
    if (!r) return unknown(['ratingUnknown', Y, c.min], [(ctx.subject === 'tap-the' ? ['askCollRating', Y] : ['askRating', Y])]);
    const reason: Reason = ['ratingIs', Y, r, c.min, ctx.subject === 'tap-the'];
    return rank(r) >= rank(c.min) ? { ...met(reason), brief: vi.say(['ratingBrief', r]) } : notMet(reason, [['ratingNeed', Y, c.min]]);
  },
  inputs(_c, ctx) {
    const one = { from: ctx.year, to: ctx.year };
    return [ctx.subject === 'tap-the' ? { field: 'collective.rating' } : { field: 'history.rating', years: one }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'rating-at-least'> = {
  schema: ({ z, conditionOf, enumOf }) =>
    conditionOf('rating-at-least', { min: z.enum(RATINGS, enumOf('min', RATINGS)) }),
  describe(c) {
    return `được xếp loại ${ratingLabel(c.min)}${c.min === 'htxs' ? '' : ' trở lên'}`;
  },
};
