/**
 * The checker's Vietnamese copy: questions, hints, option labels, error messages. Wording only:
 * which question comes when is decided in flow.ts, what the law requires in the registry and the
 * engine. Plain TypeScript, no Astro or DOM imports.
 */
import type { AchievementKind, AwardType, CollectiveField, InitiativeKind, Rating, Scope, Sector } from '../../schemas/award';
import type { DisciplineLevel, PendingFlag } from './answers';

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

export const RATING_LABEL: Record<Rating, string> = {
  htxs: 'Hoàn thành xuất sắc nhiệm vụ',
  htt: 'Hoàn thành tốt nhiệm vụ',
  ht: 'Hoàn thành nhiệm vụ',
  kht: 'Không hoàn thành nhiệm vụ',
};

export const SECTOR_LABEL: Record<Sector, string> = {
  'civil-service': 'Cán bộ, công chức, viên chức, người lao động trong cơ quan, tổ chức, đơn vị',
  'armed-forces': 'Lực lượng vũ trang (quân đội, công an, dân quân tự vệ)',
  'worker-farmer': 'Công nhân, nông dân, người lao động trực tiếp sản xuất',
  enterprise: 'Doanh nghiệp, hợp tác xã',
};

export const SCOPE_LABEL: Record<Scope, string> = {
  'co-so': 'Cấp cơ sở',
  'bo-tinh': 'Cấp bộ, ngành, tỉnh',
  'toan-quoc': 'Toàn quốc',
};

export const INITIATIVE_LABEL: Record<InitiativeKind, string> = {
  'sang-kien': 'Sáng kiến',
  'de-tai': 'Đề tài, đề án, công trình khoa học và công nghệ',
};

export const AWARD_TYPE_LABEL: Record<AwardType, string> = {
  'cong-trang': 'Khen thưởng công trạng (thành tích thường xuyên)',
  'chuyen-de': 'Khen thưởng theo chuyên đề',
  'dot-xuat': 'Khen thưởng đột xuất',
  'cong-hien': 'Khen thưởng quá trình cống hiến',
  'doi-ngoai': 'Khen thưởng đối ngoại',
};

export const ACHIEVEMENT_LABEL: Record<AchievementKind, string> = {
  'phong-trao': 'Thành tích xuất sắc trong phong trào thi đua',
  'dot-xuat': 'Thành tích đột xuất',
  'dong-gop': 'Đóng góp cho phát triển kinh tế – xã hội, khoa học, công tác xã hội, từ thiện',
};

export const DISCIPLINE_LABEL: Record<DisciplineLevel, string> = {
  'khien-trach': 'Khiển trách',
  'canh-cao': 'Cảnh cáo',
  'ha-bac-luong': 'Hạ bậc lương',
  'giang-chuc': 'Giáng chức',
  'cach-chuc': 'Cách chức',
  'bai-nhiem': 'Bãi nhiệm',
  'buoc-thoi-viec': 'Buộc thôi việc',
  khac: 'Hình thức khác',
};

export const PENDING_LABEL: Record<PendingFlag, string> = {
  disciplineReview: 'Có: đang bị xem xét kỷ luật',
  investigation: 'Có: đang bị điều tra, thanh tra, kiểm tra về dấu hiệu vi phạm',
  complaint: 'Có: đang có khiếu nại, tố cáo được xác minh',
};

export const COUNT_LABEL: Record<CollectiveField | 'members', string> = {
  members: 'Tổng số thành viên',
  laoDongTienTien: 'Số thành viên đạt danh hiệu Lao động tiên tiến (hoặc Chiến sĩ tiên tiến)',
  chienSiThiDuaCoSo: 'Số thành viên đạt danh hiệu Chiến sĩ thi đua cơ sở',
  completedTasks: 'Số thành viên hoàn thành nhiệm vụ trở lên',
  disciplinedWarningOrAbove: 'Số thành viên bị kỷ luật từ hình thức cảnh cáo trở lên trong năm',
};

