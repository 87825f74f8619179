/**
 * Condition `collective-share`: At least `atLeastPercent` % of the collective's members are counted in `field`.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import { formatNumber } from '../../vi-format';
import { COLLECTIVE_FIELDS } from '../../vocabulary';
import { collectiveLabel } from './phrases';
import { met, notMet, unknown } from './common';
import type { Reason } from '../copy';
import type { Definition, Evaluation } from './types';
import type { InputField } from '../inputs';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'collective-share'> = {
  evaluate(c, ctx) {
    const col = ctx.profile.collective;
    const count = col?.[c.field];
    if (count === undefined || col?.members === undefined) {
      return unknown(['shareUnknown', c.field, c.atLeastPercent], [['askCollective', col?.members === undefined ? 'members' : c.field]]);
    }
    const reason: Reason = ['shareIs', c.field, count, col.members, c.atLeastPercent];
    if (count * 100 >= c.atLeastPercent * col.members) return met(reason);
    const needed = Math.ceil((c.atLeastPercent * col.members) / 100);
    return notMet(reason, [['shareNeed', c.field, needed, col.members, count]]);
  },
  inputs(c) {
    return [{ field: 'collective.members' }, { field: `collective.${c.field}` as InputField }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'collective-share'> = {
  schema: ({ z, conditionOf, enumOf }) =>
    conditionOf('collective-share', {
      field: z.enum(COLLECTIVE_FIELDS, enumOf('field', COLLECTIVE_FIELDS)),
      atLeastPercent: z.number().min(0).max(100),
    }),
  describe(c) {
    return `từ ${formatNumber(c.atLeastPercent)}% ${collectiveLabel(c.field)}`;
  },
};
