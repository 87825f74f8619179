/**
 * The import rules of the README's module map, checked on every source file: the domain code
 * (src/lib, src/schemas) runs without Astro's runtime, nothing imports "backwards" (pages ▶
 * components ▶ data ▶ lib/schemas), and scripts never depend on test code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Every import specifier of a file (static, dynamic and re-exports), relative ones resolved to a project path. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
  return specs.map((s) => (s.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), s)) : s));
}

/** "file → import" for every import of the files under `dirs` that matches `bad`. */
function violations(dirs: string[], bad: (spec: string) => boolean): string[] {
  return dirs.flatMap(filesUnder).flatMap((f) => importsOf(f).filter(bad).map((s) => `${f} → ${s}`));
}

describe('Quy tắc nhập giữa các thư mục (README, mục Architecture)', () => {
  it('src/lib và src/schemas không nhập phần chạy của Astro (astro:*, thành phần .astro); chỉ dùng z từ astro/zod', () => {
    expect(violations(['src/lib', 'src/schemas'], (s) => s.startsWith('astro:') || s.endsWith('.astro') || (s.startsWith('astro') && s !== 'astro/zod'))).toEqual([]);
  });

  it('src/lib và src/schemas không nhập dữ liệu, thành phần, bố cục hay trang', () => {
    expect(violations(['src/lib', 'src/schemas'], (s) => /^src\/(data|components|layouts|pages)\//.test(s))).toEqual([]);
  });

  it('src/data không nhập thành phần, bố cục hay trang', () => {
    expect(violations(['src/data'], (s) => /^src\/(components|layouts|pages)\//.test(s))).toEqual([]);
  });

  it('các script không nhập mã của phép thử (test/); phần dùng chung nằm ở scripts/lib/', () => {
    expect(violations(['scripts'], (s) => /^test(\/|$)/.test(s))).toEqual([]);
  });

  it('phép kiểm tra đọc được các lệnh nhập thật (không đạt một cách rỗng)', () => {
    expect(importsOf('src/lib/awards/places.ts')).toContain('src/lib/urls');
    expect(importsOf('src/data/documents.ts')).toContain('astro:content');
  });
});
