/**
 * The handbook's vocabulary: every enumeration declared once, with its ids (in order), its
 * Vietnamese labels and its codes in the places values are written by hand. One line per term, in
 * order: the label alone, or an object with these fields:
 *
 * - `short`: the label inside a sentence or a list ("lực lượng vũ trang", "cấp cơ sở"), when it
 *   differs from `full`;
 * - `full`: the label where the term stands alone or must be unambiguous (the engine's
 *   explanations, option labels);
 * - CSV codes (the batch checker's file: folded, hyphenated, "vu-trang"): declared beside this
 *   module, in `vocabulary-csv.ts`, which only the batch page reads (a bundler splits by module,
 *   so codes in this one would ship with the step-by-step checker too);
 * - `url`: the code in the checker's URL fragment (saved links depend on it: never change one);
 *   the `cli` value when not given;
 * - `cli`: the value in the eligibility command's JSON (docs/eligibility-cli.md).
 *
 * Types, the Zod enums of `src/schemas/`, the labels on pages, the checker's copy, the CSV codes
 * and the URL codec derive from here. No Zod, no Astro imports: the browser checker reads it.
 */

export interface Term {
  /** Defaults to `full`. */
  short?: string;
  full: string;
  url?: string;
  cli?: string;
}

export interface Vocabulary<Id extends string> {
  /** Ids in their declared order (lowest first where the enumeration is ranked). */
  ids: readonly [Id, ...Id[]];
  short: Readonly<Record<Id, string>>;
  full: Readonly<Record<Id, string>>;
  /** The id whose URL code (or id) is `code`. */
  fromUrl(code: string): Id | undefined;
  /** The id whose command value (or id) is `value`. */
  fromCli(value: string): Id | undefined;
  /** The code of an id in the command (the id when none is declared). */
  cli(id: Id): string;
}

function vocabulary<const T extends Record<string, string | Term>>(data: T): Vocabulary<keyof T & string> {
  type Id = keyof T & string;
  const ids = Object.keys(data) as unknown as readonly [Id, ...Id[]];
  // A column of the table, by id; a term written as a string is its label and nothing else.
  const column = (pick: (t: Term, id: Id) => string) => Object.fromEntries(ids.map((id) => [id, pick(typeof data[id] === 'string' ? { full: data[id] } : (data[id] as Term), id)])) as Record<Id, string>;
  const cli = column((t, id) => t.cli ?? id);
  // The URL code defaults to the command's value.
  const url = column((t, id) => t.url ?? cli[id]);
  return {
    ids,
    short: column((t) => t.short ?? t.full),
    full: column((t) => t.full),
    fromUrl: (code) => ids.find((id) => url[id] === code),
    fromCli: (code) => ids.find((id) => cli[id] === code),
    cli: (id) => cli[id],
  };
}

/** Rating of task completion for a year (xếp loại), lowest first. */
export const RATING = /* @__PURE__ */ vocabulary({
  kht: 'không hoàn thành nhiệm vụ',
  ht: 'hoàn thành nhiệm vụ',
  htt: 'hoàn thành tốt nhiệm vụ',
  htxs: 'hoàn thành xuất sắc nhiệm vụ',
});

/**
 * Sectors (khu vực). The ids are those the registry (`content/khen-thuong/`) and the command
 * use; the CSV has Vietnamese codes.
 */
export const SECTOR = /* @__PURE__ */ vocabulary({
  'civil-service': 'cán bộ, công chức, viên chức, người lao động trong cơ quan, tổ chức, đơn vị',
  'armed-forces': { short: 'lực lượng vũ trang', full: 'lực lượng vũ trang (quân đội, công an, dân quân tự vệ)' },
  'worker-farmer': 'công nhân, nông dân, người lao động',
  enterprise: 'doanh nghiệp, hợp tác xã',
});

/** Who an award is given to (đối tượng). The command and the URL say individual / collective. */
export const SUBJECT = /* @__PURE__ */ vocabulary({
  'ca-nhan': { short: 'cá nhân', full: 'Cá nhân', cli: 'individual' },
  'tap-the': { short: 'tập thể', full: 'Tập thể', cli: 'collective' },
  'ho-gia-dinh': { short: 'hộ gia đình', full: 'Hộ gia đình' },
});

/** Recognised scope (cấp công nhận of an initiative, phạm vi of an achievement), lowest first. */
export const SCOPE = /* @__PURE__ */ vocabulary({
  'co-so': { short: 'cơ sở', full: 'cấp cơ sở' },
  'bo-tinh': { short: 'bộ, ngành, tỉnh', full: 'cấp bộ, ngành, tỉnh' },
  'toan-quoc': 'toàn quốc',
});

/** Kinds of initiative: sáng kiến, or đề tài/đề án/công trình khoa học và công nghệ. */
export const INITIATIVE_KIND = /* @__PURE__ */ vocabulary({
  'sang-kien': 'sáng kiến',
  'de-tai': 'đề tài, đề án, công trình khoa học và công nghệ',
});

