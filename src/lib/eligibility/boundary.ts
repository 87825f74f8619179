/**
 * The command's boundary. The eligibility command's profile (docs/eligibility-cli.md) speaks
 * English values (`"subject": "individual"`, `"sector": "civil-service"`); the engine speaks the
 * registry's vocabulary (`ca-nhan`, `tap-the`, …). This is the one place a profile is converted:
 * the command (`run`) and the checker (whose answers become a command profile) both call it.
 *
 * Zod-free: the browser checker uses it.
 */
import { SECTOR, SUBJECT, type AwardSubject, type Sector } from '../vocabulary';
import type { Profile } from './profile';

/** A validated profile in the engine's vocabulary. */
export type EngineProfile = Omit<Profile, 'subject' | 'sector'> & { subject: AwardSubject; sector: Sector };

/** The engine's profile for a validated command profile. */
export function fromContract(p: Profile): EngineProfile {
  return { ...p, subject: SUBJECT.fromCli(p.subject) ?? 'ca-nhan', sector: SECTOR.fromCli(p.sector) ?? 'civil-service' };
}
