/**
 * npm run --silent eligibility -- PROFILE.json           (one profile or a JSON array of profiles)
 * npm run --silent eligibility -- -                      (the same, from standard input)
 * npm run --silent eligibility -- --jsonl LIST.jsonl     (one profile per line in, one result per line out)
 *
 * Contract: docs/eligibility-cli.md. JSON results on stdout and exit 0 when every profile got a
 * verdict; exit 2 with Vietnamese messages on stderr (profile or line, field path, what is
 * expected) when the input is bad: nothing on stdout then, except in --jsonl mode, where the good
 * lines' results are still printed. Exit 1 when the registry itself is broken. Never a stack trace.
 *
 * The input is read strictly (src/lib/eligibility/json-input.ts): valid UTF-8, no duplicate key,
 * bounded sizes. The registry is read from content/khen-thuong/*.yaml (or $CONTENT_DIR/khen-thuong)
 * and every citation it makes must exist on the site.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluate, fromContract, type Registry } from '../src/lib/eligibility';
import { formatIssue, RegistryError, validateProfiles } from '../src/lib/eligibility/validate';
import { decodeUtf8, JsonInputError, parseStrictJson } from '../src/lib/eligibility/json-input';
import { formatPath } from '../src/lib/issue-words';
import { readCheckedRegistry } from '../src/lib/registry-files';

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_BAD_INPUT = 2;

/** Largest input read whole (a JSON file or array of up to 10,000 profiles); a longer list goes through --jsonl. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
/** Problems listed for an input read whole; past this the command stops checking (fast refusal). */
const MAX_ISSUES = 100;
/** Problems listed for one line of a --jsonl list. */
const MAX_LINE_ISSUES = 20;
/** Longest line of a --jsonl list (a profile is a few kilobytes). */
const MAX_LINE_BYTES = 1024 * 1024;

const USAGE = [
  'Cách dùng: npm run --silent eligibility -- HỒ_SƠ.json   (hoặc "-" để đọc từ đầu vào chuẩn)',
  '           npm run --silent eligibility -- --jsonl DANH_SÁCH.jsonl   (mỗi dòng một hồ sơ; "-" cho đầu vào chuẩn)',
].join('\n');

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

class BadInput extends Error {}

/** Where the command writes; `write` may return a promise to apply back-pressure. */
export interface Sink {
  write(text: string): void | Promise<void>;
}
export interface CommandIo {
  /** Standard input, read only when the argument is "-". */
  stdin: AsyncIterable<Uint8Array>;
  stdout: Sink;
  stderr: Sink;
}

/** "Tệp "x.json" (dòng 3, cột 14, hồ sơ #1, trường pending.investigation): …" */
function describeJsonError(e: JsonInputError, source: string, isList: boolean): string {
  const [first, ...rest] = e.path;
  let field = '';
  if (isList && typeof first === 'number') field = rest.length ? `hồ sơ #${first}, trường ${formatPath(rest)}` : `hồ sơ #${first}`;
  else if (e.path.length) field = `trường ${formatPath(e.path)}`;
  const at = [`dòng ${e.line}, cột ${e.column}`, field].filter(Boolean).join(', ');
  return e.syntax ? `${source} không phải JSON hợp lệ (${at}): ${e.message}.` : `${source} (${at}): ${e.message}.`;
}

/** Reads a whole input (a file or standard input), refusing more than MAX_INPUT_BYTES. */
async function readWhole(arg: string, stdin: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const tooBig = (size: string) =>
    new BadInput(`${arg === '-' ? 'Đầu vào chuẩn' : `Tệp "${arg}"`} quá lớn (${size}; tối đa ${mib(MAX_INPUT_BYTES)} khi đọc cả tệp). Với danh sách dài, ghi mỗi hồ sơ một dòng và dùng --jsonl.`);
  if (arg === '-') {
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of stdin) {
        size += chunk.length;
        if (size > MAX_INPUT_BYTES) throw tooBig(`hơn ${mib(MAX_INPUT_BYTES)}`);
        chunks.push(chunk);
      }
    } catch (e) {
      if (e instanceof BadInput) throw e;
      throw new BadInput('Không đọc được đầu vào chuẩn.');
    }
    return Buffer.concat(chunks);
  }
  if (!existsSync(arg)) throw new BadInput(`Không tìm thấy tệp "${arg}".`);
  try {
    const stat = statSync(arg);
    if (!stat.isFile()) throw new BadInput(`"${arg}" không phải một tệp.`);
    if (stat.size > MAX_INPUT_BYTES) throw tooBig(mib(stat.size));
    return readFileSync(arg);
  } catch (e) {
    if (e instanceof BadInput) throw e;
    throw new BadInput(`Không đọc được tệp "${arg}": ${(e as NodeJS.ErrnoException).code ?? 'lỗi đọc tệp'}.`);
  }
}

