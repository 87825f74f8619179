/**
 * Generators of valid eligibility profiles (the command's JSON format, docs/eligibility-cli.md)
 * for the property tests: every award of the registry, individual and collective, with random
 * subsets of the facts a profile can give. Also the relation "Q has fewer facts than P"
 * (`withoutFacts`) and the reordering of a profile's lists (`shuffled`).
 *
 * Facts are drawn near the proposal year so that chains of years, initiatives and earlier grants
 * actually meet (every verdict occurs), and a "strong" profile draws the usual ladder of titles.
 */
import fc from 'fast-check';
import type { Registry } from '../../src/lib/eligibility';
import { ACHIEVEMENT_KINDS, AWARD_TYPES, DISCIPLINE_LEVELS, INITIATIVE_KINDS, RATINGS, SCOPES, SECTORS } from '../../src/lib/vocabulary';

/** A JSON profile as the command reads it. */
export type JsonProfile = Record<string, unknown> & { award: string; year: number };

interface HistoryEntry {
  year: number;
  rating?: string;
  titles?: string[];
  monthsWorked?: number;
  maternityLeaveMonths?: number;
}

const COLLECTIVE_FIELDS = ['rating', 'members', 'laoDongTienTien', 'chienSiThiDuaCoSo', 'completedTasks', 'disciplinedWarningOrAbove'] as const;
const LISTS = ['initiatives', 'awards', 'achievements', 'discipline'] as const;
const YEAR_FIELDS = ['rating', 'titles', 'monthsWorked', 'maternityLeaveMonths'] as const;

