import { describe, expect, it } from 'vitest';
import { bestPart, excerpt, pageText, type Anchor } from '../src/lib/search-results';
import { TWIN_SENTINEL } from '../src/lib/search-index';

const page = pageText('Luật Điều 22. Chiến sĩ thi đua tỉnh nội dung Điều 23. Danh hiệu Chiến sĩ thi đua cơ sở xét tặng hằng năm Điều 24. Lao động tiên tiến');
const { words } = page;
const at = (w: string) => words.indexOf(w);
const anchors: Anchor[] = [
  { element: 'h2', id: 'toan-van', text: 'Toàn văn', location: 0 },
  { element: 'section', id: 'dieu-22', title: 'Điều 22. Chiến sĩ thi đua tỉnh', location: 1 },
  { element: 'section', id: 'dieu-23', title: 'Điều 23. Danh hiệu Chiến sĩ thi đua cơ sở', location: words.indexOf('23.') - 1 },
  { element: 'section', id: 'dieu-24', title: 'Điều 24. Lao động tiên tiến', location: words.indexOf('24.') - 1 },
];

describe('Kết quả trên trang dài dẫn thẳng đến phần trả lời', () => {
  it('"dieu 23" dẫn đến Điều 23 và hiện tiêu đề của điều đó', () => {
    const part = bestPart(page, anchors, ['dieu', '23'], 'dieu-23');
    expect(part?.id).toBe('dieu-23');
    expect(part?.title).toBe('Điều 23. Danh hiệu Chiến sĩ thi đua cơ sở');
  });
  it('không nêu số điều thì chọn phần chứa nhiều từ của câu hỏi nhất: "chien si co so" → Điều 23', () => {
    expect(bestPart(page, anchors, ['chien', 'si', 'co', 'so'])?.id).toBe('dieu-23');
  });
  it('chỉ dẫn đến phần được đánh số, không đến tiêu đề chung như “Toàn văn”', () => {
    expect(bestPart(page, anchors, ['luat'])).toBeNull();
  });
  it('không phần nào chứa đủ hai từ của câu hỏi thì dẫn đến đầu trang', () => {
    expect(bestPart(page, anchors, ['hang', 'quoc'])).toBeNull();
  });
});

describe('Đoạn trích dùng lời của trang, không dùng khối từ đi kèm', () => {
  it('từ đi kèm sau từ đánh dấu không bao giờ vào đoạn trích', () => {
    expect(pageText(`Đường lối của Đảng. ${TWIN_SENTINEL}. duong dang`).words).toEqual(['Đường', 'lối', 'của', 'Đảng.']);
  });
  it('gõ không dấu "duong loi" vẫn đánh dấu chữ “đường lối” trong đoạn trích', () => {
    const pieces = excerpt(pageText('Quán triệt đường lối của Đảng'), ['duong', 'loi'], 30);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['đường', 'lối']);
    expect(pieces.map((p) => p.text).join('')).toBe('Quán triệt đường lối của Đảng');
  });
  it('đoạn trích lấy khúc có nhiều từ của câu hỏi nhất, và báo phần bị lược bằng “…”', () => {
    const long = [...Array(40).fill('khác'), 'tiêu', 'chuẩn', ...Array(40).fill('nữa')];
    const text = excerpt(pageText(long.join(' ')), ['tieu', 'chuan'], 10).map((p) => p.text).join('');
    expect(text).toContain('tiêu chuẩn');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
  });
  it('đoạn trích của một phần chỉ lấy chữ trong phần đó', () => {
    const from = at('Danh');
    const text = excerpt(page, ['chien'], 30, from, from + 5).map((p) => p.text).join('');
    expect(text).not.toContain('Điều 22');
  });
});
