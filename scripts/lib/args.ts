/**
 * Command-line flags of the scripts, read with `node:util` parseArgs (strict: an unknown flag or a
 * flag without its value is an error). A mistake prints a Vietnamese message and the usage line,
 * then exits with code 2, without a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Vietnamese text for parseArgs' error codes; `name` is the flag or argument named in the error. */
const MESSAGES: Record<string, (name: string) => string> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: (name) => `không có tham số ${name}`,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: (name) => `tham số ${name} thiếu giá trị hoặc giá trị sai kiểu`,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: (name) => `không nhận đối số "${name}"`,
};

export function readFlags<O extends Options>(options: O, usage: string, args = process.argv.slice(2), allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const name = /'([^' ]+)/.exec(e.message ?? '')?.[1] ?? '';
    const what = MESSAGES[e.code ?? '']?.(name) ?? e.message;
    console.error(`Lỗi: ${what}.\nCách dùng: ${usage}`);
    process.exit(2);
  }
}
