/**
 * The lists of a validated profile in one canonical order (years, then labels), so that the
 * command's result never depends on the order in which a user wrote them: the same facts give
 * the same result, explanations included. Used by `run` (validate.ts, server side); the checker
 * writes its lists in this order already, so the browser carries none of this.
 */
import type { Profile } from './profile';

/** Compares by each key in turn (numbers numerically, strings by code point, absent first). */
function byKeys<T>(...keys: ((x: T) => string | number | undefined)[]) {
  return (a: T, b: T) => {
    for (const key of keys) {
      const x = key(a) ?? '';
      const y = key(b) ?? '';
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

const sorted = <T>(xs: T[] | undefined, order: (a: T, b: T) => number) => (xs ? [...xs].sort(order) : undefined);

/** The profile with its lists (and the lists inside them) in canonical order. */
export function inCanonicalOrder(p: Profile): Profile {
  return {
    ...p,
    history: sorted(p.history, byKeys((h) => h.year))?.map((h) => (h.titles ? { ...h, titles: [...h.titles].sort() } : h)),
    initiatives: sorted(p.initiatives, byKeys((i) => i.year, (i) => i.id))?.map((i) => (i.usedFor ? { ...i, usedFor: [...i.usedFor].sort() } : i)),
    awards: sorted(p.awards, byKeys((a) => a.year, (a) => a.award, (a) => a.type)),
    achievements: sorted(p.achievements, byKeys((a) => a.year, (a) => a.kind, (a) => a.scope)),
    discipline: sorted(p.discipline, byKeys((d) => d.from, (d) => d.to, (d) => d.level)),
  };
}
