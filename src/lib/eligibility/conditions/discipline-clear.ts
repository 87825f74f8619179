/**
 * Condition `discipline-clear`: The proposal year does not overlap a disciplinary period (ND 152 Điều 4 k4, đoạn 2).
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { disciplineIn, met, notMet, unknown } from './shared';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'discipline-clear'> = {
  evaluate(_c, ctx) {
    const Y = ctx.year;
    const d = disciplineIn(ctx, Y);
    if (d === undefined) return unknown(`Hồ sơ chưa khai báo kỷ luật nên chưa biết năm ${Y} có trùng thời gian thi hành kỷ luật hay không.`, [vi.ask.discipline()]);
    if (d === null) return { ...met(ctx.profile.discipline!.length ? `Năm ${Y} không trùng thời gian thi hành kỷ luật nào.` : 'Không bị kỷ luật.'), brief: 'không trùng thời gian kỷ luật' };
    const clear = d.to ? Number(d.to.slice(0, 4)) + 1 : null;
    return notMet(vi.sentence(vi.why.discipline(Y, d.level, d.from, d.to, vi.decree(ctx.date))), [
      clear ? `Thành tích chỉ được tính từ khi hết thời hạn kỷ luật (${vi.date(d.to!)}): sớm nhất xét thành tích năm ${clear}.` : 'Thành tích chỉ được tính từ khi hết thời hạn kỷ luật.',
    ]);
  },
  inputs() {
    return [{ field: 'discipline' }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'discipline-clear'> = {
  schema: ({ z }) =>
    z.strictObject({ type: z.literal('discipline-clear') }),
  awards() {
    return [];
  },
  describe() {
    return 'năm xét không trùng thời gian thi hành kỷ luật';
  },
};
