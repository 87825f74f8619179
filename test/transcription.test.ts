/**
 * Every sentence of every source text (the seeds, and the documents imported from
 * sources/documents/) appears, in order, in the built page of its document.
 * Lines a document declares in `omitted` (crawl timestamps, comment-form chrome) are skipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SEEDS, SOURCES, pageHtml, documentBodyText } from './helpers/site';
import { sourceFile } from '../src/lib/import/site-content';

const CONTENT = 'content/van-ban';

interface Front { kind: string; source: string | null; omitted?: { text: string }[] }
function frontmatter(file: string): Front {
  const raw = readFileSync(join(CONTENT, file), 'utf8');
  const m = raw.match(/^---\n([\s\S]*?)\n---/);
  if (!m) throw new Error(`${file}: thiếu frontmatter`);
  return parseYaml(m[1]) as Front;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Leading enumerators ("1.", "1)", "II-", "a)", "–", "+") are rendered apart from the sentence. */
const stripEnumerator = (s: string) => s.replace(/^(?:[IVX]+[.-]|\d+[.)]|[a-zđ]\)|[–+-])\s*/, '');

/** The sentences of a seed, minus the lines the document declares as not part of it. */
export function seedSentences(seedText: string, omitted: string[]): string[] {
  // An omitted text may be a whole line or a fragment of one (a crawl date glued to a sentence).
  let text = seedText;
  for (const o of omitted) {
    if (!text.includes(o)) throw new Error(`omitted: "${o}" không có trong tệp nguồn. Sửa: chép đúng nguyên văn đoạn bị bỏ.`);
    text = text.replace(o, '\n');
  }
  return text
    .replace(/\*\*/g, '\n') // stray bold markers glue headings together in the seeds
    .split('\n')
    .map(collapse)
    .filter((line) => line)
    .flatMap((line) => line.split(/(?<=[.;!?])\s+(?=\S)/))
    .map((s) => collapse(stripEnumerator(s)))
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const docs = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, id: f.replace(/\.mdx$/, ''), front: frontmatter(f) }))
  .filter((d) => d.front.source);

describe('Bản chép lại khớp với văn bản nguồn', () => {
  it('mỗi tệp nguồn trong sources/seeds/ có đúng một văn bản chép lại', () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(docs.map((d) => d.front.source).filter((s) => !s!.includes('/')).sort()).toEqual(seeds);
  });

  for (const doc of docs) {
    it(`mọi câu của ${doc.front.source} có trong trang ${doc.id}, đúng thứ tự`, () => {
      const seed = readFileSync(join(SOURCES, sourceFile(doc.front.source!)), 'utf8');
      const sentences = seedSentences(seed, (doc.front.omitted ?? []).map((o) => o.text));
      const url = doc.front.kind === 'luat' ? `/luat/${doc.id}/` : `/van-ban/${doc.id}/`;
      const text = documentBodyText(pageHtml(url));
      const missing: string[] = [];
      let cursor = 0;
      for (const s of sentences) {
        const at = text.indexOf(s, cursor);
        if (at === -1) missing.push(text.includes(s) ? `(sai thứ tự) ${s}` : s);
        else cursor = at + s.length;
      }
      expect(missing, `Các câu thiếu hoặc sai thứ tự trong ${url}`).toEqual([]);
    });
  }
});
