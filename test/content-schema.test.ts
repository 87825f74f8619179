/**
 * Content integrity: every document's frontmatter validates, every relation resolves, and a broken
 * document stops the build with a message naming the file, the field and the fix.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { documentSchema } from '../src/schemas/document';
import { unresolvedRelations, type RelDoc } from '../src/lib/relations';
import { extractOutline } from '../src/lib/outline';

const DIR = 'content/van-ban';
const files = readdirSync(DIR).filter((f) => f.endsWith('.mdx'));
const schema = documentSchema(z.string());
const split = (raw: string) => {
  const m = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!m) throw new Error('thiếu frontmatter');
  return { data: parseYaml(m[1]), body: m[2] };
};

describe('Văn bản trong content/van-ban/', () => {
  it('mọi tệp có frontmatter hợp lệ theo lược đồ', () => {
    const problems = files.flatMap((f) => {
      const r = schema.safeParse(split(readFileSync(join(DIR, f), 'utf8')).data);
      return r.success ? [] : [`${f}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('mọi quan hệ trỏ đến một văn bản có trong thư viện', () => {
    const docs: RelDoc[] = files.map((f) => ({ id: f.replace(/\.mdx$/, ''), relations: schema.parse(split(readFileSync(join(DIR, f), 'utf8')).data).relations }));
    expect(unresolvedRelations(docs)).toEqual([]);
  });

  it('mọi văn bản có mục lục đọc được (id hợp lệ, không trùng, thẻ đóng đúng)', () => {
    for (const f of files) expect(() => extractOutline(readFileSync(join(DIR, f), 'utf8'), f)).not.toThrow();
  });

  it('văn bản có toàn văn thì có tệp nguồn, mục chỉ có thông tin thì không', () => {
    for (const f of files) {
      const d = schema.parse(split(readFileSync(join(DIR, f), 'utf8')).data);
      if (d.kind !== 'luat' && d.kind !== 'nghi-dinh' && d.kind !== 'thong-tu') expect(d.fullText, f).toBe(d.source !== null);
    }
  });
});

describe('Lỗi nội dung được báo rõ: tệp, trường và cách sửa', () => {
  it('quan hệ trỏ tới văn bản không tồn tại nêu tên tệp, trường và cách sửa', () => {
    const empty = { implements: [], references: [], supersedes: [], replacedBy: [], details: [], amends: [] };
    const msgs = unresolvedRelations([{ id: 'ke-hoach-a', relations: { ...empty, implements: ['chi-thi-khong-co'] } }]);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('content/van-ban/ke-hoach-a.mdx');
    expect(msgs[0]).toContain('relations.implements[0]');
    expect(msgs[0]).toContain('Sửa:');
  });

  it('mục có id sai quy cách bị từ chối với số dòng', () => {
    expect(() => extractOutline('\n<Khoan id="Mục 1" so="1.">\n\nx\n\n</Khoan>\n', 'x.mdx')).toThrow(/x\.mdx:2: id "Mục 1" không hợp lệ\. Sửa:/);
  });

  it('astro dừng khi một văn bản có trạng thái sai, và thông báo nêu tệp, trường, giá trị hợp lệ', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('content', tmp, { recursive: true });
    const victim = join(tmp, 'van-ban', 'chi-thi-34-ct-tw.mdx');
    writeFileSync(victim, readFileSync(victim, 'utf8').replace('status: ban-hanh', 'status: con-hieu-luc'));
    const r = spawnSync('npx', ['astro', 'sync'], {
      env: { ...process.env, CONTENT_DIR: tmp, CACHE_DIR: join(tmp, '.cache') },
      encoding: 'utf8',
      cwd: resolve('.'),
    });
    const out = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(out).toContain('chi-thi-34-ct-tw');
    expect(out).toContain('status');
    expect(out).toMatch(/ban-hanh, dang-co-hieu-luc/);
  });
});
