/**
 * The regular-expression outline reader that src/lib/outline.ts used before it read the MDX syntax
 * tree; kept only so test/outline-compare.test.ts can show both give the same outline.
 */
import { ANCHOR_ID_RE, OutlineError, type OutlineEntry, type StructureTag } from '../../src/lib/outline';

const TAG_RE = /<(\/?)(Chuong|Dieu|Phan|Khoan|Diem|Doan)\b([^>]*?)(\/?)>/g;
const ATTR_RE = /(\w+)="([^"]*)"/g;

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
export function extractOutlineLegacy(body: string, file = 'văn bản'): OutlineEntry[] {
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
