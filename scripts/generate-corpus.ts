/**
 * Synthetic corpus for the benchmark: the real content/ folder, with its seed documents (the
 * transcribed directives, plans and articles) copied N times, as if N times as many provinces
 * had added their texts. Copies keep the same MDX components, anchors and frontmatter schema.
 *
 * What is copied, for copy k = 1 … N-1 (copy 0 is the real file):
 * - content/van-ban/<id>.mdx of every document with a seed `source` → <id>-mau-k.mdx;
 * - content/co-quan/<id>.yaml of every agency with a province (provincial bodies; national
 *   bodies and groups without a province are shared) → <id>-mau-k.yaml;
 * - content/nhiem-vu/<doc>.yaml of every copied document → <doc>-mau-k.yaml, task ids suffixed.
 * Inside a copied file, every id of a copied document or agency is renamed to its copy-k id
 * (in relations, links "/van-ban/<id>/#anchor", task anchors, agency references), so the copy
 * passes the build's integrity checks. Everything else (laws, awards, other collections) is
 * copied once, unchanged.
 *
 *   npx tsx scripts/generate-corpus.ts --scale 10 --out /tmp/corpus-10 [--from content]
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readFlags } from './lib/args';

export interface CorpusStats {
  scale: number;
  dir: string;
  documents: number;
  agencies: number;
  tasks: number;
  files: number;
}

function frontmatter(mdx: string): Record<string, unknown> {
  const m = mdx.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  return m ? ((parseYaml(m[1]) as Record<string, unknown>) ?? {}) : {};
}

function plain(v: unknown): unknown {
  return v && typeof v === 'object' && 'value' in (v as object) ? (v as { value: unknown }).value : v;
}

function listFiles(dir: string, exts: string[]): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => exts.includes(extname(f))).sort() : [];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces whole-token occurrences of the given ids (ASCII, hyphenated) with id + suffix. */
function renamer(ids: string[], suffix: string): (text: string) => string {
  if (!ids.length) return (t) => t;
  const sorted = [...ids].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = new RegExp(`(?<![A-Za-z0-9_-])(${sorted.join('|')})(?![A-Za-z0-9_-])`, 'g');
  return (text) => text.replace(re, (id) => `${id}${suffix}`);
}

/** Marks a copy in its short title, so search results and lists tell copies apart. */
function markShortTitle(mdx: string, k: number): string {
  return mdx.replace(/^shortTitle:[ \t]*(.*)$/m, (line, value: string) => {
    const v = value.trim();
    if (v.startsWith('"') && v.endsWith('"')) return `shortTitle: ${v.slice(0, -1)} (bản mẫu ${k})"`;
    if (v.startsWith("'") && v.endsWith("'")) return `shortTitle: ${v.slice(0, -1)} (bản mẫu ${k})'`;
    if (v === '' || v === '|' || v === '>') return line;
    return `shortTitle: "${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')} (bản mẫu ${k})"`;
  });
}

/**
 * Renames the province of a copy ("Hà Nam" → "Hà Nam (mẫu 3)") in `province:` fields and in the
 * `value:` of an inferred province, so copies behave like new provinces (one matrix page each).
 */
function renameProvinces(text: string, provinces: string[], k: number): string {
  if (!provinces.length) return text;
  const names = provinces.map(escapeRe).join('|');
  const re = new RegExp(`^([ \\t]*(?:province|value):[ \\t]*)(["']?)(${names})\\2[ \\t]*$`, 'gm');
  return text.replace(re, (_l, head: string, q: string, name: string) => `${head}${q}${name} (mẫu ${k})${q}`);
}

