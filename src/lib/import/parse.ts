/**
 * Reads an official text into a document model: header, numbered parts with anchors, closing
 * lines, "Nơi nhận", signature, and attached regulations or appendices. No I/O; the same text
 * always gives the same model. Lines it cannot place are listed in `unplaced` for the report.
 */
import { classifyLine, isPersonName, isUpperLine, letterToken, type LineKind } from './lines';
import { isNumberLine, kindOfLine, parsePlaceDate } from './header';
import { fold } from '../vi';

export type PartTag = 'Chuong' | 'Dieu' | 'Phan' | 'Khoan' | 'Diem' | 'Doan';

export interface TextNode {
  type: 'para' | 'dash' | 'plus' | 'hr';
  text: string;
  /** 1-based line in the source file. */
  line: number;
}
export interface TableNode {
  type: 'table';
  rows: string[][];
  line: number;
}
export interface PartNode {
  type: 'part';
  tag: PartTag;
  id: string;
  so: string;
  ten: string | null;
  children: Node[];
  line: number;
}
export type Node = TextNode | TableNode | PartNode;

/** One printed block: the main document, or an attached regulation / appendix. */
export interface Section {
  header: TextNode[];
  body: Node[];
  /** Sentences after the last part; one that asks or assigns something is a citable <Doan>. */
  closing: Node[];
  recipients: TextNode[];
  signature: TextNode[];
  /** The kind printed at the top ("KẾ HOẠCH" → ke-hoach), or null. */
  kind: string | null;
}

export interface ParsedText {
  sections: Section[];
  /** Lines after the last signature that belong to no block ("(DỰ THẢO)"). */
  trailing: TextNode[];
  /** Lines left out, with the reason (crawl stamps, comment-form chrome). */
  omitted: { text: string; reason: string }[];
  /** A date carried by a crawl stamp glued to the first line ("date 2026-02-27"). */
  crawlDate: string | null;
  /** Lines the importer could not place with confidence, for the report. */
  unplaced: { line: number; text: string; why: string }[];
  /** Whether the text reads as a press article rather than an official document. */
  press: boolean;
}

interface Line { text: string; line: number }

const CRAWL_STAMP_RE = /^(?:Thứ\s+\S+|Chủ\s+nhật)\s+Ngày\s+\d{1,2}\s+Tháng\s+\d{1,2}\s+Năm\s+\d{4},\s*\d{1,2}:\d{2}(?::\d{2})?$/u;
const CRAWL_DATE_RE = /^date\s+(\d{4}-\d{2}-\d{2})\s+/u;
const COMMENT_CHROME = ['Trả lời', 'Thư điện tử của bạn sẽ không được hiển thị công khai.', 'Để lại bình luận'];
/** Sentences that close a document after its last part ("Trên đây là Kế hoạch …", "Chỉ thị này được phổ biến …"). */
const CLOSING_RE = /^(?:Trên đây là|(?:Chỉ thị|Chi thị|Kế hoạch|Quyết định|Nghị quyết|Quy định|Quy chế|Công điện|Thông báo|Hướng dẫn|Chương trình) này\s+(?:được|có hiệu lực))/u;
/** Headings of task-assignment parts. */
export const ASSIGNMENT_HEADING_RE = /tổ chức thực hiện|trách nhiệm (?:thực hiện|của)|phân công|điều khoản thi hành|thời gian và trách nhiệm/iu;

/** Splits a text into trimmed, non-empty lines with their source line numbers. Bold markers ("**") of crawled pages break lines. */
export function sourceLines(text: string): Line[] {
  const out: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    for (const piece of raw.split('**')) {
      const t = piece.replace(/[\t\u00a0]/g, ' ').replace(/ {2,}(?=\S)/g, (s) => (out.length < 12 ? s : ' ')).trim();
      if (t) out.push({ text: t, line: i + 1 });
    }
  });
  return out;
}

