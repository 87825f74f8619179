/** Loads agencies, task files and documents straight from content/ (no build) for the unit tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { agencySchema } from '../../src/schemas/agency';
import { taskFileSchema } from '../../src/schemas/task';
import { documentSchema, type DocumentData } from '../../src/schemas/document';
import { extractOutline } from '../../src/lib/outline';
import type { Agency } from '../../src/lib/agencies';
import type { DocInfo, TaskFile } from '../../src/lib/responsibilities/tasks';

export const CONTENT = process.env.CONTENT_DIR ?? 'content';
const yamlFiles = (dir: string) => readdirSync(join(CONTENT, dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
const idOf = (f: string) => f.replace(/\.ya?ml$/, '').replace(/\.mdx$/, '');

/** Raw YAML of every agency file, by id. */
export function rawAgencies(): { id: string; file: string; data: unknown }[] {
  return yamlFiles('co-quan').map((f) => ({ id: idOf(f), file: `content/co-quan/${f}`, data: parseYaml(readFileSync(join(CONTENT, 'co-quan', f), 'utf8')) }));
}

/** Every agency, validated by the schema. */
export function loadAgencies(): Agency[] {
  return rawAgencies().map(({ id, data }) => ({ id, ...agencySchema.parse(data) }));
}

/** Every task file, validated by the schema. */
export function loadTaskFiles(): TaskFile[] {
  return yamlFiles('nhiem-vu').map((f) => ({
    file: `content/nhiem-vu/${f}`,
    data: taskFileSchema.parse(parseYaml(readFileSync(join(CONTENT, 'nhiem-vu', f), 'utf8'))),
  }));
}

export interface LoadedDoc extends DocInfo {
  body: string;
  data: DocumentData;
}

/** Every document: frontmatter (validated), MDX body and anchors. */
export function loadDocs(): LoadedDoc[] {
  const schema = documentSchema(z.string());
  return readdirSync(join(CONTENT, 'van-ban'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const raw = readFileSync(join(CONTENT, 'van-ban', f), 'utf8');
      const m = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/)!;
      const data = schema.parse(parseYaml(m[1]));
      return { id: idOf(f), kind: data.kind, body: m[2], data, anchors: new Set(extractOutline(raw, f).map((e) => e.id)) };
    });
}
