/**
 * Reading a batch file: each row becomes the checker's answers (cells.ts) and goes through the
 * step-by-step checker's own validation (`readAnswers` of answers.ts, the function that reads a
 * result's URL); what it refuses is reported by row and column, with the value and what to write.
 * A few rules the step-by-step form keeps by what it offers (a year no later than the year
 * proposed, titles of the row's subject…) are checked here. Plain TypeScript, no DOM imports.
 */
import { SUBJECT } from '../../vocabulary';
import { MAX_YEAR, MIN_YEAR, type Registry } from '../../eligibility/index';
import { parseAwards, parseInitiatives, parseTitles, readAnswers, validAnswer, type Answers } from '../answers';
import { parseCsv } from '../../csv';
import { COLUMNS, COUNT_COLUMNS, REQUIRED_COLUMNS, YEAR_COLUMN, columnKey } from './columns';
import { cellAnswers, type CellAnswer } from './cells';

/** A problem in the file: the row (the header is row 1), the column, what is expected. */
export interface RowError { row: number; column: string; message: string }

export interface BatchRow {
  /** Row number in the file (the header is row 1). */
  row: number;
  /** ho_ten, or "Dòng N". */
  name: string;
  /** The cells as given (for the output). */
  award: string;
  year: string;
  answers?: Answers;
  errors: RowError[];
}

export interface Batch {
  /** Problems with the file as a whole (no header, unknown columns): nothing is checked then. */
  fileErrors: RowError[];
  rows: BatchRow[];
}

/** What to write, for a value the checker refuses (`cell` as written). */
const FIX: Record<string, (cell: string) => string> = {
  award: (cell) => (cell ? `"${cell}" không có trong danh mục; dùng một mã trong bảng mã, ví dụ chien-si-thi-dua-co-so` : 'bắt buộc: ghi mã danh hiệu, hình thức khen thưởng, ví dụ chien-si-thi-dua-co-so'),
  year: (cell) => `bắt buộc: năm có thành tích, từ ${MIN_YEAR} đến ${MAX_YEAR}; đang là "${cell}"`,
  subject: (cell) => `phải là ca-nhan hoặc tap-the; đang là "${cell}"`,
  sector: (cell) => `phải là co-quan, vu-trang, cong-nhan-nong-dan hoặc doanh-nghiep; đang là "${cell}"`,
  rating: (cell) => `phải là HTXS, HTT, HT hoặc KHT (hoặc để trống nếu không rõ); đang là "${cell}"`,
  titles: () => 'không phải mã danh hiệu thi đua; dùng LDTT, CSTT, CSTDCS, CSTDBNT, CSTDTQ (hoặc mã đầy đủ)',
  months: (cell) => `phải là số tháng từ 0 đến 12; đang là "${cell}"`,
  maternity: (cell) => `phải là số tháng từ 0 đến 12; đang là "${cell}"`,
  initiatives: () => 'ghi loại:năm:cấp[:mã khen thưởng đã dùng], ví dụ sang-kien:2025:co-so (loại sang-kien hoặc de-tai; cấp co-so, bo-tinh hoặc toan-quoc; mã đã dùng là một mã trong danh mục, hoặc khong-ro nếu không rõ đã dùng chưa), hoặc viết bằng lời: “sáng kiến cấp cơ sở năm 2025”',
  awards: () => 'ghi mã:năm[:loại], ví dụ bang-khen-bo-nganh-tinh:2019:cong-trang (mã của một hình thức khen thưởng trong danh mục; loại cong-trang, chuyen-de, dot-xuat, cong-hien hoặc doi-ngoai)',
  achievements: () => 'ghi loại:phạm vi, ví dụ phong-trao:bo-tinh (loại phong-trao, dot-xuat hoặc dong-gop; phạm vi co-so, bo-tinh hoặc toan-quoc)',
  discipline: () => 'ghi hình thức:ngày bắt đầu[:ngày hết thời hạn], ví dụ canh-cao:01/03/2023:01/03/2024, hoặc viết bằng lời: “khiển trách từ 10/3/2025” (hình thức: khien-trach, canh-cao, ha-bac-luong, giang-chuc, cach-chuc, bai-nhiem, buoc-thoi-viec hoặc khac; ngày có thật, ghi ngày/tháng/năm; ngày hết thời hạn không trước ngày bắt đầu)',
  pending: (cell) => `phải là khong, xem-xet-ky-luat, dieu-tra hoặc khieu-nai; đang là "${cell}"`,
  crating: (cell) => `phải là HTXS, HTT, HT hoặc KHT; đang là "${cell}"`,
  members: (cell) => `phải là số người (số nguyên từ 1); đang là "${cell}"`,
  count: (cell) => `phải là số người (số nguyên không âm); đang là "${cell}"`,
};
const fixOf = (key: string) => FIX[/^r\d{4}$/.test(key) ? 'rating' : /^t\d{4}$/.test(key) ? 'titles' : key] ?? FIX.count;

