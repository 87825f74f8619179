/**
 * `npx tsx scripts/bench-import.ts [--json]`: how long the importer takes on a 5,000-word document
 * (target: under 1 s). The document is built from the sentences of the real sources in
 * sources/documents/, laid out as a plan with ten Roman parts, numbered items, lettered points and
 * dashes, so every rule of the parser and the task reader runs. The import runs in memory (nothing
 * is written); the figure is the median of 5 runs after one warm-up run.
 *
 * `benchImport()` is exported for `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importText } from '../src/lib/import/index';
import { loadSiteContext } from '../src/lib/import/site-content';

const ROOT = resolve(import.meta.dirname, '..');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** A plan of at least `words` words, made of the sentences of the real sources. */
export function syntheticPlan(words = 5000): string {
  const sentences = ['nghe-an-982-kh-ubnd-2025.txt', 'bac-ninh-86-2025-qd-ubnd.txt']
    .flatMap((f) => readFileSync(join(ROOT, 'sources', 'documents', f), 'utf8').split('\n'))
    .map((l) => l.replace(/^(?:[IVX]+[.-]|\d+[.)]|[a-zđ]\)|[-+–]|Điều \d+\.)\s*/u, '').trim())
    .filter((l) => l.length > 60 && /[.;]$/u.test(l));
  const head = [
    'ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN', '', 'Số: 1/KH-UBND', '', 'Nghệ An, ngày 01 tháng 01 năm 2026', '',
    'KẾ HOẠCH', 'Đo thời gian nhập văn bản', '', 'Thực hiện các văn bản của cấp trên, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:', '',
  ];
  const lines = [...head];
  let count = 0;
  let s = 0;
  const next = () => {
    const t = sentences[s++ % sentences.length];
    count += t.split(/\s+/).length;
    return t;
  };
  for (let part = 0; count < words; part++) {
    lines.push(`${ROMAN[part % ROMAN.length]}. ${part === 9 ? 'TỔ CHỨC THỰC HIỆN' : `NHIỆM VỤ, GIẢI PHÁP ${part + 1}`}`, '');
    for (let item = 1; item <= 4 && count < words; item++) {
      lines.push(`${item}. ${next()}`, '');
      for (const letter of ['a', 'b']) lines.push(`${letter}) ${next()}`, '', `- ${next()}`, '', `- Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành ${next()}`, '');
    }
  }
  lines.push('Nơi nhận:', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A');
  return lines.join('\n');
}

/** Median import time in milliseconds of a `words`-word document, and its size. */
export function benchImport(words = 5000): { words: number; ms: number; parts: number; tasks: number } {
  const text = syntheticPlan(words);
  const context = loadSiteContext(join(ROOT, 'content'));
  const once = () => importText({ text, fileName: 'bench.txt', source: null, encodingNote: 'UTF-8' }, { id: 'bench-import' }, context);
  const warm = once();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    once();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { words: text.split(/\s+/).filter(Boolean).length, ms: Math.round(times[2]), parts: warm.report.parts, tasks: warm.report.tasks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchImport();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else console.log(`Nhập một văn bản ${r.words} từ (${r.parts} mục đánh số, ${r.tasks} nhiệm vụ nháp): ${r.ms} ms (trung vị 5 lần; mục tiêu < 1000 ms).`);
}