/** The model of a whole text. `options.press` forces press reading. */
export function parseText(text: string): ParsedText {
  const omitted: ParsedText['omitted'] = [];
  const unplaced: ParsedText['unplaced'] = [];
  let crawlDate: string | null = null;
  let lines = sourceLines(text).filter((l) => {
    if (CRAWL_STAMP_RE.test(l.text)) {
      omitted.push({ text: l.text, reason: 'Dấu thời gian của trang web lúc thu thập, không thuộc văn bản.' });
      return false;
    }
    if (COMMENT_CHROME.includes(l.text)) {
      omitted.push({ text: l.text, reason: 'Phần khung bình luận của trang web, không thuộc văn bản.' });
      return false;
    }
    return true;
  });
  if (lines[0]) {
    const m = lines[0].text.match(CRAWL_DATE_RE);
    if (m) {
      crawlDate = m[1];
      omitted.push({ text: m[0].trim(), reason: 'Siêu dữ liệu của bản lưu (ngày của trang) dính vào câu đầu, không thuộc lời văn bản.' });
      lines[0] = { ...lines[0], text: lines[0].text.slice(m[0].length).trim() };
    }
  }
  lines = joinBrokenLines(lines);

  const press = !lines.slice(0, 25).some((l) => kindOfLine(l.text)) && lines.some((l) => /^(?:Ngày đăng|Tác giả)\s*:/u.test(l.text) || /^BÁO\s/u.test(l.text));
  const sections: Section[] = [];
  const trailing: TextNode[] = [];
  let i = 0;
  // An attached regulation reuses article numbers, so the decision's own articles get a prefix.
  const attached = hasAttachedRegulation(lines);
  while (i < lines.length) {
    const start = i;
    const { section, next } = readSection(lines, i, sections.length === 0 ? (attached ? 'qd-' : '') : '', unplaced, sections.length > 0, press);
    if (section) sections.push(section);
    i = next;
    if (i === start) {
      trailing.push({ type: 'para', text: lines[i].text, line: lines[i].line });
      i++;
    }
  }
  return { sections, trailing, omitted, crawlDate, unplaced, press };
}

/** A line broken in the middle of a sentence (the next one starts in lower case) is joined back. */
function joinBrokenLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  let bodyStarted = false;
  for (const l of lines) {
    const prev = out.at(-1);
    if (prev && bodyStarted && /^\p{Ll}/u.test(l.text) && !/[.;:!?]$/u.test(prev.text) && prev.text.length > 80 && classifyLine(l.text).type === 'text') {
      prev.text = `${prev.text} ${l.text}`;
      continue;
    }
    if (prev && prev.text.length > 150) bodyStarted = true;
    out.push({ ...l });
  }
  return out;
}

function hasAttachedRegulation(lines: Line[]): boolean {
  let signed = false;
  for (const l of lines) {
    if (isPersonName(l.text) && signed) return lines.slice(lines.indexOf(l) + 1).some((x) => ['quy-dinh'].includes(kindOfLine(x.text) ?? ''));
    if (classifyLine(l.text).type === 'capacity' && isUpperLine(l.text)) signed = true;
  }
  return false;
}