/** Decodes and parses a whole input; errors name the source, line, column and field. */
function parseInput(bytes: Uint8Array, source: string): unknown {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (e) {
    if (e instanceof JsonInputError) throw new BadInput(`${source}: ${e.message}.`);
    throw e;
  }
  try {
    return parseStrictJson(text);
  } catch (e) {
    if (e instanceof JsonInputError) {
      const fix = e.syntax ? '\nSửa: một đối tượng hồ sơ { "award": …, "year": … } hoặc một mảng các hồ sơ, đúng cú pháp JSON.' : '';
      throw new BadInput(`${describeJsonError(e, source, text.trimStart().startsWith('['))}${fix}`);
    }
    throw e;
  }
}

/** One profile, or an array of them, read whole: pretty JSON out, nothing out if any profile is bad. */
async function checkWhole(arg: string, registry: () => Registry, io: CommandIo): Promise<number> {
  const source = arg === '-' ? 'Đầu vào chuẩn' : `Tệp "${arg}"`;
  const input = parseInput(await readWhole(arg, io.stdin), source);
  const reg = registry();
  const v = validateProfiles(input, reg, MAX_ISSUES + 1);
  if (!v.ok) {
    const shown = v.issues.slice(0, MAX_ISSUES);
    const more = v.issues.length > MAX_ISSUES ? `\n  … và còn lỗi khác: sửa các lỗi trên rồi chạy lại.` : '';
    await io.stderr.write(`Hồ sơ không hợp lệ (${more ? `hơn ${MAX_ISSUES}` : v.issues.length} lỗi):\n${shown.map((i) => `  ${formatIssue(i)}`).join('\n')}${more}\n`);
    return EXIT_BAD_INPUT;
  }
  if (!Array.isArray(input)) {
    await io.stdout.write(`${JSON.stringify(evaluate(fromContract(v.profiles[0]), reg), null, 2)}\n`);
    return EXIT_OK;
  }
  // The array is written one result at a time, byte for byte as JSON.stringify(results, null, 2)
  // would, so neither the results nor their text are all held in memory at once.
  for (const [i, profile] of v.profiles.entries()) {
    const item = `  ${JSON.stringify(evaluate(fromContract(profile), reg), null, 2).replace(/\n/g, '\n  ')}`;
    await io.stdout.write(`${i ? ',\n' : '[\n'}${item}`);
  }
  await io.stdout.write('\n]\n');
  return EXIT_OK;
}

/** Lines of a byte stream (numbered from 1, "\r\n" or "\n"); a line longer than `max` bytes comes as null, unread. */
async function* byteLines(source: AsyncIterable<Uint8Array>, max = MAX_LINE_BYTES): AsyncGenerator<{ n: number; bytes: Uint8Array | null }> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  let n = 0;
  const take = (): { n: number; bytes: Uint8Array | null } => {
    n++;
    let bytes: Uint8Array | null = overflow ? null : parts.length === 1 ? parts[0] : Buffer.concat(parts);
    if (bytes && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    [parts, size, overflow] = [[], 0, false];
    return { n, bytes };
  };
  for await (const chunk of source) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      if (!overflow && size + nl - start <= max + 1) parts.push(chunk.subarray(start, nl));
      else overflow = true;
      yield take();
      start = nl + 1;
    }
    if (start < chunk.length && !overflow) {
      size += chunk.length - start;
      if (size > max + 1) [overflow, parts] = [true, []];
      else parts.push(chunk.subarray(start));
    }
  }
  if (parts.length || overflow) yield take();
}

/**
 * A list, one profile per line: each good line's result goes out at once as one line of JSON
 * with its line number ({"line": 7, "award": …}), each bad line is reported on stderr with its
 * number. Memory stays constant whatever the length of the list. Exit 0, or 2 if any line was
 * refused (the other results are printed all the same), or 1 if the engine failed on a line.
 */
