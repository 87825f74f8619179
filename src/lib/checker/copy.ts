/**
 * The checker's Vietnamese copy: questions, hints, option labels, error messages. Wording only:
 * which question comes when is decided in flow.ts, what the law requires in the registry and the
 * engine. Plain TypeScript, no Astro or DOM imports.
 */
import {
  ACHIEVEMENT_KIND, AWARD_TYPE, COLLECTIVE_COUNT, DISCIPLINE_LEVEL, INITIATIVE_KIND, PENDING_FLAG, RATING, SCOPE, SECTOR,
  type CollectiveField, type PendingFlag,
} from '../vocabulary';
import type { QuestionKind } from './flow';

export type Who = 'individual' | 'collective';

/** "người được đề nghị" / "tập thể". */
export const who = (w: Who) => (w === 'collective' ? 'tập thể' : 'người được đề nghị');

/** "2021–2025" or "2025". */
export function span(years: number[]): string {
  if (!years.length) return '';
  const a = Math.min(...years);
  const b = Math.max(...years);
  return a === b ? String(a) : `${a}–${b}`;
}

export const UNKNOWN_LABEL = 'Không rõ';

/** First letter upper case (the engine's labels are lower case, for use inside sentences). */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const capAll = <K extends string>(m: Record<K, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, cap(v as string)])) as Record<K, string>;

// Option labels: the full labels of the vocabulary (src/lib/vocabulary.ts), capitalised.
export const RATING_LABEL = capAll(RATING.full);
export const SECTOR_LABEL = capAll(SECTOR.full);
export const SCOPE_LABEL = capAll(SCOPE.full);
export const INITIATIVE_LABEL = capAll(INITIATIVE_KIND.full);
export const AWARD_TYPE_LABEL = capAll(AWARD_TYPE.full);
export const ACHIEVEMENT_LABEL = capAll(ACHIEVEMENT_KIND.full);
export const DISCIPLINE_LABEL = capAll(DISCIPLINE_LEVEL.full);
export const PENDING_LABEL = Object.fromEntries(Object.entries(PENDING_FLAG.full).map(([k, v]) => [k, `Có: ${v}`])) as Record<PendingFlag, string>;
export const COUNT_LABEL = {
  members: 'Tổng số thành viên',
  ...Object.fromEntries(Object.entries(COLLECTIVE_COUNT.full).map(([k, v]) => [k, `Số thành viên ${v}`])),
} as Record<CollectiveField | 'members', string>;

/** What the question texts may depend on: the subject, the year proposed, the years asked. */
export interface TextCtx { w: Who; y: number; ys: number[] }

const Subj = (c: TextCtx) => (c.w === 'collective' ? 'Tập thể' : 'Người được đề nghị');
const years = (ys: number[], many: string) => (ys.length > 1 ? `${many} ${span(ys)}` : `năm ${ys[0]}`);

