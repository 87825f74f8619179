/**
 * The registry's side of the condition language: each type's schema, the awards it names and
 * its description on award pages, gathered from the files of this folder. Server side (the
 * schema module, the registry loader, award pages); the browser checker imports only index.ts.
 */
import type { Condition } from '../../../schemas/award';
import type { Definition, Definitions, SchemaKit } from './types';
import * as ratingAtLeast from './rating-at-least';
import * as sectorIn from './sector-in';
import * as meetsStandard from './meets-standard';
import * as consecutiveYears from './consecutive-years';
import * as titleTimes from './title-times';
import * as baseAwardChain from './base-award-chain';
import * as initiatives from './initiatives';
import * as achievement from './achievement';
import * as monthsAtUnit from './months-at-unit';
import * as collectiveShare from './collective-share';
import * as collectiveCount from './collective-count';
import * as disciplineClear from './discipline-clear';
import * as notPending from './not-pending';
import * as assumed from './assumed';
import * as unverifiable from './unverifiable';
import * as allOf from './all-of';
import * as anyOf from './any-of';

/** How each condition type is written and described. */
export const DEFINITIONS: Definitions = {
  'rating-at-least': ratingAtLeast.definition,
  'sector-in': sectorIn.definition,
  'meets-standard': meetsStandard.definition,
  'consecutive-years': consecutiveYears.definition,
  'title-times': titleTimes.definition,
  'base-award-chain': baseAwardChain.definition,
  'initiatives': initiatives.definition,
  'achievement': achievement.definition,
  'months-at-unit': monthsAtUnit.definition,
  'collective-share': collectiveShare.definition,
  'collective-count': collectiveCount.definition,
  'discipline-clear': disciplineClear.definition,
  'not-pending': notPending.definition,
  'assumed': assumed.definition,
  'unverifiable': unverifiable.definition,
  'all-of': allOf.definition,
  'any-of': anyOf.definition,
};

const definition = <K extends Condition['type']>(c: Condition & { type: K }) => DEFINITIONS[c.type] as unknown as Definition<K>;

/** Every award id a condition names. */
export function conditionAwardIds(c: Condition): string[] {
  return definition(c).awards?.(c as never, conditionAwardIds) ?? [];
}

/**
 * A short Vietnamese description of a condition, for the alternatives of an "any-of" criterion
 * when the registry gives no descriptive label. `nameOf` names an award by id.
 */
export function describeCondition(c: Condition, nameOf: (id: string) => string): string {
  return definition(c).describe(c as never, nameOf, (x) => describeCondition(x, nameOf));
}

/** The schemas of every condition type, for the discriminated union of `src/schemas/award.ts`. */
export function conditionSchemas(kit: SchemaKit) {
  return (Object.keys(DEFINITIONS) as Condition['type'][]).map((type) => DEFINITIONS[type].schema(kit));
}

export type { SchemaKit } from './types';
