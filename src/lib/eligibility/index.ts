/**
 * The eligibility engine (xét điều kiện khen thưởng): plain TypeScript with no Zod, Node or Astro
 * imports, shared by the command `npm run eligibility`, the tests and the in-browser checker.
 *
 *   const registry = loadRegistry(entries);          // validate.ts (Zod, server side): data
 *   const out = run(jsonInput, registry);            // validate.ts: validate, convert, evaluate
 *   evaluate(fromContract(profile), registry);       // evaluate.ts: routing and verdicts
 *   requiredInputs(registry, 'chien-si-thi-dua-co-so', { year: 2025 });  // inputs.ts: questions
 *
 * This entry is Zod-free (the browser checker imports it); the validation entry points are in
 * `./validate`. Policy lives in conditions/ (one file per condition type), Vietnamese wording in copy.ts. See docs/eligibility.md.
 */
export { proposalDate, inEffect, registryOf, RULESET_AS_OF, RULESET_FROM, DOCUMENT_NUMBERS, LAW_DOCUMENT } from './registry';
export type { Registry } from './registry';
export { MIN_YEAR, MAX_YEAR } from './years';
export type { Profile, ProfileInput, ProfileIssue, ValidationResult } from './profile';
export { evaluate, verdictOf } from './evaluate';
export type { EligibilityResult, CriterionResult, Verdict } from './evaluate';
export { fromContract } from './boundary';
export type { EngineProfile } from './boundary';
export { evalCondition, applicableCriteria, EVALUATIONS } from './conditions/index';
export type { Status, Finding } from './conditions/index';
export { requiredInputs, conditionInputs, questionOf } from './inputs';
export type { InputNeed, InputField, ConditionInput } from './inputs';
export { VERDICT_VI, RATING_VI, CONFIDENCE_VI } from './copy';
