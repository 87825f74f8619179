/**
 * The Excel batch template (/kiem-tra/mau-danh-sach.xlsx, src/lib/checker/batch/template-xlsx.ts): a
 * zip that spreadsheet programs open (every entry where the central directory says, with the
 * right CRC-32), the same columns and example rows as the CSV template, and drop-down lists that
 * offer exactly values the CSV reader accepts.
 */
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { registry } from './eligibility/registry';
import { readBatch, spreadsheetInsteadOfCsv } from '../src/lib/checker/batch/read';
import { templateCsv } from '../src/lib/checker/batch/template';
import { templateXlsx } from '../src/lib/checker/batch/template-xlsx';
import { parseCsv, toCsv } from '../src/lib/csv';

const reg = registry();
const bytes = templateXlsx(2025, reg);

/** The entries of a zip, read through its central directory; each checked against its local header. */
function unzip(zip: Uint8Array): Map<string, { data: Uint8Array; crc: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(view.getUint32(end, true), 'bản ghi cuối của zip').toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, { data: Uint8Array; crc: number }>();
  const text = new TextDecoder();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true), 'bản ghi thư mục trung tâm').toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = text.decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(method, name).toBe(0);
    expect(view.getUint32(local, true), `đầu mục ${name}`).toBe(0x04034b50);
    expect(view.getUint32(local + 14, true), `CRC trong đầu mục ${name}`).toBe(crc);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    files.set(name, { data: zip.subarray(dataAt, dataAt + size), crc });
    at += 46 + nameLength + skip;
  }
  return files;
}

const files = unzip(bytes);
const part = (name: string) => new TextDecoder().decode(files.get(name)!.data);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A sheet's cells by reference ("B2" → value as text). */
function cells(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/g)) {
    const v = /<t[^>]*>(.*?)<\/t>/.exec(m[2] ?? '')?.[1] ?? /<v>(.*?)<\/v>/.exec(m[2] ?? '')?.[1];
    if (v !== undefined) out.set(m[1], unescape(v));
  }
  return out;
}

const sheet = part('xl/worksheets/sheet1.xml');
const listSheet = cells(part('xl/worksheets/sheet2.xml'));
const header = parseCsv(templateCsv(2025))[0];
/** A column's letters in the sheet: A…Z, then AA…AZ (the template has fewer than 52 columns). */
function letter(column: string): string {
  const i = header.indexOf(column);
  return (i >= 26 ? 'A' : '') + String.fromCharCode(65 + (i % 26));
}

/** The drop-down list of a column: its error style and the values of its defined name's range on "Danh mục". */
function listOf(column: string): { strict: boolean; values: string[] } | undefined {
  const col = letter(column);
  const v = [...sheet.matchAll(/<dataValidation ([^>]*)><formula1>(.*?)<\/formula1>/g)].find((m) => m[1].includes(`sqref="${col}2:`));
  if (!v) return undefined;
  const def = new RegExp(`<definedName name="${v[2]}">(.*?)</definedName>`).exec(part('xl/workbook.xml'))?.[1];
  const range = /^'Danh mục'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(unescape(def ?? ''));
  expect(range, `vùng của danh sách ${v[2]}`).not.toBeNull();
  const [, c, from, to] = range!;
  const values = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => listSheet.get(`${c}${Number(from) + i}`) ?? '');
  return { strict: v[1].includes('errorStyle="stop"'), values };
}

