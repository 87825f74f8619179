/**
 * What the importer needs to know about the site: its agencies (to match bodies) and its
 * documents' numbers (to link cited documents), read straight from `content/` (no build).
 * Also where a document's `source` file lives under `sources/`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AgencyRef, ImportContext, LibraryEntry } from './index';

type Plain = string | { value: string } | null | undefined;
const plain = (v: Plain): string | null => (v == null ? null : typeof v === 'object' ? v.value : v);

/** Agencies and documents of a content folder. */
export function loadSiteContext(contentDir: string): ImportContext {
  const agencies: AgencyRef[] = readdirSync(join(contentDir, 'co-quan'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const d = parseYaml(readFileSync(join(contentDir, 'co-quan', f), 'utf8')) as Record<string, unknown>;
      return {
        id: f.replace(/\.yaml$/, ''),
        name: String(d.name),
        shortName: String(d.shortName),
        aliases: (d.aliases as string[] | undefined) ?? [],
        kind: String(d.kind),
        province: plain(d.province as Plain),
      };
    });
  const library: LibraryEntry[] = readdirSync(join(contentDir, 'van-ban'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(contentDir, 'van-ban', f), 'utf8');
      const front = parseYaml(raw.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') as Record<string, unknown>;
      return { id: f.replace(/\.mdx$/, ''), kind: String(front.kind), number: (front.number as string | null) ?? null };
    });
  return { agencies, library };
}

/**
 * The path under `sources/` of a document's `source`: a seed file name ("004_….txt") lives in
 * `seeds/`, "documents/<name>" in `documents/`.
 */
export function sourceFile(source: string): string {
  return source.includes('/') ? source : `seeds/${source}`;
}
