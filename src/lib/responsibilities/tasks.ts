/**
 * Tasks (nhiệm vụ) as the task files give them (content/nhiem-vu/*.yaml), each with its
 * document, and the path of the clause a task sits in. Plain TypeScript, no Astro imports:
 * src/data/agencies.ts feeds it content entries at build time, the unit tests the YAML files.
 */
import { ROLES, type Role } from '../../schemas/task';
import { clauseUrl } from '../urls';

export const ROLE_ORDER = Object.keys(ROLES) as Role[];

/** A task as written in a task file. */
export interface TaskInput {
  id: string;
  anchor: string;
  summary: string;
  sourceText: string;
  basis: string;
  responsibilities: { agency: string; role: Role; inferred?: string }[];
  cadence: string | null;
}

/** A task file: path (for messages) and data. */
export interface TaskFile {
  /** Path shown in messages, e.g. "content/nhiem-vu/ke-hoach-1813-kh-ubnd-ha-nam.yaml". */
  file: string;
  data: { document: string; tasks: TaskInput[] };
}

/** A task with the document it belongs to. */
export interface Task extends TaskInput {
  document: string;
  file: string;
}

/** What the integrity check needs to know about a document. */
export interface DocInfo {
  id: string;
  kind: string;
  anchors: Set<string>;
}

/** Every task of every file, with its document. */
export function flattenTasks(files: TaskFile[]): Task[] {
  return files.flatMap((f) => f.data.tasks.map((t) => ({ ...t, document: f.data.document, file: f.file })));
}

/** The path of a task's clause: the document page with the anchor. */
export function taskPath(task: Pick<Task, 'document' | 'anchor'>, kind?: string): string {
  return clauseUrl(task.document, kind, task.anchor);
}
