/**
 * The award registry as the engine uses it: entries validated with `src/schemas/award.ts`, indexed
 * by id, with cross-references checked (every award a condition or a ladder link names exists).
 *
 * The engine never reads files: callers pass plain objects (the command and the tests read
 * `content/khen-thuong/*.yaml`; the site passes the collection's data). No Node imports.
 */
import { awardSchema, type Award, type Condition, type Criterion, type Effective, type YearTest } from '../../schemas/award';

export class RegistryError extends Error {}

/** Official numbers of the documents of the site that rules point into. */
export const DOCUMENT_NUMBERS: Record<string, string> = {
  'luat-thi-dua-khen-thuong-2022': '06/2022/QH15',
  'nghi-dinh-152-2025-nd-cp': '152/2025/NĐ-CP',
  'nghi-dinh-98-2023-nd-cp': '98/2023/NĐ-CP',
  'nghi-dinh-129-2025-nd-cp': '129/2025/NĐ-CP',
  'thong-tu-01-2024-tt-bnv': '01/2024/TT-BNV',
  'thong-tu-15-2025-tt-bnv': '15/2025/TT-BNV',
  'luat-sua-doi-thi-dua-khen-thuong-2026': '06/2026/QH16',
};

/** The id of the Law's page; criteria's `article` anchors point into it. */
export const LAW_DOCUMENT = 'luat-thi-dua-khen-thuong-2022';

/** The date the rules of the registry were last reviewed against the reference sheets. */
export const RULESET_AS_OF = '2026-11-01';

/** The first proposal date the registry's rules cover: Law 06/2022/QH15 took effect 01/01/2024 (Điều 94). */
export const RULESET_FROM = '2024-01-01';

export interface Registry {
  /** Entries in id order. */
  list: Award[];
  get(id: string): Award | undefined;
  ids(): string[];
}

/** One raw entry: the parsed YAML and, when known, the file it came from (for messages). */
export interface RawEntry {
  data: unknown;
  file?: string;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('');
}

/** Every award id a condition names. */
export function conditionAwardIds(c: Condition): string[] {
  const fromTest = (t: YearTest) => ('title' in t ? [t.title] : []);
  switch (c.type) {
    case 'meets-standard':
      return [c.award, ...(c.armedForcesAward ? [c.armedForcesAward] : [])];
    case 'consecutive-years':
      return [...fromTest(c.test), ...(c.within ?? []).flatMap((w) => ('years' in w ? fromTest(w.years) : []))];
    case 'title-times':
      return [c.title, ...fromTest(c.link)];
    case 'base-award-chain':
      return [...c.base, ...fromTest(c.test), ...(c.within ?? []).flatMap((w) => ('years' in w ? fromTest(w.years) : []))];
    case 'all-of':
    case 'any-of':
      return c.of.flatMap(conditionAwardIds);
    default:
      return [];
  }
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
  return {
    list: awards,
    get: (id) => byId.get(id),
    ids: () => awards.map((a) => a.id),
  };
}

/** The proposal date for the achievements of `year`: 01/01 of the next year (see docs/eligibility.md). */
export function proposalDate(year: number): string {
  return `${year + 1}-01-01`;
}

/** Whether a rule with these effective dates applies on `date`. */
export function inEffect(e: Effective | undefined, date: string): boolean {
  return (!e?.from || e.from <= date) && (!e?.to || date <= e.to);
}
