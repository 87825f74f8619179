import { describe, expect, it } from 'vitest';
import { queryVariants, rankResults, foldNumber, type RankItem } from '../src/lib/search-query';

describe('Tìm không dấu, kể cả chữ đ', () => {
  it('"duong loi" cũng được tìm như "đuong loi" (Pagefind đã bỏ dấu thanh nhưng không đổi đ thành d)', () => {
    expect(queryVariants('duong loi')).toEqual(expect.arrayContaining(['duong loi', 'đuong loi']));
  });
  it('"dang" có biến thể "đang" để tìm thấy "Đảng"', () => {
    expect(queryVariants('dang')).toContain('đang');
  });
  it('từ không bắt đầu bằng d không sinh thêm biến thể', () => {
    expect(queryVariants('tuyen giao')).toEqual(['tuyen giao']);
  });
  it('câu hỏi đầu tiên luôn là nguyên văn người dùng gõ', () => {
    expect(queryVariants('  Đảng   bộ ')[0]).toBe('Đảng bộ');
  });
  it('số biến thể có giới hạn dù câu hỏi có nhiều chữ d', () => {
    expect(queryVariants('dang doan dan dieu do dong du').length).toBeLessThanOrEqual(24);
  });
});

describe('Chữ viết tắt tìm được tên đầy đủ và ngược lại', () => {
  it('"mttq" tìm cả "mặt trận tổ quốc"', () => {
    expect(queryVariants('mttq')).toContain('mặt trận tổ quốc');
  });
  it('"UBND tỉnh" tìm cả "ủy ban nhân dân tỉnh"', () => {
    expect(queryVariants('UBND tỉnh')).toContain('ủy ban nhân dân tỉnh');
  });
  it('"ủy ban nhân dân" (có dấu hay không) tìm cả "ubnd"', () => {
    expect(queryVariants('ủy ban nhân dân')).toContain('ubnd');
    expect(queryVariants('uy ban nhan dan')).toContain('ubnd');
  });
  it('"CT/TW" được mở rộng thành "chỉ thị trung ương"', () => {
    expect(queryVariants('CT/TW')).toContain('chỉ thị trung ương');
  });
  it('"tu tuong" (tư tưởng) không bị hiểu là "tỉnh ủy"', () => {
    expect(queryVariants('tu tuong').some((v) => v.includes('tỉnh ủy'))).toBe(false);
  });
});

describe('Xếp hạng kết quả', () => {
  const item = (id: string, over: Partial<RankItem>): RankItem => ({ id, score: 1, title: '', number: '', content: '', ...over });
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
    const ranked = rankResults('chi thi 41', [
      item('mentions', { score: 5, title: 'Kế hoạch Ninh Thuận', content: 'Chỉ thị 41' }),
      item('title', { score: 2, title: 'Chỉ thị 41-CT/TW' }),
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
    const ranked = rankResults('mttq', [
      item('co-quan', { score: 9, title: 'Ủy ban Mặt trận Tổ quốc tỉnh' }),
      item('ke-hoach', { score: 2, title: 'Kế hoạch', isDocument: true }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['ke-hoach', 'co-quan']);
  });
  it('không có dấu hiệu gì khác thì giữ thứ tự theo điểm', () => {
    const ranked = rankResults('thi dua', [item('a', { score: 1 }), item('b', { score: 3 })]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
  });
});
