/**
 * The eligibility engine (xét điều kiện khen thưởng): plain TypeScript, no Node or Astro imports,
 * shared by the command `npm run eligibility`, the tests and the in-browser checker.
 *
 *   const registry = loadRegistry(entries);          // registry.ts: data (content/khen-thuong)
 *   const out = run(jsonInput, registry);            // evaluate.ts: routing and verdicts
 *   requiredInputs(registry, 'chien-si-thi-dua-co-so', { year: 2025 });  // inputs.ts: questions
 *
 * Policy lives in conditions.ts, Vietnamese wording in copy.ts. See docs/eligibility.md.
 */
export { loadRegistry, RegistryError, proposalDate, inEffect, LAW_DOCUMENT } from './registry';
export type { Registry, RawEntry } from './registry';
export { validateProfiles, formatIssue, MIN_YEAR, MAX_YEAR } from './profile';
export type { Profile } from './profile';
export { evaluate, run, verdictOf } from './evaluate';
export type { EligibilityResult, CriterionResult } from './evaluate';
export { applicableCriteria } from './conditions';
export { requiredInputs } from './inputs';
export type { InputNeed } from './inputs';
export { VERDICT_VI, CONFIDENCE_VI } from './copy';
