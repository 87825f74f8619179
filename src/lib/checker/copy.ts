/**
 * The checker's Vietnamese copy: questions, hints, field labels, error messages, the result's
 * words. Wording only: which question comes when is decided in flow.ts, what the law requires in
 * the registry and the engine. The page renders these tables at build time (Checker.astro: the
 * #checker-words JSON block and the templates) and the step-by-step checker's script reads them
 * from there (view.ts `W`), so it imports no value from this module; the words it carries as code
 * are in script-copy.ts. Plain TypeScript, no Astro or DOM imports.
 */
import type { AskField, QuestionKind } from './flow';
import { fill, type UnsettledWords } from './script-copy';

/** The awards most people check, offered first in the picker (ids of the registry). */
export const COMMON_AWARDS: string[] = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'giay-khen', 'bang-khen-bo-nganh-tinh'];

/*
 * The words of each question, in three tables by role: its heading (the question), its hint, and
 * its short label in the summary of answers. Tokens: {Ai}/{ai} the subject ("Người được đề nghị",
 * "Tập thể"), {y} the year proposed, {ys:từng năm} the years asked ("năm 2025", or "từng năm
 * 2021–2025"), {n} how many years, {span} "2021–2025", {y0} the first year asked. "one¦many": the
 * text for one year asked, and for several.
 */

/** Each question, as its heading asks it. */
const QUESTION: Record<QuestionKind, string> = {
  award: 'Kiểm tra danh hiệu hoặc hình thức khen thưởng nào?',
  year: 'Thành tích của năm nào được đề nghị xét?',
  subject: 'Đề nghị khen thưởng cho cá nhân hay tập thể?',
  province: 'Đơn vị đề nghị thuộc tỉnh, thành phố nào?',
  sector: '{Ai} thuộc khu vực nào?',
  ratings: 'Kết quả đánh giá, xếp loại của {ai} {ys:từng năm}?',
  titles: '{Ai} đã được công nhận danh hiệu thi đua nào {ys:trong từng năm}?',
  'extra-year': 'Năm {y0}: kết quả xếp loại và danh hiệu thi đua?',
  months: 'Trong năm {y}, {ai} đã công tác tại đơn vị bao lâu?',
  initiatives: '{Ai} có sáng kiến, đề tài khoa học được công nhận không?',
  awards: 'Trước năm {y}, {ai} đã được tặng những hình thức khen thưởng dưới đây chưa?',
  achievements: 'Trong năm {y}, {ai} có thành tích nào dưới đây không?',
  crating: 'Kết quả xếp loại của tập thể năm {y}?',
  members: 'Số liệu thành viên của tập thể năm {y}?',
  discipline: '{Ai} có bị kỷ luật trong thời gian {span} hoặc đang trong thời hạn kỷ luật không?',
  pending: '{Ai} có đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra, hoặc có khiếu nại, tố cáo đang được xác minh không?',
};

/** The hint under each question. */
const HINT: Record<QuestionKind, string> = {
  award: 'Chọn một; công cụ chỉ hỏi những gì tiêu chuẩn đó cần.',
  year: 'Năm xét là năm có thành tích, không phải năm lập hồ sơ: thành tích năm 2025 thường được đề nghị đầu năm 2026. Năm xét quyết định quy định nào được áp dụng.',
  subject: 'Tiêu chuẩn đối với cá nhân và tập thể khác nhau.',
  province: 'Tỉnh quy định chi tiết danh hiệu, hình thức này.',
  sector: 'Luật đặt tiêu chuẩn riêng cho một số khu vực (ví dụ công nhân, nông dân; lực lượng vũ trang).',
  ratings: 'Theo kết quả đánh giá, xếp loại hằng năm. Chọn “Không rõ” nếu chưa có kết quả.¦Tiêu chuẩn xét một chuỗi năm liên tục tính đến năm xét, nên cần cả {n} năm. Chọn “Không rõ” cho năm chưa có kết quả.',
  titles: 'Đánh dấu mọi danh hiệu đã đạt của từng năm; để trống nếu năm đó không đạt danh hiệu nào trong danh sách. Chọn “Không rõ” nếu không nhớ.',
  'extra-year': 'Hỏi thêm năm {y0} vì kết quả còn phụ thuộc vào việc chuỗi năm liên tục có kéo dài đến năm này hay không.',
  months: 'Thời gian nghỉ thai sản được tính là thời gian công tác.',
  initiatives: 'Kể cả sáng kiến, đề tài đã dùng để xét khen thưởng trước đây: mỗi thành tích chỉ được dùng để khen thưởng một lần.',
  awards: 'Khen thưởng theo chuyên đề hoặc đột xuất không được dùng làm căn cứ để đề nghị khen thưởng công trạng cao hơn.',
  achievements: 'Các thành tích này do hội đồng thi đua – khen thưởng đánh giá; công cụ chỉ ghi nhận có hay không và phạm vi ảnh hưởng.',
  crating: 'Mức hoàn thành nhiệm vụ, kế hoạch được giao của tập thể trong năm xét.',
  members: 'Ghi số người; ghi 0 nếu không có ai. Số liệu nào chưa có thì đánh dấu “Không rõ” bên dưới ô đó.',
  discipline: 'Thành tích chỉ được tính từ khi chấp hành xong thời hạn kỷ luật.',
  pending: 'Nếu có, hồ sơ chưa được xét cho đến khi có kết luận. Nếu có nhiều việc, chọn một.',
};

