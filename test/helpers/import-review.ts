/** Re-imports a reviewed document in memory and lists where the reviewed files differ (see test/import-documents.test.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importText } from '../../src/lib/import/index';
import { loadSiteContext } from '../../src/lib/import/site-content';

const CONTENT = process.env.CONTENT_DIR ?? 'content';
export interface Known { source: string; createdAgencies: string[]; changes: { place: string; why: string }[] }
export const KNOWN = JSON.parse(readFileSync('test/fixtures/import-known-errors.json', 'utf8')) as Record<string, Known>;

const split = (mdx: string) => {
  const m = mdx.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/)!;
  return { front: parseYaml(m[1]) as Record<string, unknown>, body: m[2] };
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
type TaskLike = { anchor: string; sourceText: string; basis: string; cadence?: string | null; responsibilities: { agency: string; role: string }[] };
const taskKey = (t: TaskLike) => `${t.anchor}: ${t.sourceText.slice(0, 60)}`;
const taskValue = (t: TaskLike) => JSON.stringify([t.basis, t.cadence ?? null, t.responsibilities.map((r) => `${r.agency}/${r.role}`).sort()]);

/** Where the reviewed files differ from a fresh import, one place per difference. */
export function reviewChanges(id: string, known: Known): string[] {
  const context = loadSiteContext(CONTENT);
  // The agencies this import created did not exist when it ran.
  context.agencies = context.agencies.filter((a) => !known.createdAgencies.includes(a.id));
  const text = readFileSync(join('sources', known.source), 'utf8');
  const result = importText({ text, fileName: known.source, source: known.source, encodingNote: 'UTF-8' }, { id }, context);
  const places: string[] = [];

  const fresh = split(result.files.get(`content/van-ban/${id}.mdx`)!);
  const reviewed = split(readFileSync(join(CONTENT, 'van-ban', `${id}.mdx`), 'utf8'));
  for (const key of new Set([...Object.keys(fresh.front), ...Object.keys(reviewed.front)])) {
    if (key !== 'summary' && !same(fresh.front[key], reviewed.front[key])) places.push(`frontmatter.${key}`);
  }
  const count = (body: string) => {
    const m = new Map<string, number>();
    for (const l of body.split('\n').map((x) => x.trim()).filter(Boolean)) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const a = count(fresh.body);
  const b = count(reviewed.body);
  for (const line of new Set([...a.keys(), ...b.keys()])) {
    if ((a.get(line) ?? 0) !== (b.get(line) ?? 0)) places.push(`text: ${line.slice(0, 80)}`);
  }

  const freshTasks = (parseYaml(result.files.get(`content/nhiem-vu/${id}.yaml`) ?? 'tasks: []') as { tasks: TaskLike[] }).tasks;
  const reviewedTasks = (parseYaml(readFileSync(join(CONTENT, 'nhiem-vu', `${id}.yaml`), 'utf8')) as { tasks: TaskLike[] }).tasks;
  const fm = new Map(freshTasks.map((t) => [taskKey(t), taskValue(t)]));
  const rm = new Map(reviewedTasks.map((t) => [taskKey(t), taskValue(t)]));
  for (const k of new Set([...fm.keys(), ...rm.keys()])) {
    if (fm.get(k) !== rm.get(k)) places.push(`task ${!fm.has(k) ? 'added' : !rm.has(k) ? 'removed' : 'changed'}: ${k}`);
  }

  for (const p of result.proposed) {
    const file = join(CONTENT, 'co-quan', `${p.id}.yaml`);
    let kept: Record<string, unknown> | null = null;
    try { kept = parseYaml(readFileSync(file, 'utf8')); } catch { kept = null; }
    if (!kept) { places.push(`agency not kept: ${p.id}`); continue; }
    const wanted = { name: p.name, shortName: p.shortName, kind: p.kind, level: p.level, province: p.province, parent: null, members: [] };
    const have = { name: kept.name, shortName: kept.shortName, kind: kept.kind, level: kept.level, province: kept.province, parent: kept.parent ?? null, members: kept.members ?? [] };
    if (!same(wanted, have)) places.push(`agency changed: ${p.id}`);
  }
  for (const c of known.createdAgencies) if (!result.proposed.some((p) => p.id === c)) places.push(`agency added: ${c}`);
  return places.sort();
}

