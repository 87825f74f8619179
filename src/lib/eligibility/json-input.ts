/**
 * A strict reader for the eligibility command's JSON input. `JSON.parse` keeps the last of two
 * equal keys silently (a pending investigation written `true` then `false` would become "not
 * pending"), accepts any size of string or list, and says where a mistake is only in English. This
 * reader refuses duplicate keys, caps strings, lists and nesting so that a huge or hostile input
 * is refused at once instead of reaching the engine, and reports every problem with its line, its
 * column and the path of the field, in Vietnamese.
 *
 * Plain TypeScript, no Node imports.
 */

/** Limits a profile stays far within; anything larger is a mistake or an attack, refused at read time. */
export interface JsonLimits {
  /** Longest string, in characters (ids, labels, "AWARD:YEAR" are a few dozen). */
  maxStringLength: number;
  /** Most items in one list inside a profile. */
  maxItems: number;
  /** Most profiles in a top-level list read whole (checking them all must stay well under a second). */
  maxProfiles: number;
  /** Deepest nesting of objects and lists (a profile needs 4). */
  maxDepth: number;
}

const PROFILE_LIMITS: JsonLimits = { maxStringLength: 1000, maxItems: 1000, maxProfiles: 10_000, maxDepth: 16 };

/** Characters of a bad value a message may echo. */
const EXCERPT_CHARS = 40;

/** A short excerpt of a value for a message: never the whole of a long value. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length.toLocaleString('vi-VN')} ký tự)`;
}

type JsonPath = (string | number)[];

/** A problem in the input text: where it is (line and column from 1, field path) and what to do. */
export class JsonInputError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly path: JsonPath,
    /** A mistake of JSON syntax (rather than a duplicate key or a size beyond the limits). */
    readonly syntax = true,
  ) {
    super(message);
  }
}

/** Line and column (from 1) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describeChar(text: string, at: number): string {
  if (at >= text.length) return 'hết văn bản';
  const c = text.codePointAt(at)!;
  if (c < 0x20 || c === 0x7f) return `ký tự điều khiển U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${String.fromCodePoint(c)}"`;
}

/**
 * Parses JSON text strictly. Throws a JsonInputError at the first problem: a syntax error, a
 * duplicate key, a string, a list or a nesting beyond the limits.
 */
