/**
 * Where the handbook's legal rules stand: the date they were last checked, what was checked,
 * and the 2026 amending law, in force since 01/10/2026, whose text has NOT been read yet. The
 * law page, the award pages and the eligibility checker all read these constants, so one edit
 * here updates every notice.
 *
 * Plain TypeScript (no Astro imports). Facts come from sources/reference/legal-facts-turn2.md §1,
 * which wins over legal-verification.md §4, which wins over legal-facts.md §1.3–1.5.
 */
import { LAW, RULES_CHECKED_ON } from './legal-parameters';

/** Date (YYYY-MM-DD) the award rules were last compared with the reference sheets (legal-parameters.ts). */
export { RULES_CHECKED_ON };

/** What was compared on RULES_CHECKED_ON, in Vietnamese, for the notices. */
export const RULES_CHECKED_SCOPE =
  'Các tiêu chuẩn, thẩm quyền và hồ sơ được đối chiếu với bảng tổng hợp pháp lý và bảng kiểm chứng của nhóm biên soạn ' +
  '(Luật Thi đua, khen thưởng số 06/2022/QH15, Nghị định 152/2025/NĐ-CP, Điều 59 Nghị định 129/2025/NĐ-CP, Thông tư 15/2025/TT-BNV, ' +
  'mức lương cơ sở theo Nghị định 161/2026/NĐ-CP), lập từ nguồn thứ cấp; chưa đọc trực tiếp cổng văn bản chính thức. ' +
  'Luật 06/2026/QH16 sửa đổi Luật Thi đua, khen thưởng có hiệu lực từ 01/10/2026 nhưng chưa có lời văn để đối chiếu.';

/** The 2022 Law, the base text of every rule in the handbook. */
export const LAW_2022 = {
  /** Id of the entry in content/van-ban/. */
  id: LAW.value.id,
  number: LAW.value.number,
  /** In force from (legal-facts.md §1.1, HIGH). */
  effective: LAW.from!,
} as const;

/** A change reported for the 2026 amending law (or its draft), not checked against any text. */
export interface ReportedChange {
  /** What would change, in the handbook's words. */
  text: string;
  /** Law anchor concerned, when there is one ("dieu-23"). */
  article: string | null;
  /** Whether this is known to be in the passed law ("da-thong-qua") or only in the draft ("du-thao"). */
  stage: 'du-thao' | 'da-thong-qua';
  /** Where it comes from. */
  source: string;
}

/**
 * The law amending Law 06/2022/QH15: Luật 06/2026/QH16, passed 23/4/2026, in force since
 * 01/10/2026 (legal-facts-turn2.md §1: number MED-HIGH, date MED). `verified: false` is about
 * its CONTENT: nobody on the team has read its text, so no rule in the handbook applies it yet
 * and the checker keeps the 2022 reading beside the reported changes.
 */
export const AMENDMENT_2026 = {
  /** Id of its entry in content/van-ban/ (kind luat, page /luat/<id>/). */
  id: 'luat-sua-doi-thi-dua-khen-thuong-2026',
  title: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
  /** Number, settled by elimination (the session's other 8 laws are 01–05 and 07–09); not seen on an official page. */
  number: '06/2026/QH16',
  numberInferred:
    'Kỳ họp thứ nhất Quốc hội khóa XVI thông qua 9 luật; 8 luật kia mang số 01–05 và 07–09, chỉ còn số 06, khớp với hai nguồn không chính thức ghi “Luật số 06/2026/QH16”; chưa thấy trên cổng chính thức (legal-facts-turn2.md §1, độ tin cậy trung bình - cao).',
  /** Passed at the 1st session of the 16th National Assembly (6–24/4/2026). */
  passed: '2026-04',
  /** Date of the law (23/4/2026): every law of the session with visible metadata has it, MED. */
  dated: '2026-04-23',
  /** Takes effect (MED); the law is in force from this date. */
  effective: '2026-10-01',
  /** Confidence of the date and entry into force, per legal-facts-turn2.md §1. */
  confidence: 'med' as const,
  /** False until its text has been read and the rules compared with it (the content is unverified; the law itself is in force). */
  verified: false,
  /** The law it amends. */
  amends: LAW_2022.id,
  /** Reported changes; which of the draft's proposals survived is unknown. */
  reportedChanges: [
    {
      text: 'Dự thảo tháng 12/2025: danh hiệu “Chiến sĩ thi đua cơ sở” sẽ đòi hỏi được đánh giá hoàn thành xuất sắc nhiệm vụ VÀ có sáng kiến (hoặc đề tài khoa học, mưu trí sáng tạo trong chiến đấu); chỉ hoàn thành xuất sắc nhiệm vụ sẽ không còn đủ.',
      article: 'dieu-23',
      stage: 'du-thao',
      source: 'legal-verification.md §4 (dantri 16/12/2025; laodong)',
    },
    {
      text: 'Dự thảo tháng 12/2025: đổi danh hiệu “Xã, phường, thị trấn tiêu biểu” thành “Xã, phường, đặc khu tiêu biểu”, tiêu chuẩn gắn với phong trào thi đua của tỉnh.',
      article: 'dieu-20',
      stage: 'du-thao',
      source: 'legal-verification.md §4 (dantri 16/12/2025)',
    },
    {
      text: 'Dự thảo tháng 12/2025: ghi vào Luật rằng không cần có hình thức khen thưởng mức thấp mới được khen mức cao, và thành tích đột xuất hoặc theo chuyên đề chỉ được khen một lần, một hình thức.',
      article: 'dieu-5',
      stage: 'du-thao',
      source: 'legal-verification.md §4 (dantri 17/12/2025)',
    },
    {
      text: 'Luật đã thông qua (theo một trang tóm tắt): đơn giản hóa thủ tục, tăng phân cấp; thêm nguyên tắc quan tâm vùng đồng bào dân tộc thiểu số, miền núi; thêm tiêu chí “đi đầu trong đổi mới sáng tạo, chuyển đổi số”; thêm loại hình “khen thưởng phong trào thi đua theo chuyên đề” và “khen thưởng chuyên đề”.',
      article: null,
      stage: 'da-thong-qua',
      source: 'legal-verification.md §4 (trang tóm tắt dẫn luatvietnam.vn, độ tin cậy trung bình)',
    },
  ] satisfies ReportedChange[],
} as const;

/** The default sentence of the amendment notice shown above the 2022 standards. */
export const AMENDMENT_NOTICE_TEXT =
  'Các tiêu chuẩn dưới đây theo Luật 2022; Luật 06/2026/QH16 sửa đổi, có hiệu lực từ 01/10/2026, chưa được đối chiếu vì cẩm nang chưa có lời văn';

/**
 * Whether a date (YYYY-MM-DD) falls on or after the entry into force of the 2026 amending law,
 * i.e. whether its (unverified) content may govern a dossier lodged on that date.
 */
export function amendmentMayApply(date: string): boolean {
  return date >= AMENDMENT_2026.effective;
}
