/**
 * The text of a clause of a document, to check that a task's source text sits in the clause its
 * anchor names. Plain TypeScript, no Astro imports.
 */
import { extractOutline } from '../outline';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Plain text of an MDX fragment: comments, tags and list markers removed; headings (`ten`) kept. */
function mdxText(fragment: string): string {
  return collapse(
    fragment
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<[A-Za-z][^>]*\bten="([^"]*)"[^>]*>/g, ' $1 ')
      // <Sic> marks a word inside a sentence: removing it must not add a space before a comma.
      .replace(/<\/?Sic\b[^>]*>/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\\([\\`*_{}<>[\]|~#+=-])/g, '$1')
      .replace(/^\s*[-*]\s+/gm, ' ')
      .replace(/\*\*|__/g, ''),
  );
}

/** The text of the clause with this anchor in an MDX body (with its sub-clauses), or null. */
export function clauseText(body: string, anchor: string): string | null {
  const open = new RegExp(`<(Chuong|Dieu|Phan|Khoan|Diem|Doan)\\b[^>]*\\bid="${anchor}"[^>]*>`);
  const m = open.exec(body);
  if (!m) return null;
  const tag = m[1];
  const re = new RegExp(`<(/?)${tag}\\b[^>]*?(/?)>`, 'g');
  re.lastIndex = m.index + m[0].length;
  let depth = 1;
  let end = body.length;
  for (let t = re.exec(body); t; t = re.exec(body)) {
    if (t[2]) continue;
    depth += t[1] ? -1 : 1;
    if (depth === 0) {
      end = t.index;
      break;
    }
  }
  return mdxText(body.slice(m.index, end));
}

/**
 * Every clause of the greatest depth whose text contains `text`: a regulation can repeat a
 * sentence word for word in two articles (Điều 8 and Điều 9 of Bắc Ninh's Quy định), and a task
 * quoting it may sit in either.
 */
export function deepestClausesContaining(body: string, text: string): string[] {
  const needle = collapse(text);
  const hits = extractOutline(body).filter((e) => clauseText(body, e.id)?.includes(needle));
  const depth = Math.max(...hits.map((e) => e.depth));
  return hits.filter((e) => e.depth === depth).map((e) => e.id);
}
