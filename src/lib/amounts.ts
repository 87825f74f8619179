/**
 * Award money by the date of the decision. Nghị định 152/2025/NĐ-CP sets each award's money as a
 * multiple of the base salary (lương cơ sở): Điều 49 takes the base salary in force on the date
 * of the award decision and rounds the result UP to the next 10.000 đồng; Điều 50–54 give the
 * multiples, different for a person and a collective (the registry's `amount` entries). The
 * base salary itself changes by decree, so it is a dated table here.
 *
 * Plain TypeScript with type-only imports: the award pages, the checker (in the browser) and the
 * command can all call `awardAmount` without loading the schemas.
 */
import type { AwardSubject, Confidence } from '../schemas/award';
import { formatDate, formatNumber } from './vi';
import { CONFIDENCE } from './vocabulary';

/** One base salary (mức lương cơ sở) and the date it applies from. */
export interface BaseSalary {
  /** Amount in đồng per month. */
  vnd: number;
  /** Date (YYYY-MM-DD) it applies from; it applies until the next entry's date. */
  from: string;
  /** The decree that sets it, in official form. */
  citation: string;
  /** Id of the decree's entry in content/van-ban/, when the handbook holds one. */
  document: string | null;
  /** How sure the handbook is (reference sheets in sources/reference/). */
  confidence: Confidence;
  /** Where the fact comes from. */
  source: string;
  /** Shown with the amount when confidence is below high. */
  caution?: string;
}

/** The base salaries the handbook knows, oldest first. Before the first date it knows none. */
export const BASE_SALARIES: readonly BaseSalary[] = [
  {
    vnd: 2_340_000,
    from: '2024-07-01',
    citation: 'khoản 2 Điều 3 Nghị định 73/2024/NĐ-CP',
    document: null,
    confidence: 'high',
    source: 'legal-facts.md §8.4',
  },
  {
    vnd: 2_530_000,
    from: '2026-07-01',
    citation: 'Nghị định 161/2026/NĐ-CP',
    document: 'nghi-dinh-161-2026-nd-cp',
    confidence: 'med',
    source: 'legal-facts-turn2.md §1',
    caution: 'mức 2.530.000 đồng từ 01/7/2026 (Nghị định 161/2026/NĐ-CP ngày 15/5/2026) thấy qua nhiều nguồn không chính thức thống nhất với nhau; cẩm nang chưa đọc văn bản Nghị định',
  },
];

/** The rounding rule: award money is rounded up to the next multiple of this many đồng. */
export const ROUNDING = {
  step: 10_000,
  citation: 'Điều 49 Nghị định 152/2025/NĐ-CP',
  document: 'nghi-dinh-152-2025-nd-cp',
  anchor: 'dieu-49',
} as const;

/** Date (YYYY-MM-DD) from which the multiples of Nghị định 152/2025/NĐ-CP apply (Điều 59 of that decree). */
export const MULTIPLES_FROM = '2025-07-01';

/** The base salary in force on a date (YYYY-MM-DD), or null when the handbook knows none for it. */
export function baseSalaryOn(date: string): BaseSalary | null {
  return BASE_SALARIES.filter((b) => b.from <= date).at(-1) ?? null;
}

/** Rounds an amount in đồng up to the next 10.000 đồng (Điều 49 Nghị định 152/2025/NĐ-CP). */
export function roundUpAward(vnd: number): number {
  return Math.ceil(vnd / ROUNDING.step) * ROUNDING.step;
}

/** A multiple of the base salary for some subjects, with its citation (a registry `amount` entry). */
export interface AmountRate {
  subjects: AwardSubject[];
  multiplier: number;
  citation: string;
  confidence: Confidence;
  caution?: string;
  document?: string;
  anchor?: string;
  article?: string;
}

/** The award money for one decision, or why the handbook cannot say. */
export type AwardAmount =
  | {
      known: true;
      /** Amount in đồng, rounded up to 10.000 đồng. */
      vnd: number;
      /** Multiple × base salary before rounding. */
      exact: number;
      rate: AmountRate;
      baseSalary: BaseSalary;
      /** The weaker of the rate's and the base salary's confidence. */
      confidence: Confidence;
    }
  | { known: false; reason: string };

