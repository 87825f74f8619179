/**
 * Batch mode (src/lib/checker/csv.ts): CSV text in and out, the template, and rows an officer
 * might get wrong (each error names the row, the column and what to write).
 */
import { describe, expect, it } from 'vitest';
import { registry } from './eligibility/registry';
import { checkBatch, columnKey, detailFragment, detectDelimiter, parseCsv, readBatch, resultsCsv, templateCsv, toCsv } from '../src/lib/checker/csv';
import { readAnswers, urlParams } from '../src/lib/checker/answers';
import { route } from '../src/lib/checker/flow';
import { checkAnswers } from '../src/lib/checker/result';
import { toProfile } from '../src/lib/checker/answers';
import { validateProfiles } from '../src/lib/eligibility/validate';

const reg = registry();

describe('Đọc và ghi CSV', () => {
  it('ô trong ngoặc kép giữ được dấu phẩy, dấu ngoặc kép và xuống dòng', () => {
    const rows = parseCsv('a,b,c\r\n"Nguyễn Văn A, tổ 1","nói ""có""","dòng 1\ndòng 2"\r\n');
    expect(rows).toEqual([['a', 'b', 'c'], ['Nguyễn Văn A, tổ 1', 'nói "có"', 'dòng 1\ndòng 2']]);
  });

  it('ghi rồi đọc lại cho đúng các ô ban đầu (kể cả ô rỗng và dấu chấm phẩy)', () => {
    const cells = [['ho_ten', 'ghi_chu', ''], ['Trần Thị B; tổ 2', 'a "b"', ''], [' có khoảng trắng ', 'x\r\ny', '0']];
    expect(parseCsv(toCsv(cells))).toEqual(cells.filter((r) => r.some((c) => c !== '')));
  });

  it('tệp ghi ra có BOM để Excel đọc đúng tiếng Việt, và BOM được bỏ khi đọc', () => {
    const csv = toCsv([['Họ tên'], ['Lê Văn C']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv)[0]).toEqual(['Họ tên']);
  });

  it('nhận ra dấu phân cách chấm phẩy (Excel cài đặt tiếng Việt) và tab', () => {
    expect(detectDelimiter('ho_ten;nam_xet\nA;2025')).toBe(';');
    expect(detectDelimiter('ho_ten\tnam_xet')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
  });

  it('tên cột viết có dấu, hoa thường hay khoảng trắng đều được', () => {
    expect(columnKey('Họ tên')).toBe('ho_ten');
    expect(columnKey(' Năm xét ')).toBe('nam_xet');
    expect(columnKey('Xếp loại 2024')).toBe('xep_loai_2024');
  });
});

describe('Tệp mẫu', () => {
  const template = templateCsv(2025);

  it('có cột theo năm cho 5 năm đến năm xét', () => {
    const header = parseCsv(template)[0];
    for (const y of [2021, 2022, 2023, 2024, 2025]) {
      expect(header).toContain(`xep_loai_${y}`);
      expect(header).toContain(`danh_hieu_${y}`);
    }
  });

  it('ba dòng ví dụ đọc được không lỗi, và hồ sơ dựng từ đó hợp lệ theo đặc tả của lệnh kiểm tra', () => {
    const { fileErrors, rows } = readBatch(template, reg);
    expect(fileErrors).toEqual([]);
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.errors).toEqual([]);
      const v = validateProfiles(JSON.parse(JSON.stringify(toProfile(r.answers!, reg))), reg);
      expect(v.ok ? [] : v.issues).toEqual([]);
    }
  });

  it('ví dụ Bằng khen của Thủ tướng: Bằng khen cấp tỉnh năm 2022 nên chưa đủ 5 năm liên tục, kết quả kèm lý do và việc cần làm', () => {
    const { rows } = checkBatch(template, reg);
    expect(rows[1].result?.verdict).toBe('not-eligible');
    expect(rows[1].reason).toContain('Điều 73');
    expect(rows[1].next).toMatch(/2027/);
  });
});

