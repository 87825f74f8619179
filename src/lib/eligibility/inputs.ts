/**
 * Which profile fields an award needs, so the checker asks only those questions (for example the
 * history years a 5-year chain reads). Derived from the same conditions the evaluator runs.
 */
import type { Award, AwardSubject, Sector } from '../../schemas/award';
import { applicableCriteria, conditionInputs } from './conditions/index';

export { conditionInputs };
import * as vi from './copy';
import { proposalDate, type Registry } from './registry';

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
  /** The question, in Vietnamese. */
  question: string;
  /** Ids of the criteria that read the field. */
  criteria: string[];
}

/** A Vietnamese description of what a condition reads ("questions"-friendly). */
export interface ConditionInput {
  field: InputField;
  years?: { from: number; to: number };
  further?: boolean;
}

const QUESTIONS: Record<InputField, (y?: { from: number; to: number }) => string> = {
  sector: () => 'Người được đề nghị thuộc khu vực nào (cơ quan nhà nước, lực lượng vũ trang, công nhân – nông dân, doanh nghiệp)?',
  joinedOn: () => 'Ngày bắt đầu công tác tại đơn vị?',
  'history.rating': (y) => `Kết quả xếp loại từng năm${y ? ` (${vi.yearRange([y.from, y.to])})` : ''}?`,
  'history.titles': (y) => `Các danh hiệu thi đua đã đạt từng năm${y ? ` (${vi.yearRange([y.from, y.to])})` : ''}?`,
  'history.monthsWorked': (y) => `Số tháng công tác trong năm${y ? ` ${y.to}` : ''}?`,
  'history.maternityLeaveMonths': (y) => `Số tháng nghỉ thai sản trong năm${y ? ` ${y.to}` : ''} (được tính là thời gian công tác)?`,
  initiatives: () => 'Các sáng kiến, đề tài đã được công nhận (năm, cấp công nhận, đã dùng để xét khen thưởng nào chưa)?',
  awards: () => 'Các hình thức khen thưởng đã nhận (năm, loại: công trạng, chuyên đề, đột xuất…)?',
  achievements: () => 'Các thành tích khác (phong trào thi đua, đột xuất, đóng góp) và phạm vi công nhận?',
  discipline: () => 'Có bị kỷ luật không? Hình thức và thời hạn kỷ luật?',
  pending: () => 'Có đang bị xem xét kỷ luật, điều tra, thanh tra, hoặc có khiếu nại, tố cáo đang được xác minh không?',
  'collective.rating': () => 'Kết quả xếp loại của tập thể trong năm xét?',
  'collective.members': () => 'Tổng số thành viên của tập thể?',
  'collective.laoDongTienTien': () => 'Số thành viên đạt danh hiệu Lao động tiên tiến (hoặc Chiến sĩ tiên tiến)?',
  'collective.chienSiThiDuaCoSo': () => 'Số thành viên đạt danh hiệu Chiến sĩ thi đua cơ sở?',
  'collective.completedTasks': () => 'Số thành viên hoàn thành nhiệm vụ trở lên?',
  'collective.disciplinedWarningOrAbove': () => 'Số thành viên bị kỷ luật từ cảnh cáo trở lên trong năm?',
};

/**
 * The questions to ask for an award, a year, a subject and a sector: one per profile field, with
 * the span of history years the criteria read at least.
 */
export function requiredInputs(
  registry: Registry,
  awardId: string,
  opts: { year: number; subject?: AwardSubject; sector?: Sector },
): InputNeed[] {
  const award: Award | undefined = registry.get(awardId);
  if (!award) throw new Error(`Không có "${awardId}" trong danh mục khen thưởng.`);
  const subject: AwardSubject = opts.subject ?? 'ca-nhan';
  const sector: Sector = opts.sector ?? 'civil-service';
  const date = proposalDate(opts.year);
  const ctx = { year: opts.year, subject, sector, registry, date };
  const needs = new Map<InputField, InputNeed>();
  for (const k of applicableCriteria(award, { subject, profile: { sector } as never, date })) {
    const conditions = [k.condition, ...(k.reportedChanges ?? []).filter((r) => r.from <= date).map((r) => r.condition)];
    for (const input of conditions.flatMap((c) => conditionInputs(c, ctx))) {
      const prev = needs.get(input.field);
      const years = prev?.years && input.years ? { from: Math.min(prev.years.from, input.years.from), to: Math.max(prev.years.to, input.years.to) } : (prev?.years ?? input.years);
      needs.set(input.field, {
        field: input.field,
        ...(years ? { years } : {}),
        ...(prev?.further || input.further ? { further: true } : {}),
        question: QUESTIONS[input.field](years),
        criteria: [...new Set([...(prev?.criteria ?? []), k.id])],
      });
    }
  }
  return [...needs.values()];
}
