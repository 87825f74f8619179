/** Writes one generated block of BENCHMARKS.md between its markers (bench and Lighthouse each own one). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FILE = join(resolve(import.meta.dirname, '..'), 'BENCHMARKS.md');

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`, or appends the block. */
export function writeBenchmarkBlock(name: string, markdown: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown}\n${end}`;
  let text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Đo hiệu năng\n\n';
  if (text.includes(start) && text.includes(end)) text = text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, text);
  return FILE;
}
