/**
 * Bad input to the eligibility command (issue 14): each reproducer of the issue is refused with
 * exit 2, a Vietnamese message naming the field and at most a short excerpt of the bad value,
 * nothing on stdout; and the --jsonl mode streams a list, one result per line, reporting a bad
 * line without losing the others. Run in-process (runEligibility) to keep the suite fast; the
 * real process is exercised in eligibility-cli.test.ts and eligibility-fuzz.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEligibility, MAX_INPUT_BYTES } from '../scripts/eligibility';
import { readCheckedRegistry } from '../src/lib/registry-files';
import { decodeUtf8, JsonInputError, parseStrictJson } from '../src/lib/eligibility/json-input';
import { random, type Rng } from './helpers/random';

const reg = readCheckedRegistry();
const check = (argv: string[], stdin: string | Uint8Array = '') => runEligibility(argv, stdin, () => reg);
const fromStdin = (input: string | Uint8Array) => check(['-'], input);

const base = { award: 'lao-dong-tien-tien', year: 2025, history: [{ year: 2025, rating: 'htt', monthsWorked: 12 }], discipline: [] };
const withFields = (extra: Record<string, unknown>) => JSON.stringify({ ...base, ...extra });

const noStackTrace = (s: string) => expect(s).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

/** A refusal: exit 2, nothing on stdout, a short message with no stack trace. */
function expectRefused(r: { code: number; stdout: string; stderr: string }, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.length).toBeLessThan(1500);
  noStackTrace(r.stderr);
}

describe('Đọc JSON chặt chẽ', () => {
  it('đọc được mọi giá trị JSON hợp lệ giống JSON.parse', () => {
    const samples = ['{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"],"b":{}}', '[]', '"chuỗi"', '0', '{"__proto__":1}', ' \n{"x" : [ {"y":"z"} ] }\n'];
    for (const s of samples) expect(parseStrictJson(s)).toEqual(JSON.parse(s));
  });

  it('500 giá trị JSON sinh ngẫu nhiên (hạt giống cố định): đọc ra đúng như JSON.parse, cả khi in đẹp', () => {
    const r = random(14);
    const value = (rng: Rng, depth: number): unknown => {
      const k = rng.int(depth > 3 ? 4 : 6);
      if (k === 0) return rng.pick([true, false, null]);
      if (k === 1) return rng.pick([0, -1, 2025, 1.5, -2.5e-7, 1e21]);
      if (k === 2 || k === 3) return rng.pick(['', 'lao-dong-tien-tien', 'Bắc Ninh', 'dòng\nmới', 'ngoặc "kép" \\', '\u0001', '😀']);
      if (k === 4) return Array.from({ length: rng.int(4) }, () => value(rng, depth + 1));
      return Object.fromEntries(Array.from({ length: rng.int(4) }, (_, i) => [`k${i}${rng.pick(['', 'é', ' '])}`, value(rng, depth + 1)]));
    };
    for (let i = 0; i < 500; i++) {
      const v = value(r, 0);
      expect(parseStrictJson(JSON.stringify(v))).toEqual(v);
      expect(parseStrictJson(JSON.stringify(v, null, 2))).toEqual(v);
    }
  });

  it('nêu đúng dòng và cột của lỗi cú pháp', () => {
    try {
      parseStrictJson('{\n  "award": "giay-khen",\n  "year": 2025,\n}');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JsonInputError);
      expect((e as JsonInputError).line).toBe(4);
      expect((e as JsonInputError).column).toBe(1);
    }
  });

  it('bỏ dấu BOM ở đầu tệp UTF-8', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x31]))).toBe('1');
  });
});