/** Why the checker's validation refused an answer of the row: each wrong item of a list, or the value. */
function refusal(a: CellAnswer, answers: Answers, registry: Registry): string[] {
  const fix = fixOf(a.key);
  const bad = a.items?.filter((it) => !validAnswer(a.key, it.value, registry)) ?? [];
  if (bad.length) return bad.map((it) => `"${it.text}": ${fix(it.text)}`);
  if (!validAnswer(a.key, a.value, registry)) return [fix(a.cell)];
  // Well formed alone: `readAnswers` drops a count above the collective's members.
  return [`không thể lớn hơn tổng số thành viên (${answers.members}); đang là ${a.value}`];
}

/**
 * What the step-by-step form keeps by the choices it offers, checked on the answers it accepted:
 * the subject is one the award is given to, titles are those of that subject, initiatives and
 * awards received are dated no later than the year proposed, months add up to at most 12, and
 * the collective's columns are filled only for a collective. Drops the subject refused.
 */
function formRules(given: CellAnswer[], answers: Answers, registry: Registry): { column: string; message: string }[] {
  const out: { column: string; message: string }[] = [];
  const award = registry.get(answers.award ?? '');
  const year = answers.year ? Number(answers.year) : undefined;
  const cellOf = (key: string) => given.find((a) => a.key === key);
  const subject = cellOf('subject');
  if (award && subject?.cell && answers.subject) {
    const s = SUBJECT.fromCli(answers.subject)!;
    if (!award.subject.includes(s)) {
      out.push({ column: subject.column, message: `${award.name} không dành cho ${SUBJECT.short[s]}` });
      delete answers.subject;
    }
  }
  const collective = answers.subject === 'collective' || (!!award && !award.subject.includes('ca-nhan') && award.subject.includes('tap-the'));
  for (const a of given) {
    if (!(a.key in answers)) continue;
    if (/^t\d{4}$/.test(a.key)) {
      for (const id of parseTitles(answers[a.key], registry) ?? []) {
        const title = registry.get(id)!;
        if (!title.subject.includes(collective ? 'tap-the' : 'ca-nhan')) out.push({ column: a.column, message: `${title.name} không phải danh hiệu dành cho ${collective ? 'tập thể' : 'cá nhân'}` });
      }
    }
    if (year === undefined) continue;
    for (const it of a.items ?? []) {
      if (a.key === 'initiatives' && parseInitiatives(it.value, registry)!.some((x) => x.year > year)) out.push({ column: a.column, message: `"${it.text}": năm phải là một năm không sau năm xét` });
      if (a.key === 'awards' && parseAwards(it.value, registry)!.some((x) => x.year >= year)) out.push({ column: a.column, message: `"${it.text}": năm được tặng phải trước năm xét` });
    }
  }
  if (answers.maternity && Number(answers.months ?? 0) + Number(answers.maternity) > 12) {
    out.push({ column: 'thang_thai_san', message: `tháng công tác (${answers.months}) cộng tháng nghỉ thai sản (${answers.maternity}) không thể quá 12` });
  }
  if (!collective) {
    for (const a of given) if (a.key === 'crating' || Object.values(COUNT_COLUMNS).includes(a.key as never)) out.push({ column: a.column, message: 'chỉ dùng cho tập thể; để trống, hoặc ghi doi_tuong là tap-the' });
  }
  return out;
}

