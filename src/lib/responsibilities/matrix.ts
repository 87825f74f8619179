/**
 * The agencies × documents matrix (/co-quan/ma-tran/): tasks per role in each cell, one page per
 * province, heat levels. Plain TypeScript, no Astro imports.
 */
import { slugify } from '../vi';
import type { Role } from '../../schemas/task';
import type { Agency } from '../agencies';
import { dutiesNaming, roleCounts } from './duties';
import type { Task } from './tasks';

export interface MatrixCell {
  document: string;
  /** Distinct tasks in which the agency is named. */
  total: number;
  byRole: Partial<Record<Role, number>>;
}
export interface MatrixRow {
  agency: Agency;
  cells: MatrixCell[];
  total: number;
}

/** Agencies × documents: direct tasks per role. Rows only for agencies with at least one task. */
export function buildMatrix(agencies: Agency[], tasks: Task[], documents: string[]): { rows: MatrixRow[]; max: number } {
  const rows: MatrixRow[] = [];
  let max = 0;
  for (const agency of agencies) {
    const duties = dutiesNaming(agency.id, tasks);
    if (!duties.length) continue;
    const cells = documents.map((document) => {
      const inDoc = duties.filter((d) => d.task.document === document);
      const total = new Set(inDoc.map((d) => d.task.id)).size;
      max = Math.max(max, total);
      return { document, total, byRole: roleCounts(inDoc.map((d) => ({ ...d, named: agency.id, via: 'truc-tiep' as const, path: [] }))) };
    });
    rows.push({ agency, cells, total: new Set(duties.map((d) => d.task.id)).size });
  }
  return { rows, max };
}

/** The documents of one matrix page: a province's documents, or those of no province. */
export interface MatrixScope {
  /** URL segment: the province's ASCII slug, or "chung". */
  slug: string;
  /** "Hà Nam", or "Văn bản chung (không thuộc tỉnh nào)". */
  label: string;
  province: string | null;
  documents: string[];
}

/** Splits documents into matrix pages by province (documents of no province last). */
export function matrixScopes(documents: { id: string; province: string | null }[]): MatrixScope[] {
  const byProvince = new Map<string | null, string[]>();
  for (const d of documents) byProvince.set(d.province, [...(byProvince.get(d.province) ?? []), d.id]);
  return [...byProvince.entries()]
    .map(([province, ids]) => ({
      slug: province ? slugify(province) : 'chung',
      label: province ?? 'Văn bản chung (không thuộc tỉnh nào)',
      province,
      documents: ids,
    }))
    .sort((a, b) => (a.province === null ? 1 : b.province === null ? -1 : a.label.localeCompare(b.label, 'vi')));
}

/** Heat level 0–4 of a cell relative to the largest cell. */
export function heatLevel(total: number, max: number): number {
  if (!total || !max) return 0;
  return Math.min(4, Math.max(1, Math.ceil((total / max) * 4)));
}
