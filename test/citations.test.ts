/**
 * The citation linker: citations of articles in Markdown/MDX text become links to the right
 * anchor, without changing a character of the text, and never inside headings, links or code.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root, Link } from 'mdast';
import remarkCitations, { loadLibrary } from '../src/lib/remark-citations';
import { findCitations, linkCitations, type Library, type LibraryDoc } from '../src/lib/citations';

const LAW = '/luat/luat-thi-dua-khen-thuong-2022/';
const ND152 = '/van-ban/nghi-dinh-152-2025-nd-cp/';

function doc(id: string, kind: string, number: string | null, issued: string | null, anchors: string[], related: string[] = []): LibraryDoc {
  return { id, kind, number, issued, anchors: new Set(anchors), related: new Set(related) };
}

/** A small library: the 2022 Law with a few anchors, Decree 152, Decree 98, two non-legal documents. */
const library: Library = new Map(
  [
    doc('luat-thi-dua-khen-thuong-2022', 'luat', '06/2022/QH15', '2022-06-15', [
      'dieu-23', 'dieu-23-khoan-1', 'dieu-23-khoan-2', 'dieu-24', 'dieu-24-khoan-1', 'dieu-24-khoan-1-diem-a', 'dieu-24-khoan-1-diem-b',
      'dieu-74', 'dieu-74-khoan-1', 'dieu-74-khoan-1-diem-d', 'dieu-74-khoan-1-diem-dd', 'dieu-80',
    ]),
    doc('nghi-dinh-152-2025-nd-cp', 'nghi-dinh', '152/2025/NĐ-CP', '2025-06-14', ['dieu-4', 'dieu-4-khoan-2', 'dieu-4-khoan-3', 'dieu-50'], ['luat-thi-dua-khen-thuong-2022']),
    doc('nghi-dinh-98-2023-nd-cp', 'nghi-dinh', '98/2023/NĐ-CP', '2023-12-31', ['dieu-30', 'dieu-30-khoan-7'], ['luat-thi-dua-khen-thuong-2022']),
    doc('chi-thi-2025', 'chi-thi', null, '2025-03', ['khoan-1']),
    doc('ke-hoach-2014', 'ke-hoach', '1813/KH-UBND', '2014-10-14', ['muc-i']),
  ].map((d) => [d.id, d]),
);

/** Runs the plugin on a Markdown (or MDX) source as if it were the file `<currentId>.mdx`. */
function run(source: string, currentId: string | null = null, mdx = false): Root {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  processor.use(remarkCitations, { library });
  const tree = processor.parse(source) as Root;
  processor.runSync(tree, { path: currentId ? `/x/content/van-ban/${currentId}.mdx` : '/x/src/pages/trang.md' } as never);
  return tree;
}

function links(tree: Root): { text: string; url: string }[] {
  const out: { text: string; url: string }[] = [];
  visit(tree, 'link', (l: Link) => void out.push({ text: toString(l), url: l.url }));
  return out;
}

describe('Nhận diện trích dẫn', () => {
  it('đọc đúng điểm, khoản, điều và văn bản được nêu sau trích dẫn', () => {
    const [c] = findCitations('theo điểm đ khoản 1 Điều 74 Luật Thi đua, khen thưởng năm 2022.');
    expect(c).toMatchObject({ text: 'điểm đ khoản 1 Điều 74', point: 'đ', clause: 1, article: 74, ref: { type: 'tdkt-law', year: '2022' } });
    expect(findCitations('khoản 2 Điều 4 Nghị định số 152/2025/NĐ-CP')[0].ref).toEqual({ type: 'numbered', number: '152/2025/NĐ-CP' });
    expect(findCitations('Điều 5 của Luật này')[0].ref).toEqual({ type: 'self' });
    expect(findCitations('Điều 3 Quyết định 86/2025/QĐ-UBND')[0].ref).toEqual({ type: 'numbered', number: '86/2025/QĐ-UBND' });
    expect(findCitations('Điều 5 Luật Cán bộ, công chức')[0].ref).toEqual({ type: 'other' });
    expect(findCitations('Điều 23 và Điều 24')[0].ref).toEqual({ type: 'bare' });
  });

  it('không coi "điều kiện" hay "Điều 23a" là trích dẫn', () => {
    expect(findCitations('đủ điều kiện, tiêu chuẩn; các điều khoản')).toEqual([]);
    expect(findCitations('Điều 23a')).toEqual([]);
  });
});

