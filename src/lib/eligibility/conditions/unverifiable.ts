/**
 * Condition `unverifiable`: * A decisive fact the profile format cannot express (leading an emulation cluster, criteria
 * set by a ministry or province). Always "unknown"; `ask` says what to find out.
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { reads, unknown } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'unverifiable'> = {
  evaluate(c) {
    return unknown(['unverifiable', c.what], [['registryText', c.ask]]);
  },
  inputs: reads(),
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'unverifiable'> = {
  schema: ({ conditionOf, text }) =>
    conditionOf('unverifiable', {
      what: text(10, 'what: nội dung tiêu chí'),
      ask: text(10, 'ask: cần tìm hiểu hoặc xác nhận điều gì'),
    }),
  describe: (c) => vi.clause(c.what),
};
