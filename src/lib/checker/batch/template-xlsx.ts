/**
 * The batch template as an Excel workbook (/kiem-tra/mau-danh-sach.xlsx), built at build time
 * from the same description as the CSV one (`batchTemplate` in template.ts): sheet "Danh sách" with
 * the columns and example rows, drop-down lists on the columns that have a closed list, and
 * sheet "Danh mục" with the values of those lists and what each means. The checker reads CSV:
 * the officer saves the filled sheet as "CSV UTF-8".
 */
import type { Registry } from '../../eligibility/index';
import { COLUMNS, REQUIRED_COLUMNS } from './columns';
import { TEMPLATE_LISTS, batchTemplate, templateChoices, type TemplateList } from './template';
import { columnName, quoteSheet, writeXlsx, type Cell, type ListValidation } from '../../xlsx';

const LIST_SHEET = 'Danh mục';
/** The drop-down lists cover this many data rows (below the header). */
const DATA_ROWS = 1000;

/** The column's description on the batch page (COLUMNS), for the prompt shown in the cell. */
function describe(key: string): string {
  const year = /_(\d{4})$/.exec(key)?.[1];
  const text = COLUMNS[year ? key.replace(year, 'NNNN') : key] ?? '';
  return year ? text.replaceAll('NNNN', year) : text;
}

export function templateXlsx(year: number, registry: Registry): Uint8Array<ArrayBuffer> {
  const { columns, examples } = batchTemplate(year);

  // "Danh mục": two columns per list (the value to pick, what it means), in TEMPLATE_LISTS order.
  const used = (Object.keys(TEMPLATE_LISTS) as TemplateList[]).filter((l) => columns.some((c) => c.list === l));
  const choices = used.map((l) => templateChoices(l, registry));
  const listRows: Cell[][] = [used.flatMap((l) => [TEMPLATE_LISTS[l].title, 'Nghĩa'])];
  for (let r = 0; r < Math.max(...choices.map((c) => c.length)); r++) listRows.push(choices.flatMap((c) => (c[r] ? [c[r].value, c[r].label] : ['', ''])));
  // One defined name per list: a data validation refers to another sheet through a name.
  const names = Object.fromEntries(used.map((l, i) => {
    const col = columnName(2 * i);
    return [`ds_${l}`, `${quoteSheet(LIST_SHEET)}!$${col}$2:$${col}$${choices[i].length + 1}`];
  }));

  const validations: ListValidation[] = columns.flatMap((c, i) => {
    if (!c.list) return [];
    const { title, open } = TEMPLATE_LISTS[c.list];
    const col = columnName(i);
    return [{
      ranges: [`${col}2:${col}${DATA_ROWS + 1}`],
      source: `ds_${c.list}`,
      strict: !open,
      promptTitle: c.key,
      prompt: `${describe(c.key)}. Chọn trong danh sách (trang tính “${LIST_SHEET}”)${REQUIRED_COLUMNS.includes(c.key) ? '' : ' hoặc để trống nếu không rõ'}.`,
      errorTitle: open ? 'Giá trị ngoài danh sách' : 'Giá trị không hợp lệ',
      error: open
        ? `Giá trị này không có trong danh sách “${title}”. Vẫn dùng được nếu ghi đúng cách nêu trên trang Kiểm tra hàng loạt (ví dụ nhiều danh hiệu nối bằng +, hoặc tên đầy đủ).`
        : `Chọn một giá trị trong danh sách “${title}” (trang tính “${LIST_SHEET}”), hoặc để trống nếu không rõ.`,
    }];
  });

  const width = (i: number) => Math.min(40, Math.max(columns[i].key.length, ...examples.map((r) => r[i].length)) + 2);
  const cell = (value: string, i: number): Cell => (columns[i].number && /^\d+$/.test(value) ? Number(value) : value);
  return writeXlsx({
    sheets: [
      {
        name: 'Danh sách',
        columns: columns.map((c, i) => ({ width: width(i), text: !c.number })),
        rows: [columns.map((c) => c.key), ...examples.map((r) => r.map(cell))],
        freezeHeader: true,
        validations,
      },
      {
        name: LIST_SHEET,
        columns: choices.flatMap((c) => [{ width: Math.max(...c.map((x) => x.value.length)) + 4, text: true }, { width: 50 }]),
        rows: listRows,
        freezeHeader: true,
      },
    ],
    names,
  });
}
