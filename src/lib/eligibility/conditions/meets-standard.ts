/**
 * Condition `meets-standard`: * Meets the standard of another title for the proposal year: met when the profile records
 * that title for the year, otherwise the other title's criteria with role "standard" are
 * evaluated. `armedForcesAward` is used instead for the armed-forces sector.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { applicableCriteria, combineAll, group, met, unknown, type Ctx } from './common';
import type { ConditionOf, Definition, Evaluation } from './types';
import type { Award } from '../../../schemas/award';
import type { Sector } from '../../vocabulary';

/** The title whose standard applies: the armed forces' own, when the registry names one. */
const standardId = (c: ConditionOf<'meets-standard'>, sector: Sector) => (sector === 'armed-forces' && c.armedForcesAward) || c.award;

/** The criteria of a title's standard that apply to the profile. */
const standardCriteria = (std: Award, ctx: Parameters<typeof applicableCriteria>[1]) => applicableCriteria(std, ctx).filter((k) => k.role === 'standard');

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'meets-standard'> = {
  evaluate(c, ctx, ev) {
    const Y = ctx.year;
    const id = standardId(c, ctx.profile.sector);
    const std = ctx.registry.get(id)!;
    const sub: Ctx = { ...ctx, target: std };
    const parts = standardCriteria(std, ctx).map((k) => ({ k, f: ev(k.condition, sub) }));
    // A recorded title settles the standard, unless other facts show a standard criterion not met:
    // then the two contradict each other, and the user must resolve them.
    if (ctx.history.get(Y)?.titles?.includes(id)) {
      const failed = parts.filter((p) => p.f.status === 'not-met').map((p) => p.f.text);
      return failed.length ? unknown(['standardContradiction', std.name, Y, failed], [['askContradiction', 'titles', Y]]) : met(['standardTitle', std.name, Y]);
    }
    if (!parts.length) return unknown(['standardMissing', std.name], [['noCriteriaAdvice', std.name]]);
    const status = combineAll(parts.map((p) => p.f));
    const findings = parts.map((p) => p.f);
    if (status === 'met') return group('met', vi.standardMet(std.name, Y, findings.map(vi.briefOf)), [], findings);
    const shown = parts.filter((p) => p.f.status === status);
    const text = vi.standardNotMet(status, std.name, Y, shown.map((p) => ({ ...p.k, text: p.f.text })));
    return group(status, text, shown.flatMap((p) => p.f.advice), findings);
  },
  inputs(c, ctx, inputsOf) {
    const std = ctx.registry.get(standardId(c, ctx.profile.sector));
    const inner = std ? standardCriteria(std, ctx).flatMap((k) => inputsOf(k.condition, ctx)) : [];
    return [{ field: 'history.titles', years: { from: ctx.year, to: ctx.year } }, ...inner];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'meets-standard'> = {
  schema: ({ conditionOf, awardId }) =>
    conditionOf('meets-standard', { award: awardId, armedForcesAward: awardId.optional() }),
  awards(c) {
    return [c.award, ...(c.armedForcesAward ? [c.armedForcesAward] : [])];
  },
  describe(c, nameOf) {
    return `đạt tiêu chuẩn ${nameOf(c.award)}${c.armedForcesAward ? ` (lực lượng vũ trang: ${nameOf(c.armedForcesAward)})` : ''}`;
  },
};
