/**
 * Loads agencies (content/co-quan/) and tasks (content/nhiem-vu/) once per build, checks every
 * reference against the documents and their anchors, and offers the lookups pages need. A
 * broken reference stops the build with one message per problem, naming file, field and fix.
 */
import { getCollection } from 'astro:content';
import { getDocuments, outlineOf, type DocEntry } from './documents';
import { assertIntegrity } from '../lib/responsibilities/integrity';
import { flattenTasks, type Task, type TaskFile } from '../lib/responsibilities/tasks';
import { responsibilitiesAt } from '../lib/responsibilities/duties';
import { compareAgencies, indexById, type Agency } from '../lib/agencies';

export interface ResponsibilityData {
  /** Agencies and groups in index order. */
  agencies: Agency[];
  byId: Map<string, Agency>;
  /** Every task, in document order then text order. */
  tasks: Task[];
  /** All documents (newest first, as the library lists them). */
  docs: DocEntry[];
  docById: Map<string, DocEntry>;
  /** Ids of documents that have tasks, in library order. */
  taskDocuments: string[];
}

let cache: Promise<ResponsibilityData> | undefined;

async function load(): Promise<ResponsibilityData> {
  const [agencyEntries, taskEntries, docs] = await Promise.all([getCollection('coQuan'), getCollection('nhiemVu'), getDocuments()]);
  const agencies: Agency[] = agencyEntries.map((e) => ({ id: e.id, ...e.data })).sort(compareAgencies);
  const files: TaskFile[] = taskEntries.map((e) => ({ file: e.filePath ?? `content/nhiem-vu/${e.id}.yaml`, data: e.data }));
  assertIntegrity(
    agencies,
    files,
    docs.map((d) => ({ id: d.id, kind: d.data.kind, anchors: new Set(outlineOf(d).map((o) => o.id)) })),
  );
  const order = docs.map((d) => d.id);
  files.sort((a, b) => order.indexOf(a.data.document) - order.indexOf(b.data.document));
  const tasks = flattenTasks(files);
  return {
    agencies,
    byId: indexById(agencies),
    tasks,
    docs,
    docById: new Map(docs.map((d) => [d.id, d])),
    taskDocuments: order.filter((id) => tasks.some((t) => t.document === id)),
  };
}

/** The checked responsibility data (cached for the build). */
export function getResponsibilityData(): Promise<ResponsibilityData> {
  cache ??= load();
  return cache;
}

/** Chips for one clause: each responsible body with its roles. */
export async function chipsFor(document: string, anchor: string): Promise<{ agency: Agency; roles: Task['responsibilities'][number]['role'][] }[]> {
  const data = await getResponsibilityData();
  return responsibilitiesAt(document, anchor, data.tasks).map((r) => ({ agency: data.byId.get(r.agency)!, roles: r.roles }));
}
