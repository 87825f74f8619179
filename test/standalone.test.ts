/**
 * The repository stands alone: a plain clone builds and tests with nothing beside it. No tracked
 * file outside `sources/` may read the team's shared folder or name a path of one machine; the
 * sources the tests read are inside the repository. (.ci/run also runs the transcription check
 * from a fresh clone in a folder with nothing beside it.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS } from './helpers/site';

const ROOT = resolve(import.meta.dirname, '..');
// Written in pieces so that this file does not match its own search.
const FORBIDDEN = ['..' + '/common', '/' + 'work/', '/' + 'home/', '/' + 'root/'];

describe('Kho mã đứng riêng được, không cần thư mục nào bên cạnh', () => {
  it('không tệp nào (ngoài sources/) đọc thư mục dùng chung hay nêu đường dẫn của một máy', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !f.startsWith('sources/') && f !== 'package-lock.json');
    const offenders: string[] = [];
    for (const pattern of FORBIDDEN) {
      let out = '';
      try {
        out = execFileSync('git', ['grep', '-n', '-F', pattern, '--', ...files], { cwd: ROOT, encoding: 'utf8' });
      } catch {
        continue; // git grep exits 1 when nothing matches
      }
      offenders.push(...out.trim().split('\n'));
    }
    expect(offenders).toEqual([]);
  });

  it('các văn bản nguồn mà phép kiểm tra chép lại đọc nằm trong kho mã (sources/seeds/)', () => {
    expect(relative(ROOT, SEEDS)).toBe('sources/seeds');
    expect(readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))).toHaveLength(5);
    expect(existsSync(resolve(ROOT, 'docs/eligibility-cli.md'))).toBe(true);
  });
});
