/**
 * Next steps in plain words. In the `missing` lines the checker gets (`evaluateCoded`), each
 * request for a profile field is a verb and the field's code ("Cho biết ⟨history.rating 2023⟩.");
 * the command words the same code with its field names. Here each request becomes a reference to
 * a field path and a year, which the page renders as a link to the question and the batch table
 * as the column to fill (copy.ts TOPICS, flow.ts ASKED_BY, batch/columns.ts FIELD_COLUMNS). The rest of the line (a
 * route's label, "Cần thêm 2 năm…") is kept. Plain TypeScript, no DOM imports.
 */
import type { AskField } from './copy';

/** A piece of a next step: words, or a request for a field (of a year). */
export type Segment = string | { field: AskField; year?: number };

/** One next step, and whether it asks for information (or says what else would do). */
export interface NextStep { segments: Segment[]; asks: boolean }

/**
 * A request: the engine's verb and field code ("Cho biết ⟨history.rating 2023⟩"; the code's
 * syntax is src/lib/eligibility/copy.ts `ASK_CODE`), or the checker's own request when the
 * pending question was answered "Không rõ" (result.ts), which ends at the end of its sentence.
 */
const REQUEST = /(?:bổ sung|cho biết|khai báo) ⟨([\w.]+)(?: (\d{4}))?⟩|xác nhận với đơn vị không có việc xem xét kỷ luật.*?(?=\.(?:\s|$)|$)/gi;

/** The one field name the engine's explanations use (copy.ts `yearNoYear`); requests are codes. */
const CODE_WORDS = /([hH])ồ sơ không có năm (\d{4}) trong history/g;

/**
 * Text without the command's field names ("hồ sơ không có năm 2024 trong history" → "chưa có
 * thông tin năm 2024", also at the start of a sentence); for engine explanations and what is left
 * of a next step.
 */
export const plainWords = (text: string) => text.replace(CODE_WORDS, (_, h: string, y: string) => `${h === 'H' ? 'C' : 'c'}hưa có thông tin năm ${y}`);

/** Splits one engine line into words and field requests. */
export function segmentsOf(line: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of line.matchAll(REQUEST)) {
    if (m.index > at) out.push(plainWords(line.slice(at, m.index)));
    const field = (m[1] ?? 'pending') as AskField;
    out.push(m[2] ? { field, year: Number(m[2]) } : { field });
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
