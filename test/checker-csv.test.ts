/**
 * Batch mode (src/lib/checker/batch/): CSV text in and out, the template, and rows an officer
 * might get wrong (each error names the row, the column and what to write). A row becomes the
 * step-by-step checker's answers and goes through its validation.
 */
import { describe, expect, it } from 'vitest';
import { registry } from './eligibility/registry';
import { checkBatch, detailFragment, resultsCsv } from '../src/lib/checker/batch/results';
import { columnKey } from '../src/lib/checker/batch/columns';
import { readBatch } from '../src/lib/checker/batch/read';
import { templateCsv } from '../src/lib/checker/batch/template';
import { decodeCsvBytes, detectDelimiter, parseCsv, toCsv } from '../src/lib/csv';
import { readAnswers, urlParams } from '../src/lib/checker/answers';
import { route } from '../src/lib/checker/flow';
import { checkAnswers } from '../src/lib/checker/check-answers';
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

  it('dòng kết thúc bằng LF hay CRLF, phân cách bằng chấm phẩy, đều đọc ra cùng các ô', () => {
    const want = [['ho_ten', 'nam_xet'], ['Nguyễn Văn A', '2025']];
    expect(parseCsv('ho_ten;nam_xet\nNguyễn Văn A;2025\n')).toEqual(want);
    expect(parseCsv('ho_ten;nam_xet\r\nNguyễn Văn A;2025\r\n')).toEqual(want);
  });

  it('ô bắt đầu bằng = + - @ được ghi thành chữ, để bảng tính không chạy nó như công thức', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', 'Bình thường']]);
    const [cells] = parseCsv(csv);
    expect(cells.slice(0, 4).every((c) => c.startsWith("'"))).toBe(true);
    expect(cells[4]).toBe('Bình thường');
  });

  it('tệp Excel lưu theo bảng mã Windows-1258 được đọc đúng tiếng Việt, và cho biết đã đọc theo bảng mã đó', () => {
    // "Hà Nội" in Windows-1258: H, a + combining grave (0xCC), space, N, ô (0xF4) + combining dot below (0xF2), i.
    const bytes = new Uint8Array([0x48, 0x61, 0xcc, 0x20, 0x4e, 0xf4, 0xf2, 0x69]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Hà Nội', encoding: 'windows-1258' });
    expect(decodeCsvBytes(new TextEncoder().encode('Hà Nội'))).toEqual({ text: 'Hà Nội', encoding: 'utf-8' });
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
  it('sáng kiến “không rõ đã dùng chưa” (khong-ro ở phần cuối) được nhận, như lựa chọn cùng tên của công cụ từng bước', () => {
    const { rows } = readBatch('danh_hieu_de_nghi,nam_xet,sang_kien\nchien-si-thi-dua-co-so,2025,sang-kien:2025:co-so:khong-ro', reg);
    expect(rows[0].errors).toEqual([]);
    expect(rows[0].answers?.initiatives).toBe('sang-kien.2025.co-so.khong-ro');
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

describe('Ô viết bằng lời, như cán bộ thường ghi', () => {
  const header = 'ho_ten,danh_hieu_de_nghi,nam_xet,xep_loai_2025,danh_hieu_2025,thang_cong_tac,sang_kien,ky_luat,dang_xem_xet';

  it('“sáng kiến cấp cơ sở năm 2025” được đọc như sang-kien:2025:co-so', () => {
    const { rows } = readBatch(`${header}\nA,chien-si-thi-dua-co-so,2025,HTT,khong,12,sáng kiến cấp cơ sở năm 2025,khong,khong\n`, reg);
    expect(rows[0].errors).toEqual([]);
    expect(rows[0].answers?.initiatives).toBe('sang-kien.2025.co-so');
  });

  it('“khiển trách từ 10/3/2025” được đọc là khiển trách từ ngày 10 tháng 3 năm 2025, chưa hết hạn', () => {
    const { rows } = readBatch(`${header}\nB,lao-dong-tien-tien,2025,HTT,khong,12,khong,khiển trách từ 10/3/2025,khong\n`, reg);
    expect(rows[0].errors).toEqual([]);
    expect(rows[0].answers?.discipline).toBe('khien-trach.2025-03-10');
  });

  it('ô viết bằng lời nhưng thiếu năm thì báo lỗi nêu cột và cách ghi', () => {
    const { rows } = readBatch(`${header}\nC,chien-si-thi-dua-co-so,2025,HTT,khong,12,sáng kiến cấp cơ sở,khong,khong\n`, reg);
    expect(rows[0].errors[0].column).toBe('sang_kien');
  });
});

describe('Một phép kiểm tra câu trả lời cho cả hai chế độ', () => {
  /** A CSV of people given as column → cell. */
  const csvOf = (...people: Record<string, string>[]) => {
    const columns = [...new Set(people.flatMap((p) => Object.keys(p)))];
    return toCsv([columns, ...people.map((p) => columns.map((c) => p[c] ?? ''))]);
  };
  const cstdcs = { danh_hieu_de_nghi: 'chien-si-thi-dua-co-so', nam_xet: '2025' };

  it('dòng đọc được cho đúng những câu trả lời mà địa chỉ kết quả của công cụ từng bước giữ nguyên', () => {
    const batch = readBatch(csvOf(
      { ...cstdcs, xep_loai_2025: 'HTXS', danh_hieu_2025: 'LDTT', thang_cong_tac: '12', sang_kien: 'sáng kiến cấp cơ sở năm 2025', ky_luat: 'khiển trách từ 10/3/2023 đến 10/9/2023', dang_xem_xet: 'khong' },
      { danh_hieu_de_nghi: 'bang-khen-bo-nganh-tinh', nam_xet: '2025', doi_tuong: 'ca-nhan', xep_loai_2024: 'HTXS', danh_hieu_2025: 'CSTDCS', sang_kien: 'sang-kien:2024:bo-tinh + de-tai:2025:co-so', khen_thuong_da_nhan: 'giay-khen:2022', dang_xem_xet: 'dieu-tra' },
      { danh_hieu_de_nghi: 'tap-the-lao-dong-tien-tien', nam_xet: '2025', doi_tuong: 'tap-the', tt_so_thanh_vien: '20', tt_lao_dong_tien_tien: '15' },
    ), reg);
    expect(batch.rows.map((r) => r.errors)).toEqual([[], [], []]);
    for (const r of batch.rows) expect(readAnswers(new URLSearchParams(r.answers), reg), r.name).toEqual(r.answers);
  });

  it('trong ô có nhiều mục, lỗi chỉ ra đúng mục sai và điều cần ghi', () => {
    const [row] = readBatch(csvOf({ ...cstdcs, sang_kien: 'sang-kien:2025:co-so + sang-kien:2025:xa' }), reg).rows;
    expect(row.errors).toHaveLength(1);
    expect(row.errors[0]).toMatchObject({ column: 'sang_kien', message: expect.stringContaining('"sang-kien:2025:xa"') });
    expect(row.errors[0].message).toContain('co-so, bo-tinh hoặc toan-quoc');
    expect(row.errors[0].message).not.toContain('"sang-kien:2025:co-so"');
  });

  it('khen thưởng đã nhận trong chính năm xét bị từ chối, như công cụ từng bước chỉ cho chọn năm trước', () => {
    const [row] = readBatch(csvOf({ danh_hieu_de_nghi: 'bang-khen-bo-nganh-tinh', nam_xet: '2025', khen_thuong_da_nhan: 'giay-khen:2025' }), reg).rows;
    expect(row.errors).toEqual([{ row: 2, column: 'khen_thuong_da_nhan', message: expect.stringContaining('trước năm xét') }]);
  });
});
