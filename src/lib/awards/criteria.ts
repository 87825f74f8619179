/**
 * Criteria as an award page shows them: element ids, in force or past on a date, the
 * alternatives of an "any-of", and whether the 2026 amending law may touch an entry. Plain
 * TypeScript, no Astro imports.
 */
import type { Condition, Effective } from '../../schemas/award';
import { describeCondition } from '../eligibility/conditions/definitions';
import { endedBefore, type AwardEntry } from './labels';

/** Unique element ids for the criteria of a page ("tieu-chi-tam-hoan-xet", "tieu-chi-tam-hoan-xet-2"). */
export function criterionElementIds(criteria: { id: string }[]): string[] {
  const count = new Map<string, number>();
  return criteria.map((c) => {
    const n = (count.get(c.id) ?? 0) + 1;
    count.set(c.id, n);
    return n === 1 ? `tieu-chi-${c.id}` : `tieu-chi-${c.id}-${n}`;
  });
}

/** Splits criteria for display on `date`: those in force or to come, and those that ended before. */
export function splitByDate<T extends { effective?: Effective }>(criteria: T[], date: string): { current: T[]; past: T[] } {
  return { current: criteria.filter((c) => !endedBefore(c.effective, date)), past: criteria.filter((c) => endedBefore(c.effective, date)) };
}

/** One alternative of an "any-of" criterion, as the page lists it. */
export interface Alternative {
  /** The registry's label ("điểm a", "sáng kiến được cơ sở công nhận"), when it gives one. */
  label: string | null;
  /** A description of what the alternative requires, when the label alone does not say it. */
  detail: string | null;
  /** Nested alternatives ("điểm d" with two routes). */
  alternatives: Alternative[];
}

/** Labels that only point at a place ("điểm a", "khoản 2", "tuyến 1") and need a description beside them. */
const BARE_LABEL = /^(điểm|khoản|tuyến|trường hợp)\s+\S+$/i;

/**
 * The alternatives of a criterion whose condition is an "any-of" ("đáp ứng một trong các tiêu
 * chuẩn sau"), or [] when it is not. An alternative that is itself an "any-of" lists its own.
 */
export function alternativesOf(c: Condition, nameOf: (id: string) => string): Alternative[] {
  if (c.type !== 'any-of') return [];
  return c.of.map((x) => alternativeOf(x, nameOf));
}

function alternativeOf(c: Condition, nameOf: (id: string) => string): Alternative {
  const label = 'label' in c && c.label ? c.label : null;
  if (c.type === 'any-of') return { label, detail: null, alternatives: c.of.map((x) => alternativeOf(x, nameOf)) };
  if (label && !BARE_LABEL.test(label)) return { label, detail: null, alternatives: [] };
  const inner = c.type === 'all-of' ? c.of.map((x) => describeCondition(x, nameOf)).join('; ') : describeCondition(c, nameOf);
  return { label, detail: inner, alternatives: [] };
}

/** Whether the 2026 amending law may change an entry (text unverified): reported changes on a criterion, on an article it is defined in, or reported for the law as a whole. */
export function amendmentMayTouch(
  award: AwardEntry,
  reported: readonly { article: string | null }[],
): boolean {
  if (award.criteria.some((c) => c.reportedChanges?.length)) return true;
  const roots = new Set(award.defined.map((d) => d.article?.match(/^dieu-\d+/)?.[0]).filter(Boolean));
  return reported.some((r) => r.article === null || roots.has(r.article));
}

/** The first Law article (root "dieu-N") an entry is defined in, or null. */
export function definingArticle(award: AwardEntry): string | null {
  for (const d of award.defined) {
    const m = d.article?.match(/^dieu-\d+/);
    if (m) return m[0];
  }
  return null;
}