export function parseStrictJson(text: string, limits: JsonLimits = PROFILE_LIMITS): unknown {
  let pos = 0;
  const path: JsonPath = [];

  const fail = (message: string, at = pos, syntax = true): never => {
    const { line, column } = lineColumn(text, at);
    throw new JsonInputError(message, line, column, [...path], syntax);
  };
  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else return;
    }
  };
  const expected = (what: string) => fail(`cần ${what}, gặp ${describeChar(text, pos)}`);

  const readString = (): string => {
    const start = pos; // at the opening quote
    let i = pos + 1;
    let escaped = false;
    for (;;) {
      if (i >= text.length) fail('chuỗi chưa có dấu " đóng', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 0x20) fail(`${describeChar(text, i)} trong chuỗi; viết xuống dòng là \\n, tab là \\t`, i);
      i++;
    }
    const raw = text.slice(start, i + 1);
    let value: string;
    if (!escaped) value = raw.slice(1, -1);
    else {
      try {
        value = JSON.parse(raw) as string;
      } catch {
        return fail('chuỗi có ký tự thoát (\\) không hợp lệ; các dạng được phép: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX', start);
      }
    }
    if (value.length > limits.maxStringLength) {
      fail(`chuỗi quá dài (${excerpt(value)}); mỗi giá trị tối đa ${limits.maxStringLength.toLocaleString('vi-VN')} ký tự: đây không phải một mã hay một nhãn, kiểm tra lại dữ liệu`, start, false);
    }
    pos = i + 1;
    return value;
  };

  const readValue = (depth: number): unknown => {
    skipSpace();
    const c = text.charCodeAt(pos);
    if (c === 0x22) return readString();
    if (c === 0x7b || c === 0x5b) {
      if (depth >= limits.maxDepth) fail(`lồng quá sâu (quá ${limits.maxDepth} cấp đối tượng, danh sách); hồ sơ chỉ cần vài cấp`, pos, false);
      return c === 0x7b ? readObject(depth + 1) : readArray(depth + 1);
    }
    if (c === 0x74 && text.startsWith('true', pos)) return (pos += 4), true;
    if (c === 0x66 && text.startsWith('false', pos)) return (pos += 5), false;
    if (c === 0x6e && text.startsWith('null', pos)) return (pos += 4), null;
    NUMBER_RE.lastIndex = pos;
    const m = NUMBER_RE.exec(text);
    if (m) {
      pos += m[0].length;
      return Number(m[0]);
    }
    return expected('một giá trị JSON (chuỗi "…", số, true, false, null, { … } hoặc [ … ])');
  };

  const readObject = (depth: number): Record<string, unknown> => {
    const obj: Record<string, unknown> = {};
    const firstAt = new Map<string, number>();
    pos++; // {
    skipSpace();
    if (text.charCodeAt(pos) === 0x7d) return pos++, obj;
    for (;;) {
      skipSpace();
      if (text.charCodeAt(pos) !== 0x22) expected('tên trường trong ngoặc kép, ví dụ "award"');
      const keyAt = pos;
      const key = readString();
      path.push(key);
      if (firstAt.has(key)) {
        const first = lineColumn(text, firstAt.get(key)!);
        const where = first.line === lineColumn(text, keyAt).line ? `cột ${first.column}` : `dòng ${first.line}`;
        fail(`trường "${excerpt(key)}" ghi hai lần trong cùng một đối tượng (lần đầu ở ${where}); JSON chỉ giữ một giá trị nên không rõ giá trị nào đúng: xóa một trong hai`, keyAt, false);
      }
      firstAt.set(key, keyAt);
      skipSpace();
      if (text.charCodeAt(pos) !== 0x3a) expected(`dấu ":" sau tên trường "${excerpt(key)}"`);
      pos++;
      const value = readValue(depth);
      // A key "__proto__" must stay a plain field, as JSON.parse keeps it.
      if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      else obj[key] = value;
      if (closedAfterItem(0x7d, '}')) return obj;
    }
  };

  /** After an item of an object or array: true at its closing bracket, false after a comma. */
  const closedAfterItem = (close: number, closeChar: string): boolean => {
    path.pop();
    skipSpace();
    const c = text.charCodeAt(pos);
    pos++;
    if (c === 0x2c) return false;
    if (c === close) return true;
    pos--;
    return expected(`dấu "," hoặc "${closeChar}"`);
  };

  const readArray = (depth: number): unknown[] => {
    const arr: unknown[] = [];
    pos++; // [
    skipSpace();
    if (text.charCodeAt(pos) === 0x5d) return pos++, arr;
    for (;;) {
      if (depth > 1 && arr.length >= limits.maxItems) {
        fail(`danh sách quá dài (hơn ${limits.maxItems.toLocaleString('vi-VN')} mục); một hồ sơ không cần nhiều mục như vậy, kiểm tra lại dữ liệu`, pos, false);
      }
      if (depth === 1 && arr.length >= limits.maxProfiles) {
        fail(`danh sách có hơn ${limits.maxProfiles.toLocaleString('vi-VN')} hồ sơ; với danh sách dài, ghi mỗi hồ sơ một dòng và dùng --jsonl (kết quả từng dòng, bộ nhớ không đổi)`, pos, false);
      }
      path.push(arr.length);
      arr.push(readValue(depth));
      if (closedAfterItem(0x5d, ']')) return arr;
    }
  };

  skipSpace();
  if (pos >= text.length) fail('không có nội dung; cần một hồ sơ { "award": …, "year": … } hoặc một danh sách [ … ] các hồ sơ');
  const value = readValue(0);
  skipSpace();
  if (pos < text.length) fail(`còn nội dung sau khi JSON đã kết thúc (${describeChar(text, pos)}); mỗi tệp chỉ chứa một hồ sơ hoặc một danh sách hồ sơ`);
  return value;
}

/** Where the first invalid UTF-8 sequence starts (byte offset), or -1 when the bytes are valid. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const n = bytes[i + k];
      if (n === undefined || (n & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (n & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 bytes, refusing invalid sequences (a lenient decoder would turn them into U+FFFD
 * and the engine would echo a name nobody wrote). A byte-order mark at the start is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) [line, lineStart] = [line + 1, i + 1];
    const hex = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    throw new JsonInputError(
      `không phải văn bản UTF-8 hợp lệ: byte thứ ${at} (dòng ${line}) bắt đầu một chuỗi byte sai (${hex}); lưu lại tệp với bảng mã UTF-8`,
      line,
      at - lineStart + 1,
      [],
      false,
    );
  }
}