describe('Xem chi tiết một dòng trong công cụ từng bước', () => {
  it('địa chỉ chi tiết của mỗi dòng mẫu mở thẳng trang kết quả, với cùng kết quả như bảng', () => {
    for (const row of checkBatch(templateCsv(2025), reg).rows) {
      const fragment = detailFragment(row.answers!, reg);
      expect(fragment.startsWith('#award='), 'câu trả lời nằm sau dấu “#”, không gửi lên máy chủ').toBe(true);
      const answers = readAnswers(urlParams('', fragment), reg);
      expect(route(answers, reg).kind, row.name).toBe('result');
      expect(checkAnswers(answers, reg).verdict, row.name).toBe(row.result!.verdict);
    }
  });
  it('ô để trống trong tệp thành “không rõ” trong công cụ từng bước', () => {
    const { rows } = checkBatch('danh_hieu_de_nghi,nam_xet,xep_loai_2025\nchien-si-thi-dua-co-so,2025,HTXS', reg);
    const q = urlParams('', detailFragment(rows[0].answers!, reg));
    expect(q.get('sector')).toBe('civil-service');
    expect(q.get('initiatives')).toBe('khong-ro');
    expect(q.get('pending')).toBe('khong-ro');
  });
});

describe('Dòng sai: báo số dòng, tên cột và điều cần ghi', () => {
  const header = 'ho_ten,danh_hieu_de_nghi,nam_xet,xep_loai_2025,danh_hieu_2025,ky_luat,tt_so_thanh_vien,tt_lao_dong_tien_tien,doi_tuong';
  const rows = [
    'A,chien-si-thi-dua-co-so,2025,HTXS,LDTT,khong,,,',
    'B,chien-si-thi-dua-xuat-sac,2025,HTXS,,,,,',
    'C,chien-si-thi-dua-co-so,202,HTXS,,,,,',
    'D,chien-si-thi-dua-co-so,2025,tot,,,,,',
    'E,chien-si-thi-dua-co-so,2025,HTT,CSTDXS,,,,',
    'F,chien-si-thi-dua-co-so,2025,HTT,,canh-cao:31/02/2024,,,',
    'G,tap-the-lao-dong-tien-tien,2025,,,,10,12,tap-the',
    'H,chien-si-thi-dua-co-so,2025,HTT,,,10,,',
    'I,Chiến sĩ thi đua cơ sở,2025,htxs,cstdcs+ldtt,khong,,,ca-nhan',
  ];
  const batch = readBatch([header, ...rows].join('\n'), reg);
  const errorsOf = (name: string) => batch.rows.find((r) => r.name === name)!.errors;

  it('dòng đúng không có lỗi; số dòng tính cả dòng tiêu đề', () => {
    expect(batch.rows[0]).toMatchObject({ row: 2, name: 'A', errors: [] });
  });
  it('mã danh hiệu không có trong danh mục', () => {
    expect(errorsOf('B')).toEqual([{ row: 3, column: 'danh_hieu_de_nghi', message: expect.stringContaining('không có trong danh mục') }]);
  });
  it('năm xét không phải một năm', () => {
    expect(errorsOf('C')[0]).toMatchObject({ row: 4, column: 'nam_xet', message: expect.stringContaining('1945') });
  });
  it('xếp loại không phải HTXS, HTT, HT, KHT', () => {
    expect(errorsOf('D')[0]).toMatchObject({ column: 'xep_loai_2025', message: expect.stringContaining('HTXS, HTT, HT hoặc KHT') });
  });
  it('mã danh hiệu thi đua viết sai trong cột danh hiệu theo năm', () => {
    expect(errorsOf('E')[0]).toMatchObject({ column: 'danh_hieu_2025', message: expect.stringContaining('CSTDXS') });
  });
  it('ngày kỷ luật không có thật (31/02)', () => {
    expect(errorsOf('F')[0]).toMatchObject({ column: 'ky_luat', message: expect.stringContaining('ngày bắt đầu') });
  });
  it('số thành viên đạt Lao động tiên tiến lớn hơn tổng số thành viên', () => {
    expect(errorsOf('G')[0]).toMatchObject({ column: 'tt_lao_dong_tien_tien', message: expect.stringContaining('không thể lớn hơn') });
  });
  it('cột của tập thể ghi cho một cá nhân', () => {
    expect(errorsOf('H')[0]).toMatchObject({ column: 'tt_so_thanh_vien', message: expect.stringContaining('chỉ dùng cho tập thể') });
  });
  it('tên đầy đủ của danh hiệu, mã ngắn và chữ thường đều được nhận', () => {
    expect(errorsOf('I')).toEqual([]);
    expect(batch.rows.find((r) => r.name === 'I')!.answers).toMatchObject({ award: 'chien-si-thi-dua-co-so', r2025: 'htxs', t2025: 'chien-si-thi-dua-co-so,lao-dong-tien-tien' });
  });

  it('bảng kết quả CSV giữ đủ các dòng theo thứ tự, dòng lỗi ghi lỗi ở cột loi', () => {
    const out = parseCsv(resultsCsv(checkBatch([header, ...rows].join('\n'), reg).rows));
    expect(out[0]).toEqual(['dong', 'ho_ten', 'danh_hieu_de_nghi', 'nam_xet', 'ket_qua', 'ly_do', 'can_lam_tiep', 'loi']);
    expect(out.slice(1).map((r) => r[1])).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    expect(out[2][4]).toBe('lỗi dữ liệu');
    expect(out[2][7]).toContain('cột danh_hieu_de_nghi');
    expect(out[1][4]).not.toBe('lỗi dữ liệu');
  });
});