describe('Tệp mẫu Excel', () => {
  it('là một tệp zip hợp lệ: mỗi mục có CRC-32 đúng với nội dung', () => {
    expect(files.size).toBeGreaterThan(0);
    for (const [name, f] of files) expect(crc32(f.data), name).toBe(f.crc);
  });

  it('có đủ các phần một bảng tính cần, và mỗi phần XML được khai báo kiểu', () => {
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      expect(files.has(name), name).toBe(true);
    }
    const types = part('[Content_Types].xml');
    for (const name of ['/xl/workbook.xml', '/xl/styles.xml', '/xl/worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml']) expect(types).toContain(`PartName="${name}"`);
    expect(part('xl/workbook.xml')).toMatch(/<sheet name="Danh sách" sheetId="1" r:id="rId1"\/><sheet name="Danh mục" sheetId="2" r:id="rId2"\/>/);
  });

  it('có cùng dòng tiêu đề và các dòng ví dụ như mẫu CSV, dòng tiêu đề đậm và cố định khi cuộn', () => {
    const c = cells(sheet);
    const rows = parseCsv(templateCsv(2025));
    const rowOf = (r: number) => header.map((h) => c.get(`${letter(h)}${r}`) ?? '');
    // Written back as CSV, the sheet is the CSV template.
    expect(toCsv(rows.map((_, i) => rowOf(i + 1)))).toBe(templateCsv(2025));
    expect(sheet).toMatch(/<c r="A1" s="1" t="inlineStr">/);
    expect(part('xl/styles.xml')).toMatch(/<cellXfs count="3">.*<xf [^>]*fontId="1"/);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  it('năm xét là số, cột mã để dạng chữ (Excel không tự đổi thành ngày hay số)', () => {
    expect(sheet).toMatch(new RegExp(`<c r="${letter('nam_xet')}2"><v>2025</v></c>`));
    expect(sheet).toMatch(new RegExp(`<col min="${header.indexOf('ky_luat') + 1}" max="${header.indexOf('ky_luat') + 1}" [^>]*style="2"/>`));
    expect(part('xl/styles.xml')).toMatch(/<xf numFmtId="49"/);
  });

  it('cột danh hiệu đề nghị chọn trong đúng các mã của danh mục khen thưởng, chỉ cảnh báo khi ghi khác (tên đầy đủ cũng được)', () => {
    const list = listOf('danh_hieu_de_nghi')!;
    const ids = reg.list.filter((a) => a.subject.includes('ca-nhan') || a.subject.includes('tap-the')).map((a) => a.id);
    expect(list.values).toEqual(ids);
    expect(list.strict).toBe(false);
    // Beside each code, its name.
    expect(listSheet.get('B2')).toBe(reg.get(ids[0])!.name);
  });

  it('mỗi cột xếp loại (cá nhân từng năm và tập thể) chọn HTXS, HTT, HT, KHT hoặc "không rõ", và từ chối giá trị khác', () => {
    for (const column of ['xep_loai_2021', 'xep_loai_2025', 'tt_xep_loai']) {
      expect(listOf(column), column).toEqual({ strict: true, values: ['HTXS', 'HTT', 'HT', 'KHT', 'không rõ'] });
    }
  });

  it('ô chọn có lời nhắc và thông báo lỗi bằng tiếng Việt, và được để trống', () => {
    const v = [...sheet.matchAll(/<dataValidation ([^>]*)>/g)].map((m) => m[1]);
    expect(v.length).toBe(header.filter((h) => /^(danh_hieu_de_nghi|doi_tuong|khu_vuc|xep_loai_\d+|danh_hieu_\d+|dang_xem_xet|tt_xep_loai)$/.test(h)).length);
    for (const a of v) {
      expect(a).toContain('allowBlank="1"');
      expect(a).toMatch(/prompt="[^"]*Chọn trong danh sách/);
      expect(a).toMatch(/error="[^"]*danh sách/);
    }
  });

  it('mọi giá trị trong các danh sách chọn đều được bộ đọc CSV chấp nhận', () => {
    const columns = ['danh_hieu_de_nghi', 'doi_tuong', 'khu_vuc', 'xep_loai_2025', 'danh_hieu_2025', 'dang_xem_xet', 'tt_xep_loai'];
    for (const column of columns) {
      for (const value of listOf(column)!.values) {
        // A title or a rating may be for an individual or for a collective: accepted for one of them.
        const accepted = ['ca-nhan', 'tap-the'].some((subject) => {
          const row: Record<string, string> = { danh_hieu_de_nghi: subject === 'ca-nhan' ? 'chien-si-thi-dua-co-so' : 'tap-the-lao-dong-xuat-sac', nam_xet: '2025', [column]: value };
          if (column !== 'danh_hieu_de_nghi') row.doi_tuong ??= subject;
          const { fileErrors, rows } = readBatch(toCsv([Object.keys(row), Object.values(row)]), reg);
          return !fileErrors.length && !rows[0].errors.length;
        });
        expect(accepted, `${column} = ${value}`).toBe(true);
      }
    }
  });

  it('tệp bảng tính được chọn thay cho tệp CSV thì được báo cách lưu thành CSV UTF-8', () => {
    expect(spreadsheetInsteadOfCsv(bytes, 'danh-sach.xlsx')).toMatch(/"danh-sach.xlsx" là bảng tính.*CSV UTF-8/);
    expect(spreadsheetInsteadOfCsv(new TextEncoder().encode(templateCsv(2025)), 'danh-sach.csv')).toBeUndefined();
  });

  it('mẫu CSV không đổi một byte so với trước khi có mẫu Excel', () => {
    expect(templateCsv(2025)).toBe(readFileSync(new URL('./fixtures/batch-template-2025.csv', import.meta.url), 'utf8'));
  });
});
