/**
 * The columns of the batch file (/kiem-tra/hang-loat/): their names, what each expects (shown on
 * the page, in the Excel template's prompts and in error messages), the columns a next step names,
 * and the short codes officers write. Plain TypeScript, no DOM imports.
 *
 * - first line: column names (case, accents and spaces do not matter: "Họ tên" = ho_ten);
 * - an empty cell (or "không rõ") is unknown: the criteria that need it come out "chưa xác định";
 *   "khong" (không) is "none" for lists; several items in a cell are joined with "+".
 */
import { COLLECTIVE_COUNT, type CollectiveField } from '../../vocabulary';
import { COLLECTIVE_COUNT_CSV } from '../../vocabulary-csv';
import { fold } from '../../vi';
import type { AskField } from '../copy';

/** The columns that hold each field the engine asks about ("{y}" the year): a next step names them. */
const FIELD_COLUMNS: Record<AskField, string> = {
  history: 'xep_loai_{y} danh_hieu_{y}',
  'history.rating': 'xep_loai_{y}',
  'history.titles': 'danh_hieu_{y}',
  'history.monthsWorked': 'thang_cong_tac',
  'history.maternityLeaveMonths': 'thang_thai_san',
  joinedOn: 'thang_cong_tac',
  sector: 'khu_vuc',
  initiatives: 'sang_kien',
  awards: 'khen_thuong_da_nhan',
  achievements: 'thanh_tich_khac',
  discipline: 'ky_luat',
  pending: 'dang_xem_xet',
  'collective.rating': 'tt_xep_loai',
  'collective.members': 'tt_so_thanh_vien',
  'collective.laoDongTienTien': 'tt_lao_dong_tien_tien',
  'collective.chienSiThiDuaCoSo': 'tt_chien_si_thi_dua_co_so',
  'collective.completedTasks': 'tt_hoan_thanh_nhiem_vu',
  'collective.disciplinedWarningOrAbove': 'tt_ky_luat_canh_cao',
};

/** The columns that hold a field (of year `y`). */
export const fieldColumns = (field: AskField, y = 0) => FIELD_COLUMNS[field].replaceAll('{y}', String(y)).split(' ');

/** A column name as written by a person: "Họ tên" → "ho_ten". */
export function columnKey(name: string): string {
  return fold(name).trim().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/** A code as written in a cell ("Sáng kiến", "sang_kien", "SANG-KIEN") → "sang-kien". */
export const cellCode = (s: string) => columnKey(s).replace(/_/g, '-');

/** The columns of the format, with what each expects (for messages and the page's table). */
export const COLUMNS: Record<string, string> = {
  ho_ten: 'họ tên hoặc tên tập thể (không bắt buộc)',
  danh_hieu_de_nghi: 'mã danh hiệu, hình thức khen thưởng đề nghị, ví dụ chien-si-thi-dua-co-so (bắt buộc)',
  nam_xet: 'năm có thành tích được đề nghị, ví dụ 2025 (bắt buộc)',
  doi_tuong: 'ca-nhan hoặc tap-the (để trống: theo danh hiệu; nếu dành cho cả hai thì là cá nhân)',
  khu_vuc: 'co-quan, vu-trang, cong-nhan-nong-dan hoặc doanh-nghiep (để trống: co-quan)',
  xep_loai_NNNN: 'xếp loại năm NNNN: HTXS, HTT, HT hoặc KHT',
  danh_hieu_NNNN: 'danh hiệu thi đua đã đạt năm NNNN, ví dụ LDTT hoặc CSTDCS, nhiều danh hiệu nối bằng +; "khong" nếu không đạt danh hiệu nào',
  thang_cong_tac: 'số tháng công tác trong năm xét, 0 đến 12',
  thang_thai_san: 'số tháng nghỉ thai sản trong năm xét, 0 đến 12 (được tính là thời gian công tác)',
  sang_kien: 'loại:năm:cấp[:mã khen thưởng đã dùng, hoặc khong-ro nếu không rõ đã dùng chưa], ví dụ sang-kien:2025:co-so, hoặc viết bằng lời: “sáng kiến cấp cơ sở năm 2025”; loại sang-kien hoặc de-tai; cấp co-so, bo-tinh hoặc toan-quoc; "khong" nếu không có',
  khen_thuong_da_nhan: 'mã:năm[:loại], ví dụ bang-khen-bo-nganh-tinh:2019:cong-trang; loại cong-trang, chuyen-de, dot-xuat, cong-hien hoặc doi-ngoai; "khong" nếu chưa có',
  thanh_tich_khac: 'loại:phạm vi trong năm xét, ví dụ phong-trao:bo-tinh; loại phong-trao, dot-xuat hoặc dong-gop; "khong" nếu không có',
  ky_luat: 'hình thức:từ ngày[:đến ngày], ví dụ canh-cao:01/03/2023:01/03/2024, hoặc viết bằng lời: “khiển trách từ 10/3/2025 đến 10/9/2025” (hình thức: khien-trach, canh-cao, ha-bac-luong, giang-chuc, cach-chuc, bai-nhiem, buoc-thoi-viec hoặc khac); "khong" nếu không bị kỷ luật',
  dang_xem_xet: 'khong, xem-xet-ky-luat, dieu-tra hoặc khieu-nai',
  tt_xep_loai: 'xếp loại của tập thể năm xét: HTXS, HTT, HT hoặc KHT',
  tt_so_thanh_vien: 'tổng số thành viên của tập thể',
  tt_lao_dong_tien_tien: 'số thành viên đạt Lao động tiên tiến (hoặc Chiến sĩ tiên tiến)',
  tt_chien_si_thi_dua_co_so: 'số thành viên đạt Chiến sĩ thi đua cơ sở',
  tt_hoan_thanh_nhiem_vu: 'số thành viên hoàn thành nhiệm vụ trở lên',
  tt_ky_luat_canh_cao: 'số thành viên bị kỷ luật từ cảnh cáo trở lên trong năm',
};

/** The columns every file must have, and every row must fill. */
export const REQUIRED_COLUMNS = ['danh_hieu_de_nghi', 'nam_xet'];

/** A column of one year's rating or titles ("xep_loai_2024"), with the kind and the year. */
export const YEAR_COLUMN = /^(xep_loai|danh_hieu)_(\d{4})$/;

/** The collective's count columns and the answer each holds (answers.ts: members and the counts). */
export const COUNT_COLUMNS: Record<string, 'members' | CollectiveField> = {
  tt_so_thanh_vien: 'members',
  ...Object.fromEntries(COLLECTIVE_COUNT.ids.map((f) => [COLLECTIVE_COUNT_CSV.csv(f), f])),
};

/** Short codes officers use for titles. */
export const TITLE_CODES: Record<string, string> = {
  ldtt: 'lao-dong-tien-tien',
  cstt: 'chien-si-tien-tien',
  cstdcs: 'chien-si-thi-dua-co-so',
  cstdbnt: 'chien-si-thi-dua-bo-nganh-tinh',
  cstdtq: 'chien-si-thi-dua-toan-quoc',
  ttldtt: 'tap-the-lao-dong-tien-tien',
  ttldxs: 'tap-the-lao-dong-xuat-sac',
};
