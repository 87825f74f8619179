/**
 * The provinces' own rule sets of an award, as its page lists them (docs/adr/0007). Plain
 * TypeScript, no Astro imports.
 */
import type { Award, Criterion } from '../../schemas/award';
import { provinceBySlug, provinceLabel } from '../provinces';
import { appliesToText, effectiveText, type AwardEntry } from './labels';

/** A province's rule set as an award page lists it (docs/adr/0007-provincial-rule-sets.md). */
export interface ProvincialRules {
  /** "tỉnh Bắc Ninh". */
  province: string;
  /** Element id of its block on the page ("quy-dinh-bac-ninh"). */
  elementId: string;
  /** The decision on the site, its number and the dates it applies to (in words). */
  document: string;
  number: string;
  when: string | null;
  /** Sectors it applies to, in words; null for all. */
  who: string | null;
  criteria: Criterion[];
  decidedBy: NonNullable<Award['ruleSets']>[number]['decidedBy'];
}

/** The provinces' rule sets the handbook holds for an award, in entry order. */
export function provincialRules(a: AwardEntry): ProvincialRules[] {
  return (a.ruleSets ?? []).map((r, i) => {
    // From the slug, not the schema's derived `name`: the content layer may serve data cached before it.
    const p = provinceBySlug(r.province);
    return {
      province: p ? provinceLabel(p) : r.province,
      elementId: `quy-dinh-${r.province}${i ? `-${i + 1}` : ''}`,
      document: r.document,
      number: r.number,
      when: effectiveText(r.effective),
      who: appliesToText(r.appliesTo),
      criteria: r.criteria ?? [],
      decidedBy: r.decidedBy ?? [],
    };
  });
}
