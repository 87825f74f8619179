/**
 * What a condition type must provide, in its file `<type>.ts`: its `evaluation` (evaluate,
 * inputs) and its `definition` (schema, awards named, description). Two exports so that the
 * browser, which only evaluates, bundles no schema or page wording. The indexes (`index.ts`,
 * `definitions.ts`) are typed by the union of condition types, so a type without its file, or a
 * file missing a piece, is a compile error.
 */
import type { z as Z } from 'astro/zod';
import type { Condition, InitiativeFilter, Within, YearTest } from '../../../schemas/award';
import type { ConditionInput } from '../inputs';
import type { Registry } from '../registry';
import type { AwardSubject, Sector } from '../../vocabulary';
import type { Ctx, Finding } from './common';

export type ConditionType = Condition['type'];
export type ConditionOf<K extends ConditionType> = Extract<Condition, { type: K }>;

/**
 * The pieces a schema is built from, passed in by `src/schemas/award.ts`: the handlers never
 * import Zod, so the browser checker, which runs their evaluation, carries no Zod.
 */
export interface SchemaKit {
  z: typeof Z;
  /** The schema of a condition of `type`: `z.strictObject({ type: z.literal(type), ...fields })`. */
  conditionOf<K extends ConditionType, S extends Z.core.$ZodShape>(type: K, fields: S): Z.ZodObject<{ type: Z.ZodLiteral<K> } & S, Z.core.$strict>;
  /** `{ error: "<name> phải là một trong: …" }`. */
  enumOf(name: string, values: readonly string[]): { error: string };
  /** A Vietnamese text of at least `min` characters; `what` names the field. */
  text(min: number, what: string): Z.ZodString;
  awardId: Z.ZodString;
  yearTest: Z.ZodType<YearTest>;
  within: Z.ZodType<Within>;
  initiativeFilter: Z.ZodType<InitiativeFilter>;
  /** The whole condition language (for all-of / any-of). */
  condition: Z.ZodType<Condition>;
}

/** What the inputs of a condition depend on. */
export interface InputCtx {
  year: number;
  subject: AwardSubject;
  /** The profile's sector, where a `Ctx` has it (so criteria are selected the same way). */
  profile: { sector: Sector };
  registry: Registry;
  date: string;
}

/** The engine's side of a condition type (the browser checker runs it). */
export interface Evaluation<K extends ConditionType> {
  /** Evaluates the condition; `ev` evaluates a nested condition. */
  evaluate(c: ConditionOf<K>, ctx: Ctx, ev: (c: Condition, ctx: Ctx) => Finding): Finding;
  /** The profile fields the condition reads (the checker's questions). */
  inputs(c: ConditionOf<K>, ctx: InputCtx, inputsOf: (c: Condition, ctx: InputCtx) => ConditionInput[]): ConditionInput[];
}

/** The registry's side: how the condition is written, what it names, how pages describe it (server side). */
export interface Definition<K extends ConditionType> {
  /** The schema of the condition as written in the registry's YAML. */
  schema(kit: SchemaKit): Z.ZodType<ConditionOf<K>>;
  /** Every award id the condition names (checked when the registry is loaded); absent: it names none. */
  awards?(c: ConditionOf<K>, awardsOf: (c: Condition) => string[]): string[];
  /** A short Vietnamese description for award pages; `describe` describes a nested condition. */
  describe(c: ConditionOf<K>, nameOf: (id: string) => string, describe: (c: Condition) => string): string;
}

export type Evaluations = { [K in ConditionType]: Evaluation<K> };
export type Definitions = { [K in ConditionType]: Definition<K> };