/** Each question: its heading (the question), its hint, and its short label in the summary of answers. */
export const TEXT: Record<QuestionKind, (c: TextCtx) => [title: string, hint: string, label: string]> = {
  award: () => ['Bạn muốn tự kiểm tra danh hiệu hoặc hình thức khen thưởng nào?', 'Chọn một. Công cụ chỉ hỏi những điều mà tiêu chuẩn của lựa chọn này cần.', 'Danh hiệu, hình thức khen thưởng'],
  year: () => [
    'Thành tích của năm nào được đề nghị xét?',
    'Năm xét là năm có thành tích, không phải năm lập hồ sơ: thành tích năm 2025 thường được đề nghị đầu năm 2026. Năm xét quyết định quy định nào được áp dụng.',
    'Năm xét',
  ],
  subject: () => ['Đề nghị khen thưởng cho cá nhân hay tập thể?', 'Tiêu chuẩn đối với cá nhân và tập thể khác nhau.', 'Đối tượng'],
  province: () => ['Đơn vị đề nghị thuộc tỉnh, thành phố nào?', 'Tỉnh quy định chi tiết danh hiệu, hình thức này.', 'Tỉnh'],
  sector: () => ['Người được đề nghị thuộc khu vực nào?', 'Luật đặt tiêu chuẩn riêng cho một số khu vực (ví dụ công nhân, nông dân; lực lượng vũ trang).', 'Khu vực'],
  ratings: (c) => [
    `Kết quả đánh giá, xếp loại của ${who(c.w)} ${years(c.ys, 'từng năm')}?`,
    c.ys.length > 1
      ? `Tiêu chuẩn xét một chuỗi năm liên tục tính đến năm xét, nên cần cả ${c.ys.length} năm. Chọn “Không rõ” cho năm chưa có kết quả.`
      : 'Theo kết quả đánh giá, xếp loại hằng năm. Chọn “Không rõ” nếu chưa có kết quả.',
    'Xếp loại',
  ],
  titles: (c) => [
    `${Subj(c)} đã được công nhận danh hiệu thi đua nào ${years(c.ys, 'trong từng năm')}?`,
    'Đánh dấu mọi danh hiệu đã đạt của từng năm; để trống nếu năm đó không đạt danh hiệu nào trong danh sách. Chọn “Không rõ” nếu không nhớ.',
    'Danh hiệu thi đua đã đạt',
  ],
  'extra-year': (c) => [
    `Năm ${c.ys[0]}: kết quả xếp loại và danh hiệu thi đua?`,
    `Hỏi thêm năm ${c.ys[0]} vì kết quả còn phụ thuộc vào việc chuỗi năm liên tục có kéo dài đến năm này hay không.`,
    `Năm ${c.ys[0]}`,
  ],
  months: (c) => [`Trong năm ${c.y}, ${who(c.w)} đã công tác tại đơn vị bao lâu?`, 'Thời gian nghỉ thai sản được tính là thời gian công tác.', `Thời gian công tác năm ${c.y}`],
  initiatives: (c) => [
    `${Subj(c)} có sáng kiến, đề tài khoa học được công nhận không?`,
    'Kể cả sáng kiến, đề tài đã dùng để xét khen thưởng trước đây: mỗi thành tích chỉ được dùng để khen thưởng một lần.',
    'Sáng kiến, đề tài',
  ],
  awards: (c) => [
    `Trước năm ${c.y}, ${who(c.w)} đã được tặng những hình thức khen thưởng dưới đây chưa?`,
    'Khen thưởng theo chuyên đề hoặc đột xuất không được dùng làm căn cứ để đề nghị khen thưởng công trạng cao hơn.',
    'Khen thưởng đã nhận',
  ],
  achievements: (c) => [
    `Trong năm ${c.y}, ${who(c.w)} có thành tích nào dưới đây không?`,
    'Các thành tích này do hội đồng thi đua – khen thưởng đánh giá; công cụ chỉ ghi nhận có hay không và phạm vi ảnh hưởng.',
    `Thành tích khác năm ${c.y}`,
  ],
  crating: (c) => [`Kết quả xếp loại của tập thể năm ${c.y}?`, 'Mức hoàn thành nhiệm vụ, kế hoạch được giao của tập thể trong năm xét.', `Xếp loại của tập thể năm ${c.y}`],
  members: (c) => [`Số liệu thành viên của tập thể năm ${c.y}?`, 'Ghi số người. Để trống ô nào không rõ.', 'Số liệu thành viên'],
  discipline: (c) => [
    `${Subj(c)} có bị kỷ luật trong thời gian ${span(c.ys)} hoặc đang trong thời hạn kỷ luật không?`,
    'Thành tích chỉ được tính từ khi chấp hành xong thời hạn kỷ luật.',
    'Kỷ luật',
  ],
  pending: (c) => [
    `${Subj(c)} có đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra, hoặc có khiếu nại, tố cáo đang được xác minh không?`,
    'Nếu có, hồ sơ chưa được xét cho đến khi có kết luận. Nếu có nhiều việc, chọn một.',
    'Xem xét kỷ luật, điều tra, khiếu nại',
  ],
};

/** Option and field labels of the questions. */
export const Q = {
  groups: { individual: 'Dành cho cá nhân', collective: 'Dành cho tập thể', both: 'Dành cho cá nhân hoặc tập thể' },
  subject: { individual: 'Cá nhân', collective: 'Tập thể' },
  titlesUnknown: 'Không rõ năm này',
  months: { full: 'Đủ cả năm (12 tháng)', partial: 'Chưa đủ 12 tháng', worked: 'Số tháng làm việc trong năm', maternity: 'Số tháng nghỉ thai sản trong năm (nếu có)' },
  initiatives: {
    none: 'Không có',
    some: 'Có',
    row: (i: number) => `Sáng kiến, đề tài thứ ${i}`,
    kind: 'Loại',
    year: 'Năm được công nhận, nghiệm thu',
    level: 'Cấp công nhận',
    used: 'Đã dùng để xét khen thưởng chưa?',
    notUsed: 'Chưa dùng',
    usedFor: (name: string) => `Đã dùng để xét ${name}`,
  },
  awards: {
    none: 'Chưa được tặng hình thức nào trong số này',
    some: 'Đã được tặng',
    year: (name: string) => `${name}: năm được tặng (để trống nếu chưa)`,
    type: (name: string) => `${name}: loại khen thưởng`,
  },
  achievements: { none: 'Không có', some: 'Có', scope: (label: string) => `${label}: phạm vi ảnh hưởng` },
  discipline: {
    none: 'Không bị kỷ luật',
    some: 'Có',
    level: 'Hình thức kỷ luật',
    from: 'Ngày bắt đầu thi hành kỷ luật',
    to: 'Ngày hết thời hạn kỷ luật (để trống nếu chưa hết)',
  },
  pendingNone: 'Không',
} as const;

