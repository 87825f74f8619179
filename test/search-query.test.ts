import { describe, expect, it } from 'vitest';
import { parseQuery, parsePartRef, partAnchor, rankResults, foldNumber, matchWords, type RankItem } from '../src/lib/search-query';

describe('Hiểu câu hỏi: điều, khoản, điểm của Luật', () => {
  it('"dieu 23" là Điều 23', () => {
    expect(parsePartRef('dieu 23')).toEqual({ dieu: 23, khoan: null, diem: null });
  });
  it('"khoản 1 điều 24" dẫn đến neo dieu-24-khoan-1', () => {
    expect(partAnchor(parsePartRef('khoản 1 điều 24')!)).toBe('dieu-24-khoan-1');
  });
  it('"điểm d khoản 1 điều 74" dẫn đến neo dieu-74-khoan-1-diem-d', () => {
    expect(partAnchor(parsePartRef('điểm d khoản 1 điều 74')!)).toBe('dieu-74-khoan-1-diem-d');
  });
  it('"điểm đ" khác "điểm d": neo của điểm đ là diem-dd', () => {
    expect(partAnchor(parsePartRef('điểm đ khoản 1 điều 20')!)).toBe('dieu-20-khoan-1-diem-dd');
  });
  it('câu không nhắc đến điều nào thì không phải tham chiếu điều khoản', () => {
    expect(parsePartRef('khoan 1 ke hoach')).toBeNull();
  });
});

describe('Hiểu câu hỏi: người dùng muốn gì về chủ đề nào', () => {
  it('"tieu chuan chien si thi dua co so" hỏi tiêu chuẩn của một danh hiệu', () => {
    const q = parseQuery('tieu chuan chien si thi dua co so');
    expect(q.intent).toBe('award');
    expect(q.subject).toEqual(['chien', 'si', 'thi', 'dua', 'co', 'so']);
  });
  it('"hồ sơ lao động tiên tiến" hỏi hồ sơ của một danh hiệu', () => {
    expect(parseQuery('hồ sơ lao động tiên tiến').intent).toBe('award');
  });
  it('"trach nhiem so noi vu" hỏi trách nhiệm của một cơ quan', () => {
    const q = parseQuery('trach nhiem so noi vu');
    expect(q.intent).toBe('agency');
    expect(q.subject).toEqual(['so', 'noi', 'vu']);
  });
  it('"kiem tra tieu chuan", "tự kiểm tra" và "mẫu danh sách" tìm công cụ kiểm tra', () => {
    expect(parseQuery('kiem tra tieu chuan').intent).toBe('tool');
    expect(parseQuery('tự kiểm tra').intent).toBe('tool');
    expect(parseQuery('mẫu danh sách').intent).toBe('tool');
  });
  it('"kiem tra tieu chuan lao dong tien tien" hỏi về danh hiệu Lao động tiên tiến, không về công cụ nói chung', () => {
    const q = parseQuery('kiem tra tieu chuan lao dong tien tien');
    expect(q.intent).toBe('award');
    expect(q.subject).toEqual(['lao', 'dong', 'tien', 'tien']);
  });
  it('"hồ sơ" đứng một mình không gọi tên danh hiệu nào', () => {
    expect(parseQuery('hồ sơ').intent).toBeNull();
  });
  it('"chỉ thị 41" và "ke hoach 982" gọi tên văn bản theo loại và số', () => {
    expect(parseQuery('chỉ thị 41').document).toEqual({ kind: 'chi thi', number: '41' });
    expect(parseQuery('ke hoach 982').document).toEqual({ kind: 'ke hoach', number: '982' });
  });
  it('"luật sửa đổi 2026 điều 23" gọi tên một luật khác luật đang có hiệu lực', () => {
    expect(parseQuery('luật sửa đổi 2026 điều 23').namesOtherLaw).toBe(true);
    expect(parseQuery('điều 23').namesOtherLaw).toBe(false);
  });
  it('chữ viết tắt trong câu hỏi được tìm cả dạng đầy đủ trong đoạn trích: "ubnd" → "ủy ban nhân dân"', () => {
    expect(matchWords(parseQuery('ubnd tỉnh'))).toEqual(expect.arrayContaining(['ubnd', 'tinh', 'uy', 'ban', 'nhan', 'dan']));
  });
});

