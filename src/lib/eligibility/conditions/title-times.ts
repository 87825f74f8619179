/**
 * Condition `title-times`: * The title `title` received `times` times in a row, the last for the proposal year; two
 * receipts are "in a row" when every year between them passes `link` (an unbroken chain).
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import { checkYear, disciplineIn, freshCutoff, met, nameOf, named, notMet, runInputs, titlesOfTest, unknown, unsettledGrant } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'title-times'> = {
  evaluate(c, ctx) {
    const Y = ctx.year;
    const title = nameOf(ctx, c.title);
    const cutoff = freshCutoff(ctx, c.freshAfterGrant);
    const hY = ctx.history.get(Y);
    if (!hY?.titles) return unknown(['timesUnknownYear', Y, title], [(hY ? ['askTitles', Y] : ['askYear', Y])]);
    if (!hY.titles.includes(c.title)) return notMet(['timesMissingYear', Y, title, c.times], [['timesNeedYear', Y, title, c.times]]);
    const times = [Y];
    const link = named(ctx, c.link);
    for (let y = Y - 1; y >= 1945 && times.length < c.times; y--) {
      if (cutoff && y <= cutoff.year) {
        return notMet(['timesCut', title, times, c.times, cutoff.reason], [['timesCutNeed', title, times.length, c.times]]);
      }
      const h = ctx.history.get(y);
      const d = disciplineIn(ctx, y);
      // A year under discipline neither counts nor links (checkYear says so below), whatever its
      // titles: a known failure decides, so unknown titles matter only outside discipline.
      if (!h?.titles && !d) {
        return unknown(['timesOpen', title, times, Y, h ? ['yearNoTitles', y] : ['yearNoYear', y]], [h ? ['askTitles', y] : ['askYear', y]]);
      }
      const counts = !d && !!h?.titles?.includes(c.title);
      const check = checkYear(ctx, c.link, y, null);
      // A year that would count but might belong to an earlier grant of this award is unknown.
      const open = cutoff?.fresh && (counts || check.value === true) ? unsettledGrant(ctx, y) : null;
      if (open) return unknown(['timesOpen', title, times, Y, open.reason], [open.ask]);
      if (counts) {
        times.push(y);
        continue;
      }
      if (check.value === true) continue;
      if (check.value === null) return unknown(['timesLinkOpen', title, times, check.reason], [check.ask]);
      return notMet(['timesBroken', title, times, Y, c.times, check.reason], [['timesBrokenNeed', link, title, times.length, c.times]]);
    }
    if (times.length >= c.times) return met(['timesMet', link, title, times]);
    return notMet(['timesShort', title, times.length, c.times], [['timesNeed', title, c.times]]);
  },
  // What a run of `times` years reads: the years' titles, further back, and discipline.
  inputs: (c, ctx) => runInputs(ctx, c.times, { title: c.title }, undefined),
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'title-times'> = {
  schema: ({ z, conditionOf, yearTest, awardId }) =>
    conditionOf('title-times', {
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