describe('Liên kết trích dẫn trong văn bản Markdown', () => {
  it('"khoản 1 Điều 24" dẫn đến khoản 1 Điều 24 của Luật 2022', () => {
    expect(links(run('Người lao động đạt tiêu chuẩn tại khoản 1 Điều 24.'))).toEqual([{ text: 'khoản 1 Điều 24', url: `${LAW}#dieu-24-khoan-1` }]);
  });

  it('"điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng" dẫn đến đúng điểm d', () => {
    expect(links(run('Theo điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng, cần 02 sáng kiến.'))).toEqual([
      { text: 'điểm d khoản 1 Điều 74', url: `${LAW}#dieu-74-khoan-1-diem-d` },
    ]);
  });

  it('điểm đ được viết "dd" trong id neo', () => {
    expect(links(run('Xem điểm đ khoản 1 Điều 74.'))[0].url).toBe(`${LAW}#dieu-74-khoan-1-diem-dd`);
  });

  it('"Điều 23 và Điều 24" cho hai liên kết', () => {
    expect(links(run('Xem Điều 23 và Điều 24.')).map((l) => l.url)).toEqual([`${LAW}#dieu-23`, `${LAW}#dieu-24`]);
  });

  it('trích dẫn Nghị định có trong thư viện dẫn đến trang Nghị định, kể cả khi viết "Nghị định số"', () => {
    expect(links(run('Căn cứ khoản 2 Điều 4 Nghị định 152/2025/NĐ-CP và khoản 3 Điều 4 Nghị định số 152/2025/NĐ-CP.'))).toEqual([
      { text: 'khoản 2 Điều 4', url: `${ND152}#dieu-4-khoan-2` },
      { text: 'khoản 3 Điều 4', url: `${ND152}#dieu-4-khoan-3` },
    ]);
  });

  it('điều không có neo thì để nguyên văn bản, không tạo liên kết', () => {
    const tree = run('Điều 99 Luật Thi đua, khen thưởng và khoản 1 Điều 7 Nghị định 152/2025/NĐ-CP.');
    expect(links(tree)).toEqual([]);
  });

  it('khoản hay điểm chưa có neo thì dẫn đến mức cụ thể nhất có neo', () => {
    expect(links(run('điểm h khoản 1 Điều 24; khoản 9 Điều 80')).map((l) => l.url)).toEqual([`${LAW}#dieu-24-khoan-1`, `${LAW}#dieu-80`]);
  });

  it('trích dẫn một văn bản khác (quyết định của tỉnh, nghị định không có trong thư viện) không bị gắn vào Luật', () => {
    expect(links(run('Điều 3 Quyết định 86/2025/QĐ-UBND; khoản 2 Điều 3 Nghị định 73/2024/NĐ-CP; Điều 5 Luật Cán bộ, công chức.'))).toEqual([]);
  });

  it('trong một nghị định, trích dẫn trần chỉ về chính nghị định đó; có tên Luật thì chỉ về Luật', () => {
    expect(links(run('Xem khoản 3 Điều 4 và Điều 23 Luật Thi đua, khen thưởng.', 'nghi-dinh-152-2025-nd-cp'))).toEqual([
      { text: 'khoản 3 Điều 4', url: `${ND152}#dieu-4-khoan-3` },
      { text: 'Điều 23', url: `${LAW}#dieu-23` },
    ]);
  });

  it('trong một chỉ thị, trích dẫn trần chỉ về Luật Thi đua, khen thưởng 2022', () => {
    expect(links(run('Thực hiện đúng Điều 23.', 'chi-thi-2025'))).toEqual([{ text: 'Điều 23', url: `${LAW}#dieu-23` }]);
  });

  it('văn bản ban hành trước 01/01/2024 nói “Luật Thi đua, khen thưởng” là luật cũ: chỉ liên kết khi ghi rõ Luật 2022', () => {
    expect(links(run('Theo Điều 23 Luật Thi đua, khen thưởng và Điều 24.', 'ke-hoach-2014'))).toEqual([]);
    expect(links(run('Điều 23 Luật Thi đua, khen thưởng năm 2022; Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15.', 'ke-hoach-2014')).map((l) => l.url)).toEqual([
      `${LAW}#dieu-23`,
      `${LAW}#dieu-24`,
    ]);
  });

  it('nghị định ký trước 01/01/2024 nhưng quy định chi tiết Luật 2022 vẫn dẫn đúng Luật 2022', () => {
    expect(links(run('khoản 1 Điều 23 Luật Thi đua, khen thưởng', 'nghi-dinh-98-2023-nd-cp'))[0].url).toBe(`${LAW}#dieu-23-khoan-1`);
  });

  it('không tạo liên kết trong tiêu đề, trong liên kết có sẵn và trong mã', () => {
    const tree = run('## Điều 23 và Điều 24\n\n[xem Điều 23](/khac/) và `Điều 24` nhưng Điều 80.');
    expect(links(tree)).toEqual([{ text: 'xem Điều 23', url: '/khac/' }, { text: 'Điều 80', url: `${LAW}#dieu-80` }]);
  });

  it('không thay đổi một ký tự nào của văn bản', () => {
    const source =
      'Theo điểm đ khoản 1 Điều 74, khoản 1 Điều 24 và Điều 23 Luật Thi đua, khen thưởng; khoản 2 Điều 4 Nghị định 152/2025/NĐ-CP (đã sửa). Điều 99 thì không.';
    const before = toString(unified().use(remarkParse).parse(source));
    const tree = run(source);
    expect(links(tree)).toHaveLength(4);
    expect(toString(tree)).toBe(before);
    // The pure function gives back the same text when its pieces are joined.
    const pieces = linkCitations(source, { library, currentId: null });
    expect(pieces.map((p) => p.text).join('')).toBe(source);
  });
});

