/**
 * Condition `discipline-clear`: The proposal year does not overlap a disciplinary period (ND 152 Điều 4 k4, đoạn 2).
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { disciplineIn, met, notMet, reads, unknown } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'discipline-clear'> = {
  evaluate(_c, ctx) {
    const Y = ctx.year;
    const d = disciplineIn(ctx, Y);
    if (d === undefined) return unknown(['discUnknown', Y], [['askDiscipline']]);
    if (d === null) return { ...met(['discClear', Y, ctx.profile.discipline!.length > 0]), brief: vi.say(['discBrief']) };
    return notMet(['discIn', { year: Y, level: d.level, from: d.from, to: d.to, date: ctx.date }], [['discWait', d.to]]);
  },
  inputs: reads('discipline'),
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'discipline-clear'> = {
  schema: ({ conditionOf }) => conditionOf('discipline-clear', {}),
  describe: () => 'năm xét không trùng thời gian thi hành kỷ luật',
};