describe('Hồ sơ lọt qua, làm sập hoặc treo lệnh nay bị từ chối (mã thoát 2)', () => {
  it('khóa JSON trùng: "investigation": true rồi false không biến hồ sơ đang bị điều tra thành "không"', async () => {
    const input = '{\n  "award": "lao-dong-tien-tien",\n  "year": 2025,\n  "pending": {\n    "investigation": true,\n    "investigation": false\n  }\n}';
    const r = await fromStdin(input);
    expectRefused(r, /dòng 6, cột 5, trường pending\.investigation\): trường "investigation" ghi hai lần.*lần đầu ở dòng 5/);
  });

  it('khóa trùng ở một hồ sơ trong danh sách nêu số thứ tự hồ sơ', async () => {
    const r = await fromStdin(`[${withFields({})}, {"award":"giay-khen","award":"giay-khen","year":2025}]`);
    expectRefused(r, /hồ sơ #1, trường award\)/);
  });

  it('UTF-8 sai trong một nhãn: từ chối, nêu vị trí byte, không in ký tự thay thế U+FFFD', async () => {
    const head = Buffer.from('{"award":"lao-dong-tien-tien","year":2025,\n"initiatives":[{"id":"s');
    const bytes = Buffer.concat([head, Buffer.from([0xff, 0xfe]), Buffer.from('k","year":2025,"kind":"sang-kien","level":"co-so"}]}')]);
    const r = await fromStdin(bytes);
    expectRefused(r, new RegExp(`không phải văn bản UTF-8 hợp lệ: byte thứ ${head.length} \\(dòng 2\\)`));
    expect(r.stderr).not.toContain('\uFFFD');
  });

  it('joinedOn 9999-07-01 bị từ chối, không cho kết quả "đủ tiêu chuẩn"', async () => {
    expectRefused(await fromStdin(withFields({ joinedOn: '9999-07-01' })), /trường joinedOn: năm của ngày phải từ 1945 đến 2100; đang là "9999-07-01"/);
  });

  it('ngày kỷ luật trước 1945 hoặc sau 2100 bị từ chối', async () => {
    expectRefused(await fromStdin(withFields({ discipline: [{ level: 'khien-trach', from: '1900-01-01' }] })), /trường discipline\[0\]\.from: năm của ngày phải từ 1945 đến 2100/);
    expectRefused(await fromStdin(withFields({ discipline: [{ level: 'khien-trach', from: '2020-01-01', to: '2101-01-01' }] })), /trường discipline\[0\]\.to: năm của ngày phải từ 1945 đến 2100/);
  });

  it('khoảng 125.000 mục awards: từ chối ngay, không tràn ngăn xếp', async () => {
    const awards = Array.from({ length: 125_000 }, (_, i) => ({ award: 'bang-khen-bo-nganh-tinh', year: 1945 + (i % 80) }));
    const r = await fromStdin(JSON.stringify({ award: 'bang-khen-thu-tuong', year: 2025, awards }));
    expectRefused(r, /trường awards\): danh sách quá dài \(hơn 1\.000 mục\)/);
  });

  it('chuỗi usedFor dài 8 MB: từ chối, chỉ trích một đoạn ngắn của giá trị', async () => {
    const r = await fromStdin(withFields({ initiatives: [{ id: 'sk', year: 2025, kind: 'sang-kien', level: 'co-so', usedFor: ['x'.repeat(8_000_000)] }] }));
    expectRefused(r, /trường initiatives\[0\]\.usedFor\[0\]\): chuỗi quá dài \(x{40}… \(8\.000\.000 ký tự\)\)/);
  });

  it('mã danh hiệu dài 7 MB: từ chối ngay vì chuỗi quá dài, không tìm "có phải …?" trên cả giá trị; 10 MB: từ chối vì quá cỡ đọc', async () => {
    expectRefused(await fromStdin(JSON.stringify({ award: 'a'.repeat(7_000_000), year: 2025 })), /trường award\): chuỗi quá dài \(a{40}… \(7\.000\.000 ký tự\)\)/);
    expectRefused(await fromStdin(JSON.stringify({ award: 'a'.repeat(10_000_000), year: 2025 })), /quá lớn/);
  });

  it('mã sai dài vừa phải: thông báo trích một đoạn ngắn, không gợi ý mã gần đúng', async () => {
    const r = await fromStdin(JSON.stringify({ award: `lao-dong-tien-tien-${'x'.repeat(900)}`, year: 2025 }));
    expectRefused(r, /trường award: mã "lao-dong-tien-tien-x{21}… \(919 ký tự\)" không có trong danh mục/);
    expect(r.stderr).not.toContain('có phải');
  });

  it('đầu vào lớn hơn giới hạn đọc cả tệp (8 MB) bị từ chối kèm gợi ý dùng --jsonl', async () => {
    const r = await fromStdin(`[${' '.repeat(MAX_INPUT_BYTES)}]`);
    expectRefused(r, /quá lớn \(hơn 8 MB; tối đa 8 MB khi đọc cả tệp\).*dùng --jsonl/);
  });

  it('danh sách hơn 10.000 hồ sơ đọc cả tệp bị từ chối kèm gợi ý dùng --jsonl', async () => {
    expectRefused(await fromStdin(`[${Array(10_001).fill('{}').join(',')}]`), /danh sách có hơn 10\.000 hồ sơ; .*dùng --jsonl/);
  });

  it('nhiều hồ sơ sai: chỉ liệt kê 100 lỗi đầu rồi dừng', async () => {
    const r = await fromStdin(`[${Array(5000).fill('{"award":"giay-khen","year":1900}').join(',')}]`);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/^ {2}Hồ sơ #/gm)).toHaveLength(100);
    expect(r.stderr).toMatch(/^Hồ sơ không hợp lệ \(hơn 100 lỗi\)/);
    expect(r.stderr).toMatch(/… và còn lỗi khác: sửa các lỗi trên rồi chạy lại\.\n$/);
  });

  it('sickLeaveDays bị từ chối: chưa có quy định hiện hành về ngày nghỉ ốm', async () => {
    const r = await fromStdin(withFields({ history: [{ year: 2025, rating: 'htt', monthsWorked: 12, sickLeaveDays: 45 }] }));
    expectRefused(r, /trường history\[0\]\.sickLeaveDays: không dùng được: chưa thấy quy định hiện hành.*nghỉ ốm/);
  });

  it('thông tin sau năm xét (năm công tác, khen thưởng, sáng kiến, thành tích) bị từ chối thay vì bị bỏ qua', async () => {
    const r = await fromStdin(
      withFields({
        history: [{ year: 2025, rating: 'htt' }, { year: 2026, rating: 'htxs' }],
        awards: [{ award: 'giay-khen', year: 2026 }],
        initiatives: [{ id: 'sk', year: 2026, kind: 'sang-kien', level: 'co-so', usedFor: ['giay-khen:2027'] }],
        achievements: [{ kind: 'dot-xuat', year: 2026, scope: 'co-so' }],
      }),
    );
    expectRefused(r, /trường history\[1\]\.year: năm 2026 sau năm xét 2025/);
    for (const field of ['awards[0].year', 'initiatives[0].year', 'initiatives[0].usedFor[0]', 'achievements[0].year']) expect(r.stderr).toContain(`trường ${field}: năm 202`);
  });

  it('tỉnh ghi bằng mã hoặc tên tiếng Việt được nhận; giá trị không phải tên tỉnh bị từ chối', async () => {
    expect((await fromStdin(withFields({ province: 'Bắc Ninh' }))).code).toBe(0);
    expect((await fromStdin(withFields({ province: 'bac-ninh' }))).code).toBe(0);
    expectRefused(await fromStdin(withFields({ province: '<script>' })), /trường province: "<script>" không phải một trong 34 tỉnh, thành phố hiện nay/);
  });

  it('tùy chọn không có bị từ chối kèm cách dùng', async () => {
    expectRefused(await check(['--jsnl', '-']), /Không có tùy chọn "--jsnl"[\s\S]*Cách dùng/);
  });

  it('--help in cách dùng ra đầu ra chuẩn, mã thoát 0', async () => {
    const r = await check(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: [\s\S]*--jsonl/);
  });
});