/** Reads one section from line `i`: header, body, closing, recipients, signature. */
function readSection(lines: Line[], i: number, dieuPrefix: string, unplaced: ParsedText['unplaced'], attachment: boolean, press: boolean): { section: Section | null; next: number } {
  const header: TextNode[] = [];
  let kind: string | null = null;
  // Header: everything up to and including the kind line and its title lines.
  const kindAt = press ? -1 : lines.slice(i, i + 25).findIndex((l) => kindOfLine(l.text));
  if (attachment && (kindAt === -1 || kindAt > 8)) {
    // An appendix without a kind line.
    if (!/^(?:Phụ lục|PHỤ LỤC)/u.test(lines[i]?.text ?? '')) return { section: null, next: i };
  }
  if (kindAt >= 0) {
    for (let k = i; k < i + kindAt; k++) header.push(node(lines[k]));
    const kindLine = lines[i + kindAt];
    kind = kindOfLine(kindLine.text);
    header.push(node(kindLine));
    i += kindAt + 1;
    if (lines[i] && /^CỦA\s/u.test(lines[i].text)) header.push(node(lines[i++]));
    let titleLines = 0;
    while (i < lines.length) {
      const t = lines[i].text;
      const c = classifyLine(t);
      if (c.type === 'separator') {
        header.push({ type: 'hr', text: t, line: lines[i].line });
        i++;
        break;
      }
      const isTitle =
        titleLines === 0 ||
        (/^\(.*\)$/u.test(t) && t.length < 200) ||
        (t.length <= 120 && !/[.;:]$/u.test(t) && c.type === 'text' && !/^Căn cứ(?![\p{L}])/u.test(t) && titleLines < 6 && !isNumberLine(t) && !parsePlaceDate(t));
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ" under a decision's title is the authority that decides, not the title.
      if (!isTitle || (titleLines > 0 && isUpperLine(t) && !isUpperLine(header.at(-1)!.text))) break;
      if (titleLines === 0 && (c.type !== 'text' && c.type !== 'phu-luc')) break;
      header.push(node(lines[i]));
      titleLines++;
      i++;
    }
  } else if (press && lines.slice(i, i + 3).some((l) => /^Ngày đăng/u.test(l.text))) {
    // A press article: the headline and "Ngày đăng" line, then the text.
    while (i < lines.length && header.length < 3) {
      const t = lines[i].text;
      if (classifyLine(t).type !== 'text' || t.length > 300) break;
      header.push(node(lines[i++]));
      if (/^Ngày đăng/u.test(t)) break;
    }
  }

  // Body, closing, recipients, signature.
  const body: Node[] = [];
  const closing: Node[] = [];
  const recipients: TextNode[] = [];
  const signature: TextNode[] = [];
  const builder = new StructureBuilder(body, dieuPrefix, unplaced);
  let state: 'body' | 'closing' | 'recipients' | 'signature' = 'body';
  for (; i < lines.length; i++) {
    const l = lines[i];
    const c = classifyLine(l.text);
    if (state === 'signature' && signature.some((s) => isPersonName(s.text))) {
      if (c.type === 'recipients' && recipients.length === 0) { state = 'recipients'; recipients.push(node(l)); continue; }
      break;
    }
    if (c.type === 'recipients') {
      state = 'recipients';
      recipients.push(node(l));
      continue;
    }
    if ((c.type === 'capacity' && isUpperLine(l.text)) || (state === 'signature' && (isUpperLine(l.text) || isPersonName(l.text)))) {
      state = 'signature';
      signature.push(node(l));
      continue;
    }
    if (state === 'recipients') {
      if (c.type === 'dash' || c.type === 'plus' || recipients.length === 1 || /[;,.]$/.test(l.text)) {
        recipients.push({ type: c.type === 'plus' ? 'plus' : c.type === 'dash' ? 'dash' : 'para', text: c.type === 'dash' || c.type === 'plus' ? c.rest : l.text, line: l.line });
        continue;
      }
      // A line after the list that is neither an item nor a capacity: the signature's office printed in another case.
      if (isPersonName(l.text)) { state = 'signature'; signature.push(node(l)); continue; }
      unplaced.push({ line: l.line, text: l.text, why: 'dòng sau "Nơi nhận" không phải mục của danh sách; để ở phần nhận' });
      recipients.push(node(l));
      continue;
    }
    if (press && /^BÁO\s/u.test(l.text) && isUpperLine(l.text)) {
      signature.push(node(l));
      state = 'signature';
      continue;
    }
    if (CLOSING_RE.test(l.text) || state === 'closing') {
      state = 'closing';
      if (c.type === 'text') { closing.push(node(l)); continue; }
      state = 'body';
    }
    builder.add(l, c);
  }
  builder.finish();
  builder.citableClosing(closing);
  return { section: { header, body, closing, recipients, signature, kind }, next: i };
}

function node(l: Line): TextNode {
  return { type: 'para', text: l.text, line: l.line };
}

