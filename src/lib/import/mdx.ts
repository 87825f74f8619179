/**
 * Writes the document model as the site's MDX: frontmatter, then the text wrapped in the
 * structure components (`<DocumentHeader>`, `<Phan>`, `<Khoan>`, `<Diem>`, `<Doan>`, `<Chuong>`,
 * `<Dieu>`, `<Recipients>`, `<SignatureBlock>`), one blank line after each opening tag and
 * before each closing tag, as the hand-made documents are written. Text is escaped so MDX and
 * Markdown show every character as printed.
 */
import { stringify } from 'yaml';
import type { Node, ParsedText, PartNode, Section, TextNode } from './parse';

/** Escapes a line of source text for an MDX paragraph: every character shows as printed. */
export function escapeMdx(text: string): string {
  let s = text.replace(/[\\`*_{}<>[\]|~]/g, (c) => `\\${c}`);
  // A line that Markdown would read as a heading, quote, list, rule or ordered list.
  s = s.replace(/^([#>+=-])/u, '\\$1').replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3');
  return s;
}

/** Escapes a value for a JSX attribute in double quotes. */
export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'));
}

const DEFAULT_LEVEL: Record<PartNode['tag'], number> = { Chuong: 2, Dieu: 3, Phan: 2, Khoan: 3, Diem: 4, Doan: 4 };

function renderNodes(nodes: Node[], depth: number, out: string[]): void {
  let inList = false;
  for (const n of nodes) {
    if (n.type === 'dash' || n.type === 'plus') {
      if (!inList && out.length && out.at(-1) !== '') out.push('');
      out.push(n.type === 'dash' ? `- ${escapeMdx(n.text)}` : `  - ${escapeMdx(n.text)}`);
      inList = true;
      continue;
    }
    if (inList) { out.push(''); inList = false; }
    if (n.type === 'para') out.push(escapeMdx(n.text), '');
    else if (n.type === 'hr') out.push('<hr />', '');
    else if (n.type === 'table') out.push(renderTable(n.rows), '');
    else if (n.type === 'part') renderPart(n, depth, out);
  }
  if (inList) out.push('');
}

function renderTable(rows: string[][]): string {
  const cell = (c: string) => escapeMdx(c);
  const lines = ['<table>', ...rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`), '</table>'];
  return lines.join('\n');
}

function renderPart(p: PartNode, depth: number, out: string[]): void {
  const level = Math.min(5, 2 + depth);
  const attrs = [`id="${p.id}"`];
  if (p.so) attrs.push(`so="${escapeAttr(p.so)}"`);
  if (p.ten) attrs.push(`ten="${escapeAttr(p.ten)}"`);
  if (p.ten && level !== DEFAULT_LEVEL[p.tag]) attrs.push(`level={${level}}`);
  out.push(`<${p.tag} ${attrs.join(' ')}>`, '');
  renderNodes(p.children, p.ten ? depth + 1 : depth, out);
  if (out.at(-1) !== '') out.push('');
  out.push(`</${p.tag}>`, '');
}

function renderBlock(tag: string, lines: TextNode[], out: string[]): void {
  if (!lines.length) return;
  out.push(`<${tag}>`, '');
  renderNodes(lines, 0, out);
  if (out.at(-1) !== '') out.push('');
  out.push(`</${tag}>`, '');
}

/** The MDX body of a parsed text. */
export function renderBody(parsed: ParsedText): string {
  const out: string[] = [];
  parsed.sections.forEach((s: Section, index) => {
    if (index > 0) out.push('<hr />', '');
    const header = s.header.filter((h) => h.type !== 'hr');
    renderBlock('DocumentHeader', header, out);
    if (s.header.at(-1)?.type === 'hr') out.push('<hr />', '');
    renderNodes(s.body, 0, out);
    renderNodes(s.closing, 0, out);
    renderBlock('Recipients', s.recipients, out);
    renderBlock('SignatureBlock', s.signature, out);
  });
  renderNodes(parsed.trailing, 0, out);
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** Frontmatter as YAML between "---" lines; keys in the order given, long lines kept whole. */
export function renderFrontmatter(data: Record<string, unknown>): string {
  return `---\n${quoteDates(stringify(data, { lineWidth: 0 })).trimEnd()}\n---\n`;
}

/** Dates stay strings: YAML 1.1 readers would turn an unquoted 2014-10-14 into a timestamp. */
export function quoteDates(yaml: string): string {
  return yaml.replace(/^(\s*[\w-]+:\s+)(\d{4}(?:-\d{2}){0,2})$/gmu, '$1"$2"');
}
