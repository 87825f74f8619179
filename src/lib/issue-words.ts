/**
 * The words the two validators share when they turn a schema's issue into a Vietnamese message:
 * the content check (YAML files, src/lib/content-check.ts) and the profile validation (the
 * command's JSON, src/lib/eligibility/profile.ts; the registry loader uses the field path too).
 * Each names values the way its own format writes them (a YAML list, a JSON array).
 */
import { excerpt } from './eligibility/json-input';

export type Format = 'yaml' | 'json';

/** The type a schema expected ("phải là …"), by Zod's name for it; a pair where the formats word it differently. */
const EXPECTED: Record<string, string | Record<Format, string>> = {
  string: 'một chuỗi',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: { yaml: 'một danh sách (- …)', json: 'một danh sách (mảng)' },
  object: { yaml: 'một nhóm trường (khóa: giá trị)', json: 'một đối tượng { … }' },
  date: 'một ngày',
  null: 'null',
};

/** "một danh sách (mảng)" for Zod's `array`; Zod's own name for a type the table does not word. */
export function expectedWords(expected: string, format: Format): string {
  const words = EXPECTED[expected];
  if (words === undefined) return expected;
  return typeof words === 'string' ? words : words[format];
}

/** What a value is, briefly, after "đang là": "một danh sách", "\"abc\"", "13". */
export function valueWords(v: unknown, format: Format): string {
  if (v === null) return 'null';
  // An unquoted 2014-10-14 in YAML is a date, not the string the schema wants.
  if (v instanceof Date) return `một ngày không có ngoặc kép (${v.toISOString().slice(0, 10)}); ngày phải ghi trong ngoặc kép, ví dụ "2014-10-14"`;
  if (Array.isArray(v)) return 'một danh sách';
  if (typeof v === 'object') return format === 'yaml' ? 'một nhóm trường' : 'một đối tượng';
  return typeof v === 'string' ? `"${excerpt(v)}"` : String(v);
}

/** The value at a field path of parsed data; undefined when the path leaves it. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** A field path the way the docs write fields: history[1].monthsWorked. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('');
}
