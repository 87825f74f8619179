/**
 * Condition `collective-share`: At least `atLeastPercent` % of the collective's members are counted in `field`.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { formatNumber } from '../../vi';
import { COLLECTIVE_FIELDS } from '../../vocabulary';
import { COLLECTIVE_LABEL } from './phrases';
import { met, notMet, unknown } from './shared';
import type { Definition, Evaluation } from './types';
import type { InputField } from '../inputs';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'collective-share'> = {
  evaluate(c, ctx) {
    const col = ctx.profile.collective;
    const v = col?.[c.field];
    const label = vi.COLLECTIVE_FIELD_VI[c.field];
    if (v === undefined || col?.members === undefined) {
      return unknown(`Chưa biết số thành viên ${label} trên tổng số thành viên (cần ít nhất ${c.atLeastPercent}%).`, [
        vi.ask.collective(col?.members === undefined ? 'members' : c.field),
      ]);
    }
    const pct = Math.round((v / col.members) * 1000) / 10;
    const text = `${v}/${col.members} thành viên (${String(pct).replace('.', ',')}%) ${label}, cần ${c.atLeastPercent === 100 ? 'đủ 100%' : `ít nhất ${c.atLeastPercent}%`}.`;
    if (v * 100 >= c.atLeastPercent * col.members) return met(text);
    const needed = Math.ceil((c.atLeastPercent * col.members) / 100);
    return notMet(text, [`Cần ít nhất ${needed}/${col.members} thành viên ${label} (thêm ${needed - v}).`]);
  },
  inputs(c) {
    return [{ field: 'collective.members' }, { field: `collective.${c.field}` as InputField }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'collective-share'> = {
  schema: ({ z, enumOf }) =>
    z.strictObject({
      type: z.literal('collective-share'),
      field: z.enum(COLLECTIVE_FIELDS, enumOf('field', COLLECTIVE_FIELDS)),
      atLeastPercent: z.number().min(0).max(100),
    }),
  awards() {
    return [];
  },
  describe(c) {
    return `từ ${formatNumber(c.atLeastPercent)}% ${COLLECTIVE_LABEL[c.field]}`;
  },
};
