/**
 * Condition `title-times`: * The title `title` received `times` times in a row, the last for the proposal year; two
 * receipts are "in a row" when every year between them passes `link` (an unbroken chain).
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { checkYear, disciplineIn, freshCutoff, met, nameOf, notMet, titlesOfTest, unknown, unsettledGrant } from './shared';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'title-times'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    const title = nameOf(ctx, c.title);
    const cutoff = freshCutoff(ctx, c.freshAfterGrant);
    const hY = ctx.history.get(Y);
    if (!hY?.titles) return unknown(`Chưa biết năm ${Y} có danh hiệu ${title} hay không.`, [hY ? vi.ask.titles(Y) : vi.ask.year(Y)]);
    if (!hY.titles.includes(c.title)) {
      return notMet(`Năm ${Y} chưa có danh hiệu ${title}; cần ${c.times} lần liên tục đạt danh hiệu này, lần sau cùng là năm đề nghị.`, [
        `Cần đạt danh hiệu ${title} năm ${Y} và ${c.times - 1} lần liền trước đó không gián đoạn.`,
      ]);
    }
    const times = [Y];
    for (let y = Y - 1; y >= 1945 && times.length < c.times; y--) {
      if (cutoff && y <= cutoff.year) {
        return notMet(vi.sentences([`Chỉ có ${times.length} lần ${title} liên tục (${vi.yearList(times)}), cần ${c.times}`, cutoff.reason]), [
          `Cần ${c.times} lần liên tục đạt danh hiệu ${title}; hiện có ${times.length}.`,
        ]);
      }
      const h = ctx.history.get(y);
      if (!h?.titles) {
        return unknown(vi.sentences([`Có ${times.length} lần ${title} (${vi.yearList(times)}) tính ngược từ năm ${Y}`, h ? vi.why.noTitles(y) : vi.why.noYear(y)]), [
          h ? vi.ask.titles(y) : vi.ask.year(y),
        ]);
      }
      const d = disciplineIn(ctx, y);
      // A year that would count but might belong to an earlier grant of this award is unknown.
      const open = cutoff?.fresh ? unsettledGrant(ctx, y) : null;
      const counts = h.titles.includes(c.title) && !d;
      const link = checkYear(ctx, c.link, y, null);
      if (open && (counts || link.value === true)) return unknown(vi.sentences([`Có ${times.length} lần ${title} (${vi.yearList(times)}) tính ngược từ năm ${Y}`, open.reason]), [open.ask]);
      if (counts) {
        times.push(y);
        continue;
      }
      if (link.value === true) continue;
      if (link.value === null) return unknown(vi.sentences([`Có ${times.length} lần ${title} (${vi.yearList(times)})`, link.reason]), [link.ask]);
      return notMet(
        vi.sentences([`Chỉ có ${times.length} lần ${title} liên tục tính đến năm ${Y} (${vi.yearList(times)}), cần ${c.times}`, `chuỗi bị gián đoạn: ${link.reason}`]),
        [`Cần ${c.times} lần liên tục đạt danh hiệu ${title}, giữa các lần không gián đoạn danh hiệu ${vi.yearUnit(c.link, (id) => nameOf(ctx, id))}; hiện có ${times.length}.`],
      );
    }
    if (times.length >= c.times) {
      return met(`Đạt danh hiệu ${title} ${times.length} lần liên tục (${vi.yearList(times)}), giữa các lần không gián đoạn danh hiệu ${vi.yearUnit(c.link, (id) => nameOf(ctx, id))}.`);
    }
    return notMet(`Chỉ có ${times.length} lần ${title}, cần ${c.times}.`, [`Cần ${c.times} lần liên tục đạt danh hiệu ${title}.`]);
  },
  inputs(c, ctx) {
    const Y = ctx.year;
    return [{ field: 'history.titles', years: { from: Y - c.times + 1, to: Y }, further: true }, { field: 'discipline' }];
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'title-times'> = {
  schema: ({ z, yearTest, awardId }) =>
    z.strictObject({
      type: z.literal('title-times'),
      title: awardId,
      times: z.int().min(2),
      link: yearTest,
      freshAfterGrant: z.boolean().optional(),
    }),
  awards(c) {
    return [c.title, ...titlesOfTest(c.link)];
  },
  describe(c, nameOf) {
    return `${String(c.times).padStart(2, '0')} lần liên tục đạt ${nameOf(c.title)}`;
  },
};
