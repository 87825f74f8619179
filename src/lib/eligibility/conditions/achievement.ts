/**
 * Condition `achievement`: * An achievement of one of `kinds` in the proposal year, recognised at `minScope` or wider.
 * With `sufficient: true` (the article states the reach and the profile's scope shows it) a
 * matching achievement meets the condition; otherwise the article leaves the degree to the
 * council, so a matching achievement only makes the status "unknown", and `judgement` says
 * what the council weighs. No matching achievement: not met.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import { ACHIEVEMENT_KINDS, SCOPES } from '../../vocabulary';
import { met, notMet, reads, scopeRank, unknown } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'achievement'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    const list = ctx.profile.achievements;
    if (!list) return unknown(['achUnknown', c.kinds, Y], [['askAchievements']]);
    const ofKind = list.filter((a) => a.year === Y && c.kinds.includes(a.kind));
    const min = c.minScope ?? 'co-so';
    const ok = ofKind.filter((a) => scopeRank(a.scope) >= scopeRank(min));
    if (!ok.length) {
      return notMet(['achNone', c.kinds, c.minScope, Y, ofKind], [['achNeed', c.kinds, c.minScope, Y]]);
    }
    if (c.sufficient) return met(['achMet', Y, ok[0], c.minScope, c.judgement]);
    return unknown(['achOpen', Y, ok, c.judgement], [['achAsk', c.judgement]]);
  },
  inputs: reads('achievements'),
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'achievement'> = {
  schema: ({ z, conditionOf, enumOf, text }) =>
    conditionOf('achievement', {
      kinds: z.array(z.enum(ACHIEVEMENT_KINDS, enumOf('kinds', ACHIEVEMENT_KINDS))).min(1),
      minScope: z.enum(SCOPES, enumOf('minScope', SCOPES)).optional(),
      sufficient: z.boolean().optional(),
      judgement: text(10, 'judgement: điều hội đồng thi đua – khen thưởng cân nhắc'),
    }),
  describe: (c) => c.judgement,
};
