/**
 * `npm run check:content`: every content file checked before Astro runs, each problem reported in
 * Vietnamese as `FILE:LINE: trường FIELD: what is wrong; đang là VALUE. Sửa: …`, with no stack
 * trace. Astro's own messages for the same mistakes come in English, without the bad value, with
 * lines counted from the end of the frontmatter, under a stack trace into node_modules.
 *
 * What is checked, reusing the build's own checks rather than writing them twice:
 * - YAML syntax (frontmatter of content/van-ban/*.mdx, every .yaml file);
 * - each collection's schema (src/schemas/), with a Vietnamese error map passed per parse;
 * - document outlines (<Khoan>… ids: malformed, repeated, unclosed; src/lib/outline.ts), with lines
 *   counted from the start of the file;
 * - relations between documents (src/lib/relations.ts), agencies and tasks
 *   (src/lib/responsibilities/integrity.ts), the award registry's cross-references (loadRegistry) and its
 *   citations (placeProblems of src/lib/awards/places.ts, as the award pages and the command check them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { documentSchema } from '../schemas/document';
import { termSchema } from '../schemas/glossary';
import { agencySchema } from '../schemas/agency';
import { taskFileSchema } from '../schemas/task';
import { awardSchema } from '../schemas/award';
import { extractOutline, OutlineError } from './outline';
import { unresolvedRelations, type RelDoc } from './relations';
import { integrityProblems } from './responsibilities/integrity';
import { type DocInfo, type TaskFile } from './responsibilities/tasks';
import type { Agency } from './agencies';
import { loadRegistry, RegistryError } from './eligibility/validate';
import { placeProblems } from './awards/places';
import { excerpt } from './eligibility/json-input';
import { expectedWords, formatPath, valueAt, valueWords } from './issue-words';
import { bodyWithFileLines, FRONTMATTER_RE } from './frontmatter';

/** One problem: where (file as `content/…`, line from 1 or null) and the message (field, value, fix). */
export interface ContentProblem {
  file: string;
  line: number | null;
  message: string;
}

export const formatProblem = (p: ContentProblem) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;

/** One parsed content file. */
interface Source {
  /** Path shown in messages, "content/van-ban/x.mdx" whatever the content folder is. */
  file: string;
  text: string;
  /** The YAML (frontmatter or whole file), or null when there is none. */
  yaml: Document | null;
  lines: LineCounter;
  /** Lines before the YAML in the file (1 for the "---" of a frontmatter). */
  offset: number;
  /** For MDX: the body with the frontmatter replaced by blank lines, so line numbers stay the file's. */
  body?: string;
}

/**
 * The Vietnamese error map, passed to each parse (`safeParse(data, { error })`): it only words the
 * issues a schema has no message of its own for, so the schemas' Vietnamese messages stay.
 */
const viErrorMap = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'trường bắt buộc bị thiếu' : `phải là ${expectedWords(issue.expected, 'yaml')}`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? `phải có ít nhất ${issue.minimum} ký tự` : issue.origin === 'array' ? `phải có ít nhất ${issue.minimum} mục` : `phải từ ${issue.minimum} trở lên`;
    case 'too_big':
      return issue.origin === 'string' ? `dài quá ${issue.maximum} ký tự` : issue.origin === 'array' ? `nhiều quá ${issue.maximum} mục` : `phải không quá ${issue.maximum}`;
    case 'invalid_format':
      return `không đúng định dạng${issue.format === 'regex' && 'pattern' in issue ? ` (mẫu ${String(issue.pattern)})` : ''}`;
    case 'unrecognized_keys':
      return `trường không có trong lược đồ: ${issue.keys.join(', ')}`;
    case 'invalid_union': {
      // A union of "a value" and "{ value, inferred }": the branch that got past the type check says what is wrong.
      const inner = (issue.errors ?? []).flat().find((i) => i.code !== 'invalid_type' && i.code !== 'unrecognized_keys');
      return inner?.message ?? 'không khớp dạng nào được phép';
    }
    default:
      return 'giá trị không hợp lệ';
  }
};

const FIX: Record<string, string> = {
  missing: 'thêm trường này',
  invalid_type: 'sửa kiểu giá trị như trên',
  invalid_value: 'dùng một trong các giá trị trên',
  unrecognized_keys: 'xóa trường này hoặc sửa tên cho đúng',
};

/** Lists files under a folder with the given extensions, recursively, sorted. */
function listFiles(dir: string, exts: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }).map(String);
  } catch {
    return [];
  }
  return names.filter((n) => exts.test(n) && statSync(join(dir, n)).isFile()).sort();
}

