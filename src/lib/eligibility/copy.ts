/**
 * The Vietnamese copy of the eligibility engine: every sentence a user reads (explanations,
 * "missing" advice, questions). The evaluator (`conditions.ts`) decides; this module only words
 * the decision, so wording can be reviewed and changed without touching the rules.
 */
import type { YearTest } from '../../schemas/award';
import { ACHIEVEMENT_KIND, AWARD_TYPE, COLLECTIVE_COUNT, CONFIDENCE, DISCIPLINE_LEVEL, INITIATIVE_KIND, PENDING_FLAG, RATING, SCOPE, SECTOR, VERDICT, type Confidence, type DisciplineLevel, type PendingFlag, type Rating } from '../vocabulary';
import { formatDate } from '../vi';
import { generalDecree } from '../legal-parameters';

// Labels: the full forms of src/lib/vocabulary.ts.
export const RATING_VI = RATING.full;
export const SCOPE_VI = SCOPE.full;
export const SECTOR_VI = SECTOR.full;
export const INITIATIVE_VI = INITIATIVE_KIND.full;
export const ACHIEVEMENT_VI = ACHIEVEMENT_KIND.full;
export const AWARD_TYPE_VI = AWARD_TYPE.full;
export const CONFIDENCE_VI = CONFIDENCE.short;
export const VERDICT_VI = VERDICT.short;
/** Inside a sentence ("kỷ luật cảnh cáo"); "khac" reads "kỷ luật". */
export const DISCIPLINE_VI = DISCIPLINE_LEVEL.short;
export const COLLECTIVE_FIELD_VI = COLLECTIVE_COUNT.full;

/** "hoàn thành tốt nhiệm vụ trở lên"; "hoàn thành xuất sắc nhiệm vụ" (the top rating needs no "trở lên"). */
export function ratingAtLeast(min: Rating): string {
  return min === 'htxs' ? RATING_VI.htxs : `${RATING_VI[min]} trở lên`;
}

/** "2021, 2023 và 2025". */
export function yearList(years: number[]): string {
  const ys = [...years].sort((a, b) => a - b).map(String);
  if (ys.length <= 1) return ys.join('');
  return `${ys.slice(0, -1).join(', ')} và ${ys.at(-1)}`;
}

/** "2021–2025" for a run of years, or "2025" for one. */
export function yearRange(years: number[]): string {
  if (!years.length) return '';
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? String(min) : `${min}–${max}`;
}

export function joinVi(items: string[], last = 'và'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** A sentence: first letter upper case, final full stop. */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const s = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}

/** Joins sentences. */
export function sentences(parts: string[]): string {
  return parts.filter(Boolean).map(sentence).join(' ');
}

/** Lower-cases the first letter (to embed a sentence in another) and drops the final stop. */
export function clause(text: string): string {
  const t = text.trim().replace(/\.$/, '');
  return t.charAt(0).toLowerCase() + t.slice(1);
}

/** The caution appended to explanations below high confidence. */
export function cautionSuffix(confidence: Confidence, caution: string | undefined): string {
  if (confidence === 'high') return '';
  return ` (độ tin cậy ${CONFIDENCE_VI[confidence]}: ${(caution ?? 'chưa đối chiếu được nguyên văn').trim().replace(/\.$/, '')})`;
}

/** What one year must be, as a noun phrase after "năm": "Chiến sĩ thi đua cơ sở", "hoàn thành tốt nhiệm vụ trở lên". */
export function yearUnit(test: YearTest, name: (id: string) => string): string {
  return 'ratingAtLeast' in test ? ratingAtLeast(test.ratingAtLeast) : name(test.title);
}

/** "đạt danh hiệu Chiến sĩ thi đua cơ sở" / "hoàn thành tốt nhiệm vụ trở lên" (after "năm 2024 …"). */
export function yearPredicate(test: YearTest, name: (id: string) => string): string {
  return 'ratingAtLeast' in test ? `được xếp loại ${ratingAtLeast(test.ratingAtLeast)}` : `đạt danh hiệu ${name(test.title)}`;
}

export const date = (d: string) => formatDate(d) ?? d;

/** The name of the decree holding the general principles on a proposal date (legal-parameters.ts). */
export function decree(proposalDate: string): string {
  return generalDecree(proposalDate).name;
}

// --- Reasons a year does not count, or is unknown ------------------------------------------

export const why = {
  rating: (y: number, r: Rating) => `năm ${y} xếp loại ${RATING_VI[r]}`,
  title: (y: number, title: string) => `năm ${y} không có danh hiệu ${title}`,
  discipline: (y: number, level: DisciplineLevel, from: string, to: string | undefined, decreeName: string) =>
    `năm ${y} trùng thời gian thi hành kỷ luật ${DISCIPLINE_VI[level]} (${date(from)}${to ? `–${date(to)}` : ', chưa hết thời hạn'}) nên không được tính (đoạn 2 khoản 4 Điều 4 ${decreeName})`,
  fresh: (y: number, award: string, grant: number) =>
    `từ năm ${y} trở về trước đã được tính cho lần được tặng ${award} năm ${grant}; một thành tích chỉ khen một lần (khoản 2 Điều 5 Luật Thi đua, khen thưởng)`,
  base: (y: number, base: string) => `chuỗi tính từ sau năm ${y}, năm được tặng ${base}`,
  noYear: (y: number) => `hồ sơ không có năm ${y} trong history`,
  noRating: (y: number) => `chưa biết xếp loại năm ${y}`,
  noTitles: (y: number) => `chưa biết các danh hiệu năm ${y}`,
  unsettledGrant: (y: number, award: string) => `chưa biết năm ${y} đã được tặng ${award} chưa (nếu đã tặng thì không tính lại, khoản 2 Điều 5 Luật)`,
};