/** Builds the tree of numbered parts line by line, giving each part its anchor id. */
class StructureBuilder {
  private stack: PartNode[] = [];
  private ids = new Set<string>();
  private numberedSeen = false;

  constructor(private root: Node[], private dieuPrefix: string, private unplaced: ParsedText['unplaced']) {}

  private container(): Node[] {
    return this.stack.at(-1)?.children ?? this.root;
  }

  private closeTo(tags: PartTag[]): void {
    while (this.stack.length && !tags.includes(this.stack.at(-1)!.tag)) this.stack.pop();
  }

  private parentId(): string | null {
    return this.stack.at(-1)?.id ?? null;
  }

  private open(tag: PartTag, id: string, so: string, ten: string | null, line: number): PartNode {
    let unique = id;
    for (let n = 2; this.ids.has(unique); n++) unique = `${id}-${n}`;
    if (unique !== id) this.unplaced.push({ line, text: so, why: `số "${so}" lặp lại; mục được đặt id "${unique}", cần kiểm tra` });
    this.ids.add(unique);
    const part: PartNode = { type: 'part', tag, id: unique, so, ten, children: [], line };
    this.container().push(part);
    this.stack.push(part);
    return part;
  }

  private has(tag: PartTag): boolean {
    return this.stack.some((p) => p.tag === tag);
  }

  add(l: Line, c: LineKind): void {
    switch (c.type) {
      case 'chuong': {
        this.stack = [];
        const p = this.open('Chuong', `chuong-${fold(c.number)}`, c.so, c.rest || null, l.line);
        if (!c.rest) p.ten = ''; // the name follows on the next line
        return;
      }
      case 'muc': {
        if (this.has('Chuong')) {
          this.closeTo(['Chuong']);
          this.open('Phan', `${this.parentId()}-muc-${fold(c.number)}`, c.so, c.rest || '', l.line);
          return;
        }
        break;
      }
      case 'phu-luc': {
        this.stack = [];
        const n = c.so.match(/([IVX]+|\d+[a-z]?)\s*\.?$/u)?.[1];
        this.open('Phan', `phu-luc${n ? `-${fold(n)}` : ''}`, c.so, c.rest || '', l.line);
        return;
      }
      case 'dieu': {
        this.closeTo(['Chuong', 'Phan']);
        if (this.stack.at(-1)?.tag === 'Phan' && !this.stack.at(-1)!.id.includes('-muc-') && !this.stack.at(-1)!.id.startsWith('phu-luc')) this.stack = [];
        this.open('Dieu', `${this.dieuPrefix}dieu-${c.number}`, c.so, c.rest || null, l.line);
        return;
      }
      case 'roman': {
        if (this.has('Dieu') || this.has('Chuong')) break;
        this.stack = [];
        this.open('Phan', `muc-${fold(c.number)}`, c.so, c.rest, l.line);
        return;
      }
      case 'numbered': {
        this.closeTo(['Dieu', 'Phan', 'Chuong']);
        const top = this.stack.at(-1);
        const base = top && top.tag !== 'Chuong' ? `${top.id}-` : '';
        this.numberedSeen = true;
        this.open('Khoan', `${base}khoan-${c.number}`, c.so, c.rest, l.line);
        return;
      }
      case 'lettered': {
        this.closeTo(['Khoan', 'Dieu', 'Phan']);
        if (!this.stack.length) break;
        this.open('Diem', `${this.parentId()}-diem-${letterToken(c.letter)}`, c.so, c.rest, l.line);
        return;
      }
      case 'dash':
        this.container().push({ type: 'dash', text: c.rest, line: l.line });
        return;
      case 'plus':
        this.container().push({ type: 'plus', text: c.rest, line: l.line });
        return;
      case 'separator':
        this.container().push({ type: 'hr', text: l.text, line: l.line });
        return;
      case 'table-row': {
        const last = this.container().at(-1);
        if (last?.type === 'table') last.rows.push(c.cells);
        else this.container().push({ type: 'table', rows: [c.cells], line: l.line });
        return;
      }
      default:
        break;
    }
    // A plain line: the name of a chapter or part printed on its own line, or a paragraph.
    const top = this.stack.at(-1);
    if (top && top.ten === '' && top.children.length === 0 && l.text.length < 200) {
      top.ten = l.text;
      return;
    }
    this.container().push({ type: 'para', text: l.text, line: l.line });
  }

