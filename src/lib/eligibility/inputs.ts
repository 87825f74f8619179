/**
 * Which profile fields an award needs, so the checker asks only those questions (for example the
 * history years a 5-year chain reads). Derived from the same conditions the evaluator runs.
 */
import type { Award, AwardSubject, Sector } from '../../schemas/award';
import { applicableCriteria, conditionInputs } from './conditions/index';

export { conditionInputs };
import * as vi from './copy';
import { proposalDate, type Registry } from './registry';
import { awardFor } from './rule-sets';

/** Profile fields a condition can read. */
export type InputField =
  | 'sector'
  | 'joinedOn'
  | 'history.rating'
  | 'history.titles'
  | 'history.monthsWorked'
  | 'history.maternityLeaveMonths'
  | 'initiatives'
  | 'awards'
  | 'achievements'
  | 'discipline'
  | 'pending'
  | 'collective.rating'
  | 'collective.members'
  | 'collective.laoDongTienTien'
  | 'collective.chienSiThiDuaCoSo'
  | 'collective.completedTasks'
  | 'collective.disciplinedWarningOrAbove';

/** One question the checker should ask. */
export interface InputNeed {
  field: InputField;
  /** For history fields: the years read at least (a chain may read further back when it is longer). */
  years?: { from: number; to: number };
  /** The history is read back beyond `years.from` until a chain breaks or the previous grant. */
  further?: boolean;
  /** Ids of the criteria that read the field. */
  criteria: string[];
}

/** A Vietnamese description of what a condition reads ("questions"-friendly). */
export interface ConditionInput {
  field: InputField;
  years?: { from: number; to: number };
  further?: boolean;
}


/**
 * The questions to ask for an award, a year, a subject and a sector: one per profile field, with
 * the span of history years the criteria read at least.
 */
export function requiredInputs(
  registry: Registry,
  awardId: string,
  opts: { year: number; subject?: AwardSubject; sector?: Sector; province?: string },
): InputNeed[] {
  const base: Award | undefined = registry.get(awardId);
  if (!base) throw new Error(vi.unknownAward(awardId));
  const subject: AwardSubject = opts.subject ?? 'ca-nhan';
  const sector: Sector = opts.sector ?? 'civil-service';
  const date = proposalDate(opts.year);
  // Where a province's own rule set applies, its criteria are the ones evaluated, so asked (rule-sets.ts).
  const award = awardFor(base, opts.province, date, sector);
  const ctx = { year: opts.year, subject, profile: { sector }, registry, date };
  const needs = new Map<InputField, InputNeed>();
  for (const k of applicableCriteria(award, ctx)) {
    const conditions = [k.condition, ...(k.reportedChanges ?? []).filter((r) => r.from <= date).map((r) => r.condition)];
    for (const input of conditions.flatMap((c) => conditionInputs(c, ctx))) {
      const prev = needs.get(input.field);
      const years = prev?.years && input.years ? { from: Math.min(prev.years.from, input.years.from), to: Math.max(prev.years.to, input.years.to) } : (prev?.years ?? input.years);
      needs.set(input.field, {
        field: input.field,
        ...(years ? { years } : {}),
        ...(prev?.further || input.further ? { further: true } : {}),
        criteria: [...new Set([...(prev?.criteria ?? []), k.id])],
      });
    }
  }
  return [...needs.values()];
}

