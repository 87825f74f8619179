/**
 * Condition `collective-count`: The count `field` of the collective is at least `atLeast` and/or at most `atMost`.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { COLLECTIVE_FIELDS } from '../../vocabulary';
import { COLLECTIVE_LABEL } from './phrases';
import { met, notMet, unknown } from './shared';
import type { Definition, Evaluation } from './types';
import type { InputField } from '../inputs';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'collective-count'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    const v = ctx.profile.collective?.[c.field];
    const label = vi.COLLECTIVE_FIELD_VI[c.field];
    if (v === undefined) return unknown(`Chưa biết số thành viên ${label}.`, [vi.ask.collective(c.field)]);
    const okMin = c.atLeast === undefined || v >= c.atLeast;
    const okMax = c.atMost === undefined || v <= c.atMost;
    const need = c.atMost === 0 ? 'yêu cầu: không có thành viên nào' : [c.atLeast !== undefined ? `ít nhất ${c.atLeast}` : '', c.atMost !== undefined ? `nhiều nhất ${c.atMost}` : ''].filter(Boolean).join(', ');
    const text = v === 0 ? `Năm ${Y} không có thành viên nào ${label} (${need}).` : `Năm ${Y} có ${v} thành viên ${label} (${need}).`;
    if (okMin && okMax) return met(text);
    return notMet(text, [c.atMost === 0 ? `Tập thể không được có thành viên ${label} trong năm xét.` : `Cần ${need} thành viên ${label}.`]);
  },
  inputs(c) {
    return [{ field: `collective.${c.field}` as InputField }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'collective-count'> = {
  schema: ({ z, enumOf }) =>
    z
      .strictObject({
        type: z.literal('collective-count'),
        field: z.enum(COLLECTIVE_FIELDS, enumOf('field', COLLECTIVE_FIELDS)),
        atLeast: z.int().min(0).optional(),
        atMost: z.int().min(0).optional(),
      })
      .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, { error: 'collective-count cần atLeast hoặc atMost' }),
  awards() {
    return [];
  },
  describe(c) {
    if (c.atMost === 0) return `không có ${COLLECTIVE_LABEL[c.field]}`;
    return [c.atLeast !== undefined ? `ít nhất ${c.atLeast}` : '', c.atMost !== undefined ? `nhiều nhất ${c.atMost}` : '']
      .filter(Boolean)
      .join(', ') + ` ${COLLECTIVE_LABEL[c.field]}`;
  },
};
