/**
 * The validation entry points (Zod): loading the registry, validating command profiles, and
 * `run`, the command's core. Server side only (the command, the build, the tests); the browser
 * checker never imports this module, so Zod stays out of its JavaScript without any bundler
 * rewrite (docs/eligibility.md, "Zod và trình duyệt").
 */
import { fromContract } from './boundary';
import { inCanonicalOrder } from './canonical';
import { evaluate, type EligibilityResult } from './evaluate';
import { validateProfiles, type ProfileIssue } from './profile';
import type { Registry } from './registry';

export { loadRegistry, RegistryError } from './load';
export type { RawEntry } from './load';
export type { Registry } from './registry';
export { validateProfiles, formatIssue } from './profile';


export type RunResult = { ok: true; results: EligibilityResult[]; single: boolean } | { ok: false; issues: ProfileIssue[] };

/**
 * Validates then evaluates one profile or an array of profiles (the command's core): the
 * command's values are converted to the engine's at its boundary (`fromContract`), its lists put
 * in canonical order first (the result does not depend on the order they were written in).
 */
export function run(input: unknown, registry: Registry): RunResult {
  const v = validateProfiles(input, registry);
  if (!v.ok) return v;
  return { ok: true, results: v.profiles.map((p) => evaluate(fromContract(inCanonicalOrder(p)), registry)), single: !Array.isArray(input) };
}
