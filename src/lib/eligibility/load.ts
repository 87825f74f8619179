/**
 * Loading the registry: raw entries (parsed YAML, or the collection's data) validated with
 * `src/schemas/award.ts` (Zod), indexed by id, with cross-references checked (every award a
 * condition or a ladder link names exists). Server side only: the browser gets entries validated
 * at build time and indexes them with `registryOf`.
 */
import { awardSchema, type Award, type Criterion, type Effective } from '../../schemas/award';
import { conditionAwardIds } from './conditions/definitions';
import { registryOf, type Registry } from './registry';
import { whyLawLevel } from './province-reasons';
import { formatPath } from '../issue-words';

export class RegistryError extends Error {}

/** One raw entry: the parsed YAML and, when known, the file it came from (for messages). */
export interface RawEntry {
  data: unknown;
  file?: string;
}

function overlaps(a: Effective | undefined, b: Effective | undefined): boolean {
  const aFrom = a?.from ?? '0000-01-01';
  const aTo = a?.to ?? '9999-12-31';
  const bFrom = b?.from ?? '0000-01-01';
  const bTo = b?.to ?? '9999-12-31';
  return aFrom <= bTo && bFrom <= aTo;
}

/**
 * Validates and indexes the registry. Throws a RegistryError listing every problem, each naming
 * the file, the field and the fix.
 */
export function loadRegistry(entries: RawEntry[]): Registry {
  const problems: string[] = [];
  const awards: Award[] = [];
  const files = new Map<string, string>();
  for (const { data, file } of entries) {
    const where = file ?? 'content/khen-thuong';
    const r = awardSchema.safeParse(data);
    if (!r.success) {
      for (const issue of r.error.issues) problems.push(`${where}: ${formatPath(issue.path) || '(gốc)'}: ${issue.message}`);
      continue;
    }
    const award = r.data;
    if (file) {
      const base = file.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, '');
      if (base !== award.id) problems.push(`${where}: id: "${award.id}" phải trùng tên tệp "${base}"; đổi id hoặc đổi tên tệp`);
    }
    if (files.has(award.id)) {
      problems.push(`${where}: id: "${award.id}" đã dùng trong ${files.get(award.id)}; mỗi mục một id riêng`);
      continue;
    }
    files.set(award.id, where);
    awards.push(award);
  }
  const byId = new Map(awards.map((a) => [a.id, a]));
  for (const award of awards) {
    const where = files.get(award.id)!;
    award.prerequisites.forEach((p, i) => {
      if (!byId.has(p.award)) problems.push(`${where}: prerequisites[${i}].award: "${p.award}" không có trong danh mục; sửa mã hoặc thêm tệp content/khen-thuong/${p.award}.yaml`);
    });
    award.criteria.forEach((c: Criterion, i) => {
      const conditions = [c.condition, ...(c.reportedChanges ?? []).map((r) => r.condition)];
      for (const id of conditions.flatMap(conditionAwardIds)) {
        if (!byId.has(id)) problems.push(`${where}: criteria[${i}] (${c.id}): mã "${id}" không có trong danh mục; sửa mã cho đúng`);
      }
      award.criteria.forEach((other, j) => {
        if (j > i && other.id === c.id && overlaps(c.effective, other.effective)) {
          problems.push(`${where}: criteria[${j}].id: "${c.id}" trùng với criteria[${i}] trong cùng thời gian hiệu lực; đổi id hoặc tách effective`);
        }
      });
    });
  }
  if (problems.length) throw new RegistryError(`Danh mục khen thưởng có lỗi:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  awards.sort((a, b) => a.id.localeCompare(b.id));
  return { ...registryOf(awards), whyLawLevel };
}