const RANK: Record<Confidence, number> = { high: 3, med: 2, low: 1, unconfirmed: 0 };

const SUBJECT_WORDS: Record<AwardSubject, string> = { 'ca-nhan': 'cá nhân', 'tap-the': 'tập thể', 'ho-gia-dinh': 'hộ gia đình' };

/**
 * The money that goes with an award for a person, collective or household, when the decision is
 * signed on `decisionDate` (YYYY-MM-DD): multiple × base salary in force that day, rounded up to
 * 10.000 đồng. Unknown (with the reason in Vietnamese) when the registry has no multiple for that
 * subject, the date is before the handbook's first base salary, or the decision predates
 * Nghị định 152/2025/NĐ-CP, whose multiples the registry holds.
 */
export function awardAmount(
  award: { name: string; amount: readonly AmountRate[] },
  subject: AwardSubject,
  decisionDate: string,
): AwardAmount {
  const rate = award.amount.find((a) => a.subjects.includes(subject));
  if (!rate) return { known: false, reason: `Cẩm nang chưa có mức tiền thưởng của “${award.name}” cho ${SUBJECT_WORDS[subject]}.` };
  if (decisionDate < MULTIPLES_FROM) {
    return { known: false, reason: `Quyết định trước ${formatDate(MULTIPLES_FROM)} theo mức của Nghị định 98/2023/NĐ-CP, cẩm nang chưa đối chiếu; mức trong cẩm nang theo Nghị định 152/2025/NĐ-CP.` };
  }
  const baseSalary = baseSalaryOn(decisionDate);
  if (!baseSalary) return { known: false, reason: `Cẩm nang không có mức lương cơ sở áp dụng ngày ${formatDate(decisionDate)}.` };
  const exact = Math.round(rate.multiplier * baseSalary.vnd);
  const confidence = RANK[rate.confidence] <= RANK[baseSalary.confidence] ? rate.confidence : baseSalary.confidence;
  return { known: true, vnd: roundUpAward(exact), exact, rate, baseSalary, confidence };
}

/**
 * The checker's sentence on the money for a decision signed on `decisionDate`: the amount, how it
 * is computed and from which base salary, with the confidence when below high; or why the
 * handbook cannot say.
 */
export function amountSentence(a: AwardAmount, decisionDate: string): string {
  if (!a.known) return a.reason;
  const caution = a.confidence === 'high' ? '' : ` Độ tin cậy: ${CONFIDENCE.short[a.confidence]}.`;
  return `Nếu quyết định ký ngày ${formatDate(decisionDate)}: ${dongText(a.vnd)} (${formatNumber(a.rate.multiplier)} × mức lương cơ sở ${dongText(a.baseSalary.vnd)} theo ${a.baseSalary.citation}; mức theo ${a.rate.citation}; làm tròn lên theo Điều 49 Nghị định 152/2025/NĐ-CP).${caution}`;
}

/** The amount for every base salary period the multiples apply to (for the award page's table). */
export function amountHistory(award: { name: string; amount: readonly AmountRate[] }, subject: AwardSubject): { from: string; to: string | null; amount: AwardAmount }[] {
  return BASE_SALARIES.map((b, i) => {
    const from = b.from < MULTIPLES_FROM ? MULTIPLES_FROM : b.from;
    const next = BASE_SALARIES[i + 1]?.from ?? null;
    return { from, to: next ? dayBefore(next) : null, amount: awardAmount(award, subject, from) };
  }).filter((p) => p.to === null || p.from <= p.to);
}

// ---------------------------------------------------------------------------------------------
// Numbers in words (award pages and the checker's money line)

export { formatNumber };

/** "3.510.000 đồng". */
export function dongText(amount: number): string {
  return `${formatNumber(amount)} đồng`;
}

/** The day before a date (YYYY-MM-DD), in UTC so no time zone shifts it. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
