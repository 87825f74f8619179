/**
 * The outline of a document: its numbered parts and their anchors, read from the MDX source.
 *
 * Documents mark their structure with a few components (see README, "Viết một văn bản"):
 *   <Phan id="muc-ii" so="II." ten="NHIỆM VỤ, GIẢI PHÁP">   a part (I, II, III)
 *   <Khoan id="muc-ii-khoan-1" so="1." ten="…">            a numbered item (1., 2.), `ten` optional
 *   <Diem id="muc-ii-khoan-1-diem-a" so="a)">              a lettered point
 *   <Doan id="doan-3">                                     an unnumbered paragraph that tasks cite
 *   <Chuong id="chuong-ii" so="Chương II" ten="…">         a chapter of a law
 *   <Dieu id="dieu-23" so="Điều 23." ten="…">              an article of a law
 * Ids are written by hand and never derived from the heading text, so links stay stable when a
 * heading is corrected. This module reads them with a small tag scanner (no MDX compiler), so
 * the table of contents, the task integrity check and the tests share one reading.
 */
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
  /** 1-based line of the opening tag in the MDX file. */
  line: number;
}

export class OutlineError extends Error {}

const TAG_RE = /<(\/?)(Chuong|Dieu|Phan|Khoan|Diem|Doan)\b([^>]*?)(\/?)>/g;
const ATTR_RE = /(\w+)="([^"]*)"/g;
/** Anchor ids: lower-case ASCII words joined by hyphens ("muc-iii-khoan-3", "dieu-24-khoan-1-diem-đ" is not allowed: use "diem-dd"). */
export const ANCHOR_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR_RE)) out[m[1]] = m[2];
  return out;
}

function leadText(body: string, from: number): string {
  const rest = body.slice(from);
  const next = rest.search(/<\/?(Chuong|Dieu|Phan|Khoan|Diem|Doan)\b/);
  const chunk = (next === -1 ? rest : rest.slice(0, next))
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (chunk.length <= 90) return chunk;
  const cut = chunk.slice(0, 90);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

/**
 * Reads the outline of an MDX body. Throws an OutlineError naming the line when a tag has no
 * id, an id is malformed or repeated, or tags are not closed in order.
 */
export function extractOutline(body: string, file = 'văn bản'): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const stack: StructureTag[] = [];
  const seen = new Map<string, number>();
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  for (const m of body.matchAll(TAG_RE)) {
    const [whole, closing, name, rawAttrs, selfClosing] = m;
    const tag = name as StructureTag;
    const line = lineAt(m.index!);
    if (closing) {
      const open = stack.pop();
      if (open !== tag) {
        throw new OutlineError(`${file}:${line}: thẻ </${tag}> đóng sai chỗ (đang mở <${open ?? 'không có'}>). Sửa: đóng các thẻ theo đúng thứ tự mở.`);
      }
      continue;
    }
    const attrs = attributes(rawAttrs);
    const id = attrs.id;
    if (!id) throw new OutlineError(`${file}:${line}: <${tag}> thiếu thuộc tính id. Sửa: thêm id="…" (ví dụ id="muc-ii-khoan-1").`);
    if (!ANCHOR_ID_RE.test(id)) {
      throw new OutlineError(`${file}:${line}: id "${id}" không hợp lệ. Sửa: chỉ dùng chữ thường không dấu, số và dấu gạch nối (ví dụ "muc-ii-khoan-1").`);
    }
    if (seen.has(id)) {
      throw new OutlineError(`${file}:${line}: id "${id}" đã dùng ở dòng ${seen.get(id)}. Sửa: mỗi mục một id riêng.`);
    }
    seen.set(id, line);
    entries.push({
      tag,
      id,
      so: attrs.so ?? '',
      ten: attrs.ten ?? null,
      depth: stack.length,
      lead: leadText(body, m.index! + whole.length),
      line,
    });
    if (!selfClosing) stack.push(tag);
  }
  if (stack.length) {
    throw new OutlineError(`${file}: thẻ <${stack.at(-1)}> chưa được đóng. Sửa: thêm </${stack.at(-1)}>.`);
  }
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