/** Reads one row into answers, or errors naming the column, the value and what to write. */
function readRow(cells: Record<string, string>, rowNo: number, registry: Registry): BatchRow {
  const cell = (k: string) => (cells[k] ?? '').trim();
  const given = cellAnswers(cells, registry);
  const values = Object.fromEntries(given.map((a) => [a.key, a.value]));
  // The same validation as a result's URL in the step-by-step checker.
  const answers = readAnswers(new URLSearchParams(values), registry);
  const problems = [
    ...given.filter((a) => !(a.key in answers)).flatMap((a) => refusal(a, values, registry).map((message) => ({ column: a.column, message }))),
    ...formRules(given, answers, registry),
  ];
  const errors = problems.map((p) => ({ row: rowNo, ...p }));
  // "không rõ" written out is the same as an empty cell, also for the name and the cells echoed.
  const echo = (k: string) => (columnKey(cell(k)) === 'khong_ro' ? '' : cell(k));
  return { row: rowNo, name: echo('ho_ten') || `Dòng ${rowNo}`, award: echo('danh_hieu_de_nghi'), year: echo('nam_xet'), errors, ...(errors.length ? {} : { answers }) };
}

/**
 * A spreadsheet chosen instead of its CSV (the filled template itself): zip-based workbooks
 * (.xlsx, .ods) start with "PK\x03\x04", old Excel files (.xls) with D0 CF 11 E0. Returns what
 * to do, or undefined for any other file.
 */
export function spreadsheetInsteadOfCsv(bytes: Uint8Array, fileName: string): string | undefined {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (!starts([0x50, 0x4b, 0x03, 0x04]) && !starts([0xd0, 0xcf, 0x11, 0xe0])) return undefined;
  return `Tệp "${fileName}" là bảng tính (Excel hoặc LibreOffice), không phải CSV. Mở tệp, chọn Tệp ▸ Lưu thành (Save As), kiểu “CSV UTF-8 (Comma delimited) (*.csv)”, rồi chọn tệp .csv vừa lưu.`;
}

/** Reads a CSV of people. */
export function readBatch(text: string, registry: Registry): Batch {
  const records = parseCsv(text).filter((r) => r.some((c) => c.trim() !== ''));
  if (!records.length) return { fileErrors: [{ row: 1, column: '', message: 'tệp rỗng: cần dòng tiêu đề (tên cột) và ít nhất một dòng dữ liệu' }], rows: [] };
  const header = records[0].map(columnKey);
  const fileErrors: RowError[] = [];
  header.forEach((h, i) => {
    const known = h in COLUMNS || YEAR_COLUMN.test(h);
    if (!known) fileErrors.push({ row: 1, column: records[0][i] || `cột ${i + 1}`, message: 'tên cột không có trong mẫu; sửa tên cột (xem bảng các cột) hoặc xóa cột này' });
    else if (header.indexOf(h) !== i) fileErrors.push({ row: 1, column: records[0][i], message: 'tên cột bị lặp; mỗi cột chỉ ghi một lần' });
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!header.includes(required)) fileErrors.push({ row: 1, column: required, message: `thiếu cột bắt buộc ${required}` });
  }
  if (records.length < 2) fileErrors.push({ row: 2, column: '', message: 'chưa có dòng dữ liệu nào dưới dòng tiêu đề' });
  if (fileErrors.length) return { fileErrors, rows: [] };
  return {
    fileErrors,
    rows: records.slice(1).map((cells, i) => {
      const rowNo = i + 2;
      const byKey: Record<string, string> = {};
      header.forEach((h, j) => (byKey[h] = cells[j] ?? ''));
      const r = readRow(byKey, rowNo, registry);
      if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim())) {
        r.errors.push({ row: rowNo, column: `cột ${header.length + 1}`, message: `dòng có nhiều ô hơn dòng tiêu đề (${cells.length} so với ${header.length}); kiểm tra dấu phân cách trong ô (đặt ô trong ngoặc kép)` });
        delete r.answers;
      }
      return r;
    }),
  };
}
