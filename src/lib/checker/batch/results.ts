/**
 * The batch's results: each row evaluated like the step-by-step checker, with the reason for its
 * verdict and what to do next (naming the columns to fill), the link that opens a row in the
 * step-by-step checker, and the results as CSV. Plain TypeScript, no DOM imports.
 */
import { VERDICT_VI, type EligibilityResult, type Registry } from '../../eligibility/index';
import { UNKNOWN, writeFragment, type Answers } from '../answers';
import { checkAnswers } from '../check-answers';
import { batchAskText, fieldTopic } from '../copy';
import { nextSteps, plainWords, stepText } from '../next-steps';
import { toCsv } from '../../csv';
import { NAME_PARAM } from '../sheet';
import { keysOf, route } from '../flow';
import { fieldColumns } from './columns';
import { readBatch, type BatchRow, type RowError } from './read';

/** One row of the batch result. */
export interface BatchResult extends BatchRow {
  result?: EligibilityResult;
  /** Why: the criteria that decide the verdict. */
  reason: string;
  /** What to do next. */
  next: string;
}

/**
 * The reason for a verdict: the explanations of the criteria that decide it (not met, or
 * unknown); for an eligible row, whether qualitative criteria were assumed met.
 */
export function reasonOf(r: EligibilityResult, registry: Registry): string {
  const pick = r.verdict === 'not-eligible' ? 'not-met' : r.verdict === 'eligible' ? null : 'unknown';
  if (pick) return r.criteria.filter((c) => c.status === pick).map((c) => `${plainWords(c.explanation)} (${c.citation})`).join(' | ');
  const assumed = registry.get(r.award)?.criteria.some((k) => k.condition.type === 'assumed' && r.criteria.some((c) => c.id === k.id));
  return `Đạt mọi tiêu chí đã kiểm tra${assumed ? '; các tiêu chí định tính (đạo đức, chấp hành pháp luật…) được giả định đạt, cần đơn vị xác nhận khi bình xét' : ''}.`;
}

/** What to do next for a row, in plain words: each request for information names the column to fill. */
export function batchNextSteps(missing: string[]): string {
  return nextSteps(missing)
    .map((step) =>
      stepText(step, (field, year, first) => {
        const t = batchAskText(fieldTopic(field, year ?? 0), fieldColumns(field, year ?? 0));
        return first ? t : t.charAt(0).toLowerCase() + t.slice(1);
      }),
    )
    .join(' | ');
}

/** Reads and evaluates a CSV of people. */
export function checkBatch(text: string, registry: Registry): { fileErrors: RowError[]; rows: BatchResult[] } {
  const batch = readBatch(text, registry);
  return {
    fileErrors: batch.fileErrors,
    rows: batch.rows.map((row) => {
      if (!row.answers) return { ...row, reason: '', next: '' };
      const result = checkAnswers(row.answers, registry);
      return { ...row, result, reason: reasonOf(result, registry), next: batchNextSteps(result.missing) };
    }),
  };
}

/**
 * The step-by-step checker's answers for a row, so its full result (criteria, dossier, print
 * sheet) can be opened at /kiem-tra/: every question the row leaves blank is answered the way an
 * empty cell reads, "không rõ" (the sector, when blank, is the default, cơ quan nhà nước). Returns
 * the URL fragment (`#award=…`), which the browser does not send to the server; with the row's
 * name (ho_ten), for the printed sheet.
 */
export function detailFragment(answers: Answers, registry: Registry, name = ''): string {
  const f = answersFragment(answers, registry);
  return f && name ? `${f}&${new URLSearchParams({ [NAME_PARAM]: name })}` : f;
}

function answersFragment(answers: Answers, registry: Registry): string {
  let a = { ...answers };
  for (let i = 0; i < 60; i++) {
    const r = route(a, registry);
    if (r.kind === 'result') return writeFragment(r.answers, keysOf(r.flow));
    // Keep the row's later answers while a routing question (sector, province) is filled in.
    a = { ...a };
    for (const k of r.question.keys) if (!(k in a)) a[k] = k === 'sector' ? 'civil-service' : k === 'subject' ? 'individual' : UNKNOWN;
  }
  return writeFragment(a, []);
}

/** The "Lỗi" text of a row. */
export const errorText = (errors: RowError[]) => errors.map((e) => `cột ${e.column}: ${e.message}`).join(' | ');

/** The results as CSV (one row per input row, in order). */
export function resultsCsv(rows: BatchResult[]): string {
  return toCsv([
    ['dong', 'ho_ten', 'danh_hieu_de_nghi', 'nam_xet', 'ket_qua', 'ly_do', 'can_lam_tiep', 'loi'],
    ...rows.map((r) => [r.row, r.name, r.result?.award ?? r.award, r.year, r.result ? VERDICT_VI[r.result.verdict] : 'lỗi dữ liệu', r.reason, r.next, errorText(r.errors)]),
  ]);
}
