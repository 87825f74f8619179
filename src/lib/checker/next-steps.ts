/**
 * Next steps in plain words. The engine's `missing` lines are written for the command: they name
 * the profile's fields ("Cho biết kết quả xếp loại năm 2023 (history, trường rating).",
 * "Khai báo các sáng kiến, đề tài (initiatives); …"). The command keeps that wording; here each
 * such request is found in the line and becomes a reference to a field path and a year, which
 * the page renders as a link to the question and the batch table as the column to fill
 * (copy.ts, FIELD_ASK). The rest of the line (a route's label, "Cần thêm 2 năm…") is kept.
 * Plain TypeScript, no DOM imports.
 */
import { UI, type AskField } from './copy';

/** A piece of a next step: words, or a request for a field (of a year). */
export type Segment = string | { field: AskField; year?: number };

/** One next step, and whether it asks for information (or says what else would do). */
export interface NextStep { segments: Segment[]; asks: boolean }

/** The engine's requests (src/lib/eligibility/copy.ts, `ask`), as written for the command, with the field each names. */
const REQUESTS: { re: RegExp; field: (m: RegExpExecArray) => AskField }[] = [
  { re: /bổ sung năm (\d{4}) vào history \(xếp loại và các danh hiệu đã đạt năm đó\)/i, field: () => 'history' },
  { re: /cho biết kết quả xếp loại năm (\d{4}) \(history, trường rating\)/i, field: () => 'history.rating' },
  { re: /cho biết các danh hiệu đã đạt năm (\d{4}) \(history, trường titles; ghi danh sách rỗng nếu không có\)/i, field: () => 'history.titles' },
  { re: /cho biết kết quả xếp loại của tập thể năm (\d{4}) \(collective\.rating\)/i, field: () => 'collective.rating' },
  { re: /cho biết số tháng công tác năm (\d{4}) \(history, trường monthsWorked; nghỉ thai sản ghi ở maternityLeaveMonths\) hoặc ngày bắt đầu công tác tại đơn vị \(joinedOn\)/i, field: () => 'history.monthsWorked' },
  { re: /khai báo các sáng kiến, đề tài \(initiatives\); ghi danh sách rỗng nếu không có/i, field: () => 'initiatives' },
  { re: /khai báo các hình thức khen thưởng đã nhận \(awards\), kể cả loại khen thưởng; ghi danh sách rỗng nếu chưa có/i, field: () => 'awards' },
  { re: /khai báo các thành tích khác \(achievements\); ghi danh sách rỗng nếu không có/i, field: () => 'achievements' },
  { re: /khai báo các hình thức kỷ luật \(discipline\), kể cả thời hạn; ghi danh sách rỗng nếu không bị kỷ luật/i, field: () => 'discipline' },
  { re: /cho biết số liệu của tập thể: collective\.(members|laoDongTienTien|chienSiThiDuaCoSo|completedTasks|disciplinedWarningOrAbove)/i, field: (m) => `collective.${m[1]}` as AskField },
  // The checker's own advice when the pending question was answered "Không rõ" (result.ts).
  { re: new RegExp(UI.pendingUnknownAdvice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\.$/, '')), field: () => 'pending' },
];

/** Field names of the command's profile, for a last clean-up of any request this module does not know yet. */
const CODE_WORDS = /\s*\((?:history[^)]*|initiatives|awards|achievements|discipline|joinedOn|collective\.\w+)\)|\s*collective\.\w+|monthsWorked|maternityLeaveMonths/g;

/**
 * An engine explanation without the command's field names ("hồ sơ không có năm 2024 trong
 * history" → "chưa có thông tin năm 2024").
 */
export function plainWords(text: string): string {
  return text.replace(/hồ sơ không có năm (\d{4}) trong history/g, 'chưa có thông tin năm $1').replace(CODE_WORDS, '');
}

/** Splits one engine line into words and field requests. */
export function segmentsOf(line: string): Segment[] {
  const out: Segment[] = [];
  let rest = line;
  for (;;) {
    let best: { at: number; len: number; seg: Segment } | undefined;
    for (const r of REQUESTS) {
      const m = r.re.exec(rest);
      if (m && (!best || m.index < best.at)) {
        const year = /^\d{4}$/.test(m[1] ?? '') ? Number(m[1]) : undefined;
        best = { at: m.index, len: m[0].length, seg: { field: r.field(m), ...(year ? { year } : {}) } };
      }
    }
    if (!best) break;
    if (best.at) out.push(rest.slice(0, best.at));
    out.push(best.seg);
    rest = rest.slice(best.at + best.len);
  }
  const tail = rest.replace(CODE_WORDS, '');
  if (tail) out.push(tail);
  return out.map((s) => (typeof s === 'string' ? s.replace(CODE_WORDS, '') : s));
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