const maybe = <T>(arb: fc.Arbitrary<T>, freq = 3) => fc.option(arb, { nil: undefined, freq });
const pad = (n: number) => String(n).padStart(2, '0');
const dateIn = (from: number, to: number) =>
  fc.record({ y: fc.integer({ min: from, max: to }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);

/** Drops the keys whose value is undefined (an absent fact is an absent key, as in a JSON file). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The titles (emulation titles) a subject can hold, and the forms of award, of the registry. */
function catalogue(registry: Registry) {
  const titlesFor = (subject: 'ca-nhan' | 'tap-the') =>
    registry.list.filter((a) => a.kind === 'danh-hieu-thi-dua' && a.subject.includes(subject)).map((a) => a.id);
  return {
    titles: { 'ca-nhan': titlesFor('ca-nhan'), 'tap-the': titlesFor('tap-the') },
    forms: registry.list.filter((a) => a.kind === 'hinh-thuc-khen-thuong').map((a) => a.id),
    /** Awards a profile can be checked for, with the subjects the command accepts for each. */
    targets: registry.list.flatMap((a) => {
      const subjects = a.subject.length ? a.subject : (['ca-nhan', 'tap-the'] as const);
      return subjects
        .filter((s): s is 'ca-nhan' | 'tap-the' => s === 'ca-nhan' || s === 'tap-the')
        .map((subject) => ({ award: a.id, subject, criteria: a.criteria.length > 0 }));
    }),
  };
}

/** The usual ladder of titles of a strong year, lowest first. */
const LADDER = {
  'ca-nhan': ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-bo-nganh-tinh'],
  'tap-the': ['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'],
};

/** Valid profiles of every award of the registry, with random subsets of facts. */
export function profileArb(registry: Registry): fc.Arbitrary<JsonProfile> {
  const cat = catalogue(registry);
  return fc
    .record({
      // Awards with criteria are drawn four times as often as those the handbook has none for.
      target: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...cat.targets.filter((t) => t.criteria)) }, { weight: 1, arbitrary: fc.constantFrom(...cat.targets) }),
      year: fc.integer({ min: 2019, max: 2028 }),
      strong: fc.boolean(),
    })
    .chain(({ target, year: Y, strong }) => {
      const subject = target.subject;
      const titles = cat.titles[subject];
      const ladder = LADDER[subject].filter((t) => titles.includes(t));
      const rating = strong ? fc.constantFrom('htxs', 'htxs', 'htt') : fc.constantFrom(...RATINGS);
      const yearTitles = fc
        // The top rung (a higher title, which cuts off the years before it) is drawn less often.
        .tuple(fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, { weight: 12, arbitrary: fc.constant(2) }, { weight: 1, arbitrary: fc.constant(ladder.length) }), strong ? fc.constant([]) : fc.subarray(titles, { maxLength: 2 }))
        .map(([n, extra]) => [...new Set([...(strong ? ladder.slice(0, Math.max(n, 1)) : []), ...extra])]);
      // A strong profile gives most facts (so that removing a few still leaves a decided verdict).
      const given = strong ? 12 : 3;
      const historyYear = (y: number): fc.Arbitrary<HistoryEntry> =>
        fc
          .record({
            rating: maybe(rating, given),
            titles: maybe(yearTitles, given),
            months: maybe(strong ? fc.constantFrom(12, 12, 12, 5) : fc.integer({ min: 0, max: 12 }), given),
            maternity: maybe(strong ? fc.constantFrom(0, 0, 7) : fc.integer({ min: 0, max: 12 }), given),
          })
          .map(({ rating, titles, months, maternity }) =>
            compact({
              year: y,
              rating,
              titles,
              monthsWorked: months,
              maternityLeaveMonths: maternity === undefined ? undefined : Math.min(maternity, 12 - (months ?? 0)),
            }),
          );
      const years = Array.from({ length: 8 }, (_, i) => Y - 7 + i);
      const history = fc
        .tuple(...years.map((y) => fc.tuple(fc.boolean(), historyYear(y))))
        .map((xs) =>
          xs
            .filter(([keep], i) => keep || (strong && i >= 2))
            // A collective's rating for the proposal year is `collective.rating` (the command
            // refuses a different one in history as a contradiction).
            .map(([, h]) => (subject === 'tap-the' && h.year === Y ? compact({ ...h, rating: undefined }) : h)),
        );
      const usedFor = fc.subarray(
        [...cat.titles[subject].slice(0, 3), ...cat.forms.slice(0, 2), target.award].flatMap((id) => [`${id}:${Y - 1}`, `${id}:${Y}`]),
        { maxLength: 2 },
      );
      const initiatives = fc
        .array(
          fc.record({
            year: fc.integer({ min: Y - 6, max: Y }),
            kind: fc.constantFrom(...INITIATIVE_KINDS),
            level: fc.constantFrom(...SCOPES),
            usedFor: maybe(usedFor, strong ? 1 : 4),
          }),
          { minLength: strong ? 1 : 0, maxLength: 4 },
        )
        .map((xs) => xs.map((x, i) => compact({ id: `sk-${i + 1}`, ...x })));
      // Earlier grants of the target award in recent years are what cut a chain off: drawn often.
      const targetIsForm = cat.forms.includes(target.award);
      const awards = fc.array(
        fc.record({
          award: targetIsForm ? fc.oneof(fc.constant(target.award), fc.constantFrom(...cat.forms)) : fc.constantFrom(...cat.forms),
          year: fc.oneof(fc.integer({ min: Y - 3, max: Y - 1 }), fc.integer({ min: Y - 10, max: Y - 1 })),
          type: maybe(fc.constantFrom('cong-trang', 'cong-trang', ...AWARD_TYPES)),
        }).map(compact),
        { maxLength: 3 },
      );
      const achievements = fc.array(
        fc.record({ kind: fc.constantFrom(...ACHIEVEMENT_KINDS), year: fc.integer({ min: Y - 1, max: Y }), scope: fc.constantFrom(...SCOPES) }),
        { maxLength: 2 },
      );
      const discipline = fc.array(
        fc
          .record({ level: fc.constantFrom(...DISCIPLINE_LEVELS), from: dateIn(Y - 6, Y), months: maybe(fc.integer({ min: 1, max: 36 }), 4) })
          .map(({ level, from, months }) => {
            if (months === undefined) return { level, from };
            const [y, m, d] = from.split('-').map(Number);
            const to = new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
            return { level, from, to };
          }),
        { maxLength: 1 },
      );
      const pending = fc
        .record({ disciplineReview: fc.boolean(), investigation: fc.boolean(), complaint: fc.boolean() }, { requiredKeys: [] });
      const collective = fc
        .record({
          rating: maybe(rating, 4),
          members: fc.integer({ min: 1, max: 40 }),
          done: fc.double({ min: 0, max: 1, noNaN: true }),
          ldtt: fc.double({ min: 0, max: 1, noNaN: true }),
          cstdcs: fc.double({ min: 0, max: 1, noNaN: true }),
          disc: fc.integer({ min: 0, max: 2 }),
        })
        .map(({ rating, members, done, ldtt, cstdcs, disc }) => {
          // Counts consistent with the members: disciplined ≤ members; those who completed their
          // tasks include the Lao động tiên tiến, who include the Chiến sĩ thi đua cơ sở.
          const completedTasks = strong && done < 0.7 ? members : Math.round(members * (strong ? 0.8 + done * 0.2 : done));
          const laoDongTienTien = Math.round(completedTasks * (strong ? 0.7 + ldtt * 0.3 : ldtt));
          const chienSiThiDuaCoSo = Math.min(laoDongTienTien, Math.round(laoDongTienTien * cstdcs * 0.3) + (strong ? 1 : 0));
          return compact({ rating, members, laoDongTienTien, chienSiThiDuaCoSo, completedTasks, disciplinedWarningOrAbove: Math.min(disc * (strong ? 0 : 1), members) });
        });
      return fc
        .record({
          sector: maybe(fc.constantFrom('civil-service', 'civil-service', ...SECTORS), 3),
          joinedOn: maybe(strong ? dateIn(Y - 12, Y - 1) : dateIn(Y - 12, Y), 2),
          history: maybe(history, 8),
          initiatives: maybe(initiatives, given),
          awards: maybe(awards, given),
          achievements: maybe(achievements, given),
          discipline: maybe(discipline.map((d) => (strong ? [] : d)), given),
          pending: fc.oneof({ weight: strong ? 30 : 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: pending }),
          collective: subject === 'tap-the' ? collective : fc.constant(undefined),
        })
        .map((facts) =>
          compact({
            award: target.award,
            year: Y,
            ...(subject === 'tap-the' ? { subject: 'collective' } : {}),
            ...facts,
          }) as JsonProfile,
        );
    });
}