  /**
   * A closing paragraph that asks or assigns something ("… đề nghị gửi phản ánh về Sở Nội vụ …")
   * becomes a <Doan> so a task can point at it; a plain closing formula stays as it is.
   */
  citableClosing(closing: Node[]): void {
    let doan = [...this.ids].filter((id) => /^doan-\d+$/.test(id)).length;
    for (let k = 0; k < closing.length; k++) {
      const n = closing[k];
      if (n.type === 'para' && /(?<!\p{L})(?:đề nghị|yêu cầu|giao|phản ánh về|báo cáo về)(?!\p{L})/u.test(n.text)) {
        closing[k] = { type: 'part', tag: 'Doan', id: `doan-${++doan}`, so: '', ten: null, children: [n], line: n.line };
        this.ids.add(`doan-${doan}`);
      }
    }
  }

  /** Decides which numbered items have a heading of their own, and marks cited paragraphs. */
  finish(): void {
    const visit = (nodes: Node[]) => {
      for (const n of nodes) {
        if (n.type !== 'part') continue;
        if ((n.tag === 'Khoan' || n.tag === 'Diem' || n.tag === 'Dieu') && n.ten) {
          // A heading is short, one phrase, and has text under it; "Tiêu chuẩn: …" or a whole
          // sentence ending in "." is the item's text.
          const isHeading =
            n.children.length > 0 && n.ten.length <= 160 && !/[.;!?]\s+\S/u.test(n.ten) && !/:\s+\S/u.test(n.ten) &&
            !(/:$/u.test(n.ten) && n.ten.length > 80) && !(n.tag === 'Dieu' && /\.$/u.test(n.ten)) &&
            // A sentence ending in "." heads only running text, not a lone table or list.
            !(/\.$/u.test(n.ten) && !n.children.some((c) => c.type === 'para' || c.type === 'part'));
          if (!isHeading) {
            n.children.unshift({ type: 'para', text: n.ten, line: n.line });
            n.ten = null;
          }
        }
        if (n.ten === '') n.ten = null;
        visit(n.children);
      }
    };
    visit(this.root);
    let doan = 0;
    const markDoan = (nodes: Node[], inDashed: boolean) => {
      for (let k = 0; k < nodes.length; k++) {
        const n = nodes[k];
        if (n.type === 'part') {
          const dashed = n.children.some((x) => x.type === 'dash');
          markDoan(n.children, (n.tag === 'Khoan' || n.tag === 'Diem') && dashed);
        } else if (inDashed && n.type === 'para' && k > 0) {
          nodes[k] = { type: 'part', tag: 'Doan', id: `doan-${++doan}`, so: '', ten: null, children: [n], line: n.line };
          this.ids.add(`doan-${doan}`);
        }
      }
    };
    markDoan(this.root, false);
    // A text without any numbered part: every real paragraph can be cited.
    if (!this.numberedSeen && !this.root.some((n) => n.type === 'part')) {
      for (let k = 0; k < this.root.length; k++) {
        const n = this.root[k];
        if (n.type === 'para' && n.text.length >= 100) this.root[k] = { type: 'part', tag: 'Doan', id: `doan-${++doan}`, so: '', ten: null, children: [n], line: n.line };
      }
    }
  }
}

/** Every part of a model, depth first, with its depth. */
export function walkParts(nodes: Node[], depth = 0, out: { part: PartNode; depth: number; parents: PartNode[] }[] = [], parents: PartNode[] = []): { part: PartNode; depth: number; parents: PartNode[] }[] {
  for (const n of nodes) {
    if (n.type !== 'part') continue;
    out.push({ part: n, depth, parents });
    walkParts(n.children, depth + 1, out, [...parents, n]);
  }
  return out;
}