describe('Liên kết trích dẫn trong MDX', () => {
  const source = [
    '<Dieu id="dieu-23" so="Điều 23." ten="Danh hiệu Điều 24">',
    '',
    '<Khoan id="dieu-23-khoan-1" so="1.">',
    '',
    'Đạt tiêu chuẩn ở khoản 1 Điều 24.',
    '',
    '</Khoan>',
    '',
    '</Dieu>',
  ].join('\n');

  it('liên kết chữ trong phần thân của thẻ JSX (như <Khoan>) nhưng không đụng đến thuộc tính', () => {
    const tree = run(source, 'chi-thi-2025', true);
    expect(links(tree)).toEqual([{ text: 'khoản 1 Điều 24', url: `${LAW}#dieu-24-khoan-1` }]);
    const attrs: string[] = [];
    visit(tree, (n) => {
      const a = (n as { attributes?: { name: string; value: unknown }[] }).attributes;
      if (a) attrs.push(...a.map((x) => `${x.name}=${String(x.value)}`));
    });
    expect(attrs).toContain('so=Điều 23.');
    expect(attrs).toContain('ten=Danh hiệu Điều 24');
  });

  it('trong chính Luật, trích dẫn trần chỉ về điều của Luật trên cùng trang', () => {
    expect(links(run(source, 'luat-thi-dua-khen-thuong-2022', true))[0].url).toBe(`${LAW}#dieu-24-khoan-1`);
  });
});

describe('Thư viện thật (content/van-ban/)', () => {
  const real = loadLibrary();

  it('đọc được Luật 2022 với đủ 96 điều và Nghị định 152/2025/NĐ-CP với neo điều 4', () => {
    const law = real.get('luat-thi-dua-khen-thuong-2022')!;
    expect(law.number).toBe('06/2022/QH15');
    expect([...law.anchors].filter((a) => /^dieu-\d+$/.test(a))).toHaveLength(96);
    expect(real.get('nghi-dinh-152-2025-nd-cp')!.anchors.has('dieu-4-khoan-3')).toBe(true);
  });

  it('trích dẫn Nghị định 152/2025/NĐ-CP trong một trang thường dẫn đến trang Nghị định', () => {
    const [piece] = linkCitations('khoản 3 Điều 4 Nghị định 152/2025/NĐ-CP', { library: real, currentId: null }).filter((p) => p.href);
    expect(piece.href).toBe(`${ND152}#dieu-4-khoan-3`);
  });
});
