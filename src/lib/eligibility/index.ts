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
export { proposalDate, inEffect, registryOf, LAW_DOCUMENT } from './registry';
export type { Registry } from './registry';
export { MIN_YEAR, MAX_YEAR } from './years';
export type { Profile } from './profile';
export { evaluate, evaluateCoded, verdictOf } from './evaluate';
export type { EligibilityResult, CriterionResult } from './evaluate';
export { fromContract } from './boundary';
export { applicableCriteria } from './conditions/index';
export { requiredInputs } from './inputs';
export type { InputNeed, InputField } from './inputs';
export { VERDICT_VI, CONFIDENCE_VI } from './copy';
export { awardFor, provincesDeciding } from './rule-sets';
