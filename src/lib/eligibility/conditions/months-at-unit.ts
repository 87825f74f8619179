/**
 * Condition `months-at-unit`: * Worked at the unit at least `atLeast` months of the proposal year, maternity leave
 * counting as working time (ND 152 Điều 4 k5): reads monthsWorked + maternityLeaveMonths and
 * joinedOn.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { met, notMet, unknown } from './common';
import type { MonthsFacts } from '../copy';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'months-at-unit'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    const h = ctx.history.get(Y);
    const facts: MonthsFacts = { year: Y, atLeast: c.atLeast, date: ctx.date };
    // Maternity leave counts as working time (khoản 5 Điều 4 of the general decree): months below
    // the minimum fail only when the leave is known.
    if (h?.monthsWorked !== undefined) {
      const maternity = h.maternityLeaveMonths ?? 0;
      facts.worked = { months: h.monthsWorked, maternity, ok: h.monthsWorked + maternity >= c.atLeast || (h.maternityLeaveMonths === undefined ? null : false) };
    }
    // The start date bounds the time at the unit from above: a late start fails; an early one says
    // nothing about the months worked, so it never settles "met" on its own.
    if (ctx.profile.joinedOn) {
      const on = ctx.profile.joinedOn;
      // A date-only ISO string is read as UTC; a month past its end rolls over (31/8 + 6 → 03/3).
      const plus = new Date(on);
      plus.setUTCMonth(plus.getUTCMonth() + c.atLeast);
      facts.joined = { on, ok: plus.toISOString().slice(0, 10) <= `${Y + 1}-01-01` };
    }
    if (facts.worked?.ok && facts.joined?.ok === false) return unknown(['monthsContradiction', facts], [['askContradiction', 'months']]);
    if (facts.worked?.ok === false || facts.joined?.ok === false) return notMet(['monthsNotMet', facts], [['monthsNeed', Y, c.atLeast]]);
    if (facts.worked?.ok) return { ...met(['monthsMet', facts]), brief: vi.say(['monthsBrief', facts]) };
    if (facts.worked) return unknown(['monthsNoMaternity', facts], [['askMaternity', Y]]);
    return unknown(['monthsUnknown', Y, c.atLeast], [['askMonths', Y]]);
  },
  inputs(_c, ctx) {
    const one = { from: ctx.year, to: ctx.year };
    return [{ field: 'history.monthsWorked', years: one }, { field: 'history.maternityLeaveMonths', years: one }, { field: 'joinedOn' }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'months-at-unit'> = {
  schema: ({ z, conditionOf }) =>
    conditionOf('months-at-unit', { atLeast: z.int().min(1).max(12) }),
  describe(c) {
    return `công tác tại đơn vị ít nhất ${c.atLeast} tháng trong năm`;
  },
};
