/**
 * The command's boundary. The eligibility command's profile (docs/eligibility-cli.md) speaks
 * English values (`"subject": "individual"`, `"sector": "civil-service"`); the engine speaks the
 * registry's vocabulary (`ca-nhan`, `tap-the`, …). This is the one place a profile is converted:
 * the command (`run`) and the checker (whose answers become a command profile) both call it.
 *
 * The lists are put in one canonical order here (years, then labels), so that a result never
 * depends on the order in which a user wrote them: the same facts give the same explanation.
 *
 * Zod-free: the browser checker uses it.
 */
import { SECTOR, SUBJECT, type AwardSubject, type Sector } from '../vocabulary';
import type { Profile } from './profile';

/** A validated profile in the engine's vocabulary. */
export type EngineProfile = Omit<Profile, 'subject' | 'sector'> & { subject: AwardSubject; sector: Sector };

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

/** The engine's profile for a validated command profile. */
export function fromContract(p: Profile): EngineProfile {
  return {
    ...p,
    subject: SUBJECT.fromCli(p.subject) ?? 'ca-nhan',
    sector: SECTOR.fromCli(p.sector) ?? 'civil-service',
    history: sorted(p.history, byKeys((h) => h.year))?.map((h) => (h.titles ? { ...h, titles: [...h.titles].sort() } : h)),
    initiatives: sorted(p.initiatives, byKeys((i) => i.year, (i) => i.id))?.map((i) => (i.usedFor ? { ...i, usedFor: [...i.usedFor].sort() } : i)),
    awards: sorted(p.awards, byKeys((a) => a.year, (a) => a.award, (a) => a.type)),
    achievements: sorted(p.achievements, byKeys((a) => a.year, (a) => a.kind, (a) => a.scope)),
    discipline: sorted(p.discipline, byKeys((d) => d.from, (d) => d.to, (d) => d.level)),
  };
}
