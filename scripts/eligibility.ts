/**
 * npm run --silent eligibility -- PROFILE.json   (one profile or a JSON array of profiles)
 * npm run --silent eligibility -- -              (the same, from standard input)
 *
 * Contract: docs/eligibility-cli.md. JSON results on stdout and exit 0 when every
 * profile got a verdict; exit 2 with Vietnamese messages on stderr (profile index, field path,
 * what is expected) and nothing on stdout when the input is bad. Never a stack trace.
 *
 * The registry is read from content/khen-thuong/*.yaml (or $CONTENT_DIR/khen-thuong when that
 * folder exists) and validated with src/schemas/award.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { formatIssue, loadRegistry, RegistryError, run, type Registry } from '../src/lib/eligibility/validate';

const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 1;
const USAGE = 'Cách dùng: npm run --silent eligibility -- HỒ_SƠ.json   (hoặc "-" để đọc từ đầu vào chuẩn)';

class BadInput extends Error {}

/** The folder of the award registry. */
function registryDir(): string {
  const own = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'khen-thuong');
  const fromEnv = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR, 'khen-thuong') : null;
  return fromEnv && existsSync(fromEnv) ? fromEnv : own;
}

/** Reads and validates the registry from YAML files. */
function readRegistry(dir = registryDir()): Registry {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  return loadRegistry(
    files.map((f) => {
      const file = join(dir, f);
      try {
        return { file: `content/khen-thuong/${f}`, data: parseYaml(readFileSync(file, 'utf8')) };
      } catch (e) {
        throw new RegistryError(`content/khen-thuong/${f}: không đọc được YAML: ${(e as Error).message.split('\n')[0]}`);
      }
    }),
  );
}

function readInput(arg: string): string {
  if (arg === '-') {
    try {
      return readFileSync(0, 'utf8');
    } catch {
      throw new BadInput('Không đọc được đầu vào chuẩn.');
    }
  }
  if (!existsSync(arg)) throw new BadInput(`Không tìm thấy tệp "${arg}".`);
  try {
    return readFileSync(arg, 'utf8');
  } catch (e) {
    throw new BadInput(`Không đọc được tệp "${arg}": ${(e as NodeJS.ErrnoException).code ?? 'lỗi đọc tệp'}.`);
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BadInput(`${source} không phải JSON hợp lệ: ${(e as Error).message}. Sửa: một đối tượng hồ sơ { "award": …, "year": … } hoặc một mảng các hồ sơ.`);
  }
}

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== '--');
  if (args.length !== 1) throw new BadInput(args.length ? `Chỉ nhận một tệp hồ sơ; đang có ${args.length} tham số.\n${USAGE}` : `Thiếu tệp hồ sơ.\n${USAGE}`);
  const source = args[0] === '-' ? 'Đầu vào chuẩn' : `Tệp "${args[0]}"`;
  const input = parseJson(readInput(args[0]).replace(/^\uFEFF/, ''), source);
  const out = run(input, readRegistry());
  if (!out.ok) {
    process.stderr.write(`Hồ sơ không hợp lệ (${out.issues.length} lỗi):\n${out.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  process.stdout.write(`${JSON.stringify(out.single ? out.results[0] : out.results, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof BadInput) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  } else if (e instanceof RegistryError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = EXIT_INTERNAL;
  } else {
    process.stderr.write(`Lỗi nội bộ của công cụ xét điều kiện: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = EXIT_INTERNAL;
  }
}