async function checkLines(arg: string, registry: Registry, io: CommandIo): Promise<number> {
  let source: AsyncIterable<Uint8Array> = io.stdin;
  if (arg !== '-') {
    if (!existsSync(arg)) throw new BadInput(`Không tìm thấy tệp "${arg}".`);
    if (!statSync(arg).isFile()) throw new BadInput(`"${arg}" không phải một tệp.`);
    source = createReadStream(arg, { highWaterMark: 256 * 1024 });
  }
  let refused = 0;
  let failed = 0;
  let checked = 0;
  const bad = (n: number, text: string) => io.stderr.write(`Dòng ${n}${text}\n`);
  for await (const { n, bytes } of byteLines(source)) {
    if (bytes === null) {
      refused++;
      await bad(n, `: dòng quá dài (hơn ${mib(MAX_LINE_BYTES)}); mỗi dòng chỉ chứa một hồ sơ, kiểm tra lại dữ liệu.`);
      continue;
    }
    let value: unknown;
    try {
      const text = decodeUtf8(bytes);
      if (!text.trim()) continue; // blank lines separate nothing and are skipped
      value = parseStrictJson(text);
    } catch (e) {
      if (!(e instanceof JsonInputError)) throw e;
      refused++;
      const field = e.path.length ? `, trường ${formatPath(e.path)}` : '';
      await bad(n, `, cột ${e.column}${field}: ${e.message}.`);
      continue;
    }
    if (Array.isArray(value)) {
      refused++;
      await bad(n, ': mỗi dòng là một hồ sơ { "award": …, "year": … }, không phải một danh sách; tách mỗi hồ sơ ra một dòng.');
      continue;
    }
    const v = validateProfiles(value, registry, MAX_LINE_ISSUES + 1);
    if (!v.ok) {
      refused++;
      for (const i of v.issues.slice(0, MAX_LINE_ISSUES)) await bad(n, `${i.path ? `, trường ${i.path}` : ''}: ${i.message}`);
      if (v.issues.length > MAX_LINE_ISSUES) await bad(n, `: … và còn lỗi khác trong dòng này.`);
      continue;
    }
    let result: string;
    try {
      result = JSON.stringify({ line: n, ...evaluate(fromContract(v.profiles[0]), registry) });
    } catch (e) {
      failed++;
      await bad(n, `: lỗi nội bộ của công cụ xét điều kiện (${(e as Error)?.message ?? String(e)}); hồ sơ này chưa có kết quả.`);
      continue;
    }
    await io.stdout.write(`${result}\n`);
    checked++;
  }
  if (!checked && !refused && !failed) {
    await io.stderr.write(`${arg === '-' ? 'Đầu vào chuẩn' : `Tệp "${arg}"`} không có hồ sơ nào: cần mỗi dòng một hồ sơ JSON.\n`);
    return EXIT_BAD_INPUT;
  }
  if (refused || failed) await io.stderr.write(`Đã xét ${checked} hồ sơ; ${refused ? `${refused} dòng bị từ chối` : ''}${refused && failed ? ', ' : ''}${failed ? `${failed} dòng lỗi nội bộ` : ''}.\n`);
  return failed ? EXIT_INTERNAL : refused ? EXIT_BAD_INPUT : EXIT_OK;
}

function parseCommandLine(argv: string[]): { jsonl: boolean; arg: string } | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    const unknown = /'([^']+)'/.exec((e as Error).message)?.[1];
    throw new BadInput(`${unknown ? `Không có tùy chọn "${unknown}"` : 'Tham số không hợp lệ'}.\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1) {
    throw new BadInput(positionals.length ? `Chỉ nhận một tệp hồ sơ; đang có ${positionals.length} tham số.\n${USAGE}` : `Thiếu tệp hồ sơ.\n${USAGE}`);
  }
  return { jsonl: !!values.jsonl, arg: positionals[0] };
}

/** The command: parses the arguments, checks the input, writes the results; returns the exit code. */
export async function eligibilityCommand(argv: string[], io: CommandIo, registry: () => Registry = readCheckedRegistry): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if ('help' in command) {
      await io.stdout.write(`${USAGE}\nĐặc tả: docs/eligibility-cli.md; giải thích: docs/eligibility.md.\n`);
      return EXIT_OK;
    }
    return command.jsonl ? await checkLines(command.arg, registry(), io) : await checkWhole(command.arg, registry, io);
  } catch (e) {
    if (e instanceof BadInput) {
      await io.stderr.write(`${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (e instanceof RegistryError) {
      await io.stderr.write(`${e.message}\n`);
      return EXIT_INTERNAL;
    }
    await io.stderr.write(`Lỗi nội bộ của công cụ xét điều kiện: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT_INTERNAL;
  }
}

/** Runs the command in-process on a string or bytes as standard input (tests); output is collected. */
export async function runEligibility(argv: string[], stdin: string | Uint8Array = '', registry?: () => Registry): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const bytes = typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin;
  const io: CommandIo = {
    stdin: (async function* () {
      if (bytes.length) yield bytes;
    })(),
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t) },
  };
  const code = await eligibilityCommand(argv, io, registry);
  return { code, stdout, stderr };
}

/** A sink on a Node stream that waits when the stream's buffer is full (constant memory on long lists). */
function streamSink(stream: NodeJS.WriteStream): Sink {
  return {
    write: (text) => (stream.write(text) ? undefined : new Promise<void>((done) => stream.once('drain', () => done()))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); // the reader stopped listening (| head)
  });
  process.exitCode = await eligibilityCommand(process.argv.slice(2), { stdin: process.stdin, stdout: streamSink(process.stdout), stderr: streamSink(process.stderr) });
}
