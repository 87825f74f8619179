/**
 * Condition `months-at-unit`: * Worked at the unit at least `atLeast` months of the proposal year, maternity leave
 * counting as working time (ND 152 Điều 4 k5): reads monthsWorked + maternityLeaveMonths and
 * joinedOn.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { met, notMet, unknown } from './shared';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'months-at-unit'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    const h = ctx.history.get(Y);
    const need = `Cần ít nhất ${c.atLeast} tháng công tác trong năm.`;
    const notYet = [`Chưa đủ ${c.atLeast} tháng công tác trong năm ${Y}: có thể đề nghị từ năm ${Y + 1} khi đủ thời gian.`];
    // Months worked: maternity leave counts as working time (khoản 5 Điều 4 of the general
    // decree), so a total below the minimum is a failure only when the leave is known.
    let worked: { ok: boolean | null; line: string } | null = null;
    if (h?.monthsWorked !== undefined) {
      const mat = h.maternityLeaveMonths;
      const total = h.monthsWorked + (mat ?? 0);
      const withMat = mat ? ` (${h.monthsWorked} tháng làm việc và ${mat} tháng nghỉ thai sản, được tính là thời gian công tác theo khoản 5 Điều 4 ${vi.decree(ctx.date)})` : '';
      const line = `năm ${Y} công tác ${total} tháng${withMat}`;
      worked = { ok: total >= c.atLeast ? true : mat === undefined ? null : false, line };
    }
    // The start date bounds the time at the unit from above: a late start fails, an early one
    // says nothing about the months actually worked.
    let lateStart: string | null = null;
    if (ctx.profile.joinedOn) {
      const j = ctx.profile.joinedOn;
      const [jy, jm, jd] = j.split('-').map(Number);
      const plus = new Date(Date.UTC(jy, jm - 1 + c.atLeast, jd));
      if (plus.toISOString().slice(0, 10) > `${Y + 1}-01-01`) lateStart = `bắt đầu công tác tại đơn vị từ ${vi.date(j)}, chưa đủ ${c.atLeast} tháng tính đến hết năm ${Y}`;
    }
    if (worked?.ok === true && lateStart) {
      return unknown(`${vi.contradiction(worked.line, lateStart)} Nếu chuyển công tác trong năm, cần nhận xét của đơn vị cũ.`, [vi.ask.contradiction('monthsWorked, joinedOn')]);
    }
    if (lateStart) return notMet(`${vi.sentence(lateStart)} ${need}`, notYet);
    if (worked?.ok === false) return notMet(`${vi.sentence(worked.line)} ${need}`, notYet);
    if (worked?.ok === true) return { ...met(`${vi.sentence(worked.line)} Đủ ${c.atLeast} tháng công tác trong năm.`), brief: worked.line };
    if (worked) {
      return unknown(`${vi.sentence(worked.line)} Chưa biết số tháng nghỉ thai sản (được tính là thời gian công tác, khoản 5 Điều 4 ${vi.decree(ctx.date)}) nên chưa biết có đủ ${c.atLeast} tháng.`, [vi.ask.maternity(Y)]);
    }
    return unknown(`Chưa biết số tháng công tác năm ${Y} (cần ít nhất ${c.atLeast} tháng).`, [vi.ask.months(Y)]);
  },
  inputs(c, ctx) {
    const one = { from: ctx.year, to: ctx.year };
    return [{ field: 'history.monthsWorked', years: one }, { field: 'history.maternityLeaveMonths', years: one }, { field: 'joinedOn' }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'months-at-unit'> = {
  schema: ({ z }) =>
    z.strictObject({ type: z.literal('months-at-unit'), atLeast: z.int().min(1).max(12) }),
  awards() {
    return [];
  },
  describe(c) {
    return `công tác tại đơn vị ít nhất ${c.atLeast} tháng trong năm`;
  },
};
