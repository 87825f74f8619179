/**
 * The outline of a document: its numbered parts and their anchors, read from the MDX source.
 *
 * Documents mark their structure with a few components (see README, "Adding a directive or plan"):
 *   <Phan id="muc-ii" so="II." ten="NHIỆM VỤ, GIẢI PHÁP">   a part (I, II, III)
 *   <Khoan id="muc-ii-khoan-1" so="1." ten="…">            a numbered item (1., 2.), `ten` optional
 *   <Diem id="muc-ii-khoan-1-diem-a" so="a)">              a lettered point
 *   <Doan id="doan-3">                                     an unnumbered paragraph that tasks cite
 *   <Chuong id="chuong-ii" so="Chương II" ten="…">         a chapter of a law
 *   <Dieu id="dieu-23" so="Điều 23." ten="…">              an article of a law
 * Ids are written by hand and never derived from the heading text, so links stay stable when a
 * heading is corrected. This module reads them from the MDX syntax tree (remark-parse +
 * remark-mdx, the parser the build uses), so the table of contents, the task integrity check and
 * the tests share one reading, and a tag inside code or an attribute is never mistaken for one.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root, RootContent } from 'mdast';
import { isRoman } from './vi';

export const STRUCTURE_TAGS = ['Chuong', 'Dieu', 'Phan', 'Khoan', 'Diem', 'Doan'] as const;
export type StructureTag = (typeof STRUCTURE_TAGS)[number];

export interface OutlineEntry {
  tag: StructureTag;
  id: string;
  /** Printed number as in the source ("II.", "1.", "a)"), or '' for a paragraph. */
  so: string;
  /** Heading text, when the source gives the item a heading. */
  ten: string | null;
  /** Nesting depth: 0 for top-level parts. */
  depth: number;
  /** The start of the item's text, for items without a heading (used in the table of contents). */
  lead: string;
  /** 1-based line of the opening tag, counted from the start of the MDX file (frontmatter included). */
  line: number;
}

export class OutlineError extends Error {}

/** Anchor ids: lower-case ASCII words joined by hyphens ("muc-iii-khoan-3", "dieu-24-khoan-1-diem-đ" is not allowed: use "diem-dd"). */
export const ANCHOR_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const LEAD_MAX = 90;
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/;
const parser = unified().use(remarkParse).use(remarkMdx);

const isStructureTag = (name: string | null | undefined): name is StructureTag =>
  (STRUCTURE_TAGS as readonly string[]).includes(name ?? '');

/** The document as the MDX parser sees it: frontmatter blanked to empty lines, so lines keep their numbers. */
function withoutFrontmatter(source: string): string {
  return source.replace(FRONTMATTER, (fm) => fm.replace(/[^\n]/g, ''));
}

/** The MDX parser's own errors (a tag closed in the wrong place, a stray "{"), in Vietnamese. */
function parseError(err: unknown, file: string): OutlineError {
  const e = err as { reason?: string; line?: number; ruleId?: string };
  const reason = e.reason ?? String(err);
  const mismatch = /^Unexpected closing tag `<\/(\w*)>`, expected corresponding closing tag for `<(\w*)>`/.exec(reason);
  if (mismatch) {
    return new OutlineError(`${file}:${e.line}: thẻ </${mismatch[1]}> đóng sai chỗ (đang mở <${mismatch[2]}>). Sửa: đóng các thẻ theo đúng thứ tự mở.`);
  }
  const unclosed = /^Expected a closing tag for `<(\w*)>` \((\d+):/.exec(reason);
  if (unclosed) return new OutlineError(`${file}:${unclosed[2]}: thẻ <${unclosed[1]}> chưa được đóng. Sửa: thêm </${unclosed[1]}>.`);
  return new OutlineError(
    `${file}:${e.line ?? '?'}: MDX không đọc được (${reason}). Sửa: kiểm tra thẻ và dấu ngoặc nhọn ở dòng này; chữ "{" hay "<" trong lời văn viết là "\\{", "\\<".`,
  );
}

/** Nodes that run inside a line of text; any other node ends with a space in the lead. */
const INLINE = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/** A step of the document in reading order: a structure tag opening or closing, or some text. */
type Step = { open: StructureTag; node: RootContent; depth: number } | { close: true } | { text: string };

/** Walks the tree in reading order. A structure element closes unless it was written self-closing ("<Doan … />"). */
function steps(root: Root, source: string): Step[] {
  const out: Step[] = [];
  const walk = (nodes: RootContent[], depth: number) => {
    for (const node of nodes) {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isStructureTag(node.name)) {
        out.push({ open: node.name, node, depth });
        walk(node.children as RootContent[], depth + 1);
        const end = node.position?.end.offset;
        if (end === undefined || source.slice(end - 2, end) !== '/>') out.push({ close: true });
        continue;
      }
      if (node.type === 'text' || node.type === 'inlineCode') out.push({ text: node.value });
      // A list item's marker ("- ", "1.") is part of the transcribed text the lead shows.
      if (node.type === 'listItem') out.push({ text: source.slice(node.position!.start.offset, node.children[0]?.position?.start.offset).trim() + ' ' });
      if ('children' in node) walk(node.children as RootContent[], depth);
      // Blocks (paragraphs, list items, components) are separated by a space in the lead.
      if (!INLINE.has(node.type)) out.push({ text: ' ' });
    }
  };
  walk(root.children, 0);
  return out;
}