/** The line (from 1) of a YAML path: the key of the deepest field that exists. */
function lineOf(src: Source, path: readonly PropertyKey[]): number | null {
  if (!src.yaml) return null;
  let node: unknown = src.yaml.contents;
  let offset: number | null = (node as { range?: number[] })?.range?.[0] ?? null;
  for (const key of path) {
    const items = (node as { items?: unknown[] })?.items;
    if (!items) break;
    let next: unknown;
    if (typeof key === 'number') {
      next = items[key];
      if (next && (next as { range?: number[] }).range) offset = (next as { range: number[] }).range[0];
    } else {
      const pair = items.find((p) => (p as { key?: { value?: unknown } })?.key?.value === key) as { key: { range?: number[] }; value: unknown } | undefined;
      if (pair?.key?.range) offset = pair.key.range[0];
      next = pair?.value;
    }
    if (next === undefined || next === null) break;
    node = next;
  }
  return offset === null ? null : src.lines.linePos(offset).line + src.offset;
}

/** Reads a file as a Source; YAML syntax errors become problems. */
function readSource(abs: string, file: string, problems: ContentProblem[]): Source {
  const text = readFileSync(abs, 'utf8');
  const lines = new LineCounter();
  let yamlText: string | null = text;
  let offset = 0;
  let body: string | undefined;
  if (file.endsWith('.mdx') || file.endsWith('.md')) {
    const m = FRONTMATTER_RE.exec(text);
    yamlText = m ? m[1] : null;
    offset = m ? 1 : 0;
    body = bodyWithFileLines(text);
    if (!m) problems.push({ file, line: 1, message: 'thiếu phần thông tin đầu tệp (frontmatter) giữa hai dòng "---". Sửa: chép phần đầu của một văn bản có sẵn rồi sửa lại.' });
  }
  // Timestamps as Astro's YAML reader sees them (an unquoted 2014-10-14 is a date, not a string).
  const yaml = yamlText === null ? null : parseDocument(yamlText, { lineCounter: lines, customTags: ['timestamp'], prettyErrors: false, uniqueKeys: true });
  for (const e of yaml?.errors ?? []) {
    const line = lines.linePos(e.pos[0]).line + offset;
    const sourceLine = text.split('\n')[line - 1]?.trim() ?? '';
    const shown = sourceLine ? ` (dòng đang là "${excerpt(sourceLine, 60)}")` : ' ở cuối phần YAML';
    problems.push({ file, line, message: `lỗi cú pháp YAML: ${yamlErrorVi(e.code)}${shown}. Sửa: ${yamlFixVi(e.code)}.` });
  }
  return { file, text, yaml: yaml && !yaml.errors.length ? yaml : null, lines, offset, body };
}