/** Each question's short label in the summary of answers. */
const LABEL: Record<QuestionKind, string> = {
  award: 'Danh hiệu, hình thức khen thưởng',
  year: 'Năm xét',
  subject: 'Đối tượng',
  province: 'Tỉnh',
  sector: 'Khu vực',
  ratings: 'Xếp loại',
  titles: 'Danh hiệu thi đua đã đạt',
  'extra-year': 'Năm {y0}',
  months: 'Thời gian công tác năm {y}',
  initiatives: 'Sáng kiến, đề tài',
  awards: 'Khen thưởng đã nhận',
  achievements: 'Thành tích khác năm {y}',
  crating: 'Xếp loại của tập thể năm {y}',
  members: 'Số liệu thành viên',
  discipline: 'Kỷ luật',
  pending: 'Xem xét kỷ luật, điều tra, khiếu nại',
};

/**
 * Each question's heading, hint and label. The page renders this at build time into a <template>
 * (Checker.astro) and the browser fills the tokens (`fillText`): the words are markup, not script
 * (the annotation lets the bundler drop the tables from the checker's JavaScript).
 */
export const TEXTS = /* @__PURE__ */ byKind();

function byKind() {
  return Object.fromEntries((Object.keys(QUESTION) as QuestionKind[]).map((k) => [k, [QUESTION[k], HINT[k], LABEL[k]]])) as Record<QuestionKind, [title: string, hint: string, label: string]>;
}

/** The award picker's words (rendered at build time, AwardPicker.astro: not in the browser's script). */
export const PICKER = {
  groups: { common: 'Thường gặp', individual: 'Dành cho cá nhân', collective: 'Dành cho tập thể', both: 'Dành cho cá nhân hoặc tập thể' },
  moreAwards: (n: number) => `Các danh hiệu, hình thức khen thưởng khác (${n})`,
  noCriteria: (n: number) => `${n} danh hiệu, hình thức khen thưởng cẩm nang chưa có tiêu chuẩn`,
  noCriteriaHint: 'Công cụ chưa kiểm tra được các mục này; mở trang của từng mục để xem căn cứ và nơi tra cứu.',
} as const;

/**
 * Option and field labels of the questions, with {tokens} the page fills. Only the step view
 * reads them, from a JSON block the page renders (Checker.astro, `WORDS`): words, not script.
 */