/** The text after an opening tag up to the next structure tag, cut at a word near LEAD_MAX characters. */
function leadFrom(all: Step[], from: number): string {
  let text = '';
  for (let i = from + 1; i < all.length; i++) {
    const s = all[i];
    if (!('text' in s)) break;
    text += s.text;
  }
  const chunk = text.replace(/\s+/g, ' ').trim();
  if (chunk.length <= LEAD_MAX) return chunk;
  const cut = chunk.slice(0, LEAD_MAX);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

/** The string value of an attribute written as `name="…"` (expressions `name={…}` are not read). */
function attribute(node: RootContent, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

/**
 * Reads the outline of an MDX document (the whole file, or its body without frontmatter). Throws
 * an OutlineError naming the file and line when a tag has no id, an id is malformed or repeated,
 * or the MDX does not parse (tags not closed in order).
 */
export function extractOutline(source: string, file = 'văn bản'): OutlineEntry[] {
  const text = withoutFrontmatter(source);
  let root: Root;
  try {
    root = parser.parse(text);
  } catch (err) {
    throw parseError(err, file);
  }
  const all = steps(root, text);
  const entries: OutlineEntry[] = [];
  const seen = new Map<string, number>();
  all.forEach((s, i) => {
    if (!('open' in s)) return;
    const line = s.node.position!.start.line;
    const id = attribute(s.node, 'id');
    if (!id) throw new OutlineError(`${file}:${line}: <${s.open}> thiếu thuộc tính id. Sửa: thêm id="…" (ví dụ id="muc-ii-khoan-1").`);
    if (!ANCHOR_ID_RE.test(id)) {
      throw new OutlineError(`${file}:${line}: id "${id}" không hợp lệ. Sửa: chỉ dùng chữ thường không dấu, số và dấu gạch nối (ví dụ "muc-ii-khoan-1").`);
    }
    if (seen.has(id)) throw new OutlineError(`${file}:${line}: id "${id}" đã dùng ở dòng ${seen.get(id)}. Sửa: mỗi mục một id riêng.`);
    seen.set(id, line);
    entries.push({ tag: s.open, id, so: attribute(s.node, 'so') ?? '', ten: attribute(s.node, 'ten') ?? null, depth: s.depth, lead: leadFrom(all, i), line });
  });
  return entries;
}

const WORDS: Record<string, string> = {
  muc: 'mục',
  khoan: 'khoản',
  diem: 'điểm',
  doan: 'đoạn',
  dieu: 'Điều',
  chuong: 'Chương',
  phu: 'phụ',
  luc: 'lục',
};

/** Point letters written in ids as ASCII: "dd" stands for "đ". */
function pointLetter(token: string): string {
  return token === 'dd' ? 'đ' : token;
}

/**
 * A readable label for an anchor id: "muc-iii-khoan-3" → "mục III, khoản 3";
 * "dieu-24-khoan-1-diem-a" → "điểm a khoản 1 Điều 24" (the order Vietnamese citations use).
 */
export function anchorLabel(id: string): string {
  const tokens = id.split('-');
  const pairs: [string, string][] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const word = tokens[i];
    const value = tokens[i + 1] ?? '';
    pairs.push([word, word === 'diem' ? pointLetter(value) : isRoman(value) ? value.toUpperCase() : value]);
  }
  if (pairs[0]?.[0] === 'dieu') {
    return pairs
      .reverse()
      .map(([w, v]) => `${WORDS[w] ?? w} ${v}`)
      .join(' ');
  }
  const text = pairs.map(([w, v]) => `${WORDS[w] ?? w} ${v}`.trim()).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
