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
export { loadRegistry, RegistryError, proposalDate, inEffect, RULESET_AS_OF, RULESET_FROM, DOCUMENT_NUMBERS, LAW_DOCUMENT } from './registry';
export type { Registry, RawEntry } from './registry';
export { validateProfiles, formatIssue, profileSchema, MIN_YEAR, MAX_YEAR } from './profile';
export type { Profile, ProfileInput, ProfileIssue, ValidationResult } from './profile';
export { evaluate, run, verdictOf } from './evaluate';
export { fromContract } from './boundary';
export type { EngineProfile } from './boundary';
export type { EligibilityResult, CriterionResult, Verdict, RunResult } from './evaluate';
export { evalCondition, applicableCriteria } from './conditions';
export type { Status, Finding } from './conditions';
export { requiredInputs, conditionInputs } from './inputs';
export type { InputNeed, InputField, ConditionInput } from './inputs';
export { VERDICT_VI, RATING_VI, CONFIDENCE_VI } from './copy';
