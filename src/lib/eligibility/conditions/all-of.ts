/**
 * Condition `all-of`: * Every condition in `of` must be met. `label` names the group in explanations when it is an
 * alternative of an any-of ("điểm d khoản 1 Điều 74").
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { combineAll, group, groupAwards, groupFields, groupInputs } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'all-of'> = {
  evaluate(c, ctx, ev) {
    const parts = c.of.map((x) => ev(x, ctx));
    const status = combineAll(parts);
    const shown = status === 'met' ? parts : parts.filter((p) => p.status === status);
    // Not met for a part that is for another sector only: that part alone explains it.
    const gate = status === 'not-met' ? shown.filter((p) => p.inapplicable) : [];
    const told = gate.length ? gate : shown;
    const f = group(status, vi.sentences(told.map((p) => p.text)), told.flatMap((p) => p.advice), parts);
    return gate.length ? { ...f, inapplicable: true } : f;
  },
  inputs: groupInputs,
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'all-of'> = {
  schema: (kit) => kit.conditionOf('all-of', groupFields(kit, 1)),
  awards: groupAwards,
  describe: (c, _nameOf, describe) => c.label ?? c.of.map((x) => describe(x)).join('; '),
};
