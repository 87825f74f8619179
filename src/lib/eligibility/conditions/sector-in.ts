/**
 * Condition `sector-in`: * The profile's sector is one of `sectors` (used to route alternatives by sector); `hint` is
 * the advice shown when it is not (e.g. which title to check instead).
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import { SECTORS } from '../../vocabulary';
import { sectorLabel } from './phrases';
import { met, notMet, reads } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'sector-in'> = {
  evaluate(c, ctx) {
    const sector = ctx.profile.sector;
    if (c.sectors.includes(sector)) return met(['sectorIs', sector]);
    return { ...notMet(['sectorOther', c.sectors, sector], c.hint ? [['registryText', c.hint]] : []), inapplicable: true };
  },
  inputs: reads('sector'),
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'sector-in'> = {
  schema: ({ z, conditionOf, enumOf }) =>
    conditionOf('sector-in', {
      sectors: z.array(z.enum(SECTORS, enumOf('sectors', SECTORS))).min(1),
      hint: z.string().min(10).optional(),
    }),
  describe(c) {
    return `thuộc ${c.sectors.map(sectorLabel).join(' hoặc ')}`;
  },
};