describe('Ô không rõ và nhiều mục trong một ô', () => {
  it('ô ghi “Không rõ” được hiểu như ô trống: tiêu chí cần thông tin đó là chưa xác định', () => {
    const { rows } = checkBatch('danh_hieu_de_nghi,nam_xet,xep_loai_2025,thang_cong_tac,dang_xem_xet\nlao-dong-tien-tien,2025,Không rõ,12,khong', reg);
    expect(rows[0].errors).toEqual([]);
    expect(rows[0].answers).not.toHaveProperty('r2025');
    expect(rows[0].result?.verdict).toBe('needs-info');
  });
  it('hai hình thức kỷ luật nối bằng dấu + đều được ghi vào hồ sơ', () => {
    const { rows } = readBatch('danh_hieu_de_nghi,nam_xet,ky_luat\nlao-dong-tien-tien,2025,khien-trach:01/03/2020:01/03/2021 + canh-cao:2024-06-01', reg);
    expect(rows[0].errors).toEqual([]);
    expect(toProfile(rows[0].answers!, reg).discipline).toEqual([
      { level: 'khien-trach', from: '2020-03-01', to: '2021-03-01' },
      { level: 'canh-cao', from: '2024-06-01' },
    ]);
  });
});

describe('Lỗi của cả tệp', () => {
  it('tên cột lạ (gõ nhầm) được báo, không đoán', () => {
    const { fileErrors, rows } = readBatch('ho_ten,danh_hieu_de_nghi,nam_xet,xep_loai_năm_2025\nA,giay-khen,2025,HTT', reg);
    expect(rows).toEqual([]);
    expect(fileErrors[0]).toMatchObject({ row: 1, column: 'xep_loai_năm_2025', message: expect.stringContaining('không có trong mẫu') });
  });
  it('thiếu cột bắt buộc nam_xet', () => {
    expect(readBatch('ho_ten,danh_hieu_de_nghi\nA,giay-khen', reg).fileErrors.map((e) => e.column)).toContain('nam_xet');
  });
  it('tệp rỗng', () => {
    expect(readBatch('\uFEFF\r\n', reg).fileErrors[0].message).toContain('tệp rỗng');
  });
});
