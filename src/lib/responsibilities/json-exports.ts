/**
 * The JSON exports /du-lieu/van-ban.json, /du-lieu/co-quan.json and /du-lieu/nhiem-vu.json, with
 * their schemas (docs/responsibilities.md). Plain TypeScript; `z` from astro/zod.
 */
import { z } from 'astro/zod';
import { type Role } from '../../schemas/task';
import { AGENCIES_URL, agencyPath, documentUrl } from '../urls';
import { plain, provinceOf, successorsOf, verifiedSuccessor, type Agency } from '../agencies';
import { ROLE_ORDER, taskPath, type Task } from './tasks';

/** /du-lieu/van-ban.json: one record per document. */
export const documentExportSchema = z.array(
  z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    kind: z.string().min(1),
    number: z.string().nullable(),
    issuer: z.string().nullable(),
    province: z.string().nullable(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
    status: z.string().min(1),
    source: z.string().nullable(),
    url: z.string().startsWith('/'),
  }),
);
/** /du-lieu/co-quan.json: one record per agency or group. */
export const agencyExportSchema = z.array(
  z.strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string()),
    kind: z.string().min(1),
    level: z.string().min(1),
    province: z.string().nullable(),
    /** The first successor shown by a source (kept from the first version of this export). */
    successor: z.string().nullable(),
    /** Every body that took over from this one: id, from (partial date or null = unknown), legal basis (or null = unknown), confidence. */
    successors: z.array(
      z.strictObject({
        id: z.string().min(1),
        from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
        basis: z.string().nullable(),
        confidence: z.enum(['high', 'med', 'low', 'unconfirmed']),
      }),
    ),
    url: z.string().startsWith(AGENCIES_URL),
  }),
);
/** /du-lieu/nhiem-vu.json: one record per task. */
export const taskExportSchema = z.array(
  z.strictObject({
    id: z.string().min(1),
    document: z.string().min(1),
    anchor: z.string().min(1),
    summary: z.string().min(1),
    responsibilities: z.array(z.strictObject({ agency: z.string().min(1), role: z.enum(ROLE_ORDER as [Role, ...Role[]]) })).min(1),
    cadence: z.string().nullable(),
    url: z.string().startsWith('/'),
  }),
);

/** Document fields the export reads (frontmatter of content/van-ban/*.mdx). */
export interface DocForExport {
  id: string;
  data: {
    kind: string;
    title: unknown;
    number: string | null;
    issuer?: unknown;
    outlet?: string | null;
    province: unknown;
    issued: unknown;
    status: string;
    source: string | null;
  };
}

/** Records of /du-lieu/van-ban.json. `issuer` is the outlet for press items. */
export function documentsExport(docs: DocForExport[]): z.infer<typeof documentExportSchema> {
  return docs.map(({ id, data: d }) => ({
    id,
    title: plain(d.title as string)!,
    kind: d.kind,
    number: d.number,
    issuer: (d.issuer !== undefined ? plain(d.issuer as string) : d.outlet) ?? null,
    province: plain(d.province as string),
    date: plain(d.issued as string),
    status: d.status,
    source: d.source,
    url: documentUrl(id, d.kind),
  }));
}

/** Records of /du-lieu/co-quan.json. `successor` is the first sourced successor's id, else null; `successors` lists every one with date, basis and confidence. */
export function agenciesExport(agencies: Agency[]): z.infer<typeof agencyExportSchema> {
  return agencies.map((a) => ({
    id: a.id,
    name: a.name,
    aliases: [a.shortName, ...a.aliases].filter((x, i, all) => x !== a.name && all.indexOf(x) === i),
    kind: a.kind,
    level: a.level,
    province: provinceOf(a),
    successor: verifiedSuccessor(a),
    successors: successorsOf(a).map((l) => ({ id: l.successor!, from: l.from, basis: l.basis, confidence: l.confidence })),
    url: agencyPath(a.id),
  }));
}

/** Records of /du-lieu/nhiem-vu.json. */
export function tasksExport(tasks: Task[], kindOf: (doc: string) => string | undefined): z.infer<typeof taskExportSchema> {
  return tasks.map((t) => ({
    id: t.id,
    document: t.document,
    anchor: t.anchor,
    summary: t.summary,
    responsibilities: t.responsibilities.map((r) => ({ agency: r.agency, role: r.role })),
    cadence: t.cadence,
    url: taskPath(t, kindOf(t.document)),
  }));
}