export const Q = {
  choose: 'Chọn…',
  titlesUnknown: 'Không rõ năm này',
  months: { full: 'Đủ cả năm (12 tháng)', partial: 'Chưa đủ 12 tháng', worked: 'Số tháng làm việc trong năm', maternity: 'Số tháng nghỉ thai sản trong năm (nếu có)' },
  initiatives: {
    none: 'Không có',
    some: 'Có',
    row: 'Sáng kiến, đề tài thứ {i}',
    kind: 'Loại',
    year: 'Năm được công nhận, nghiệm thu',
    level: 'Cấp công nhận',
    used: 'Đã dùng để xét khen thưởng chưa?',
    notUsed: 'Chưa dùng',
    usedUnknown: 'Không rõ đã dùng chưa',
    usedFor: 'Đã dùng để xét {name}',
    add: 'Thêm sáng kiến, đề tài',
  },
  awards: {
    none: 'Chưa được tặng hình thức nào trong số này',
    some: 'Đã được tặng',
    year: '{name}: năm được tặng (để trống nếu chưa)',
    type: '{name}: loại khen thưởng',
  },
  achievements: { none: 'Không có', some: 'Có', scope: '{label}: phạm vi ảnh hưởng' },
  discipline: {
    none: 'Không bị kỷ luật',
    some: 'Có',
    level: 'Hình thức kỷ luật',
    from: 'Ngày bắt đầu thi hành kỷ luật (ngày/tháng/năm)',
    end: 'Thời hạn kỷ luật',
    ended: 'Đã hết thời hạn',
    running: 'Chưa hết thời hạn',
    endUnknown: 'Không rõ ngày hết thời hạn',
    endHint: 'Ngày hết thời hạn ghi trong quyết định kỷ luật. Nếu không có quyết định trong tay, chọn “Không rõ”: các tiêu chí liên quan sẽ ra “chưa xác định”.',
    to: 'Ngày hết thời hạn (ngày/tháng/năm)',
    datePlaceholder: 'ví dụ 10/03/2025',
  },
  pendingNone: 'Không',
} as const;

/** Error messages (the error summary and the field), with {tokens}; the step view reads them from the page's JSON block. */
export const ERR = {
  choose: 'Chọn một câu trả lời (hoặc “Không rõ”)',
  chooseAward: 'Chọn một danh hiệu hoặc hình thức khen thưởng',
  chooseYearRating: 'Chọn kết quả xếp loại năm {y} (hoặc “Không rõ”)',
  year: 'Nhập năm xét là một năm từ {min} đến {max}, ví dụ 2025',
  titlesUnknown: 'Năm {y}: bỏ đánh dấu “Không rõ” hoặc bỏ đánh dấu các danh hiệu',
  months: 'Nhập số tháng làm việc là số nguyên từ 0 đến 11',
  maternity: 'Nhập số tháng nghỉ thai sản là số nguyên từ 0 đến 12',
  monthsTotal: 'Số tháng làm việc cộng số tháng nghỉ thai sản không thể quá 12',
  rowYear: 'Sáng kiến, đề tài thứ {i}: nhập năm được công nhận từ {min} đến {max}',
  rowUsed: 'Sáng kiến, đề tài thứ {i}: chọn đã dùng để xét khen thưởng chưa (hoặc “Không rõ đã dùng chưa”)',
  noRows: 'Nhập ít nhất một sáng kiến, đề tài (năm được công nhận), hoặc chọn “Không có”',
  awardYear: '{name}: năm được tặng phải là một năm trước {y}',
  noAwards: 'Nhập năm được tặng của ít nhất một hình thức, hoặc chọn “Chưa được tặng”',
  noAchievements: 'Đánh dấu ít nhất một thành tích, hoặc chọn “Không có”',
  disciplineLevel: 'Chọn hình thức kỷ luật',
  disciplineFrom: 'Nhập ngày bắt đầu thi hành kỷ luật theo dạng ngày/tháng/năm, ví dụ 10/03/2025',
  disciplineEnd: 'Chọn: thời hạn kỷ luật đã hết (và ngày hết), chưa hết, hay không rõ',
  disciplineTo: 'Nhập ngày hết thời hạn kỷ luật theo dạng ngày/tháng/năm, sau ngày bắt đầu',
  count: '{label}: nhập số nguyên không âm (0 nếu không có ai)',
  countBlank: '{label}: nhập số người (ghi 0 nếu không có ai), hoặc đánh dấu “Không rõ”',
  countAndUnknown: '{label}: đã đánh dấu “Không rõ” thì để trống ô số',
  members: 'Tổng số thành viên: nhập số nguyên từ 1',
  membersBlank: 'Tổng số thành viên: nhập số người, hoặc đánh dấu “Không rõ”',
  countOverMembers: '{label} không thể lớn hơn tổng số thành viên',
} as const;
export type ErrKey = keyof typeof ERR;

/** An error's message (outside the browser: the step view reads the same table from the page). */
export const errorMessage = (e: { key: ErrKey; args?: Record<string, string | number> }) => fill(ERR[e.key], e.args);

