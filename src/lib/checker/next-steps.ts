/**
 * Next steps in plain words. The engine's `missing` lines are written for the command: they name
 * the profile's fields ("Cho biết kết quả xếp loại năm 2023 (history, trường rating).",
 * "Khai báo các sáng kiến, đề tài (initiatives); …"). The command keeps that wording; here each
 * such request is found in the line and becomes a reference to a field path and a year, which
 * the page renders as a link to the question and the batch table as the column to fill
 * (copy.ts, FIELD_ASK). The rest of the line (a route's label, "Cần thêm 2 năm…") is kept.
 * Plain TypeScript, no DOM imports.
 */
import type { AskField } from './copy';

/** A piece of a next step: words, or a request for a field (of a year). */
export type Segment = string | { field: AskField; year?: number };

/** One next step, and whether it asks for information (or says what else would do). */
export interface NextStep { segments: Segment[]; asks: boolean }

/**
 * A request of the engine's wording (src/lib/eligibility/copy.ts, `ask`): from its verb to the end
 * of its sentence or of its route ("; hoặc điểm b: …"). "collective.members." ends the sentence
 * only at the last dot (a dot followed by a space or the end).
 */
const REQUEST = /(?:bổ sung|cho biết|khai báo|xác nhận với đơn vị)\b.*?(?=; hoặc|\.(?:\s|$)|$)/gi;

/** The command's field names a request contains, and the field each stands for (first match wins). */
const CODES: [code: string, field: AskField][] = [
  ['trường rating', 'history.rating'], ['trường titles', 'history.titles'], ['monthsWorked', 'history.monthsWorked'], ['vào history', 'history'],
  ['(initiatives)', 'initiatives'], ['(awards)', 'awards'], ['(achievements)', 'achievements'], ['(discipline)', 'discipline'],
  ['collective.rating', 'collective.rating'], ['collective.members', 'collective.members'], ['collective.laoDongTienTien', 'collective.laoDongTienTien'],
  ['collective.chienSiThiDuaCoSo', 'collective.chienSiThiDuaCoSo'], ['collective.completedTasks', 'collective.completedTasks'],
  ['collective.disciplinedWarningOrAbove', 'collective.disciplinedWarningOrAbove'],
  // The checker's own request when the pending question was answered "Không rõ" (result.ts).
  ['không có việc xem xét kỷ luật', 'pending'],
];

/** Field names of the command's profile, for a last clean-up of any wording this module does not know yet. */
const CODE_WORDS = /\s*\((?:history[^)]*|initiatives|awards|achievements|discipline|joinedOn|collective\.\w+)\)|\s*collective\.\w+|monthsWorked|maternityLeaveMonths|hồ sơ không có năm (\d{4}) trong history/g;

/**
 * Text without the command's field names ("hồ sơ không có năm 2024 trong history" → "chưa có
 * thông tin năm 2024"); for engine explanations and what is left of a next step.
 */
export const plainWords = (text: string) => text.replace(CODE_WORDS, (_, y) => (y ? `chưa có thông tin năm ${y}` : ''));

/** Splits one engine line into words and field requests. */
export function segmentsOf(line: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of line.matchAll(REQUEST)) {
    const field = CODES.find(([c]) => m[0].includes(c))?.[1];
    if (!field) continue;
    if (m.index > at) out.push(plainWords(line.slice(at, m.index)));
    const year = /năm (\d{4})/.exec(m[0])?.[1];
    out.push(year ? { field, year: Number(year) } : { field });
    at = m.index + m[0].length;
  }
  if (at < line.length) out.push(plainWords(line.slice(at)));
  return out;
}

/**
 * The next steps of a result, in order: the steps that ask for information first (the user can
 * act on them now), then the others (other routes, what more is needed). Lines that ask for the
 * same fields are given once.
 */
export function nextSteps(missing: string[]): NextStep[] {
  const steps = missing.map((line) => {
    const segments = segmentsOf(line);
    return { segments, asks: segments.some((s) => typeof s !== 'string') };
  });
  return [...steps.filter((s) => s.asks), ...steps.filter((s) => !s.asks)];
}

/** A next step as text, each request rendered by `ask` (capitalised at the start of the step). */
export function stepText(step: NextStep, ask: (field: AskField, year: number | undefined, first: boolean) => string): string {
  return step.segments.map((s, i) => (typeof s === 'string' ? s : ask(s.field, s.year, i === 0))).join('');
}
