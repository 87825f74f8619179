import { describe, expect, it } from 'vitest';
import { twinWords, indexedText, htmlForIndex, TWIN_SENTINEL } from '../src/lib/search-index';

describe('Chỉ mục giữ sẵn mọi cách gõ, để mỗi câu hỏi chỉ tìm một lần', () => {
  it('từ có chữ đ được lập chỉ mục thêm dạng chữ d: "đường lối" → "duong"', () => {
    expect(twinWords('Quán triệt đường lối của Đảng')).toEqual(expect.arrayContaining(['duong', 'dang']));
  });
  it('từ không có chữ đ không sinh thêm gì (Pagefind tự bỏ dấu thanh)', () => {
    expect(twinWords('Ban Tuyên giáo Tỉnh ủy')).toEqual([]);
  });
  it('chữ viết tắt trong văn bản được lập chỉ mục thêm tên đầy đủ: "UBND" → "ủy ban nhân dân"', () => {
    expect(twinWords('Giao UBND tỉnh chủ trì')).toEqual(expect.arrayContaining(['ủy', 'ban', 'nhân', 'dân']));
  });
  it('tên đầy đủ có chữ đ được lập chỉ mục cả dạng gõ chữ d: "HĐND" → "hội đồng" và "dong"', () => {
    expect(twinWords('HĐND tỉnh')).toEqual(expect.arrayContaining(['hội', 'đồng', 'dong', 'hdnd']));
  });
  it('tên đầy đủ trong văn bản được lập chỉ mục thêm chữ viết tắt: "Mặt trận Tổ quốc" → "mttq"', () => {
    expect(twinWords('Ủy ban Mặt trận Tổ quốc tỉnh')).toEqual(expect.arrayContaining(['mttq', 'ubmttq']));
  });
  it('cặp viết tắt "CT/TW" được lập chỉ mục thêm "chỉ thị trung ương"', () => {
    expect(twinWords('Chỉ thị số 41-CT/TW')).toEqual(expect.arrayContaining(['trung', 'ương']));
  });
  it('"tu" đứng một mình (tư, tự) không bị hiểu là "tỉnh ủy"', () => {
    expect(twinWords('tư tưởng tự giác')).not.toContain('tỉnh');
  });
});

describe('Trang đưa vào chỉ mục', () => {
  const page = (main: string) => `<html lang="vi"><body><header>Đầu trang</header><main data-pagefind-body><h1>Đường lối</h1>${main}</main><footer>Chân</footer></body></html>`;
  it('chỉ đọc phần data-pagefind-body, bỏ phần data-pagefind-ignore', () => {
    const { text, title } = indexedText(page('<p>Nội dung</p><nav data-pagefind-ignore><p>Mục lục đọc</p></nav><p>Cuối</p>'));
    expect(text).toBe('Đường lối Nội dung Cuối');
    expect(title).toBe('Đường lối');
  });
  it('khối từ đi kèm nằm cuối phần được lập chỉ mục, ẩn, mở đầu bằng từ đánh dấu để trang tìm kiếm không hiện nó trong đoạn trích', () => {
    const html = htmlForIndex(page('<p>Đảng bộ</p>'), '/van-ban/x/')!;
    const block = html.slice(html.indexOf('<div hidden data-search-twins'), html.indexOf('</main>'));
    expect(block).toContain(TWIN_SENTINEL);
    expect(block).toContain('duong');
    expect(block).toContain('dang');
    expect(html.indexOf('data-search-twins')).toBeLessThan(html.indexOf('</main>'));
  });
  it('tiêu đề có chữ đ: dạng chữ d của tiêu đề mang trọng số như tiêu đề', () => {
    const html = htmlForIndex(page('<p>x</p>'), '/van-ban/x/')!;
    expect(html).toMatch(/<p data-pagefind-weight="7">[^<]*duong/);
  });
  it('trang tự kiểm tra (ngoài chỉ mục thường) được lập chỉ mục với những từ người dùng gõ để tìm nó', () => {
    const checker = '<html lang="vi"><body><main id="noi-dung"><h1>Tự kiểm tra</h1></main></body></html>';
    const html = htmlForIndex(checker, '/kiem-tra/')!;
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('kiểm tra tiêu chuẩn');
    expect(html).toContain('data-pagefind-filter="section">Công cụ');
  });
  it('trang không thuộc chỉ mục và không phải công cụ thì bị bỏ qua', () => {
    expect(htmlForIndex('<html><body><main><h1>Trang chủ</h1></main></body></html>', '/')).toBeNull();
  });
  it('trang cơ quan không đưa danh sách nhiệm vụ chép lại từ văn bản vào chỉ mục, nhưng được tìm bằng “trách nhiệm”', () => {
    const html = htmlForIndex(page('<p>Sở Nội vụ</p><div class="duty-doc"><h3>Kế hoạch</h3><ul><li><p>Tuyên truyền</p></li></ul></div><p>Hết</p>'), '/co-quan/so-noi-vu/')!;
    expect(html).not.toContain('Tuyên truyền');
    expect(html).toContain('Hết');
    expect(html).toContain('trách nhiệm');
  });
});