/** The result sheet's fixed words (rendered at build time, ResultTemplate.astro: not in the browser's script). */
export const SHEET = {
  restart: 'Kiểm tra lại từ đầu',
  print: 'In / lưu PDF',
  share: 'Chép liên kết kết quả',
  shared: 'Đã chép liên kết vào bộ nhớ tạm: dán vào tin nhắn hoặc thư để gửi.',
  shareFailed: 'Không chép được liên kết: hãy chép địa chỉ trên thanh địa chỉ của trình duyệt.',
  person: 'Họ tên, đơn vị (không bắt buộc; in trên phiếu, chỉ lưu trong địa chỉ trang):',
  answersTitle: 'Câu trả lời đã khai',
  sheet: 'Phiếu tự kiểm tra',
  printedOn: (d: string) => `Ngày lập phiếu: ${d}`,
  rulesAsOf: (d: string) => `Tiêu chuẩn theo cẩm nang, đối chiếu đến ngày ${d}`,
  amendment: (d: string) => `Hồ sơ đề nghị từ ${d} có thể chịu Luật sửa đổi, bổ sung được đưa tin có hiệu lực từ ngày đó; cẩm nang chưa đối chiếu văn bản này. Tiêu chí nào có thể thay đổi thì có ghi rõ ở dưới.`,
  change: 'Thay đổi',
  otherRoutes: 'Các cách khác',
  cautions: 'Độ tin cậy: {n} điểm cẩm nang chưa đối chiếu chắc chắn (bấm để xem)',
  notMet: 'Tiêu chí chưa đạt',
  unknown: 'Tiêu chí chưa xác định',
  met: 'Tiêu chí đã đạt',
  nextSteps: 'Cần làm tiếp',
} as const;

/**
 * The citations of the questions whose basis is fixed (articles of the Law): the page renders
 * them at build time into a <template> (Checker.astro, #checker-basis), not the script.
 */
export const FIXED_BASIS: Partial<Record<QuestionKind, { article: string; citation: string }[]>> = {
  award: [
    { article: 'dieu-6', citation: 'Điều 6 Luật Thi đua, khen thưởng 2022 (danh hiệu thi đua)' },
    { article: 'dieu-9', citation: 'Điều 9 (hình thức khen thưởng)' },
  ],
  year: [{ article: 'dieu-94', citation: 'Điều 94 Luật Thi đua, khen thưởng 2022 (hiệu lực thi hành)' }],
};

/** The step view's words (read from the page's JSON block with Q, like Q; the browser's script does not carry them). */
export const VIEW_UI = {
  next: 'Tiếp tục',
  back: 'Quay lại',
  step: 'Bước {n}',
  stepOf: 'Bước {n}/{of}',
  errorTitle: 'Cần sửa',
  basis: 'Căn cứ:',
  decidedBy: 'Ai quyết định',
  dossier: 'Hồ sơ đề nghị cần có',
} as const;


/** The result's heading (the sheet and the document title). */
export const UI = { resultTitle: 'Kết quả tự kiểm tra' } as const;

export type { AskField };

/**
 * What the checker says for each field path the engine names in its `missing` lines ("history,
 * trường rating", "initiatives", "collective.members"): the topic in plain words (the page says
 * "Trả lời câu hỏi về <topic>" and links to the question that asks it, flow.ts askedBy); "{y}"
 * is the year. The batch file's columns that hold each field are in batch/columns.ts
 * (`FIELD_COLUMNS`), so the step-by-step checker does not carry them. The command keeps its
 * wording; field names never reach the page or the batch table.
 */
const TOPICS: Record<AskField, string> = {
  history: 'xếp loại và danh hiệu thi đua năm {y}',
  'history.rating': 'xếp loại năm {y}',
  'history.titles': 'danh hiệu thi đua đã đạt năm {y}',
  'history.monthsWorked': 'thời gian công tác năm {y}',
  'history.maternityLeaveMonths': 'thời gian nghỉ thai sản năm {y}',
  joinedOn: 'thời gian công tác năm {y}',
  sector: 'khu vực',
  initiatives: 'sáng kiến, đề tài',
  awards: 'các hình thức khen thưởng đã nhận',
  achievements: 'thành tích khác',
  discipline: 'kỷ luật',
  pending: 'việc đang bị xem xét kỷ luật, điều tra hoặc có khiếu nại',
  'collective.rating': 'xếp loại của tập thể năm {y}',
  'collective.members': 'tổng số thành viên của tập thể',
  'collective.laoDongTienTien': 'số thành viên đạt Lao động tiên tiến',
  'collective.chienSiThiDuaCoSo': 'số thành viên đạt Chiến sĩ thi đua cơ sở',
  'collective.completedTasks': 'số thành viên hoàn thành nhiệm vụ',
  'collective.disciplinedWarningOrAbove': 'số thành viên bị kỷ luật từ cảnh cáo trở lên',
};