/** Error messages (the error summary and the field). */
export const ERR = {
  choose: 'Chọn một câu trả lời (hoặc “Không rõ”)',
  chooseAward: 'Chọn một danh hiệu hoặc hình thức khen thưởng',
  chooseYearRating: (y: number) => `Chọn kết quả xếp loại năm ${y} (hoặc “Không rõ”)`,
  year: (min: number, max: number) => `Nhập năm xét là một năm từ ${min} đến ${max}, ví dụ 2025`,
  titlesUnknown: (y: number) => `Năm ${y}: bỏ đánh dấu “Không rõ” hoặc bỏ đánh dấu các danh hiệu`,
  months: 'Nhập số tháng làm việc là số nguyên từ 0 đến 11',
  maternity: 'Nhập số tháng nghỉ thai sản là số nguyên từ 0 đến 12',
  monthsTotal: 'Số tháng làm việc cộng số tháng nghỉ thai sản không thể quá 12',
  rowYear: (i: number, min: number, max: number) => `Sáng kiến, đề tài thứ ${i}: nhập năm được công nhận từ ${min} đến ${max}`,
  noRows: 'Nhập ít nhất một sáng kiến, đề tài (năm được công nhận), hoặc chọn “Không có”',
  awardYear: (name: string, y: number) => `${name}: năm được tặng phải là một năm trước ${y}`,
  noAwards: 'Nhập năm được tặng của ít nhất một hình thức, hoặc chọn “Chưa được tặng”',
  noAchievements: 'Đánh dấu ít nhất một thành tích, hoặc chọn “Không có”',
  disciplineLevel: 'Chọn hình thức kỷ luật',
  disciplineFrom: 'Nhập ngày bắt đầu thi hành kỷ luật (ngày/tháng/năm)',
  disciplineTo: 'Ngày hết thời hạn kỷ luật phải sau ngày bắt đầu',
  count: (label: string) => `${label}: nhập số nguyên không âm, hoặc để trống nếu không rõ`,
  members: 'Tổng số thành viên: nhập số nguyên từ 1, hoặc để trống nếu không rõ',
  countOverMembers: (label: string) => `${label} không thể lớn hơn tổng số thành viên`,
} as const;

export const UI = {
  next: 'Tiếp tục',
  back: 'Quay lại',
  restart: 'Kiểm tra lại từ đầu',
  errorTitle: 'Cần sửa',
  basis: 'Căn cứ:',
  change: 'Thay đổi',
  print: 'In / lưu PDF',
  answersTitle: 'Câu trả lời đã khai',
  resultTitle: 'Kết quả tự kiểm tra',
  notMet: 'Tiêu chí chưa đạt',
  unknown: 'Tiêu chí chưa xác định',
  met: 'Tiêu chí đã đạt',
  next_steps: 'Cần làm tiếp',
  decidedBy: 'Ai quyết định',
  otherProvince: 'Tỉnh khác / không rõ',
  dossier: 'Hồ sơ đề nghị cần có',
  sheet: 'Phiếu tự kiểm tra',
  printedOn: (d: string) => `Ngày lập phiếu: ${d}`,
  rulesAsOf: (d: string) => `Tiêu chuẩn theo cẩm nang, đối chiếu đến ngày ${d}`,
  pendingUnknown: 'Chưa rõ có đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có khiếu nại, tố cáo đang được xác minh hay không; nếu có, hồ sơ chưa được xét cho đến khi có kết luận.',
  pendingUnknownAdvice: 'Xác nhận với đơn vị không có việc xem xét kỷ luật, điều tra, thanh tra, kiểm tra hay khiếu nại, tố cáo nào đang chờ kết luận.',
  amendment: (d: string) => `Hồ sơ đề nghị từ ${d} có thể chịu Luật sửa đổi, bổ sung được đưa tin có hiệu lực từ ngày đó; cẩm nang chưa đối chiếu văn bản này. Tiêu chí nào có thể thay đổi thì có ghi rõ ở dưới.`,
  notAnswered: 'chưa trả lời',
  none: 'không có',
} as const;

export const VERDICT_CLASS = { eligible: 'ok', 'not-eligible': 'no', 'needs-info': 'open', deferred: 'open' } as const;
