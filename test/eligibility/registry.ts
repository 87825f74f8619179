/** Reads the award registry from content/khen-thuong/*.yaml for tests (the engine itself reads no files). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Registry } from '../../src/lib/eligibility';
import { loadRegistry, type RawEntry } from '../../src/lib/eligibility/validate';

export const REGISTRY_DIR = 'content/khen-thuong';

/** The raw YAML entries, with their file names. */
export function rawEntries(dir = REGISTRY_DIR): RawEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, data: parseYaml(readFileSync(join(dir, f), 'utf8')) }));
}

let cached: Registry | undefined;
/** The validated registry. */
export function registry(): Registry {
  cached ??= loadRegistry(rawEntries());
  return cached;
}