/** Kinds of other achievement a profile can state. */
export const ACHIEVEMENT_KIND = /* @__PURE__ */ vocabulary({
  'phong-trao': 'thành tích xuất sắc trong phong trào thi đua',
  'dot-xuat': 'thành tích đột xuất',
  'dong-gop': 'đóng góp vào phát triển kinh tế – xã hội, khoa học, công tác xã hội, từ thiện',
});

/** Types of an award already received (loại hình khen thưởng, Điều 8 of the Law). */
export const AWARD_TYPE = /* @__PURE__ */ vocabulary({
  'cong-trang': 'khen thưởng công trạng',
  'chuyen-de': 'khen thưởng theo chuyên đề',
  'dot-xuat': 'khen thưởng đột xuất',
  'cong-hien': 'khen thưởng quá trình cống hiến',
  'doi-ngoai': 'khen thưởng đối ngoại',
});

/** Disciplinary measures (hình thức kỷ luật) a profile can state; "khac" for any other. */
export const DISCIPLINE_LEVEL = /* @__PURE__ */ vocabulary({
  'khien-trach': 'khiển trách',
  'canh-cao': 'cảnh cáo',
  'ha-bac-luong': 'hạ bậc lương',
  'giang-chuc': 'giáng chức',
  'cach-chuc': 'cách chức',
  'bai-nhiem': 'bãi nhiệm',
  'buoc-thoi-viec': 'buộc thôi việc',
  // Inside a sentence "kỷ luật khác" reads "kỷ luật"; as an option, "Hình thức khác".
  khac: { short: 'kỷ luật', full: 'hình thức khác' },
});

/** What may be pending against the person (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP). */
export const PENDING_FLAG = /* @__PURE__ */ vocabulary({
  disciplineReview: 'đang bị xem xét kỷ luật',
  investigation: 'đang bị điều tra, thanh tra, kiểm tra về dấu hiệu vi phạm',
  complaint: 'đang có khiếu nại, tố cáo được xác minh',
});

/**
 * Counts in the `collective` block of a profile that a condition may read (the members who…).
 * `short` follows "thành viên", `full` follows "Số thành viên".
 */
export const COLLECTIVE_COUNT = /* @__PURE__ */ vocabulary({
  laoDongTienTien: { short: 'đạt Lao động tiên tiến (hoặc Chiến sĩ tiên tiến)', full: 'đạt danh hiệu Lao động tiên tiến (hoặc Chiến sĩ tiên tiến)' },
  chienSiThiDuaCoSo: { short: 'đạt Chiến sĩ thi đua cơ sở', full: 'đạt danh hiệu Chiến sĩ thi đua cơ sở' },
  completedTasks: { short: 'hoàn thành nhiệm vụ', full: 'hoàn thành nhiệm vụ trở lên' },
  disciplinedWarningOrAbove: { short: 'bị kỷ luật từ cảnh cáo trở lên', full: 'bị kỷ luật từ hình thức cảnh cáo trở lên' },
});

/** Kinds of registry entry: an emulation title (Điều 6, 19, 20) or a form of award (Điều 9). */
export const AWARD_KIND = /* @__PURE__ */ vocabulary({
  'danh-hieu-thi-dua': { short: 'danh hiệu thi đua', full: 'Danh hiệu thi đua' },
  'hinh-thuc-khen-thuong': { short: 'hình thức khen thưởng', full: 'Hình thức khen thưởng' },
});

/** Levels of an award, lowest first. */
export const AWARD_LEVEL = /* @__PURE__ */ vocabulary({
  'co-so': { short: 'cấp cơ sở', full: 'Cấp cơ sở' },
  'bo-tinh': { short: 'cấp bộ, ban, ngành, tỉnh', full: 'Cấp bộ, ban, ngành, tỉnh' },
  'toan-quoc': { short: 'cấp Chính phủ, Thủ tướng Chính phủ', full: 'Cấp Chính phủ, Thủ tướng Chính phủ' },
  'nha-nuoc': { short: 'cấp Nhà nước (Chủ tịch nước)', full: 'Cấp Nhà nước (Chủ tịch nước)' },
});

/** How often an award is considered. */
export const AWARD_PERIOD = /* @__PURE__ */ vocabulary({
  'hang-nam': { short: 'xét hằng năm', full: 'Xét hằng năm' },
  'theo-dot': { short: 'xét theo đợt, dịp tổng kết', full: 'Xét theo đợt, dịp tổng kết' },
  'theo-thanh-tich': { short: 'xét khi có thành tích đủ tiêu chuẩn', full: 'Xét khi có thành tích đủ tiêu chuẩn' },
});

/** Roles a body can have in a task (vai trò), in the order pages list them. */
export const TASK_ROLE = /* @__PURE__ */ vocabulary({
  'chu-tri': { short: 'chủ trì', full: 'Chủ trì' },
  'thuc-hien': { short: 'thực hiện', full: 'Thực hiện' },
  'phoi-hop': { short: 'phối hợp', full: 'Phối hợp' },
  'tham-muu': { short: 'tham mưu', full: 'Tham mưu' },
  'theo-doi': { short: 'theo dõi', full: 'Theo dõi, kiểm tra, giám sát' },
  'bao-cao': { short: 'nhận báo cáo', full: 'Nhận báo cáo' },
});

