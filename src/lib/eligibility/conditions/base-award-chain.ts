/**
 * Condition `base-award-chain`: * Holds one of the awards `base` (of a type not in `excludeTypes`), then at least `years`
 * consecutive years after it, up to and including the proposal year, each passing `test`, with
 * the `within` requirements met over that period.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { AWARD_TYPES } from '../../vocabulary';
import { withinText, yearTestText } from './phrases';
import { freshCutoff, group, judgeRun, nameOf, named, notMet, runBack, runInputs, runTitles, unknown, type Cutoff } from './common';
import type { Note } from '../copy';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'base-award-chain'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    const bases = c.base.map((id) => nameOf(ctx, id));
    const received = ctx.profile.awards;
    if (!received) return unknown(['baseUnknown', bases], [['askAwards']]);
    const held = received.filter((a) => c.base.includes(a.award) && a.year < Y);
    const allowed = held.filter((a) => !c.excludeTypes.includes(a.type)).sort((a, b) => a.year - b.year);
    if (!allowed.length) {
      const excluded: Note[] = held.map((a) => (['baseExcluded', nameOf(ctx, a.award), a.year, a.type, ctx.date]));
      return notMet(['baseNone', bases, Y, excluded], [['baseNeed', named(ctx, c.test), bases, c.years]]);
    }
    const base = allowed[0];
    const fresh = freshCutoff(ctx, c.freshAfterGrant);
    const baseName = nameOf(ctx, base.award);
    const cutoff: Cutoff = fresh && fresh.year > base.year ? fresh : { year: base.year, reason: ['yearBase', base.year, baseName], fresh: fresh?.fresh };
    const { run, stop } = runBack(ctx, c.test, cutoff);
    const f = judgeRun(ctx, { test: c.test, count: c.years, within: c.within, run, stop, afterBase: baseName });
    return { ...group(f.status, vi.sentences([vi.say(['baseHave', baseName, base.year, base.type]), f.text]), f.advice, [f]), reason: f.reason };
  },
  inputs: (c, ctx) => [{ field: 'awards' }, ...runInputs(ctx, c.years, c.test, c.within)],
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'base-award-chain'> = {
  schema: ({ z, conditionOf, yearTest, within, awardId, enumOf }) =>
    conditionOf('base-award-chain', {
      base: z.array(awardId).min(1),
      excludeTypes: z.array(z.enum(AWARD_TYPES, enumOf('excludeTypes', AWARD_TYPES))),
      years: z.int().min(1),
      test: yearTest,
      within: z.array(within).optional(),
      freshAfterGrant: z.boolean().optional(),
    }),
  awards(c) {
    return [...c.base, ...runTitles(c.test, c.within)];
  },
  describe(c, nameOf) {
    return `đã có ${c.base.map(nameOf).join(' hoặc ')}, sau đó ${String(c.years).padStart(2, '0')} năm liên tục ${yearTestText(c.test, nameOf)}${withinText(c.within, nameOf)}`;
  },
};
