/**
 * The scripts' flags (scripts/lib/args.ts, node:util parseArgs): a mistyped or incomplete flag
 * stops the script with a Vietnamese message and the usage line, exit code 2, no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], { encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('Tham số dòng lệnh của các script', () => {
  it('tham số gõ sai bị từ chối bằng tiếng Việt kèm cách dùng, mã thoát 2, không có dấu vết ngăn xếp', () => {
    const r = run('generate-corpus.ts', '--scal', '3', '--out', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lỗi: không có tham số --scal.');
    expect(r.stderr).toContain('Cách dùng: npx tsx scripts/generate-corpus.ts --scale 10 --out');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('tham số thiếu giá trị được nêu tên', () => {
    const r = run('bench.ts', '--sizes');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lỗi: tham số --sizes thiếu giá trị');
  });

  it('giá trị sai của ảnh chụp trang được nêu cùng các giá trị hợp lệ, trước khi mở trình duyệt', () => {
    const r = run('screenshot.ts', '--out', 'x.png', '--scheme', 'blue');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--scheme "blue" phải là light hoặc dark');
  });
});
