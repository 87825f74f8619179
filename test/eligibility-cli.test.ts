/**
 * The command `npm run --silent eligibility -- FILE` (contract: the spec of the eligibility
 * command, summarised in docs/eligibility.md): golden tests of stdout and stderr, exit codes,
 * standard input. Golden files sit beside the inputs in test/eligibility/cli/; after an intended
 * change of wording, regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/eligibility-cli.test.ts`
 * and review the diff.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'test/eligibility/cli';
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function eligibility(args: string[], input?: string): Run {
  const r = spawnSync('npm', ['run', '--silent', 'eligibility', '--', ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  // npm itself may print configuration warnings ("npm warn …") on some machines; they are not ours.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !/^npm (warn|WARN)/.test(l))
    .join('\n');
  return { code: r.status, stdout: r.stdout, stderr };
}

/** Compares with a golden file, or writes it when UPDATE_GOLDEN=1. */
function golden(name: string, actual: string) {
  const file = join(DIR, name);
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) throw new Error(`Thiếu tệp mẫu ${file}: chạy với UPDATE_GOLDEN=1 để tạo, rồi xem lại nội dung.`);
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const noStackTrace = (s: string) => expect(s).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('Lệnh xét điều kiện: kết quả trên đầu ra chuẩn', () => {
  it('một hồ sơ trong tệp: in một đối tượng kết quả JSON, mã thoát 0', () => {
    const r = eligibility([join(DIR, 'mot-ho-so.json')]);
    expect(r.stderr.trim()).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.award).toBe('chien-si-thi-dua-co-so');
    expect(out.verdict).toBe('eligible');
    golden('mot-ho-so.stdout.json', r.stdout);
  });

  it('cùng hồ sơ đọc từ đầu vào chuẩn ("-") cho đúng kết quả như đọc từ tệp', () => {
    const r = eligibility(['-'], readFileSync(join(DIR, 'mot-ho-so.json'), 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(DIR, 'mot-ho-so.stdout.json'), 'utf8'));
  });

  it('một danh sách hồ sơ: in một mảng kết quả theo đúng thứ tự, mã thoát 0 dù có hồ sơ chưa đủ, chưa xác định hay chưa xét', () => {
    const r = eligibility([join(DIR, 'danh-sach.json')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { award: string; verdict: string }[];
    expect(out.map((x) => [x.award, x.verdict])).toEqual([
      ['chien-si-thi-dua-bo-nganh-tinh', 'not-eligible'],
      ['tap-the-lao-dong-xuat-sac', 'eligible'],
      ['chien-si-thi-dua-co-so', 'needs-info'],
      ['bang-khen-thu-tuong', 'deferred'],
    ]);
    golden('danh-sach.stdout.json', r.stdout);
  });
});

describe('Lệnh xét điều kiện: hồ sơ sai thì mã thoát 2, không in gì ra đầu ra chuẩn', () => {
  const cases: [string, string, RegExp][] = [
    ['loi-so-thang.json', 'số tháng công tác 13 ở hồ sơ thứ hai', /Hồ sơ #1, trường history\[0\]\.monthsWorked: phải là số tháng từ 0 đến 12; đang là 13/],
    ['loi-nhieu-truong.json', 'nhiều lỗi cùng lúc: năm trước 1945, trường lạ, ngày không có thật, sai kiểu', /Hồ sơ #0, trường hoTen: trường không có trong định dạng hồ sơ/],
    ['khong-phai-json.json', 'tệp không phải JSON', /không phải JSON hợp lệ/],
    ['ma-khong-co.json', 'mã danh hiệu không có trong danh mục', /Hồ sơ #1, trường award: mã "bang-khen-thu-tuong-chinh-phu" không có trong danh mục/],
    ['trung-sang-kien.json', 'hai sáng kiến trùng nhãn', /Hồ sơ #0, trường initiatives\[1\]\.id: nhãn "sk-1" đã dùng ở initiatives\[0\]/],
  ];
  for (const [file, what, line] of cases) {
    it(`${what}: thông báo nêu hồ sơ, trường và giá trị mong đợi`, () => {
      const r = eligibility([join(DIR, file)]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(line);
      noStackTrace(r.stderr);
      golden(file.replace(/\.json$/, '.stderr.txt'), r.stderr);
    });
  }

  it('hồ sơ sai đọc từ đầu vào chuẩn cũng bị từ chối như vậy', () => {
    const r = eligibility(['-'], '{"award":"lao-dong-tien-tien","year":2025,"history":[{"year":2025,"monthsWorked":13}]}');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Hồ sơ #0, trường history[0].monthsWorked');
  });

  it('tệp không tồn tại hoặc thiếu tham số: mã thoát 2 kèm cách dùng, không có vết ngăn xếp', () => {
    const missing = eligibility([join(DIR, 'khong-co-tep-nay.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('Không tìm thấy tệp');
    const none = eligibility([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Cách dùng: npm run --silent eligibility -- HỒ_SƠ.json');
    noStackTrace(missing.stderr + none.stderr);
  });
});
