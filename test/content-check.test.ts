/**
 * `npm run check:content` (src/lib/content-check.ts): each content mistake is reported in
 * Vietnamese with the file, the line counted from the start of the file, the field, the bad value
 * and the fix, with no stack trace; the real content passes. Mistakes are made in a copy of
 * content/ in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../src/lib/content-check';

/** A copy of content/ with `edits` applied: [file under content/, text to find, replacement]. */
function brokenCopy(edits: [string, string | RegExp, string][]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'noi-dung-')), 'content');
  cpSync('content', dir, { recursive: true });
  for (const [file, find, replace] of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(find, replace);
    if (next === text) throw new Error(`Không sửa được ${file}: không thấy ${String(find)}`);
    writeFileSync(path, next);
  }
  return dir;
}

/** The line (from 1) of the first occurrence of `text` in a file of content/. */
const lineOf = (file: string, text: string) => readFileSync(join('content', file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

const ARTICLE = 'van-ban/bai-viet-doi-moi-cong-tac-khen-thuong-2018.mdx';

describe('Kiểm tra nội dung trước khi build', () => {
  it('nội dung thật không có lỗi', () => {
    expect(checkContent('content').map(formatProblem)).toEqual([]);
  });

  const dir = brokenCopy([
    [ARTICLE, 'id="khoan-2" so="2."', 'id="khoan-1" so="2."'],
    ['van-ban/chi-thi-05-ct-tw.mdx', 'issued: "2016-05-15"', 'issued: "2025-13-01"'],
    ['van-ban/chi-thi-34-ct-tw.mdx', /^kind: chi-thi$/m, 'kind: chi-thi-tw'],
    ['van-ban/chi-thi-03-ct-tw.mdx', 'issued: "2011-05-14"', 'issued: 2011-05-14'],
    ['co-quan/ban-tdkt-nghe-an.yaml', 'shortName: Ban TĐKT tỉnh', 'shortName: Ban TĐKT: tỉnh'],
    ['nhiem-vu/bai-viet-doi-moi-cong-tac-khen-thuong-2018.yaml', 'agency: nhom-cap-uy-to-chuc-dang', 'agency: nhom-cap-uy-khong-co'],
    ['khen-thuong/lao-dong-tien-tien.yaml', 'article: dieu-80-khoan-4', 'article: dieu-80-khoan-9'],
  ]);
  const problems = checkContent(dir).map(formatProblem);
  const find = (re: RegExp) => problems.filter((p) => re.test(p));

  it('id <Khoan> trùng: số dòng tính từ đầu tệp (38 và 48), không tính từ sau phần thông tin đầu tệp', () => {
    const first = lineOf(ARTICLE, 'id="khoan-1"');
    const second = lineOf(ARTICLE, 'id="khoan-2"');
    expect([first, second]).toEqual([38, 48]);
    expect(find(new RegExp(`^content/${ARTICLE.replace(/\./g, '\\.')}`))).toEqual([
      `content/${ARTICLE}:${second}: id "khoan-1" đã dùng ở dòng ${first}. Sửa: mỗi mục một id riêng.`,
    ]);
  });

  it('ngày 2025-13-01: nêu tệp, dòng, trường, giá trị sai và cách sửa bằng tiếng Việt', () => {
    const line = lineOf('van-ban/chi-thi-05-ct-tw.mdx', 'issued:');
    expect(find(/chi-thi-05-ct-tw\.mdx/)).toEqual([
      expect.stringMatching(new RegExp(`^content/van-ban/chi-thi-05-ct-tw\\.mdx:${line}: trường issued: phải là ngày dạng YYYY-MM-DD.*; đang là "2025-13-01"\\. Sửa: `)),
    ]);
  });

  it('giá trị ngoài danh sách (kind) nêu các giá trị được phép và giá trị đang ghi', () => {
    expect(find(/chi-thi-34-ct-tw\.mdx/)).toEqual([expect.stringMatching(/^content\/van-ban\/chi-thi-34-ct-tw\.mdx:2: trường kind: .*phải là một trong: .*chi-thi.*; đang là "chi-thi-tw"\. Sửa: /)]);
  });

  it('ngày không đặt trong ngoặc kép (YAML đọc thành kiểu ngày) được chỉ ra cách sửa', () => {
    expect(find(/chi-thi-03-ct-tw\.mdx/)).toEqual([expect.stringMatching(/:\d+: trường issued: .*ngày phải ghi trong ngoặc kép, ví dụ "2014-10-14"/)]);
  });

  it('lỗi cú pháp YAML nêu dòng và nội dung dòng, bằng tiếng Việt', () => {
    const line = lineOf('co-quan/ban-tdkt-nghe-an.yaml', 'shortName:');
    expect(find(/ban-tdkt-nghe-an\.yaml/)).toEqual([expect.stringMatching(new RegExp(`^content/co-quan/ban-tdkt-nghe-an\\.yaml:${line}: lỗi cú pháp YAML: .*"shortName: Ban TĐKT: tỉnh".*Sửa: `))]);
  });

  it('cơ quan không có trong content/co-quan/ nêu dòng của nhiệm vụ', () => {
    const line = lineOf('nhiem-vu/bai-viet-doi-moi-cong-tac-khen-thuong-2018.yaml', 'agency: nhom-cap-uy-to-chuc-dang');
    expect(find(/nhom-cap-uy-khong-co/)).toEqual([expect.stringMatching(new RegExp(`^content/nhiem-vu/bai-viet-doi-moi-cong-tac-khen-thuong-2018\\.yaml:${line}: tasks\\[0\\] \\(bv-1-cap-uy\\)\\.responsibilities\\[0\\]\\.agency = "nhom-cap-uy-khong-co"`))]);
  });

  it('danh mục khen thưởng trích dẫn một neo không có trên trang Luật', () => {
    expect(find(/dieu-80-khoan-9/)).toEqual([
      expect.stringMatching(/^content\/khen-thuong\/lao-dong-tien-tien\.yaml:\d+: decidedBy\[\d+\]\.article: văn bản "luat-thi-dua-khen-thuong-2022" không có neo "dieu-80-khoan-9"; sửa neo/),
    ]);
  });

  it('tệp có lỗi vẫn được coi là có: không báo lan sang quan hệ, thành viên nhóm trỏ tới nó', () => {
    expect(find(/relations\./)).toEqual([]);
    expect(find(/members\[\d+\] = "ban-tdkt-nghe-an"/)).toEqual([]);
  });

  it('qua lệnh thật: mã thoát 1, không có vết ngăn xếp, không có thông báo tiếng Anh', () => {
    const r = spawnSync('npm', ['run', '--silent', 'check:content'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir }, timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/van-ban/chi-thi-05-ct-tw.mdx');
    expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(r.stderr).not.toMatch(/\b(Invalid|Expected|Unexpected|Error:)\b/);
  });
});
