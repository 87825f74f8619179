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
    const notes: string[] = [];
    let ok: boolean | null = null;
    let bad: string | null = null;
    if (h?.monthsWorked !== undefined) {
      const mat = h.maternityLeaveMonths ?? 0;
      const total = h.monthsWorked + mat;
      const withMat = mat ? ` (${h.monthsWorked} tháng làm việc và ${mat} tháng nghỉ thai sản, được tính là thời gian công tác theo khoản 5 Điều 4 ${vi.decree(ctx.date)})` : '';
      const line = `năm ${Y} công tác ${total} tháng${withMat}`;
      if (total >= c.atLeast) {
        ok = true;
        notes.push(line);
      } else bad = line;
    }
    if (ctx.profile.joinedOn) {
      const j = ctx.profile.joinedOn;
      const [jy, jm, jd] = j.split('-').map(Number);
      const plus = new Date(Date.UTC(jy, jm - 1 + c.atLeast, jd));
      const enough = plus.toISOString().slice(0, 10) <= `${Y + 1}-01-01`;
      const line = `bắt đầu công tác tại đơn vị từ ${vi.date(j)}`;
      if (!enough) bad = bad ? `${bad}; ${line}` : `${line}, chưa đủ ${c.atLeast} tháng tính đến hết năm ${Y}`;
      else {
        ok = ok ?? true;
        notes.push(line);
      }
    }
    if (bad) return notMet(`${vi.sentence(bad)} Cần ít nhất ${c.atLeast} tháng công tác trong năm.`, [`Chưa đủ ${c.atLeast} tháng công tác trong năm ${Y}: có thể đề nghị từ năm ${Y + 1} khi đủ thời gian.`]);
    if (ok) return { ...met(`${vi.sentence(notes.join('; '))} Đủ ${c.atLeast} tháng công tác trong năm.`), brief: notes.join('; ') };
    return unknown(`Chưa biết thời gian công tác năm ${Y} (cần ít nhất ${c.atLeast} tháng).`, [vi.ask.months(Y)]);
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