export const ask = {
  year: (y: number) => `Bổ sung năm ${y} vào history (xếp loại và các danh hiệu đã đạt năm đó).`,
  rating: (y: number) => `Cho biết kết quả xếp loại năm ${y} (history, trường rating).`,
  titles: (y: number) => `Cho biết các danh hiệu đã đạt năm ${y} (history, trường titles; ghi danh sách rỗng nếu không có).`,
  collectiveRating: (y: number) => `Cho biết kết quả xếp loại của tập thể năm ${y} (collective.rating).`,
  initiatives: () => 'Khai báo các sáng kiến, đề tài (initiatives); ghi danh sách rỗng nếu không có.',
  awards: () => 'Khai báo các hình thức khen thưởng đã nhận (awards), kể cả loại khen thưởng; ghi danh sách rỗng nếu chưa có.',
  achievements: () => 'Khai báo các thành tích khác (achievements); ghi danh sách rỗng nếu không có.',
  discipline: () => 'Khai báo các hình thức kỷ luật (discipline), kể cả thời hạn; ghi danh sách rỗng nếu không bị kỷ luật.',
  months: (y: number) => `Cho biết số tháng công tác năm ${y} (history, trường monthsWorked; nghỉ thai sản ghi ở maternityLeaveMonths), và ngày bắt đầu công tác tại đơn vị (joinedOn) nếu mới đến trong năm.`,
  collective: (field: string) => `Cho biết số liệu của tập thể: collective.${field}.`,
  maternity: (y: number) => `Cho biết số tháng nghỉ thai sản năm ${y} (maternityLeaveMonths; ghi 0 nếu không nghỉ).`,
  contradiction: (what: string) => `Đối chiếu, sửa ${what}.`,
};

/** Two given facts that contradict each other: said as such, never settled by taking one. */
export function contradiction(one: string, other: string): string {
  return `Hai thông tin trong hồ sơ mâu thuẫn: ${one}, nhưng ${other}; cần đối chiếu, sửa hồ sơ.`;
}

/** "Cần thêm 1 năm Chiến sĩ thi đua cơ sở liên tục: sớm nhất năm 2026." */
export function needMoreYears(n: number, unit: string, earliest: number | null, after?: string): string {
  const tail = earliest === null ? ', tính từ khi hết thời hạn kỷ luật' : `: sớm nhất năm ${earliest}`;
  return `Cần thêm ${n} năm ${unit} liên tục${after ? ` ${after}` : ''}${tail}.`;
}

export const PENDING_VI = PENDING_FLAG.short;

export function pendingText(flags: PendingFlag[], decreeName: string): string {
  return `Cá nhân, tập thể được đề nghị ${joinVi(flags.map((f) => PENDING_VI[f]))}: chưa xét, chưa trình khen thưởng cho đến khi có kết luận (khoản 4 Điều 4 ${decreeName}).`;
}

export function pendingAdvice(decreeName: string): string {
  return `Chưa xét khen thưởng: chờ cơ quan có thẩm quyền kết luận việc xem xét kỷ luật, điều tra, thanh tra hoặc xác minh khiếu nại, tố cáo; nếu không có vi phạm thì được xét (khoản 4 Điều 4 ${decreeName}).`;
}

export function assumedText(what: string): string {
  return `Giả định đạt: ${clause(what)}. Hồ sơ không thể hiện tiêu chí định tính này; cần đơn vị xác nhận khi bình xét.`;
}

export function unverifiableText(what: string): string {
  return sentence(`${clause(what)}: hồ sơ không có thông tin để kiểm tra, cần xác nhận`);
}

export function readingsDisagree(summary: string, source: string, current: string, reported: string): string {
  return `Kết quả phụ thuộc vào thay đổi được đưa tin nhưng chưa xác minh (${source}): ${clause(summary)}. Theo Luật Thi đua, khen thưởng 2022 hiện hành: ${current}; nếu thay đổi này được áp dụng: ${reported}. Cần đối chiếu văn bản chính thức của Luật sửa đổi, bổ sung trước khi lập hồ sơ.`;
}

export function readingNote(summary: string, reported: string): string {
  return ` Nếu thay đổi được đưa tin (chưa xác minh) được áp dụng (${clause(summary)}): ${clause(reported)}.`;
}

export function beforeRuleset(year: number): string {
  return `Thành tích năm ${year} được đề nghị trước ngày 01/01/2024, khi Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2009, 2013) còn hiệu lực; cẩm nang chỉ có tiêu chí theo Luật 2022 (có hiệu lực từ 01/01/2024, Điều 94), nên kết quả dưới đây chỉ để tham khảo.`;
}

export const BEFORE_RULESET_ADVICE = 'Đối chiếu tiêu chuẩn của Luật Thi đua, khen thưởng 2003 và các văn bản hướng dẫn còn hiệu lực tại thời điểm đề nghị.';

export function noCriteria(name: string, note: string | undefined): string {
  return `${name}: ${clause(note ?? 'chưa có tiêu chí trong cẩm nang')}.`;
}

export function noCriteriaAdvice(name: string): string {
  return `Cẩm nang chưa có tiêu chí của ${name}: tra cứu toàn văn điều luật và hướng dẫn của bộ, ngành, tỉnh, hoặc hỏi bộ phận thi đua, khen thưởng.`;
}

export const NO_DECIDER = 'Cẩm nang chưa có thông tin về thẩm quyền quyết định cho đối tượng và khu vực này.';
