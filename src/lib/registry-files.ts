/**
 * Node side of the award registry: reads content/khen-thuong/*.yaml (or $CONTENT_DIR/khen-thuong)
 * and the anchors of the documents it cites, for the eligibility command and the content check.
 * The engine itself (src/lib/eligibility/) reads no files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { loadRegistry, RegistryError, type RawEntry, type Registry } from './eligibility/validate';
import { placeProblems } from './awards/places';
import { readLibraryDoc } from './remark-citations';

/** The project's own content folder (independent of the working directory). */
const OWN_CONTENT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');

/** A content sub-folder: $CONTENT_DIR/<name> when that folder exists, else the project's own. */
function contentFolder(name: string): string {
  const fromEnv = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR, name) : null;
  return fromEnv && existsSync(fromEnv) ? fromEnv : join(OWN_CONTENT, name);
}

/** The raw registry entries, in file order; a YAML syntax error is a RegistryError naming the file and line. */
function readRegistryEntries(dir = contentFolder('khen-thuong')): RawEntry[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      try {
        return { file: `content/khen-thuong/${f}`, data: parseYaml(readFileSync(join(dir, f), 'utf8')) };
      } catch (e) {
        throw new RegistryError(`content/khen-thuong/${f}: không đọc được YAML: ${(e as Error).message.split('\n')[0]}`);
      }
    });
}

/** Anchor ids of a document of content/van-ban/, read on first use; null when there is no such document. */
export function documentAnchors(dir = contentFolder('van-ban')): (document: string) => Set<string> | null {
  const cache = new Map<string, Set<string> | null>();
  return (document) => {
    if (!cache.has(document)) {
      const file = join(dir, `${document}.mdx`);
      cache.set(document, existsSync(file) ? (readLibraryDoc(file, readFileSync(file, 'utf8'))?.anchors ?? null) : null);
    }
    return cache.get(document)!;
  };
}

/**
 * The validated registry whose every citation resolves to an anchor of the site; otherwise a
 * RegistryError listing each problem (file, field, fix).
 */
export function readCheckedRegistry(): Registry {
  const registry = loadRegistry(readRegistryEntries());
  const problems = placeProblems(registry.list, documentAnchors());
  if (problems.length) throw new RegistryError(`Danh mục khen thưởng trích dẫn chỗ không có trên trang (${problems.length} lỗi):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return registry;
}