function yamlErrorVi(code: string): string {
  const vi: Record<string, string> = {
    DUPLICATE_KEY: 'một trường ghi hai lần',
    BAD_INDENT: 'thụt lề sai',
    TAB_AS_INDENT: 'thụt lề bằng phím Tab',
    MISSING_CHAR: 'thiếu ký tự đóng (ngoặc, ngoặc kép)',
    MULTILINE_IMPLICIT_KEY: 'tên trường trải trên nhiều dòng (thường do thiếu dấu ":" hoặc ngoặc kép chưa đóng)',
    BLOCK_AS_IMPLICIT_KEY: 'một khối được dùng làm tên trường',
    UNEXPECTED_TOKEN: 'ký tự không mong đợi',
    BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự không được phép (ví dụ @, `, hoặc ": " trong giá trị chưa đặt trong ngoặc kép)',
    BAD_DQ_ESCAPE: 'ký tự thoát (\\) sai trong chuỗi ngoặc kép',
    ALIAS_PROPS: 'tham chiếu (*) kèm nhãn',
    BAD_ALIAS: 'tham chiếu (*) không hợp lệ',
  };
  return vi[code] ?? `không đọc được (mã ${code})`;
}

function yamlFixVi(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'xóa một trong hai trường trùng tên';
  if (code === 'TAB_AS_INDENT') return 'thụt lề bằng dấu cách';
  if (code === 'BAD_INDENT') return 'thụt lề các trường cùng cấp bằng cùng số dấu cách';
  return 'đặt giá trị có dấu ":", "#" hoặc ngoặc trong ngoặc kép và đóng đủ ngoặc';
}

/** Validates one source's YAML against a schema; returns the parsed data (with defaults) or null. */
function validate<T>(src: Source, schema: z.ZodType<T>, schemaFile: string, problems: ContentProblem[]): T | null {
  if (!src.yaml) return null;
  const data = src.yaml.toJS();
  const r = schema.safeParse(data, { error: viErrorMap });
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    for (const key of keys) {
      const path = key === null ? issue.path : [...issue.path, key];
      const value = valueAt(data, path);
      const missing = value === undefined && issue.code === 'invalid_type';
      const message = missing ? 'trường bắt buộc bị thiếu' : key !== null ? 'trường không có trong lược đồ' : issue.message;
      const shown = missing || key !== null || message.includes('đang') ? '' : `; đang là ${valueWords(value, 'yaml')}`;
      const fix = FIX[missing ? 'missing' : issue.code] ?? `sửa giá trị theo mô tả trên (lược đồ: ${schemaFile})`;
      problems.push({ file: src.file, line: lineOf(src, path), message: `trường ${formatPath(path) || '(cả tệp)'}: ${message}${shown}. Sửa: ${fix}.` });
    }
  }
  return null;
}

/** Splits "content/x/y.yaml: tasks[2] (id).anchor = …" into its file and field path, to find the line. */
function locateMessage(message: string, sources: Map<string, Source>): ContentProblem {
  const m = /^(content\/\S+?)(?::|, trường) (.*)$/s.exec(message);
  if (!m) return { file: 'content', line: null, message };
  const src = sources.get(m[1]);
  const field = /^([A-Za-z][\w]*(?:\[\d+\])*(?: \([^)]*\))?(?:\.[A-Za-z]\w*(?:\[\d+\])*)*)/.exec(m[2])?.[1] ?? '';
  const path = field
    .replace(/ \([^)]*\)/g, '')
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));
  return { file: m[1], line: src ? lineOf(src, path) : null, message: m[2] };
}

/** Checks the content folder; returns every problem found (empty when all is well). */
export function checkContent(contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = new Map<string, Source>();
  const read = (sub: string, exts: RegExp) =>
    listFiles(join(contentDir, sub), exts).map((rel) => {
      const file = `content/${sub}/${rel.split('\\').join('/')}`;
      const src = readSource(join(contentDir, sub, rel), file, problems);
      sources.set(file, src);
      return { rel, src };
    });
  const idOf = (rel: string) => rel.replace(/\.(mdx?|ya?ml)$/, '');

  // Documents: frontmatter schema and outline.
  const docSchema = documentSchema(z.string());
  const relDocs: RelDoc[] = [];
  const docInfos: DocInfo[] = [];
  const anchorsById = new Map<string, Set<string>>();
  for (const { rel, src } of read('van-ban', /\.mdx$/)) {
    const id = idOf(rel);
    const data = validate(src, docSchema, 'src/schemas/document.ts', problems);
    let anchors = new Set<string>();
    try {
      anchors = new Set(extractOutline(src.body ?? '', src.file).map((e) => e.id));
    } catch (e) {
      if (!(e instanceof OutlineError)) throw e;
      const m = /^(.*?):(\d+): (.*)$/s.exec(e.message);
      problems.push(m ? { file: m[1], line: Number(m[2]), message: m[3] } : { file: src.file, line: null, message: e.message.replace(`${src.file}: `, '') });
      // Every id written in the file, so tasks and citations pointing into it are not all reported too.
      anchors = new Set([...(src.body ?? '').matchAll(/<(?:Chuong|Dieu|Phan|Khoan|Diem|Doan)\b[^>]*?\bid="([^"]*)"/g)].map((x) => x[1]));
    }
    anchorsById.set(id, anchors);
    // A document whose frontmatter is wrong still exists: relations to it are not reported as well.
    relDocs.push({ id, relations: data?.relations ?? { implements: [], references: [], supersedes: [], replacedBy: [], details: [], amends: [] } } as RelDoc);
    docInfos.push({ id, kind: data?.kind ?? '', anchors });
  }
  for (const message of unresolvedRelations(relDocs)) problems.push(locateMessage(message, sources));

  // Glossary, agencies, tasks.
  for (const { src } of read('thuat-ngu', /\.ya?ml$/)) validate(src, termSchema, 'src/schemas/glossary.ts', problems);
  const agencies: Agency[] = [];
  for (const { rel, src } of read('co-quan', /\.ya?ml$/)) {
    const data = validate(src, agencySchema, 'src/schemas/agency.ts', problems);
    // An agency whose file is wrong still exists: references to it are not reported as well.
    agencies.push((data ? { id: idOf(rel), ...data } : { id: idOf(rel), parent: null, members: [], lineage: [] }) as Agency);
  }
  const taskFiles: TaskFile[] = [];
  for (const { src } of read('nhiem-vu', /\.ya?ml$/)) {
    const data = validate(src, taskFileSchema, 'src/schemas/task.ts', problems);
    if (data) taskFiles.push({ file: src.file, data } as TaskFile);
  }
  for (const message of integrityProblems(agencies, taskFiles, docInfos)) problems.push(locateMessage(message, sources));

  // The award registry: schema, cross-references, citations.
  const awards = read('khen-thuong', /\.ya?ml$/).map(({ src }) => ({ file: src.file, valid: validate(src, awardSchema, 'src/schemas/award.ts', problems) !== null, data: src.yaml?.toJS() }));
  if (awards.length && awards.every((a) => a.valid)) {
    try {
      const registry = loadRegistry(awards.map(({ file, data }) => ({ file, data })));
      for (const message of placeProblems(registry.list, (doc) => anchorsById.get(doc) ?? null)) problems.push(locateMessage(message, sources));
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e;
      for (const line of e.message.split('\n').slice(1)) problems.push(locateMessage(line.trim().replace(/^- /, ''), sources));
    }
  }
  return problems;
}

/** The content folder relative to the working directory, for the summary line. */
export const shownDir = (dir: string) => relative(process.cwd(), dir) || '.';
