/**
 * npm run check:content — checks every content file before Astro builds (src/lib/content-check.ts):
 * YAML syntax, schemas, outlines, relations, agencies and tasks, the award registry and its
 * citations. Each problem on one line, in Vietnamese: file:line: field, what is wrong, the bad
 * value and the fix. Exit 1 when there is any problem (no stack trace), 0 otherwise.
 * `npm run build` runs it first. Reads $CONTENT_DIR when set, like the build.
 */
import { resolve } from 'node:path';
import { checkContent, formatProblem, shownDir } from '../src/lib/content-check';
import { contentDir } from '../src/lib/content-dir';

try {
  const dir = resolve(contentDir);
  const problems = checkContent(dir);
  if (problems.length) {
    process.stderr.write(`Nội dung có ${problems.length} lỗi (thư mục ${shownDir(dir)}); sửa rồi chạy lại npm run check:content:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`Nội dung hợp lệ (thư mục ${shownDir(dir)}).\n`);
  }
} catch (e) {
  process.stderr.write(`Không kiểm tra được nội dung: ${(e as Error)?.message ?? String(e)}\n`);
  process.exitCode = 1;
}