describe('Xếp hạng: trang mà câu hỏi gọi tên đứng đầu', () => {
  const item = (id: string, over: Partial<RankItem>): RankItem => ({ id, score: 1, title: '', number: '', section: 'Văn bản', ...over });

  it('hỏi tiêu chuẩn Chiến sĩ thi đua cơ sở: trang danh hiệu đứng trước các văn bản có điểm cao hơn', () => {
    const ranked = rankResults('tieu chuan chien si thi dua co so', [
      item('luat', { score: 9, title: 'Luật Thi đua, khen thưởng 2022', kind: 'Luật', status: 'dang-co-hieu-luc' }),
      item('ke-hoach', { score: 8, title: 'Kế hoạch 1813/KH-UBND' }),
      item('cstdcs', { score: 2, title: 'Chiến sĩ thi đua cơ sở', section: 'Khen thưởng' }),
    ]);
    expect(ranked[0].id).toBe('cstdcs');
  });
  it('hỏi điều kiện Lao động tiên tiến: đúng tên danh hiệu đứng trước "Tập thể lao động tiên tiến"', () => {
    const ranked = rankResults('dieu kien lao dong tien tien', [
      item('tap-the', { score: 9, title: 'Tập thể lao động tiên tiến', section: 'Khen thưởng' }),
      item('ca-nhan', { score: 3, title: 'Lao động tiên tiến', section: 'Khen thưởng' }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['ca-nhan', 'tap-the']);
  });
  it('hỏi trách nhiệm Sở Nội vụ: trang Sở Nội vụ của mọi tỉnh đứng trước văn bản giao việc', () => {
    const ranked = rankResults('trach nhiem so noi vu', [
      item('chi-thi', { score: 9, title: 'Chỉ thị của Ban Thường vụ Tỉnh ủy Nghệ An' }),
      item('snv-nghe-an', { score: 3, title: 'Sở Nội vụ tỉnh Nghệ An', section: 'Cơ quan' }),
      item('bo-noi-vu', { score: 5, title: 'Bộ Nội vụ', section: 'Cơ quan' }),
      item('snv-ha-nam', { score: 2, title: 'Sở Nội vụ tỉnh Hà Nam', section: 'Cơ quan' }),
    ]);
    expect(ranked.slice(0, 2).map((r) => r.id)).toEqual(['snv-nghe-an', 'snv-ha-nam']);
  });
  it('"kiem tra tieu chuan" đưa công cụ tự kiểm tra lên đầu', () => {
    const ranked = rankResults('kiem tra tieu chuan', [
      item('giay-khen', { score: 9, title: 'Giấy khen', section: 'Khen thưởng' }),
      item('kiem-tra', { score: 1, title: 'Tự kiểm tra tiêu chuẩn khen thưởng', section: 'Công cụ' }),
    ]);
    expect(ranked[0].id).toBe('kiem-tra');
  });
  it('"dieu 23": Luật đang có hiệu lực đứng trước luật sửa đổi năm 2026', () => {
    const ranked = rankResults('dieu 23', [
      item('sua-doi-2026', { score: 9, title: 'Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (2026)', kind: 'Luật', status: 'chua-xac-minh' }),
      item('luat-2022', { score: 2, title: 'Luật Thi đua, khen thưởng 2022', kind: 'Luật', status: 'dang-co-hieu-luc' }),
    ]);
    expect(ranked[0].id).toBe('luat-2022');
  });
  it('"dieu 23": luật sửa đổi năm 2026 đã có hiệu lực vẫn đứng sau Luật mà nó sửa đổi', () => {
    const ranked = rankResults('dieu 23', [
      item('sua-doi-2026', { score: 9, title: 'Luật 06/2026/QH16 sửa đổi, bổ sung Luật Thi đua, khen thưởng', kind: 'Luật', status: 'dang-co-hieu-luc', amends: true }),
      item('luat-2022', { score: 2, title: 'Luật Thi đua, khen thưởng 2022', kind: 'Luật', status: 'dang-co-hieu-luc' }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['luat-2022', 'sua-doi-2026']);
  });
  it('Luật đang có hiệu lực đứng trước luật cũ, nhưng không vượt lên trên văn bản khớp hơn', () => {
    const ranked = rankResults('duong loi', [
      item('luat-2003', { score: 8, title: 'Luật Thi đua, khen thưởng 2003', kind: 'Luật', status: 'het-hieu-luc' }),
      item('chi-thi', { score: 9, title: 'Chỉ thị Nghệ An' }),
      item('luat-2022', { score: 2, title: 'Luật Thi đua, khen thưởng 2022', kind: 'Luật', status: 'dang-co-hieu-luc' }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['chi-thi', 'luat-2022', 'luat-2003']);
  });
  it('khi câu hỏi gọi tên luật sửa đổi thì luật sửa đổi giữ chỗ theo điểm', () => {
    const ranked = rankResults('luat sua doi 2026 dieu 23', [
      item('sua-doi-2026', { score: 9, title: 'Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (2026)', kind: 'Luật', status: 'chua-xac-minh' }),
      item('luat-2022', { score: 2, title: 'Luật Thi đua, khen thưởng 2022', kind: 'Luật', status: 'dang-co-hieu-luc' }),
    ]);
    expect(ranked[0].id).toBe('sua-doi-2026');
  });
  it('"chỉ thị 41" đưa Chỉ thị 41-CT/TW lên trước kế hoạch thực hiện chỉ thị đó', () => {
    const ranked = rankResults('chỉ thị 41', [
      item('ke-hoach', { score: 9, title: 'Kế hoạch thực hiện Chỉ thị 41-CT/TW', kind: 'Kế hoạch' }),
      item('ct-410', { score: 8, title: 'Chỉ thị 410', kind: 'Chỉ thị', number: '410-CT/TU' }),
      item('ct-41', { score: 1, title: 'Chỉ thị 41-CT/TW', kind: 'Chỉ thị', number: '41-CT/TW' }),
    ]);
    expect(ranked[0].id).toBe('ct-41');
  });
  it('tìm theo số hiệu "1813/KH-UBND" đưa văn bản có số đó lên đầu dù điểm thấp hơn', () => {
    const ranked = rankResults('1813/KH-UBND', [
      item('other', { score: 9, title: 'Kế hoạch khác', content: 'UBND 1813' }),
      item('ha-nam', { score: 1, title: 'Kế hoạch 1813/KH-UBND', number: '1813/KH-UBND' }),
    ]);
    expect(ranked[0].id).toBe('ha-nam');
  });
  it('số hiệu so sánh không phân biệt khoảng trắng và chữ hoa: "Số: 1813 /KH-UBND"', () => {
    expect(foldNumber('Số: 1813 /KH-UBND')).toBe(foldNumber('1813/kh-ubnd'));
  });
  it('trang có tiêu đề khớp đứng trước trang chỉ nhắc đến trong nội dung', () => {
    const ranked = rankResults('tuyen giao', [
      item('mentions', { score: 5, title: 'Kế hoạch Ninh Thuận', content: 'Ban Tuyên giáo' }),
      item('title', { score: 2, title: 'Ban Tuyên giáo Tỉnh ủy Hà Nam', section: 'Cơ quan' }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['title', 'mentions']);
  });
  it('khi gõ có dấu, trang chứa đúng dấu đó đứng trước trang chỉ khớp khi bỏ dấu', () => {
    const ranked = rankResults('dương', [
      item('duong', { score: 5, content: 'con đường lối' }),
      item('duong-exact', { score: 2, content: 'tỉnh Bình Dương' }),
    ]);
    expect(ranked[0].id).toBe('duong-exact');
  });
  it('cùng mức khớp thì văn bản đứng trước trang cơ quan tóm lược lại văn bản đó', () => {
    const ranked = rankResults('thi dua', [
      item('co-quan', { score: 9, section: 'Cơ quan' }),
      item('ke-hoach', { score: 2 }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['ke-hoach', 'co-quan']);
  });
  it('không có dấu hiệu gì khác thì giữ thứ tự theo điểm', () => {
    const ranked = rankResults('thi dua', [item('a', { score: 1 }), item('b', { score: 3 })]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
  });
});
