/**
 * The batch template, described once for the CSV and the Excel workbook (template-xlsx.ts): its
 * columns, the closed lists of values some columns take, and example rows. Plain TypeScript.
 */
import { PENDING_FLAG, RATING, SECTOR } from '../../vocabulary';
import { PENDING_FLAG_CSV, SECTOR_CSV } from '../../vocabulary-csv';
import type { Registry } from '../../eligibility/index';
import { toCsv } from '../../csv';
import { COUNT_COLUMNS, TITLE_CODES } from './columns';

/** A value a column accepts, with what it means (shown beside it in the workbook's list sheet). */
export interface Choice { value: string; label: string }

/**
 * The closed lists of the template's columns. `open`: the column also accepts values the list
 * cannot hold (several titles joined by "+", an award's full name), so a spreadsheet should warn
 * about another value rather than refuse it.
 */
export const TEMPLATE_LISTS = {
  award: { title: 'Danh hiệu, hình thức đề nghị', open: true },
  subject: { title: 'Đối tượng', open: false },
  sector: { title: 'Khu vực', open: false },
  rating: { title: 'Xếp loại', open: false },
  title: { title: 'Danh hiệu thi đua đã đạt', open: true },
  pending: { title: 'Việc đang chờ kết luận', open: false },
} as const;
export type TemplateList = keyof typeof TEMPLATE_LISTS;

/** The values of a list, from the registry and the vocabulary (the same codes the reader accepts). */
export function templateChoices(list: TemplateList, registry: Registry): Choice[] {
  switch (list) {
    case 'award':
      return registry.list.filter((a) => a.subject.includes('ca-nhan') || a.subject.includes('tap-the')).map((a) => ({ value: a.id, label: a.name }));
    case 'subject':
      return [{ value: 'ca-nhan', label: 'cá nhân' }, { value: 'tap-the', label: 'tập thể' }];
    case 'sector':
      return SECTOR.ids.map((s) => ({ value: SECTOR_CSV.csv(s), label: SECTOR.full[s] }));
    case 'rating':
      return [...[...RATING.ids].reverse().map((r) => ({ value: r.toUpperCase(), label: RATING.full[r] })), { value: 'không rõ', label: 'không rõ (như để trống)' }];
    case 'title':
      return [
        ...Object.entries(TITLE_CODES).flatMap(([c, id]) => {
          const t = registry.get(id);
          return t ? [{ value: c.toUpperCase(), label: t.name }] : [];
        }),
        { value: 'khong', label: 'không đạt danh hiệu nào' },
      ];
    case 'pending':
      return [{ value: 'khong', label: 'không có việc nào' }, ...PENDING_FLAG.ids.map((f) => ({ value: PENDING_FLAG_CSV.csv(f), label: PENDING_FLAG.full[f] }))];
  }
}

export interface TemplateColumn {
  key: string;
  /** The closed list of values, when there is one. */
  list?: TemplateList;
  /** A number column (year, months, counts): the workbook stores its cells as numbers. */
  number?: boolean;
}

/**
 * The template, described once for the CSV and the Excel workbook: every column, per-year
 * columns for the five years up to `year`, and three example rows (an individual, a Prime
 * Minister's certificate, a collective) to overwrite.
 */
export function batchTemplate(year: number): { columns: TemplateColumn[]; examples: string[][] } {
  const years = [year - 4, year - 3, year - 2, year - 1, year];
  const columns: TemplateColumn[] = [
    { key: 'ho_ten' }, { key: 'danh_hieu_de_nghi', list: 'award' }, { key: 'nam_xet', number: true }, { key: 'doi_tuong', list: 'subject' }, { key: 'khu_vuc', list: 'sector' },
    ...years.map((y) => ({ key: `xep_loai_${y}`, list: 'rating' as const })), ...years.map((y) => ({ key: `danh_hieu_${y}`, list: 'title' as const })),
    { key: 'thang_cong_tac', number: true }, { key: 'thang_thai_san', number: true },
    { key: 'sang_kien' }, { key: 'khen_thuong_da_nhan' }, { key: 'thanh_tich_khac' }, { key: 'ky_luat' }, { key: 'dang_xem_xet', list: 'pending' },
    { key: 'tt_xep_loai', list: 'rating' }, ...Object.keys(COUNT_COLUMNS).map((key) => ({ key, number: true })),
  ];
  const row = (v: Record<string, string>) => columns.map((c) => v[c.key] ?? '');
  const y = String(year);
  return {
    columns,
    examples: [
      row({
        ho_ten: 'Ví dụ 1 (cá nhân; xóa dòng này)', danh_hieu_de_nghi: 'chien-si-thi-dua-co-so', nam_xet: y, doi_tuong: 'ca-nhan', khu_vuc: 'co-quan',
        [`xep_loai_${year}`]: 'HTXS', [`danh_hieu_${year}`]: 'khong', thang_cong_tac: '12', sang_kien: `sang-kien:${year}:co-so`, ky_luat: 'khong', dang_xem_xet: 'khong',
      }),
      row({
        ho_ten: 'Ví dụ 2 (cá nhân; xóa dòng này)', danh_hieu_de_nghi: 'bang-khen-thu-tuong', nam_xet: y, doi_tuong: 'ca-nhan', khu_vuc: 'co-quan',
        ...Object.fromEntries(years.map((x) => [`xep_loai_${x}`, 'HTT'])), ...Object.fromEntries(years.map((x) => [`danh_hieu_${x}`, x % 2 ? 'LDTT' : 'CSTDCS'])),
        khen_thuong_da_nhan: `bang-khen-bo-nganh-tinh:${year - 3}:cong-trang`, thanh_tich_khac: 'khong', ky_luat: 'khong', dang_xem_xet: 'khong',
      }),
      row({
        ho_ten: 'Ví dụ 3 (tập thể; xóa dòng này)', danh_hieu_de_nghi: 'tap-the-lao-dong-xuat-sac', nam_xet: y, doi_tuong: 'tap-the',
        ky_luat: 'khong', dang_xem_xet: 'khong', tt_xep_loai: 'HTXS', tt_so_thanh_vien: '20', tt_lao_dong_tien_tien: '16', tt_chien_si_thi_dua_co_so: '2', tt_hoan_thanh_nhiem_vu: '20', tt_ky_luat_canh_cao: '0',
      }),
    ],
  };
}

/** The year the templates' example rows are proposed for: last year (achievements are proposed the year after). */
export const templateYear = () => new Date().getFullYear() - 1;

/** The template as CSV. */
export function templateCsv(year: number): string {
  const { columns, examples } = batchTemplate(year);
  return toCsv([columns.map((c) => c.key), ...examples]);
}
