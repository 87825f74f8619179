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
import { freshCutoff, judgeRun, nameOf, notMet, runBack, testField, titlesOfTest, unknown, withinInputs } from './shared';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'base-award-chain'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    const baseNames = vi.joinVi(c.base.map((id) => nameOf(ctx, id)), 'hoặc');
    const received = ctx.profile.awards;
    if (!received) return unknown(`Hồ sơ chưa khai báo các hình thức khen thưởng đã nhận nên chưa biết đã có ${baseNames} hay chưa.`, [vi.ask.awards()]);
    const bases = received.filter((a) => c.base.includes(a.award) && a.year < Y);
    const allowed = bases.filter((a) => !c.excludeTypes.includes(a.type)).sort((a, b) => a.year - b.year);
    const unit = vi.yearUnit(c.test, (id) => nameOf(ctx, id));
    if (!allowed.length) {
      const excluded = bases.map(
        (a) => `${nameOf(ctx, a.award)} năm ${a.year} là ${vi.AWARD_TYPE_VI[a.type]}, không được làm căn cứ để đề nghị khen thưởng công trạng cao hơn (khoản 3 Điều 4 ${vi.decree(ctx.date)})`,
      );
      return notMet(vi.sentences([`Chưa có ${baseNames} (khen thưởng công trạng) trước năm ${Y}`, ...excluded]), [
        `Cần có ${baseNames} thuộc loại khen thưởng công trạng, sau đó ${c.years} năm liên tục ${unit} tính đến năm đề nghị.`,
      ]);
    }
    const base = allowed[0];
    const fresh = freshCutoff(ctx, c.freshAfterGrant);
    const baseName = nameOf(ctx, base.award);
    const cutoff = fresh && fresh.year > base.year ? fresh : { year: base.year, reason: vi.why.base(base.year, `${baseName}`), fresh: fresh?.fresh };
    const { run, stop } = runBack(ctx, c.test, cutoff);
    const f = judgeRun(ctx, { test: c.test, count: c.years, within: c.within, run, stop, after: `sau khi được tặng ${baseName}` });
    return { ...f, text: vi.sentences([`Đã có ${baseName} năm ${base.year} (${vi.AWARD_TYPE_VI[base.type]})`, f.text]) };
  },
  inputs(c, ctx) {
    const Y = ctx.year;
    const years = { from: Y - c.years + 1, to: Y };
    return [{ field: 'awards' }, { field: testField(c.test), years, further: true }, ...withinInputs(c.within, years), { field: 'discipline' }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'base-award-chain'> = {
  schema: ({ z, yearTest, within, awardId, enumOf }) =>
    z.strictObject({
      type: z.literal('base-award-chain'),
      base: z.array(awardId).min(1),
      excludeTypes: z.array(z.enum(AWARD_TYPES, enumOf('excludeTypes', AWARD_TYPES))),
      years: z.int().min(1),
      test: yearTest,
      within: z.array(within).optional(),
      freshAfterGrant: z.boolean().optional(),
    }),
  awards(c) {
    return [...c.base, ...titlesOfTest(c.test), ...(c.within ?? []).flatMap((w) => ('years' in w ? titlesOfTest(w.years) : []))];
  },
  describe(c, nameOf) {
    return `đã có ${c.base.map(nameOf).join(' hoặc ')}, sau đó ${String(c.years).padStart(2, '0')} năm liên tục ${yearTestText(c.test, nameOf)}${withinText(c.within, nameOf)}`;
  },
};