/** The topic of a field (of year `y`) the engine asks about, for the batch table (the step-by-step checker reads TOPICS from the page). */
export const fieldTopic = (field: AskField, y = 0) => fill(TOPICS[field], { y });

/** A next step on the page ("Trả lời câu hỏi về xếp loại năm 2023"). */
export const ASK_PAGE = 'Trả lời câu hỏi về {topic}';

/** A next step in the batch table ("Điền cột xep_loai_2023 (…)"); its own export, so the step-by-step checker does not carry it. */
export const batchAskText = (topic: string, columns: string[]) => `Điền cột ${columns.join(', ')} (${topic})`;

/** The sentence that leads a "chưa xác định" result (what-if.ts), and the note under an "đủ tiêu chuẩn" one (result-view.ts). */
export const LEAD = {
  rating: 'năm {y} được xếp loại {rating}',
  ratingOrBetter: 'năm {y} được xếp loại {rating} trở lên',
  title: 'năm {y} đạt danh hiệu {name}',
  months: 'năm {y} công tác đủ 12 tháng',
  discipline: 'không bị kỷ luật trong thời gian xét',
  pending: 'không có việc xem xét kỷ luật, điều tra hay khiếu nại nào đang chờ kết luận',
  ifThen: 'Nếu {fact} thì đủ tiêu chuẩn.',
  ifThenOtherwise: 'Nếu {fact} thì đủ tiêu chuẩn; nếu không, {otherwise}.',
  notEligible: 'chưa đủ tiêu chuẩn',
  depends: 'Kết quả còn phụ thuộc vào thông tin chưa rõ; trả lời các câu hỏi dưới đây để có kết luận.',
  assumed: 'Với điều kiện đơn vị xác nhận: {what}.',
} as const;

/** Each verdict's class on the page, and a sign beside it, so it is not told by colour alone. */
export const VERDICT = { eligible: ['ok', '✓'], 'not-eligible': ['no', '✗'], 'needs-info': ['open', '?'], deferred: ['open', '…'] } as const;

/** The words of the answers in the result's summary of answers (summary.ts), with {tokens}. */
export const ANSWER_WORDS = {
  noTitles: 'không có danh hiệu nào',
  months: '{n} tháng làm việc',
  maternity: ', {n} tháng nghỉ thai sản',
  usedUnknown: ', không rõ đã dùng để xét khen thưởng chưa',
  usedFor: ', đã dùng để xét {name}',
  noAwards: 'chưa được tặng hình thức nào trong số được hỏi',
  noDiscipline: 'không bị kỷ luật',
  running: ', chưa hết thời hạn',
} as const;

/** What the checker says when an answer is "Không rõ" where the profile cannot say so (result.ts); {ids}: the initiatives. */
export const UNSETTLED: UnsettledWords = {
  pendingUnknown: 'Chưa rõ có đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có khiếu nại, tố cáo đang được xác minh hay không; nếu có, hồ sơ chưa được xét cho đến khi có kết luận.',
  pendingUnknownAdvice: 'Xác nhận với đơn vị không có việc xem xét kỷ luật, điều tra, thanh tra, kiểm tra hay khiếu nại, tố cáo nào đang chờ kết luận.',
  useUnknown: 'Chưa rõ sáng kiến, đề tài {ids} đã dùng để xét khen thưởng chưa; mỗi thành tích chỉ được khen thưởng một lần (khoản 2 Điều 5 Luật Thi đua, khen thưởng).',
  useUnknownAdvice: 'Hỏi bộ phận thi đua, khen thưởng xem sáng kiến, đề tài đã dùng để xét khen thưởng chưa, rồi cho biết ⟨initiatives⟩.',
};

/** What the page renders for the step view (Checker.astro): the labels and the result's words, as a JSON block. */
export const WORDS = { Q, UI: { ...VIEW_UI, ...UI }, ERR, TOPICS, ASK_PAGE, LEAD, VERDICT, A: ANSWER_WORDS, UNSETTLED };
export type Words = typeof WORDS;
