/**
 * The award registry as the engine uses it: entries indexed by id. Validating raw entries is
 * `load.ts` (Zod); this module is Zod-free so the browser checker can use it.
 *
 * The engine never reads files: callers pass plain objects (the command and the tests read
 * `content/khen-thuong/*.yaml`; the site passes the collection's data). No Node imports.
 */
import type { Award } from '../../schemas/award';

// Dated legal parameters (the law, the decrees, the rules' dates): src/lib/legal-parameters.ts.
export { DOCUMENT_NUMBERS, LAW_DOCUMENT, RULESET_AS_OF, RULESET_FROM } from '../legal-parameters';
import { inEffect } from '../legal-parameters';

export interface Registry {
  /** Entries in id order. */
  list: Award[];
  get(id: string): Award | undefined;
  ids(): string[];
}

/** The proposal date for the achievements of `year`: 01/01 of the next year (see docs/eligibility.md). */
export function proposalDate(year: number): string {
  return `${year + 1}-01-01`;
}

/** Whether a rule with these effective dates applies on `date`. */
export { inEffect };

/** A Registry over entries already validated (at build time, or by `loadRegistry`). */
export function registryOf(list: Award[]): Registry {
  const byId = new Map(list.map((a) => [a.id, a]));
  return { list, get: (id) => byId.get(id), ids: () => list.map((a) => a.id) };
}
