/**
 * The outline of a document (src/lib/outline.ts) read from the MDX syntax tree: numbered parts,
 * their anchors and the lines of the file they start on, and errors that name the file and line.
 */
import { describe, expect, it } from 'vitest';
import { extractOutline } from '../src/lib/outline';

const DOC = `---
title: Kế hoạch thử
kind: ke-hoach
---

<Phan id="muc-i" so="I." ten="MỤC ĐÍCH, YÊU CẦU">

<Khoan id="muc-i-khoan-1" so="1.">

- Tổ chức quán triệt và triển khai thực hiện *Chỉ thị* số 34-CT/TW của Bộ Chính trị đến toàn thể cán bộ, đảng viên.

<Diem id="muc-i-khoan-1-diem-a" so="a)">

Viết \`<Khoan id="x">\` trong mã thì không phải một mục.

</Diem>

</Khoan>

</Phan>

<Doan id="doan-2">

Đoạn <Sic note="Chỉ thị">Chi thị</Sic> ngắn.

</Doan>
`;

describe('Mục lục đọc từ cây cú pháp MDX', () => {
  const outline = extractOutline(DOC, 'ke-hoach-thu.mdx');

  it('liệt kê các mục theo thứ tự, với số, tên, độ sâu và dòng tính từ đầu tệp (kể cả frontmatter)', () => {
    expect(outline.map(({ tag, id, so, ten, depth, line }) => ({ tag, id, so, ten, depth, line }))).toEqual([
      { tag: 'Phan', id: 'muc-i', so: 'I.', ten: 'MỤC ĐÍCH, YÊU CẦU', depth: 0, line: 6 },
      { tag: 'Khoan', id: 'muc-i-khoan-1', so: '1.', ten: null, depth: 1, line: 8 },
      { tag: 'Diem', id: 'muc-i-khoan-1-diem-a', so: 'a)', ten: null, depth: 2, line: 12 },
      { tag: 'Doan', id: 'doan-2', so: '', ten: null, depth: 0, line: 22 },
    ]);
  });

  it('một thẻ viết trong mã không được tính là một mục', () => {
    expect(outline.map((e) => e.id)).not.toContain('x');
  });

  it('lời mở đầu của mục không có tên là chữ của mục, bỏ định dạng, cắt ở một từ và thêm dấu …', () => {
    const khoan = outline.find((e) => e.id === 'muc-i-khoan-1')!;
    expect(khoan.lead).toBe('- Tổ chức quán triệt và triển khai thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị đến…');
    expect(outline.find((e) => e.id === 'doan-2')!.lead).toBe('Đoạn Chi thị ngắn.');
  });

  it('mục lục của phần thân không có frontmatter đếm dòng từ đầu phần thân', () => {
    expect(extractOutline('\n<Doan id="doan-1">\n\nx\n\n</Doan>\n')[0].line).toBe(2);
  });

  it('id trùng bị từ chối, thông báo nêu tệp và hai dòng', () => {
    const twice = '<Doan id="doan-1">\n\nx\n\n</Doan>\n\n<Doan id="doan-1">\n\ny\n\n</Doan>\n';
    expect(() => extractOutline(twice, 'a.mdx')).toThrow('a.mdx:7: id "doan-1" đã dùng ở dòng 1. Sửa: mỗi mục một id riêng.');
  });

  it('mục thiếu id bị từ chối với số dòng và cách sửa', () => {
    expect(() => extractOutline('\n\n<Khoan so="1.">\n\nx\n\n</Khoan>\n', 'a.mdx')).toThrow(/^a\.mdx:3: <Khoan> thiếu thuộc tính id\. Sửa: thêm id=/);
  });

  it('thẻ đóng sai thứ tự bị từ chối bằng tiếng Việt, nêu dòng của thẻ đóng', () => {
    const crossed = '<Phan id="muc-i">\n\n<Khoan id="muc-i-khoan-1">\n\nx\n\n</Phan>\n';
    expect(() => extractOutline(crossed, 'a.mdx')).toThrow('a.mdx:7: thẻ </Phan> đóng sai chỗ (đang mở <Khoan>). Sửa: đóng các thẻ theo đúng thứ tự mở.');
  });

  it('thẻ chưa đóng bị từ chối, nêu dòng của thẻ mở', () => {
    expect(() => extractOutline('\n<Phan id="muc-i">\n\nx\n', 'a.mdx')).toThrow('a.mdx:2: thẻ <Phan> chưa được đóng. Sửa: thêm </Phan>.');
  });

  it('MDX không đọc được (dấu { lạc) bị từ chối với dòng và cách sửa, không có dấu vết ngăn xếp', () => {
    expect(() => extractOutline('<Doan id="doan-1">\n\nx { y\n\n</Doan>\n', 'a.mdx')).toThrow(/^a\.mdx:3: MDX không đọc được \(.*\)\. Sửa: .*"\\\{"/);
  });
});