/**
 * How sure the handbook is of a fact (from the reference sheets). "unconfirmed" reads "chưa xác
 * nhận" everywhere: "chưa xác minh" is kept for reported changes and facts no one has verified.
 */
export const CONFIDENCE = /* @__PURE__ */ vocabulary({
  // After "Độ tin cậy" (ConfidenceNote writes "Độ tin cậy trung bình").
  high: 'cao',
  med: 'trung bình',
  low: 'thấp',
  unconfirmed: 'chưa xác nhận',
});

/** The verdicts of the eligibility check. */
export const VERDICT = /* @__PURE__ */ vocabulary({
  eligible: 'đủ tiêu chuẩn',
  'not-eligible': 'chưa đủ tiêu chuẩn',
  'needs-info': 'chưa xác định',
  deferred: 'chưa xét',
});

/** Kinds of agency (content/co-quan/), in the order the index lists them; "nhom" is a group addressee. */
export const AGENCY_KIND = /* @__PURE__ */ vocabulary({
  'cap-uy': 'Cấp ủy, tổ chức đảng',
  'co-quan-dang': 'Cơ quan đảng',
  'co-quan-nha-nuoc': 'Cơ quan nhà nước',
  'mat-tran-doan-the': 'Mặt trận và đoàn thể',
  'hoi-dong': 'Hội đồng',
  'bao-chi': 'Báo chí – truyền thông',
  nhom: 'Nhóm cơ quan (địa chỉ chung)',
});

/** Levels of the political and administrative system an agency belongs to. */
export const AGENCY_LEVEL = /* @__PURE__ */ vocabulary({
  'trung-uong': 'Trung ương',
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
  'cac-cap': 'Các cấp',
});

/** What happened to a body in a reorganisation (an agency's `lineage`); labels lead to the successor. */
export const LINEAGE_EVENT = /* @__PURE__ */ vocabulary({
  'hop-nhat': 'Hợp nhất vào',
  'doi-ten': 'Chuyển thành',
  'chuyen-giao': 'Chức năng, nhiệm vụ chuyển cho',
  'ket-thuc': 'Chấm dứt hoạt động',
  'sap-xep': 'Thuộc diện sắp xếp',
});

type IdOf<V> = V extends Vocabulary<infer Id> ? Id : never;
export type Rating = IdOf<typeof RATING>;
export type Sector = IdOf<typeof SECTOR>;
export type AwardSubject = IdOf<typeof SUBJECT>;
export type Scope = IdOf<typeof SCOPE>;
export type InitiativeKind = IdOf<typeof INITIATIVE_KIND>;
export type AchievementKind = IdOf<typeof ACHIEVEMENT_KIND>;
export type AwardType = IdOf<typeof AWARD_TYPE>;
export type DisciplineLevel = IdOf<typeof DISCIPLINE_LEVEL>;
export type PendingFlag = IdOf<typeof PENDING_FLAG>;
export type CollectiveField = IdOf<typeof COLLECTIVE_COUNT>;
export type AwardKind = IdOf<typeof AWARD_KIND>;
export type AwardLevel = IdOf<typeof AWARD_LEVEL>;
export type AwardPeriod = IdOf<typeof AWARD_PERIOD>;
export type TaskRole = IdOf<typeof TASK_ROLE>;
export type Confidence = IdOf<typeof CONFIDENCE>;
export type Verdict = IdOf<typeof VERDICT>;
export type AgencyKind = IdOf<typeof AGENCY_KIND>;
export type AgencyLevel = IdOf<typeof AGENCY_LEVEL>;
export type LineageEvent = IdOf<typeof LINEAGE_EVENT>;

/**
 * The collective counts that exceed the number of members (none can: a count is of members).
 * The one check the profile validation, the checker's form, its URL reader and the CSV use.
 */
export function countsAboveMembers(c: Partial<Record<CollectiveField | 'members', number | undefined>>): CollectiveField[] {
  // Either number absent: the comparison is false (undefined compares as NaN).
  return COLLECTIVE_COUNT.ids.filter((f) => c[f]! > c.members!);
}

// The ids of each enumeration under the names the schemas and their readers use.
export const RATINGS = RATING.ids;
export const SCOPES = SCOPE.ids;
export const SECTORS = SECTOR.ids;
export const AWARD_SUBJECTS = SUBJECT.ids;
export const INITIATIVE_KINDS = INITIATIVE_KIND.ids;
export const ACHIEVEMENT_KINDS = ACHIEVEMENT_KIND.ids;
export const AWARD_TYPES = AWARD_TYPE.ids;
export const DISCIPLINE_LEVELS = DISCIPLINE_LEVEL.ids;
export const PENDING_FLAGS = PENDING_FLAG.ids;
export const COLLECTIVE_FIELDS = COLLECTIVE_COUNT.ids;
