/**
 * The cells of one row of the batch file written as the checker's answers (answers.ts: the same
 * keys and values as the URL fragment of the step-by-step checker). This only rewrites notation
 * (codes, "+" and ":" separators, dd/mm/yyyy dates, cells in words); whether a value is right is
 * decided by the checker's own validation (read.ts). A cell that cannot be rewritten gives a
 * value that validation refuses. Plain TypeScript, no DOM imports.
 */
import { SECTORS, SUBJECT } from '../../vocabulary';
import { PENDING_FLAG_CSV, SECTOR_CSV } from '../../vocabulary-csv';
import { isYear, NONE, UNKNOWN } from '../answers';
import type { Registry } from '../../eligibility/index';
import { fold } from '../../vi';
import { parseDayMonthYear } from '../../vi-format';
import { COUNT_COLUMNS, TITLE_CODES, YEAR_COLUMN, cellCode, columnKey } from './columns';
import { disciplineInWords, initiativeInWords } from './words';

/** One answer a row gives. */
export interface CellAnswer {
  /** The answer's key and value, as in the URL fragment ("r2025" = "htxs"). */
  key: string;
  value: string;
  /** The column it comes from and the cell as written ('' for an answer the format implies). */
  column: string;
  cell: string;
  /** For a list cell: each item as written and as an answer value, so an error can name the wrong one. */
  items?: { text: string; value: string }[];
}

/** The list columns: the answer each holds, its item's parts as answer codes, and how a cell in words reads. */
const LIST_COLUMNS: { column: string; key: string; parts: (p: string[]) => string[]; words?: (text: string) => string | undefined }[] = [
  { column: 'sang_kien', key: 'initiatives', parts: (p) => p.map(cellCode), words: initiativeInWords },
  // The kind of an award received defaults to "công trạng".
  { column: 'khen_thuong_da_nhan', key: 'awards', parts: ([id = '', year = '', type, ...rest]) => [id, year, type || 'cong-trang', ...rest].map(cellCode) },
  { column: 'thanh_tich_khac', key: 'achievements', parts: (p) => p.map(cellCode) },
  { column: 'ky_luat', key: 'discipline', parts: ([level = '', ...dates]) => [cellCode(level), ...dates.map((d) => parseDayMonthYear(d) ?? cellCode(d))], words: disciplineInWords },
];

const items = (cell: string) => cell.split('+').map((x) => x.trim()).filter(Boolean);

/** The award named in a cell: its id, its full name, or an officer's short code. */
function awardId(cell: string, registry: Registry): string {
  const award = registry.get(cellCode(cell)) ?? registry.list.find((x) => fold(x.name) === fold(cell)) ?? registry.get(TITLE_CODES[columnKey(cell)] ?? '');
  return award?.id ?? cellCode(cell);
}

/**
 * The answers a row gives, in the order of the format's columns. `cells` are keyed by column
 * (columnKey); a blank cell, or one that says "không rõ", gives no answer, except the pending
 * question, whose blank is "không rõ".
 */
export function cellAnswers(cells: Record<string, string>, registry: Registry): CellAnswer[] {
  const get = (k: string) => {
    const v = (cells[k] ?? '').trim();
    return columnKey(v) === 'khong_ro' ? '' : v;
  };
  const out: CellAnswer[] = [];
  const put = (column: string, key: string, value: string, more: Partial<CellAnswer> = {}) => out.push({ key, value, column, cell: get(column), ...more });

  // Award and year are required: their answers are given even when blank (and then refused).
  put('danh_hieu_de_nghi', 'award', get('danh_hieu_de_nghi') && awardId(get('danh_hieu_de_nghi'), registry));
  put('nam_xet', 'year', get('nam_xet'));
  const year = isYear(get('nam_xet')) ? Number(get('nam_xet')) : undefined;

  const subject = get('doi_tuong');
  const award = registry.get(out[0].value);
  if (subject) {
    const id = SUBJECT.ids.find((s) => s === cellCode(subject));
    put('doi_tuong', 'subject', id ? SUBJECT.cli(id) : '');
  } else if (award?.subject.includes('ca-nhan') && award.subject.includes('tap-the')) put('doi_tuong', 'subject', SUBJECT.cli('ca-nhan'));

  const sector = cellCode(get('khu_vuc'));
  if (sector) put('khu_vuc', 'sector', SECTOR_CSV.fromCsv(sector) ?? SECTORS.find((s) => s === sector) ?? '');

  // Ratings and titles by year; a year after the year proposed is not read.
  for (const column of Object.keys(cells)) {
    const v = get(column);
    const m = YEAR_COLUMN.exec(column);
    if (!m || !v || !isYear(m[2]) || (year !== undefined && Number(m[2]) > year)) continue;
    if (m[1] === 'xep_loai') put(column, `r${m[2]}`, columnKey(v));
    else if (columnKey(v) === 'khong') put(column, `t${m[2]}`, NONE);
    else {
      const titles = items(v).map((t) => ({ text: t, value: TITLE_CODES[columnKey(t)] ?? cellCode(t) }));
      put(column, `t${m[2]}`, [...new Set(titles.map((t) => t.value))].join(','), { items: titles });
    }
  }

  if (get('thang_cong_tac')) put('thang_cong_tac', 'months', get('thang_cong_tac'));
  // No leave (0 months) is not recorded: the profile has no leave then either.
  if (get('thang_thai_san') && !/^0+$/.test(get('thang_thai_san'))) put('thang_thai_san', 'maternity', get('thang_thai_san'));

  for (const { column, key, parts, words } of LIST_COLUMNS) {
    const v = get(column);
    if (!v) continue;
    if (columnKey(v) === 'khong') {
      put(column, key, NONE);
      continue;
    }
    const list = items(v).map((text) => {
      const coded = !text.includes(':') && words ? words(text) ?? text : text;
      return { text, value: parts(coded.split(':').map((p) => p.trim())).join('.') };
    });
    put(column, key, list.map((x) => x.value).join(','), { items: list });
  }

  const pending = cellCode(get('dang_xem_xet'));
  put('dang_xem_xet', 'pending', !pending ? UNKNOWN : pending === NONE ? NONE : PENDING_FLAG_CSV.fromCsv(pending) ?? '');

  if (get('tt_xep_loai')) put('tt_xep_loai', 'crating', columnKey(get('tt_xep_loai')));
  for (const [column, key] of Object.entries(COUNT_COLUMNS)) if (get(column)) put(column, key, get(column));
  return out;
}
