/**
 * The outline read from the MDX syntax tree is the outline the regular-expression reader gave,
 * for every document of the library (kept while the two readers exist side by side).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractOutline } from '../src/lib/outline';
import { extractOutlineLegacy } from './helpers/outline-legacy';

const DIR = 'content/van-ban';
const FRONTMATTER = /^---\n[\s\S]*?\n---\n?/;

describe('Mục lục đọc từ cây cú pháp MDX giống mục lục đọc bằng biểu thức chính quy', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.mdx')).sort()) {
    it(f, () => {
      const raw = readFileSync(join(DIR, f), 'utf8');
      const body = raw.replace(FRONTMATTER, '');
      const offset = raw.length === body.length ? 0 : raw.slice(0, raw.length - body.length).split('\n').length - 1;
      const legacy = extractOutlineLegacy(body, f).map((e) => ({ ...e, line: e.line + offset }));
      expect(extractOutline(raw, f)).toEqual(legacy);
    });
  }
});
