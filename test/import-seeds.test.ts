/**
 * Proof on the five seeds: importing each raw seed (in memory, nothing written) reproduces the
 * hand-made document: the same anchors for at least 95 % of its numbered parts, the same number,
 * date, issuer and signer, and at least 80 % of its hand-written tasks at the same clause with
 * the same bodies. The figures are printed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importText } from '../src/lib/import/index';
import { loadSiteContext } from '../src/lib/import/site-content';
import { extractOutline } from '../src/lib/outline';
import { SEEDS } from './helpers/site';

const CONTENT = process.env.CONTENT_DIR ?? 'content';
const context = loadSiteContext(CONTENT);
const plain = (v: unknown) => (v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v ?? null);

/**
 * The one option an officer would give: the directive and the news report (nghean.gov.vn) do not
 * name their province in the text.
 */
const PROVINCE_GIVEN: Record<string, string> = { '000_688fcab07941382c.txt': 'Nghệ An', '002_a33a534af9abeb6b.txt': 'Nghệ An' };

const handMade = readdirSync(join(CONTENT, 'van-ban'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const raw = readFileSync(join(CONTENT, 'van-ban', f), 'utf8');
    const m = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/)!;
    return { id: f.replace(/\.mdx$/, ''), front: parseYaml(m[1]) as Record<string, unknown>, body: m[2] };
  })
  .filter((d) => typeof d.front.source === 'string' && !String(d.front.source).includes('/'));

const sameBodies = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

const figures = handMade.map((doc) => {
  const seed = String(doc.front.source);
  const text = readFileSync(join(SEEDS, seed), 'utf8');
  const result = importText({ text, fileName: seed, source: seed, encodingNote: 'UTF-8' }, { id: doc.id, province: PROVINCE_GIVEN[seed] }, context);
  const numbered = extractOutline(doc.body).filter((e) => e.so);
  const imported = new Set(extractOutline(result.files.get(`content/van-ban/${doc.id}.mdx`)!.replace(/^---[\s\S]*?\n---\n/, '')).map((e) => e.id));
  const sameAnchors = numbered.filter((e) => imported.has(e.id)).length;
  const paragraphs = extractOutline(doc.body).filter((e) => !e.so);
  const taskFile = parseYaml(readFileSync(join(CONTENT, 'nhiem-vu', `${doc.id}.yaml`), 'utf8')) as { tasks: { id: string; anchor: string; responsibilities: { agency: string }[] }[] };
  const bodiesOf = (t: { responsibilities: { agency: string }[] }) => [...new Set(t.responsibilities.map((r) => r.agency))];
  const matchedTasks = taskFile.tasks.filter((h) => result.tasks.some((t) => t.anchor === h.anchor && sameBodies(bodiesOf(t), bodiesOf(h))));
  return {
    doc, result, seed,
    anchors: { same: sameAnchors, of: numbered.length },
    paragraphs: { same: paragraphs.filter((e) => imported.has(e.id)).length, of: paragraphs.length },
    tasks: { same: matchedTasks.length, of: taskFile.tasks.length, missed: taskFile.tasks.filter((t) => !matchedTasks.includes(t)).map((t) => t.id) },
  };
});

const pct = (a: number, b: number) => (b === 0 ? 100 : Math.round((1000 * a) / b) / 10);
console.log(
  ['Nhập lại năm văn bản nguồn:', ...figures.map((f) => `  ${f.seed} → ${f.doc.id}: mục đánh số ${f.anchors.same}/${f.anchors.of} (${pct(f.anchors.same, f.anchors.of)} %), đoạn dẫn chiếu ${f.paragraphs.same}/${f.paragraphs.of}, nhiệm vụ ${f.tasks.same}/${f.tasks.of} (${pct(f.tasks.same, f.tasks.of)} %)`)].join('\n'),
);

describe('Nhập lại năm văn bản nguồn tái tạo văn bản chép tay', () => {
  it('có đủ năm văn bản nguồn để so', () => {
    expect(figures.map((f) => f.seed).sort()).toEqual(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort());
  });

  for (const f of figures) {
    it(`${f.doc.id}: ít nhất 95 % mục đánh số có cùng id`, () => {
      expect(pct(f.anchors.same, f.anchors.of)).toBeGreaterThanOrEqual(95);
    });

    it(`${f.doc.id}: cùng số, ngày, cơ quan ban hành và người ký`, () => {
      const m = f.result.report.metadata;
      const front = f.doc.front;
      expect(m.number).toBe(front.number ?? null);
      expect(m.date).toBe(plain(front.issued));
      if ('issuer' in front) expect(m.issuer).toBe(plain(front.issuer));
      if ('signer' in front) expect(m.signer).toBe((front.signer as { name: string } | null)?.name ?? null);
    });
  }

  it('ít nhất 80 % nhiệm vụ chép tay có nhiệm vụ nhập cùng khoản, cùng cơ quan (tính chung năm văn bản)', () => {
    const same = figures.reduce((n, f) => n + f.tasks.same, 0);
    const of = figures.reduce((n, f) => n + f.tasks.of, 0);
    console.log(`  Tổng nhiệm vụ: ${same}/${of} (${pct(same, of)} %). Chưa khớp: ${figures.flatMap((f) => f.tasks.missed).join(', ')}`);
    expect(pct(same, of)).toBeGreaterThanOrEqual(80);
  });
});