/**
 * One way of giving a fact that a profile leaves unknown (the contract: an absent field, list or
 * history year is unknown; a given list is complete). Removing a slot from P gives a profile Q
 * that P extends by exactly that fact.
 */
type FactSlot =
  | { kind: 'joinedOn' }
  | { kind: 'list'; list: (typeof LISTS)[number] }
  | { kind: 'year'; year: number }
  | { kind: 'year-field'; year: number; field: (typeof YEAR_FIELDS)[number] }
  | { kind: 'collective-field'; field: (typeof COLLECTIVE_FIELDS)[number] };

/** The facts of a profile that could be absent. `pending` is not one: absent means "not pending". */
function factSlots(p: JsonProfile): FactSlot[] {
  const slots: FactSlot[] = [];
  if (p.joinedOn !== undefined) slots.push({ kind: 'joinedOn' });
  for (const list of LISTS) if (p[list] !== undefined) slots.push({ kind: 'list', list });
  for (const h of (p.history as HistoryEntry[] | undefined) ?? []) {
    slots.push({ kind: 'year', year: h.year });
    for (const field of YEAR_FIELDS) if (h[field] !== undefined) slots.push({ kind: 'year-field', year: h.year, field });
  }
  const col = p.collective as Record<string, unknown> | undefined;
  for (const field of COLLECTIVE_FIELDS) if (col?.[field] !== undefined) slots.push({ kind: 'collective-field', field });
  return slots;
}

