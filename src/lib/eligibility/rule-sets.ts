/**
 * Provincial rule sets (docs/adr/0007-provincial-rule-sets.md). The Law leaves the details of some
 * awards to ministries and provinces (Cờ thi đua, the collective titles, Bằng khen and Giấy khen
 * of a province: khoản 3 Điều 26, 27, 28, khoản 6 Điều 74, khoản 2 Điều 75). A province's own
 * regulation is data on the award entry (`ruleSets`) and applies only to a profile whose
 * `province` names that province, on proposal dates within the regulation's effective dates and
 * in the sectors it governs (only the award evaluated: a title it refers to with "meets the
 * standard of" is read at Law level; none of those titles has a provincial rule set). Elsewhere the Law-level criteria apply, and the result says that
 * the province sets the details.
 *
 * Zod-free, pure, and without the list of provinces (the browser checker uses it): names come
 * from the rule sets (derived by the schema); why another province gets the Law-level rules, from
 * `registry.whyLawLevel` (province-reasons.ts, server side).
 */
import type { Award, RuleSet } from '../../schemas/award';
import type { Sector } from '../vocabulary';
import { inEffect, type Registry } from './registry';
import * as vi from './copy';

/** Which rules decided a result, and the sentence that says so (the result's `ruleset.province`). */
export interface ProvinceScope {
  /** "province-rules": the province's rule set applied; "law-level": the Law's standard, the province sets the details. */
  kind: 'province-rules' | 'law-level';
  /** The province the profile names (slug), or null. */
  province: string | null;
  /** The rule set applied: its document on the site and its number; null at Law level. */
  document: string | null;
  number: string | null;
  /** Vietnamese, rendered by copy.ts. */
  note: string;
}

/** The rule sets of an award in force on `date` for `sector`. */
const inForce = (award: Pick<Award, 'ruleSets'>, date: string, sector: Sector) =>
  (award.ruleSets ?? []).filter((r) => inEffect(r.effective, date) && (!r.appliesTo?.sectors || r.appliesTo.sectors.includes(sector)));

/** The provinces (slug, name) whose rule set for an award applies on `date` for `sector`: where asking the province matters. */
export function provincesDeciding(award: Pick<Award, 'ruleSets'>, date: string, sector: Sector): [string, string][] {
  return inForce(award, date, sector).map((r) => [r.province, r.name]);
}

/** The rule set of `province` that applies to an award on `date` for `sector`, or null. */
export function ruleSetFor(award: Award, province: string | undefined, date: string, sector: Sector): RuleSet | null {
  return inForce(award, date, sector).find((r) => r.province === province) ?? null;
}

/** The award as evaluated for a profile of `province`: under that province's rule set where one applies (evaluate.ts applies it with `ruleSetFor`, since it also reports which). */
export const awardFor = (award: Award, province: string | undefined, date: string, sector: Sector): Award => underRuleSet(award, ruleSetFor(award, province, date, sector));

/** The award as it applies under a rule set: its criteria replace the Law-level standard ones. */
export function underRuleSet(award: Award, r: RuleSet | null): Award {
  if (!r) return award;
  return {
    ...award,
    criteria: r.criteria ? [...r.criteria, ...award.criteria.filter((c) => c.role === 'general')] : award.criteria,
    decidedBy: [...(r.decidedBy ?? []), ...award.decidedBy],
  };
}

/**
 * The scope note of a result: for an award whose criteria are left to provinces (a delegation, or
 * a rule set with criteria), or when a province's rule set applied; otherwise null.
 */
export function provinceScope(registry: Registry, award: Award, applied: RuleSet | null, province: string | undefined, date: string, sector: Sector): ProvinceScope | null {
  if (applied) return { kind: 'province-rules', province: province!, document: applied.document, number: applied.number, note: vi.provinceRulesApplied(applied.name, applied.number) };
  if (!award.delegation && !award.ruleSets?.some((r) => r.criteria)) return null;
  const why = province ? registry.whyLawLevel?.(award, province, date, sector) : vi.noProvinceGiven([...new Set(award.ruleSets?.map((r) => r.name))]);
  const d = award.delegation;
  const basis = d && `${d.citation}${vi.cautionSuffix(d.confidence, d.caution).replace(/^ \(/, '; ').replace(/\)$/, '')}`;
  return { kind: 'law-level', province: province ?? null, document: null, number: null, note: vi.lawLevelNote(why, basis) };
}
