/**
 * Award registry entries in words: the types pages use, the labels of kinds, levels, periods,
 * subjects, sectors, confidence and ladder links, and short phrases (who a rule applies to, when
 * it applies, an amount as a multiple of the base salary). Plain TypeScript, no Astro imports.
 */
import {
  AWARD_KINDS,
  AWARD_LEVELS,
  AWARD_PERIODS,
  AWARD_SUBJECTS,
  type Award,
  type AwardSubject,
  type Confidence,
  type Effective,
  type Sector,
} from '../../schemas/award';
import { CONFIDENCE, SECTOR, SUBJECT } from '../vocabulary';
import { formatDate, formatNumber, listVi } from '../vi';

/** One entry of the registry as the pages use it (the collection's `data`). */
export type AwardEntry = Award;
export type AwardKind = keyof typeof AWARD_KINDS;
export type AwardLevel = keyof typeof AWARD_LEVELS;
export type Relation = Award['prerequisites'][number]['relation'];

export const KIND_LABEL: Record<AwardKind, string> = AWARD_KINDS;
export const LEVEL_LABEL: Record<AwardLevel, string> = AWARD_LEVELS;
export const PERIOD_LABEL: Record<keyof typeof AWARD_PERIODS, string> = AWARD_PERIODS;

export const SUBJECT_LABEL: Record<AwardSubject, string> = SUBJECT.short;

/** Short names of the sectors (who-decides and "applies to" lines). */
export const SECTOR_LABEL: Record<Sector, string> = SECTOR.short;

export const CONFIDENCE_LABEL: Record<Confidence, string> = CONFIDENCE.short;

export const RELATION_LABEL: Record<Relation, string> = {
  'dieu-kien': 'điều kiện (ít nhất trên một tuyến xét)',
  'thang-bac': 'bậc tiếp theo thường gặp, không bắt buộc',
};

/** Upper-cases the first letter ("cá nhân, tập thể" → "Cá nhân, tập thể"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The subjects of an entry in words ("cá nhân và tập thể"), or null when the registry does not say. */
export function subjectText(subjects: readonly AwardSubject[]): string | null {
  if (!subjects.length) return null;
  return listVi(AWARD_SUBJECTS.filter((s) => subjects.includes(s)).map((s) => SUBJECT_LABEL[s]));
}

/** Who a rule applies to ("cá nhân; lực lượng vũ trang"), or null for everyone. */
export function appliesToText(a: { subjects?: AwardSubject[]; sectors?: Sector[] } | undefined): string | null {
  if (!a) return null;
  const parts: string[] = [];
  if (a.subjects?.length) parts.push(subjectText(a.subjects)!);
  if (a.sectors?.length) parts.push(a.sectors.map((s) => SECTOR_LABEL[s]).join('; '));
  return parts.length ? parts.join(' – ') : null;
}

/** "áp dụng từ 01/07/2025", "áp dụng đến 30/06/2025", "áp dụng từ … đến …", or null when always. */
export function effectiveText(e: Effective | undefined): string | null {
  if (!e?.from && !e?.to) return null;
  if (e.from && e.to) return `áp dụng từ ${formatDate(e.from)} đến ${formatDate(e.to)}`;
  return e.from ? `áp dụng từ ${formatDate(e.from)}` : `áp dụng đến ${formatDate(e.to!)}`;
}

/** Whether a rule only applied before `date` (it has an end date before it). */
export function endedBefore(e: Effective | undefined, date: string): boolean {
  return !!e?.to && e.to < date;
}

/** "1,5 lần mức lương cơ sở". */
export function multiplierText(multiplier: number): string {
  return `${formatNumber(multiplier)} lần mức lương cơ sở`;
}