/** The profile without the given facts (a deep copy; P is untouched). */
function withoutFacts(p: JsonProfile, slots: FactSlot[]): JsonProfile {
  const q = structuredClone(p);
  for (const s of slots) {
    if (s.kind === 'joinedOn') delete q.joinedOn;
    else if (s.kind === 'list') delete q[s.list];
    else if (s.kind === 'year') q.history = (q.history as HistoryEntry[] | undefined)?.filter((h) => h.year !== s.year);
    else if (s.kind === 'year-field') {
      const h = (q.history as HistoryEntry[] | undefined)?.find((x) => x.year === s.year);
      if (h) delete h[s.field];
    } else delete (q.collective as Record<string, unknown>)[s.field];
  }
  if (q.history === undefined) delete q.history;
  return q;
}

/** A pair (Q, P): P is Q with one or more facts added (Q has a random subset of P's facts removed). */
export function extensionArb(registry: Registry): fc.Arbitrary<{ fewer: JsonProfile; more: JsonProfile; added: FactSlot[] }> {
  return profileArb(registry).chain((more) => {
    // One to three facts at a time: a profile with most of its facts removed is rarely decided.
    // Whole lists and years half the time: they hold earlier grants, the facts most likely to matter.
    const slots = factSlots(more);
    const big = slots.filter((s) => s.kind === 'list' || s.kind === 'year');
    const some = fc.shuffledSubarray(slots, { minLength: Math.min(1, slots.length), maxLength: Math.min(3, slots.length) });
    return (big.length ? fc.oneof(some, fc.constantFrom(...big).map((s) => [s])) : some).map((added) => ({ fewer: withoutFacts(more, added), more, added }));
  });
}

/** The same profile with every list (history, titles, initiatives, usedFor, awards, achievements, discipline) reordered. */
export function shuffled(p: JsonProfile, rand: () => number): JsonProfile {
  const q = structuredClone(p);
  const shuffle = <T>(xs: T[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  for (const key of ['history', ...LISTS]) if (Array.isArray(q[key])) shuffle(q[key] as unknown[]);
  for (const h of (q.history as HistoryEntry[] | undefined) ?? []) if (h.titles) shuffle(h.titles);
  for (const it of (q.initiatives as { usedFor?: string[] }[] | undefined) ?? []) if (it.usedFor) shuffle(it.usedFor);
  return q;
}

/**
 * A pair (Q, P) where P adds an earlier grant of the target award itself, in a fact Q leaves
 * unknown: the `awards` list (for a form of award) or a history year (for a title), one to three
 * years before the proposal year. The one-achievement-once cut-off makes this the fact most likely
 * to change a verdict, so it gets its own generator.
 */
export function earlierGrantArb(registry: Registry): fc.Arbitrary<{ fewer: JsonProfile; more: JsonProfile; added: FactSlot[] }> {
  return fc.tuple(profileArb(registry), fc.integer({ min: 1, max: 3 })).map(([base, back]) => {
    const y = base.year - back;
    // An initiative recognised that year, which the earlier grant would have used up.
    const p = Array.isArray(base.initiatives) ? { ...base, initiatives: [...base.initiatives, { id: 'sk-truoc', year: y, kind: 'sang-kien', level: 'toan-quoc' }] } : base;
    if (registry.get(p.award)?.kind === 'danh-hieu-thi-dua') {
      const fewer = withoutFacts(p, [{ kind: 'year', year: y }]);
      const history = [...((fewer.history as HistoryEntry[] | undefined) ?? []), { year: y, titles: [p.award] }];
      return { fewer, more: { ...fewer, history }, added: [{ kind: 'year', year: y }] };
    }
    const fewer = withoutFacts(p, [{ kind: 'list', list: 'awards' }]);
    const awards = [...((p.awards as unknown[] | undefined) ?? []), { award: p.award, year: y }];
    return { fewer, more: { ...fewer, awards }, added: [{ kind: 'list', list: 'awards' }] };
  });
}