/** The text of each question: its heading (the question) and its hint. */
export const Q = {
  award: {
    title: 'Bạn muốn tự kiểm tra danh hiệu hoặc hình thức khen thưởng nào?',
    hint: 'Chọn một. Công cụ chỉ hỏi những điều mà tiêu chuẩn của lựa chọn này cần.',
    groups: { individual: 'Dành cho cá nhân', collective: 'Dành cho tập thể', both: 'Dành cho cá nhân hoặc tập thể' },
  },
  year: {
    title: 'Thành tích của năm nào được đề nghị xét?',
    hint: 'Năm xét là năm có thành tích, không phải năm lập hồ sơ: thành tích năm 2025 thường được đề nghị đầu năm 2026. Năm xét quyết định quy định nào được áp dụng.',
    label: 'Năm xét',
  },
  subject: {
    title: 'Đề nghị khen thưởng cho cá nhân hay tập thể?',
    hint: 'Tiêu chuẩn đối với cá nhân và tập thể khác nhau.',
    options: { individual: 'Cá nhân', collective: 'Tập thể' },
  },
  sector: {
    title: 'Người được đề nghị thuộc khu vực nào?',
    hint: 'Luật đặt tiêu chuẩn riêng cho một số khu vực (ví dụ công nhân, nông dân; lực lượng vũ trang).',
  },
  ratings: {
    title: (w: Who, years: number[]) => `Kết quả đánh giá, xếp loại của ${who(w)} ${years.length > 1 ? `từng năm ${span(years)}` : `năm ${years[0]}`}?`,
    hint: (years: number[]) =>
      years.length > 1
        ? `Tiêu chuẩn xét một chuỗi năm liên tục tính đến năm xét, nên cần cả ${years.length} năm. Chọn “Không rõ” cho năm chưa có kết quả.`
        : 'Theo kết quả đánh giá, xếp loại hằng năm. Chọn “Không rõ” nếu chưa có kết quả.',
  },
  titles: {
    title: (w: Who, years: number[]) => `${w === 'collective' ? 'Tập thể' : 'Người được đề nghị'} đã được công nhận danh hiệu thi đua nào ${years.length > 1 ? `trong từng năm ${span(years)}` : `năm ${years[0]}`}?`,
    hint: 'Đánh dấu mọi danh hiệu đã đạt của từng năm; để trống nếu năm đó không đạt danh hiệu nào trong danh sách. Chọn “Không rõ” nếu không nhớ.',
    unknown: 'Không rõ năm này',
  },
  extraYear: {
    title: (y: number) => `Năm ${y}: kết quả xếp loại và danh hiệu thi đua?`,
    hint: (y: number) => `Hỏi thêm năm ${y} vì kết quả còn phụ thuộc vào việc chuỗi năm liên tục có kéo dài đến năm này hay không.`,
  },
  months: {
    title: (w: Who, y: number) => `Trong năm ${y}, ${who(w)} đã công tác tại đơn vị bao lâu?`,
    hint: 'Thời gian nghỉ thai sản được tính là thời gian công tác.',
    full: 'Đủ cả năm (12 tháng)',
    partial: 'Chưa đủ 12 tháng',
    worked: 'Số tháng làm việc trong năm',
    maternity: 'Số tháng nghỉ thai sản trong năm (nếu có)',
  },
  initiatives: {
    title: (w: Who) => `${w === 'collective' ? 'Tập thể' : 'Người được đề nghị'} có sáng kiến, đề tài khoa học được công nhận không?`,
    hint: 'Kể cả sáng kiến, đề tài đã dùng để xét khen thưởng trước đây: mỗi thành tích chỉ được dùng để khen thưởng một lần.',
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
    title: (w: Who, y: number) => `Trước năm ${y}, ${who(w)} đã được tặng những hình thức khen thưởng dưới đây chưa?`,
    hint: 'Khen thưởng theo chuyên đề hoặc đột xuất không được dùng làm căn cứ để đề nghị khen thưởng công trạng cao hơn.',
    none: 'Chưa được tặng hình thức nào trong số này',
    some: 'Đã được tặng',
    year: (name: string) => `${name}: năm được tặng (để trống nếu chưa)`,
    type: (name: string) => `${name}: loại khen thưởng`,
  },
  achievements: {
    title: (w: Who, y: number) => `Trong năm ${y}, ${who(w)} có thành tích nào dưới đây không?`,
    hint: 'Các thành tích này do hội đồng thi đua – khen thưởng đánh giá; công cụ chỉ ghi nhận có hay không và phạm vi ảnh hưởng.',
    none: 'Không có',
    some: 'Có',
    scope: (label: string) => `${label}: phạm vi ảnh hưởng`,
  },
  crating: {
    title: (y: number) => `Kết quả xếp loại của tập thể năm ${y}?`,
    hint: 'Mức hoàn thành nhiệm vụ, kế hoạch được giao của tập thể trong năm xét.',
  },
  members: {
    title: (y: number) => `Số liệu thành viên của tập thể năm ${y}?`,
    hint: 'Ghi số người. Để trống ô nào không rõ.',
  },
  discipline: {
    title: (w: Who, years: number[]) => `${w === 'collective' ? 'Tập thể' : 'Người được đề nghị'} có bị kỷ luật trong thời gian ${span(years)} hoặc đang trong thời hạn kỷ luật không?`,
    hint: 'Thành tích chỉ được tính từ khi chấp hành xong thời hạn kỷ luật.',
    none: 'Không bị kỷ luật',
    some: 'Có',
    level: 'Hình thức kỷ luật',
    from: 'Ngày bắt đầu thi hành kỷ luật',
    to: 'Ngày hết thời hạn kỷ luật (để trống nếu chưa hết)',
  },
  pending: {
    title: (w: Who) => `${w === 'collective' ? 'Tập thể' : 'Người được đề nghị'} có đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra, hoặc có khiếu nại, tố cáo đang được xác minh không?`,
    hint: 'Nếu có, hồ sơ chưa được xét cho đến khi có kết luận. Nếu có nhiều việc, chọn một.',
    none: 'Không',
  },
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
  stepOf: (n: number, total: number) => `Câu ${n}/${total}`,
  change: 'Thay đổi',
  print: 'In / lưu PDF',
  answersTitle: 'Câu trả lời đã khai',
  resultTitle: 'Kết quả tự kiểm tra',
  notMet: 'Tiêu chí chưa đạt',
  unknown: 'Tiêu chí chưa xác định',
  met: 'Tiêu chí đã đạt',
  next_steps: 'Cần làm tiếp',
  decidedBy: 'Ai quyết định',
  dossier: 'Hồ sơ đề nghị cần có',
  sheet: 'Phiếu tự kiểm tra',
  printedOn: (d: string) => `Ngày lập phiếu: ${d}`,
  rulesAsOf: (d: string) => `Tiêu chuẩn theo cẩm nang, đối chiếu đến ngày ${d}`,
  disclaimer: 'Kết quả tự kiểm tra chỉ để tham khảo; hội đồng thi đua – khen thưởng và người có thẩm quyền quyết định. Các câu trả lời nằm trong địa chỉ trang, không được gửi đi đâu.',
  copyLink: 'Địa chỉ trang này lưu toàn bộ câu trả lời: đánh dấu trang hoặc gửi địa chỉ cho cán bộ thi đua để xem cùng kết quả.',
  pendingUnknown: 'Chưa rõ có đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có khiếu nại, tố cáo đang được xác minh hay không; nếu có, hồ sơ chưa được xét cho đến khi có kết luận.',
  pendingUnknownAdvice: 'Xác nhận với đơn vị không có việc xem xét kỷ luật, điều tra, thanh tra, kiểm tra hay khiếu nại, tố cáo nào đang chờ kết luận.',
  amendment: (d: string) => `Hồ sơ đề nghị từ ${d} có thể chịu Luật sửa đổi, bổ sung được đưa tin có hiệu lực từ ngày đó; cẩm nang chưa đối chiếu văn bản này. Tiêu chí nào có thể thay đổi thì có ghi rõ ở dưới.`,
  notAnswered: 'chưa trả lời',
  none: 'không có',
} as const;

export const VERDICT_CLASS = { eligible: 'ok', 'not-eligible': 'no', 'needs-info': 'open', deferred: 'open' } as const;
