/**
 * The Vietnamese copy of the eligibility engine: every sentence a user reads (explanations,
 * "missing" advice, questions). The evaluator (`conditions.ts`) decides; this module only words
 * the decision, so wording can be reviewed and changed without touching the rules.
 */
import type { InitiativeFilter, YearTest } from '../../schemas/award';
import { ACHIEVEMENT_KIND, AWARD_TYPE, COLLECTIVE_COUNT, CONFIDENCE, DISCIPLINE_LEVEL, INITIATIVE_KIND, PENDING_FLAG, RATING, SCOPE, SECTOR, VERDICT, type AchievementKind, type AwardType, type CollectiveField, type Confidence, type DisciplineLevel, type InitiativeKind, type PendingFlag, type Rating, type Scope, type Sector } from '../vocabulary';
import { formatDate, listVi } from '../vi-format';
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
  return listVi([...years].sort((a, b) => a - b).map(String));
}

/** "2021–2025" for a run of years, or "2025" for one. */
export function yearRange(years: number[]): string {
  if (!years.length) return '';
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? String(min) : `${min}–${max}`;
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

export const date = (d: string) => formatDate(d) ?? d;

/** The name of the decree holding the general principles on a proposal date (legal-parameters.ts). */
export function decree(proposalDate: string): string {
  return `Nghị định ${generalDecree(proposalDate).number}`;
}

export const PENDING_VI = PENDING_FLAG.short;

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

// --- Reasons ---------------------------------------------------------------------------------
// The evaluator (conditions/) writes no Vietnamese: it returns reasons, a code and the numbers,
// names and dates that decided, and these renderers word them.

/** Where initiatives are counted: the proposal year, since the last grant, or a period of years. */
export type InitiativeWindow = { year: number } | { upTo: number; since: number | null } | { period: number[] };

/** A year test with the name of the title it names (if any), for wording. */
export interface NamedTest {
  test: YearTest;
  name?: string;
}

const windowText = (w: InitiativeWindow) =>
  'year' in w
    ? `được công nhận năm ${w.year}`
    : 'period' in w
      ? `trong giai đoạn ${yearRange(w.period)}`
      : w.since === null
        ? `được công nhận đến năm ${w.upTo}`
        : `được công nhận sau lần được tặng năm ${w.since}, đến năm ${w.upTo}`;
const initiativeNoun = (f: InitiativeFilter) => `${listVi(f.kinds.map((k) => INITIATIVE_VI[k]), 'hoặc')} ${SCOPE_VI[f.minLevel]}${f.minLevel === 'toan-quoc' ? '' : ' trở lên'}`;
/** What one year must be, as a noun phrase after "năm": "Chiến sĩ thi đua cơ sở", "hoàn thành tốt nhiệm vụ trở lên". */
const unitOf = ({ test, name = '' }: NamedTest) => ('ratingAtLeast' in test ? ratingAtLeast(test.ratingAtLeast) : name);
/** "đạt danh hiệu Chiến sĩ thi đua cơ sở" / "được xếp loại hoàn thành tốt nhiệm vụ trở lên" (after "năm 2024 …"). */
const predicateOf = (t: NamedTest) => `${'ratingAtLeast' in t.test ? 'được xếp loại' : 'đạt danh hiệu'} ${unitOf(t)}`;
const kindsOr = (kinds: AchievementKind[]) => listVi(kinds.map((k) => ACHIEVEMENT_VI[k]), 'hoặc');
const scopeUp = (s: Scope | undefined) => (s ? ` phạm vi ${SCOPE_VI[s]} trở lên` : '');
const achievementText = (a: { kind: AchievementKind; scope: Scope }) => `${ACHIEVEMENT_VI[a.kind]} phạm vi ${SCOPE_VI[a.scope]}`;
const countNeed = (atLeast?: number, atMost?: number) =>
  atMost === 0 ? 'yêu cầu: không có thành viên nào' : [atLeast !== undefined ? `ít nhất ${atLeast}` : '', atMost !== undefined ? `nhiều nhất ${atMost}` : ''].filter(Boolean).join(', ');

/** What a person's working time in the year proposed shows (months-at-unit). */
export interface MonthsFacts {
  year: number;
  atLeast: number;
  date: string;
  /** ok: null when the months fall short but maternity leave (working time) is not given. */
  worked?: { months: number; maternity: number; ok: boolean | null };
  joined?: { on: string; ok: boolean };
}
const workedLine = (f: MonthsFacts) => {
  const w = f.worked!;
  const withMat = w.maternity ? ` (${w.months} tháng làm việc và ${w.maternity} tháng nghỉ thai sản, được tính là thời gian công tác theo khoản 5 Điều 4 ${decree(f.date)})` : '';
  return `năm ${f.year} công tác ${w.months + w.maternity} tháng${withMat}`;
};
const joinedLine = (f: MonthsFacts) => `bắt đầu công tác tại đơn vị từ ${date(f.joined!.on)}`;
const monthsNotes = (f: MonthsFacts) => [...(f.worked?.ok ? [workedLine(f)] : []), ...(f.joined?.ok ? [joinedLine(f)] : [])].join('; ');
const monthsBad = (f: MonthsFacts) => {
  let bad = f.worked?.ok === false ? workedLine(f) : null;
  if (f.joined && !f.joined.ok) bad = bad ? `${bad}; ${joinedLine(f)}` : `${joinedLine(f)}, chưa đủ ${f.atLeast} tháng tính đến hết năm ${f.year}`;
  return bad ?? '';
};

const unsettledText = (year: number, award: string) => `chưa biết năm ${year} đã được tặng ${award} chưa (khoản 2 Điều 5 Luật)`;

/** Two given facts that contradict each other: said as such, never settled by taking one. */
const contradiction = (one: string, other: string) => `Hai thông tin mâu thuẫn: ${one}, nhưng ${other}; cần sửa hồ sơ.`;

/** Why one year or one initiative does not count, or is unknown: quoted inside other reasons. */
const NOTES = {
  // A year of a chain, and what to add to the profile.
  yearNoYear: (year: number) => `hồ sơ không có năm ${year} trong history`,
  yearNoRating: (year: number) => `chưa biết xếp loại năm ${year}`,
  yearNoTitles: (year: number) => `chưa biết các danh hiệu năm ${year}`,
  yearRating: (year: number, rating: Rating) => `năm ${year} xếp loại ${RATING_VI[rating]}`,
  yearTitle: (year: number, title: string) => `năm ${year} không có danh hiệu ${title}`,
  yearDiscipline: (p: DisciplinePeriod) => disciplineText(p),
  yearFresh: (year: number, award: string) =>
    `từ năm ${year} trở về trước đã được tính cho lần được tặng ${award} năm ${year}; một thành tích chỉ khen một lần (khoản 2 Điều 5 Luật Thi đua, khen thưởng)`,
  yearBase: (year: number, award: string) => `chuỗi tính từ sau năm ${year}, năm được tặng ${award}`,
  yearBefore1945: () => 'trước năm 1945',
  yearUnsettledGrant: unsettledText,
  // Initiatives.
  iniLevelLow: (kind: InitiativeKind, id: string, level: Scope, min: Scope) =>
    `${INITIATIVE_VI[kind]} ${id} được công nhận ${SCOPE_VI[level]}, cần ${SCOPE_VI[min]}${min === 'toan-quoc' ? '' : ' trở lên'}`,
  iniUnsettled: (kind: InitiativeKind, id: string, year: number, grantYear: number, award: string) => `${INITIATIVE_VI[kind]} ${id} được công nhận năm ${year}; ${unsettledText(grantYear, award)}`,
  iniDisciplined: (kind: InitiativeKind, id: string, year: number) => `${INITIATIVE_VI[kind]} ${id} được công nhận năm ${year}, trùng thời gian thi hành kỷ luật nên không được tính`,
  iniDoubt: (kind: InitiativeKind, id: string, award: string, year: number) =>
    `${INITIATIVE_VI[kind]} ${id} đã dùng để xét danh hiệu ${award} năm ${year}; Công văn 5007/BNV-TĐKT chưa rõ một sáng kiến đã dùng cho danh hiệu thi đua này có được dùng tiếp cho danh hiệu thi đua khác hay không`,
  iniUsed: (kind: InitiativeKind, id: string, award: string, year: number) =>
    `${INITIATIVE_VI[kind]} ${id} đã dùng làm căn cứ cho ${award} năm ${year}; mỗi sáng kiến, đề tài chỉ dùng một lần (khoản 2 Điều 5 Luật; Công văn 5007/BNV-TĐKT)`,
  baseExcluded: (award: string, year: number, type: AwardType, date_: string) =>
    `${award} năm ${year} là ${AWARD_TYPE_VI[type]}, không được làm căn cứ để đề nghị khen thưởng công trạng cao hơn (khoản 3 Điều 4 ${decree(date_)})`,
} satisfies Record<string, (...args: never[]) => string>;

/** A note: its code, then what it carries, in order. */
export type Note = { [C in keyof typeof NOTES]: [C, ...Parameters<(typeof NOTES)[C]>] }[keyof typeof NOTES];

const sayNote = ([code, ...args]: Note): string => (NOTES[code] as (...a: unknown[]) => string)(...args);

/** A disciplinary period overlapping year `year`, on the proposal date `date`. */
interface DisciplinePeriod {
  year: number;
  level: DisciplineLevel;
  from: string;
  to?: string;
  date: string;
}
const disciplineText = (p: DisciplinePeriod) =>
  `năm ${p.year} trùng thời gian thi hành ${p.level === 'khac' ? '' : 'kỷ luật '}${DISCIPLINE_VI[p.level]} (${date(p.from)}${p.to ? `–${date(p.to)}` : ', chưa hết thời hạn'}) nên không được tính (đoạn 2 khoản 4 Điều 4 ${decree(p.date)})`;

/** A request for a profile field (of a year), as the evaluator writes it: the verb, then the field's code. */
const ask = (verb: string, field: string, year?: number) => `${verb} ⟨${field}${year === undefined ? '' : ` ${year}`}⟩.`;

/** A field's code in a request ("⟨history.rating 2023⟩"); the year is the second group. */
const ASK_CODE = /⟨([\w.]+)(?: (\d{4}))?⟩/g;

/**
 * The command's wording of each requested field (after the verb), naming the fields of its JSON
 * profile (docs/eligibility-cli.md). Only `evaluate` uses it: the browser's checker, which words
 * requests itself, does not load it.
 */
const ASK_WORDING: Record<string, (year: string) => string> = {
  history: (y) => `năm ${y} vào history (xếp loại và các danh hiệu đã đạt năm đó)`,
  'history.rating': (y) => `kết quả xếp loại năm ${y} (history, trường rating)`,
  'history.titles': (y) => `các danh hiệu đã đạt năm ${y} (history, trường titles; ghi danh sách rỗng nếu không có)`,
  'collective.rating': (y) => `kết quả xếp loại của tập thể năm ${y} (collective.rating)`,
  initiatives: () => 'các sáng kiến, đề tài (initiatives); ghi danh sách rỗng nếu không có',
  awards: () => 'các hình thức khen thưởng đã nhận (awards), kể cả loại khen thưởng; ghi danh sách rỗng nếu chưa có',
  achievements: () => 'các thành tích khác (achievements); ghi danh sách rỗng nếu không có',
  discipline: () => 'các hình thức kỷ luật (discipline), kể cả thời hạn; ghi danh sách rỗng nếu không bị kỷ luật',
  'history.monthsWorked': (y) =>
    `số tháng công tác năm ${y} (history, trường monthsWorked; nghỉ thai sản ghi ở maternityLeaveMonths) và ngày bắt đầu công tác tại đơn vị (joinedOn)`,
  'history.maternityLeaveMonths': (y) => `số tháng nghỉ thai sản năm ${y} (maternityLeaveMonths, 0 nếu không nghỉ)`,
};

/** A line with each field code in the command's words ("Cho biết kết quả xếp loại năm 2023 (history, trường rating)."). */
export function wordAsks(line: string): string {
  return line.replace(ASK_CODE, (_, field: string, year = '') => ASK_WORDING[field]?.(year) ?? `số liệu của tập thể: ${field}`);
}

/** The facts a contradiction is between, in words (the command and the page alike). */
const CONTRADICTING = { months: 'số tháng công tác và ngày bắt đầu công tác tại đơn vị', titles: 'các danh hiệu đã đạt' };

const REASONS = {
  ...NOTES,
  // Requests for a profile field: a verb and the field's code ("Cho biết ⟨history.rating 2023⟩.");
  // the command words the code (askWording), the checker links it to its question.
  askYear: (year: number) => ask('Bổ sung', 'history', year),
  askRating: (year: number) => ask('Cho biết', 'history.rating', year),
  askTitles: (year: number) => ask('Cho biết', 'history.titles', year),
  askCollRating: (year: number) => ask('Cho biết', 'collective.rating', year),
  askInitiatives: () => ask('Khai báo', 'initiatives'),
  askAwards: () => ask('Khai báo', 'awards'),
  askAchievements: () => ask('Khai báo', 'achievements'),
  askDiscipline: () => ask('Khai báo', 'discipline'),
  askMonths: (year: number) => ask('Cho biết', 'history.monthsWorked', year),
  askCollective: (field: string) => ask('Cho biết', `collective.${field}`),
  askMaternity: (year: number) => ask('Cho biết', 'history.maternityLeaveMonths', year),
  askContradiction: (facts: 'months' | 'titles', year?: number) => `Đối chiếu, sửa ${CONTRADICTING[facts]}${year ? ` năm ${year}` : ''}.`,
  iniUnknown: (filter: InitiativeFilter, window: InitiativeWindow) => `Hồ sơ chưa khai báo sáng kiến, đề tài nên chưa biết có ${initiativeNoun(filter)} ${windowText(window)} hay không.`,
  iniMet: (filter: InitiativeFilter, window: InitiativeWindow, ids: string[], need: number) =>
    sentences([`Có ${ids.length} ${initiativeNoun(filter)} ${windowText(window)} chưa dùng cho khen thưởng khác (${ids.join(', ')}), cần ${need}`]),
  iniShort: (filter: InitiativeFilter, window: InitiativeWindow, usable: number, need: number, notes: Note[]) =>
    sentences([
      usable
        ? `Chỉ có ${usable} ${initiativeNoun(filter)} ${windowText(window)} dùng được, cần ${need}`
        : `Không có ${initiativeNoun(filter)} ${windowText(window)} dùng được (cần ${need})`,
      ...notes.map(sayNote),
    ]),
  iniAskReuse: (ids: string[], award: string) => `Hỏi cơ quan thi đua, khen thưởng có được dùng lại ${ids.join(', ')} cho ${award} hay không (Công văn 5007/BNV-TĐKT chưa rõ).`,
  iniNeedMore: (n: number, filter: InitiativeFilter, window: InitiativeWindow) =>
    `Cần thêm ${n} ${initiativeNoun(filter)} ${windowText(window)}, chưa dùng làm căn cứ cho khen thưởng khác.`,
  // Chains of years.
  withinYears: (t: NamedTest, period: number[], years: number[], need: number) =>
    sentence(
      years.length
        ? `Trong giai đoạn ${yearRange(period)} có ${years.length} năm ${predicateOf(t)} (${yearList(years)}), cần ${need}`
        : `Trong giai đoạn ${yearRange(period)} không có năm nào ${predicateOf(t)}, cần ${need}`,
    ),
  withinNeedMore: (t: NamedTest, n: number, earliest: number) => `Cần thêm ${n} năm ${predicateOf(t)} trong giai đoạn liên tục tính đến năm đề nghị: sớm nhất năm ${earliest}.`,
  runShort: (t: NamedTest, year: number, run: number[], count: number, stop: Note) =>
    sentences([
      run.length
        ? `Đến năm ${year} có ${run.length} năm liên tục ${predicateOf(t)} (${yearRange(run)}), cần ${count}`
        : `Cần ${count} năm liên tục ${predicateOf(t)} tính đến năm ${year}`,
      sayNote(stop),
    ]),
  runNeedMore: (t: NamedTest, n: number, earliest: number | null, afterBase?: string) =>
    `Cần thêm ${n} năm ${unitOf(t)} liên tục${afterBase ? ` sau khi được tặng ${afterBase}` : ''}${earliest === null ? ', tính từ khi hết thời hạn kỷ luật' : `: sớm nhất năm ${earliest}`}.`,
  runHead: (t: NamedTest, run: number[], count: number) => `Có ${run.length} năm liên tục ${predicateOf(t)} (${yearRange(run)}), cần ${count}`,
  runStopped: (stop: Note) => `Giai đoạn không kéo dài hơn được vì ${sayNote(stop)}`,
  // rating-at-least
  ratingUnknown: (year: number, min: Rating) => `Chưa biết kết quả xếp loại năm ${year} (cần ${ratingAtLeast(min)}).`,
  ratingIs: (year: number, rating: Rating, min: Rating, collective: boolean) =>
    `Năm ${year} ${collective ? 'tập thể ' : ''}được xếp loại ${RATING_VI[rating]} (cần ${ratingAtLeast(min)}).`,
  ratingBrief: (rating: Rating) => `xếp loại ${RATING_VI[rating]}`,
  ratingNeed: (year: number, min: Rating) => `Cần được xếp loại ${ratingAtLeast(min)} năm ${year}.`,
  // sector-in
  sectorIs: (sector: Sector) => `Khu vực của hồ sơ: ${SECTOR_VI[sector]}.`,
  sectorOther: (sectors: Sector[], sector: Sector) => `Tiêu chí này dành cho ${listVi(sectors.map((s) => SECTOR_VI[s]), 'hoặc')}; hồ sơ thuộc khu vực ${SECTOR_VI[sector]}.`,
  registryText: (text: string) => sentence(text),
  // meets-standard
  standardTitle: (award: string, year: number) => `Đã được công nhận danh hiệu ${award} năm ${year}.`,
  standardMissing: (award: string) => `Cẩm nang chưa có tiêu chuẩn ${award} cho khu vực này.`,
  standardContradiction: (award: string, year: number, failed: string[]) => contradiction(`năm ${year} ghi đã đạt ${award}`, failed.map(clause).join('; ')),
  noCriteriaAdvice,
  // title-times
  timesUnknownYear: (year: number, title: string) => `Chưa biết năm ${year} có danh hiệu ${title} hay không.`,
  timesMissingYear: (year: number, title: string, times: number) => `Năm ${year} chưa có danh hiệu ${title}; cần ${times} lần liên tục đạt danh hiệu này, lần sau cùng là năm đề nghị.`,
  timesNeedYear: (year: number, title: string, times: number) => `Cần đạt danh hiệu ${title} năm ${year} và ${times - 1} lần liền trước đó không gián đoạn.`,
  timesCut: (title: string, years: number[], times: number, cutoff: Note) => sentences([`Chỉ có ${years.length} lần ${title} liên tục (${yearList(years)}), cần ${times}`, sayNote(cutoff)]),
  timesCutNeed: (title: string, have: number, times: number) => `Cần ${times} lần liên tục đạt danh hiệu ${title}; hiện có ${have}.`,
  timesOpen: (title: string, years: number[], from: number, why: Note) => sentences([`Có ${years.length} lần ${title} (${yearList(years)}) tính ngược từ năm ${from}`, sayNote(why)]),
  timesLinkOpen: (title: string, years: number[], why: Note) => sentences([`Có ${years.length} lần ${title} (${yearList(years)})`, sayNote(why)]),
  timesBroken: (title: string, years: number[], year: number, times: number, why: Note) =>
    sentences([`Chỉ có ${years.length} lần ${title} liên tục tính đến năm ${year} (${yearList(years)}), cần ${times}`, `chuỗi bị gián đoạn: ${sayNote(why)}`]),
  timesBrokenNeed: (t: NamedTest, title: string, have: number, times: number) =>
    `Cần ${times} lần liên tục đạt danh hiệu ${title}, giữa các lần không gián đoạn danh hiệu ${unitOf(t)}; hiện có ${have}.`,
  timesMet: (t: NamedTest, title: string, years: number[]) => `Đạt danh hiệu ${title} ${years.length} lần liên tục (${yearList(years)}), giữa các lần không gián đoạn danh hiệu ${unitOf(t)}.`,
  timesShort: (title: string, have: number, times: number) => `Chỉ có ${have} lần ${title}, cần ${times}.`,
  timesNeed: (title: string, times: number) => `Cần ${times} lần liên tục đạt danh hiệu ${title}.`,
  // base-award-chain
  baseUnknown: (bases: string[]) => `Hồ sơ chưa khai báo các hình thức khen thưởng đã nhận nên chưa biết đã có ${listVi(bases, 'hoặc')} hay chưa.`,
  baseNone: (bases: string[], year: number, excluded: Note[]) => sentences([`Chưa có ${listVi(bases, 'hoặc')} (khen thưởng công trạng) trước năm ${year}`, ...excluded.map(sayNote)]),
  baseNeed: (t: NamedTest, bases: string[], years: number) => `Cần có ${listVi(bases, 'hoặc')} thuộc loại khen thưởng công trạng, sau đó ${years} năm liên tục ${unitOf(t)} tính đến năm đề nghị.`,
  baseHave: (award: string, year: number, type: AwardType) => `Đã có ${award} năm ${year} (${AWARD_TYPE_VI[type]})`,
  // achievement
  achUnknown: (kinds: AchievementKind[], year: number) => `Hồ sơ chưa khai báo thành tích khác nên chưa biết có ${kindsOr(kinds)} năm ${year} hay không.`,
  achNone: (kinds: AchievementKind[], minScope: Scope | undefined, year: number, declared: { kind: AchievementKind; scope: Scope }[]) =>
    `Năm ${year} không có ${kindsOr(kinds)}${scopeUp(minScope)}.${declared.length ? ` Thành tích đã khai báo: ${declared.map(achievementText).join('; ')}.` : ''}`,
  achNeed: (kinds: AchievementKind[], minScope: Scope | undefined, year: number) =>
    `Cần ${kindsOr(kinds)}${scopeUp(minScope)} được công nhận năm ${year}.`,
  achMet: (year: number, achievement: { kind: AchievementKind; scope: Scope }, minScope: Scope | undefined, judgement: string) =>
    `Năm ${year} có ${achievementText(achievement)}${minScope ? ` (cần phạm vi ${SCOPE_VI[minScope]} trở lên)` : ''}; ${clause(judgement)}.`,
  achOpen: (year: number, achievements: { kind: AchievementKind; scope: Scope }[], judgement: string) =>
    `Năm ${year} có ${achievements.map(achievementText).join('; ')}; ${clause(judgement)}.`,
  achAsk: (judgement: string) => `Đề nghị hội đồng thi đua – khen thưởng đánh giá: ${clause(judgement)}.`,
  // months-at-unit
  monthsNotMet: (p: MonthsFacts) => `${sentence(monthsBad(p))} Cần ít nhất ${p.atLeast} tháng công tác trong năm.`,
  monthsNeed: (year: number, atLeast: number) => `Chưa đủ ${atLeast} tháng công tác trong năm ${year}: có thể đề nghị từ năm ${year + 1} khi đủ thời gian.`,
  monthsMet: (p: MonthsFacts) => `${sentence(monthsNotes(p))} Đủ ${p.atLeast} tháng công tác trong năm.`,
  monthsBrief: monthsNotes,
  monthsUnknown: (year: number, atLeast: number) => `Chưa biết thời gian công tác năm ${year} (cần ít nhất ${atLeast} tháng).`,
  monthsNoMaternity: (p: MonthsFacts) => `${sentence(workedLine(p))} Chưa biết số tháng nghỉ thai sản (tính là thời gian công tác) nên chưa biết có đủ ${p.atLeast} tháng.`,
  monthsContradiction: (p: MonthsFacts) => contradiction(workedLine(p), `${joinedLine(p)} (trừ khi chuyển công tác trong năm)`),
  // collective-share, collective-count
  shareUnknown: (field: CollectiveField, percent: number) => `Chưa biết số thành viên ${COLLECTIVE_FIELD_VI[field]} trên tổng số thành viên (cần ít nhất ${percent}%).`,
  shareIs: (field: CollectiveField, count: number, members: number, percent: number) => {
    const pct = Math.round((count / members) * 1000) / 10;
    return `${count}/${members} thành viên (${String(pct).replace('.', ',')}%) ${COLLECTIVE_FIELD_VI[field]}, cần ${percent === 100 ? 'đủ 100%' : `ít nhất ${percent}%`}.`;
  },
  shareNeed: (field: CollectiveField, needed: number, members: number, count: number) =>
    `Cần ít nhất ${needed}/${members} thành viên ${COLLECTIVE_FIELD_VI[field]} (thêm ${needed - count}).`,
  countUnknown: (field: CollectiveField) => `Chưa biết số thành viên ${COLLECTIVE_FIELD_VI[field]}.`,
  countIs: (field: CollectiveField, year: number, count: number, atLeast?: number, atMost?: number) =>
    `Năm ${year} ${count === 0 ? 'không có thành viên nào' : `có ${count} thành viên`} ${COLLECTIVE_FIELD_VI[field]} (${countNeed(atLeast, atMost)}).`,
  countNeed: (field: CollectiveField, atLeast?: number, atMost?: number) =>
    atMost === 0 ? `Tập thể không được có thành viên ${COLLECTIVE_FIELD_VI[field]} trong năm xét.` : `Cần ${countNeed(atLeast, atMost)} thành viên ${COLLECTIVE_FIELD_VI[field]}.`,
  // discipline-clear, not-pending
  discUnknown: (year: number) => `Hồ sơ chưa khai báo kỷ luật nên chưa biết năm ${year} có trùng thời gian thi hành kỷ luật hay không.`,
  discClear: (year: number, any: boolean) => (any ? `Năm ${year} không trùng thời gian thi hành kỷ luật nào.` : 'Không bị kỷ luật.'),
  discBrief: () => 'không trùng thời gian kỷ luật',
  discIn: (p: DisciplinePeriod) => sentence(disciplineText(p)),
  discWait: (to?: string) =>
    `Thành tích chỉ được tính từ khi hết thời hạn kỷ luật${to ? ` (${date(to)}): sớm nhất xét thành tích năm ${Number(to.slice(0, 4)) + 1}` : ''}.`,
  pendingNone: () => 'Không có việc xem xét kỷ luật, điều tra, thanh tra hay khiếu nại, tố cáo nào đang chờ kết luận.',
  pending: (flags: PendingFlag[], date_: string) =>
    `Cá nhân, tập thể được đề nghị ${listVi(flags.map((f) => PENDING_VI[f]))}: chưa xét, chưa trình khen thưởng cho đến khi có kết luận (khoản 4 Điều 4 ${decree(date_)}).`,
  pendingAdvice: (date_: string) =>
    `Chưa xét khen thưởng: chờ cơ quan có thẩm quyền kết luận việc xem xét kỷ luật, điều tra, thanh tra hoặc xác minh khiếu nại, tố cáo; nếu không có vi phạm thì được xét (khoản 4 Điều 4 ${decree(date_)}).`,
  // assumed, unverifiable
  assumed: (what: string) => `Giả định đạt: ${clause(what)}. Hồ sơ không thể hiện tiêu chí định tính này; cần đơn vị xác nhận khi bình xét.`,
  assumedBrief: (what: string) => `giả định đạt tiêu chí định tính (${clause(what)}), cần đơn vị xác nhận`,
  unverifiable: (what: string) => sentence(`${clause(what)}: hồ sơ không có thông tin để kiểm tra, cần xác nhận`),
} satisfies Record<string, (...args: never[]) => string>;

/** A reason of the evaluator: its code, then the numbers, names and dates it carries, in order. */
export type Reason = { [C in keyof typeof REASONS]: [C, ...Parameters<(typeof REASONS)[C]>] }[keyof typeof REASONS];

/** The Vietnamese wording of a reason. */
export function say([code, ...args]: Reason): string {
  return (REASONS[code] as (...a: unknown[]) => string)(...args);
}

// --- Composite explanations (all-of, any-of, meets-standard) ----------------------------------

/** The brief form of a met finding quoted in another explanation: its brief, or its first sentence. */
export const briefOf = (f: { brief?: string; text: string }) => f.brief ?? clause(f.text.split(/(?<=\.)\s/)[0]);

export const standardMet = (award: string, year: number, briefs: string[]) => `Đạt tiêu chuẩn ${award} năm ${year}: ${briefs.join('; ')}.`;

/** "Chưa đạt tiêu chuẩn X năm Y: <each failing criterion with its citation>." */
export function standardNotMet(
  status: 'not-met' | 'unknown',
  award: string,
  year: number,
  parts: { text: string; citation: string; confidence: Confidence; caution?: string }[],
): string {
  const detail = parts.map((p) => `${clause(p.text)} (${p.citation}${cautionSuffix(p.confidence, p.caution).replace(/^ \(/, '; ').replace(/\)$/, '')})`).join('; ');
  return `${status === 'not-met' ? 'Chưa đạt' : 'Chưa xác định được'} tiêu chuẩn ${award} năm ${year}: ${detail}.`;
}

/**
 * One alternative of a "one of" group, tagged with its route and, when it did not decide, its
 * status. An alternative without a label is its explanation alone, which says the status in its
 * own words: a bare "(chưa xác định):" would open the sentence with nothing to qualify.
 */
export function alternativeLine(route: string, status: 'unknown' | 'not-met' | null, body: string): string {
  if (!route) return clause(body);
  return `${route}${status ? ` (${status === 'unknown' ? 'chưa xác định' : 'chưa đạt'})` : ''}: ${clause(body)}`;
}
export const alternativeMet = (route: string, raw: string) => (route ? sentence(`Đạt theo ${route}: ${clause(raw)}`) : raw);
export const alternativeOnly = (route: string, raw: string) => (route ? sentence(`Chưa đạt (${route}): ${clause(raw)}`) : raw);
export const alternativesNone = (raw: string) => sentence(`Chưa đạt tiêu chuẩn nào trong các tiêu chuẩn: ${raw}`);
/** Advice of one alternative, under its route. */
export const alternativeAdvice = (route: string, advice: string[]) => (route ? `${route}: ${clause(advice.join(' '))}` : clause(advice.join(' ')));
export const routedAdvice = (route: string, advice: string[]) => [sentence(`${sentence(route).replace(/\.$/, '')}: ${clause(advice.join(' '))}`)];
export const alternativesAdvice = (advice: string[]) => [sentence(`Cần đáp ứng một trong các tiêu chuẩn: ${advice.join('; hoặc ')}`)];

/** The row shown when the proposal predates the Law 2022 (Điều 94: in force from 01/01/2024). */
export const BEFORE_RULESET_CITATION = 'Điều 94 Luật Thi đua, khen thưởng 2022';

/** A criterion on which the current text and a reported change disagree. */
export const readingsCurrent = (current: string) => `Theo Luật Thi đua, khen thưởng 2022 hiện hành: ${clause(current)}.`;

export const unknownAward = (id: string) => `Không có "${id}" trong danh mục khen thưởng.`;

// --- Provincial rule sets (rule-sets.ts, province-reasons.ts) ------------------------------------

export const provinceRulesApplied = (province: string, number: string) =>
  `Áp dụng quy định riêng của ${province} (Quyết định ${number}); điều quyết định này không quy định thì theo Luật, nghị định.`;

export const noProvinceGiven = (held: string[]) => `Hồ sơ không nêu tỉnh${held.length ? `; cẩm nang có quy định riêng của ${listVi(held)}` : ''}`;

/** The sentence of a result decided at Law level for an award whose details the provinces set. */
export const lawLevelNote = (why: string | undefined, basis: string | undefined) =>
  `${why ? `${sentence(why)} ` : ''}Kết quả theo tiêu chuẩn chung của Luật; tỉnh (hoặc bộ, ngành) quy định chi tiết${basis ? ` (${basis})` : ''}.`;