describe('Danh sách toàn quốc: --jsonl, mỗi dòng một hồ sơ', () => {
  const good = readFileSync('test/eligibility/cli/mot-ho-so.json', 'utf8').replace(/\s*\n\s*/g, ' ');

  it('mỗi dòng hồ sơ cho một dòng kết quả có số dòng, giống kết quả khi đọc cả tệp', async () => {
    const whole = JSON.parse((await fromStdin(good)).stdout);
    const r = await check(['--jsonl', '-'], `${good}\n\n${withFields({})}\r\n`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 3]);
    const { line: _line, ...first } = lines[0];
    expect(first).toEqual(whole);
  });

  it('một dòng sai được báo trên đầu ra lỗi với số dòng, các dòng khác vẫn có kết quả, mã thoát 2', async () => {
    const list = [good, '{"award":"lao-dong-tien-tien","year":2025,"history":[{"year":2025,"monthsWorked":13}]}', '{"award": "giay-khen", ', good].join('\n');
    const r = await check(['--jsonl', '-'], list);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).line)).toEqual([1, 4]);
    expect(r.stderr).toMatch(/^Dòng 2, trường history\[0\]\.monthsWorked: phải là số tháng từ 0 đến 12; đang là 13$/m);
    expect(r.stderr).toMatch(/^Dòng 3, cột 24: cần tên trường trong ngoặc kép, ví dụ "award", gặp hết văn bản\./m);
    expect(r.stderr).toMatch(/Đã xét 2 hồ sơ; 2 dòng bị từ chối\./);
    noStackTrace(r.stderr);
  });

  it('một dòng quá dài (hơn 1 MB) bị bỏ qua có báo lỗi, không làm mất kết quả sau nó', async () => {
    const r = await check(['--jsonl', '-'], `${good}\n${'x'.repeat(2 * 1024 * 1024)}\n${good}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).line)).toEqual([1, 3]);
    expect(r.stderr).toMatch(/^Dòng 2: dòng quá dài/m);
  });

  it('khóa trùng trong một dòng: nêu cột của lần ghi đầu, không nêu "dòng 1"', async () => {
    const r = await check(['--jsonl', '-'], `${good}\n{"award":"giay-khen","year":2025,"pending":{"complaint":true,"complaint":false}}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Dòng 2, cột 62, trường pending\.complaint: trường "complaint" ghi hai lần .*\(lần đầu ở cột 45\)/m);
  });

  it('mỗi dòng là một hồ sơ, không phải một danh sách', async () => {
    const r = await check(['--jsonl', '-'], `[${good}]\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Dòng 1: mỗi dòng là một hồ sơ/m);
  });

  it('đọc danh sách từ tệp; tệp rỗng bị từ chối', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jsonl-'));
    writeFileSync(join(dir, 'ds.jsonl'), `${good}\n${good}`);
    const r = await check(['--jsonl', join(dir, 'ds.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    writeFileSync(join(dir, 'rong.jsonl'), '\n\n');
    expectRefused(await check(['--jsonl', join(dir, 'rong.jsonl')]), /không có hồ sơ nào/);
  });
});

describe('Danh mục khen thưởng được kiểm tra trước khi xét', () => {
  it('một tiêu chí trích dẫn neo không có trên trang Luật: mã thoát 1, nêu tệp, trường, neo và cách sửa', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danh-muc-'));
    cpSync('content/khen-thuong', join(dir, 'khen-thuong'), { recursive: true });
    const file = join(dir, 'khen-thuong', 'lao-dong-tien-tien.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('article: dieu-24-khoan-1-diem-a', 'article: dieu-24-khoan-1-diem-z'));
    const before = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = dir;
    try {
      const r = await runEligibility(['-'], withFields({}));
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/content\/khen-thuong\/lao-dong-tien-tien\.yaml: criteria\[\d+\] \(dieu-24-khoan-1-diem-a\)\.article: văn bản "luat-thi-dua-khen-thuong-2022" không có neo "dieu-24-khoan-1-diem-z"; sửa neo/);
      noStackTrace(r.stderr);
    } finally {
      if (before === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = before;
    }
  });
});
