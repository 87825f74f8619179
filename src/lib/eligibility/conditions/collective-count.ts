/**
 * Condition `collective-count`: The count `field` of the collective is at least `atLeast` and/or at most `atMost`.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import { COLLECTIVE_FIELDS } from '../../vocabulary';
import { collectiveLabel } from './phrases';
import { met, notMet, unknown } from './common';
import type { Reason } from '../copy';
import type { Definition, Evaluation } from './types';
import type { InputField } from '../inputs';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'collective-count'> = {
  evaluate(c, ctx) {
    const count = ctx.profile.collective?.[c.field];
    if (count === undefined) return unknown(['countUnknown', c.field], [['askCollective', c.field]]);
    const okMin = c.atLeast === undefined || count >= c.atLeast;
    const okMax = c.atMost === undefined || count <= c.atMost;
    const reason: Reason = ['countIs', c.field, ctx.year, count, c.atLeast, c.atMost];
    if (okMin && okMax) return met(reason);
    return notMet(reason, [['countNeed', c.field, c.atLeast, c.atMost]]);
  },
  inputs(c) {
    return [{ field: `collective.${c.field}` as InputField }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'collective-count'> = {
  schema: ({ z, conditionOf, enumOf }) =>
    conditionOf('collective-count', {
      field: z.enum(COLLECTIVE_FIELDS, enumOf('field', COLLECTIVE_FIELDS)),
      atLeast: z.int().min(0).optional(),
      atMost: z.int().min(0).optional(),
    }).refine((c) => c.atLeast !== undefined || c.atMost !== undefined, { error: 'collective-count cần atLeast hoặc atMost' }),
  describe(c) {
    if (c.atMost === 0) return `không có ${collectiveLabel(c.field)}`;
    return [c.atLeast !== undefined ? `ít nhất ${c.atLeast}` : '', c.atMost !== undefined ? `nhiều nhất ${c.atMost}` : '']
      .filter(Boolean)
      .join(', ') + ` ${collectiveLabel(c.field)}`;
  },
};