/** Suffixes task ids (`- id: x` / `  id: x` lines at task level) in a task file. */
function renameTaskIds(yaml: string, suffix: string): string {
  return yaml.replace(/^([ \t]*(?:-[ \t]+)?id:[ \t]*)(["']?)([a-z0-9-]+)\2[ \t]*$/gm, (_l, head: string, q: string, id: string) => `${head}${q}${id}${suffix}${q}`);
}

function countTasks(dir: string): number {
  let n = 0;
  for (const f of listFiles(dir, ['.yaml', '.yml'])) {
    const data = parseYaml(readFileSync(join(dir, f), 'utf8')) as { tasks?: unknown[] } | unknown[] | null;
    if (Array.isArray(data)) n += data.length;
    else if (data && Array.isArray(data.tasks)) n += data.tasks.length;
  }
  return n;
}

export function generateCorpus(options: { scale: number; out: string; from?: string }): CorpusStats {
  const from = resolve(options.from ?? 'content');
  const out = resolve(options.out);
  const scale = Math.max(1, Math.floor(options.scale));
  if (out === from) throw new Error('--out không được trùng thư mục nội dung thật');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(from, out, { recursive: true });

  const docDir = join(from, 'van-ban');
  const agencyDir = join(from, 'co-quan');
  const taskDir = join(from, 'nhiem-vu');

  const docFiles = listFiles(docDir, ['.mdx', '.md']);
  const seedDocs = docFiles.filter((f) => frontmatter(readFileSync(join(docDir, f), 'utf8')).source);
  const agencyFiles = listFiles(agencyDir, ['.yaml', '.yml']);
  const provincialAgencies = agencyFiles.filter((f) => {
    const data = parseYaml(readFileSync(join(agencyDir, f), 'utf8')) as Record<string, unknown> | null;
    return data && plain(data.province) != null;
  });
  const provinces = [
    ...new Set(
      provincialAgencies
        .map((f) => plain((parseYaml(readFileSync(join(agencyDir, f), 'utf8')) as Record<string, unknown>).province))
        .filter((p): p is string => typeof p === 'string'),
    ),
  ];
  const docIds = seedDocs.map((f) => basename(f, extname(f)));
  const agencyIds = provincialAgencies.map((f) => basename(f, extname(f)));
  const taskFiles = listFiles(taskDir, ['.yaml', '.yml']).filter((f) => docIds.includes(basename(f, extname(f))));

  for (let k = 1; k < scale; k++) {
    const suffix = `-mau-${k}`;
    const rename = renamer([...docIds, ...agencyIds], suffix);
    for (const f of seedDocs) {
      const text = renameProvinces(markShortTitle(rename(readFileSync(join(docDir, f), 'utf8')), k), provinces, k);
      writeFileSync(join(out, 'van-ban', `${basename(f, extname(f))}${suffix}${extname(f)}`), text);
    }
    for (const f of provincialAgencies) {
      writeFileSync(join(out, 'co-quan', `${basename(f, extname(f))}${suffix}${extname(f)}`), renameProvinces(rename(readFileSync(join(agencyDir, f), 'utf8')), provinces, k));
    }
    for (const f of taskFiles) {
      const text = renameTaskIds(rename(readFileSync(join(taskDir, f), 'utf8')), suffix);
      writeFileSync(join(out, 'nhiem-vu', `${basename(f, extname(f))}${suffix}${extname(f)}`), text);
    }
  }

  const count = (d: string, exts: string[]) => listFiles(join(out, d), exts).length;
  return {
    scale,
    dir: out,
    documents: count('van-ban', ['.mdx', '.md']),
    agencies: count('co-quan', ['.yaml', '.yml']),
    tasks: countTasks(join(out, 'nhiem-vu')),
    files: count('van-ban', ['.mdx', '.md']) + count('co-quan', ['.yaml', '.yml']) + count('nhiem-vu', ['.yaml', '.yml']),
  };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generate-corpus.ts')) {
  const usage = 'npx tsx scripts/generate-corpus.ts --scale 10 --out /tmp/corpus-10 [--from content]';
  const { values: flags } = readFlags({ scale: { type: 'string', default: '1' }, out: { type: 'string' }, from: { type: 'string' } }, usage);
  const scale = Number(flags.scale);
  if (!flags.out || !Number.isInteger(scale) || scale < 1) {
    console.error(`Lỗi: ${flags.out ? `--scale "${flags.scale}" phải là số nguyên từ 1 trở lên` : 'thiếu --out (thư mục ghi kho mẫu)'}.\nCách dùng: ${usage}`);
    process.exit(2);
  }
  const stats = generateCorpus({ scale, out: flags.out, from: flags.from });
  console.log(`Đã tạo kho mẫu ${stats.scale}× ở ${stats.dir}: ${stats.documents} văn bản, ${stats.agencies} cơ quan, ${stats.tasks} nhiệm vụ.`);
}
