/**
 * The schema of a task file: `content/nhiem-vu/<document-id>.yaml` lists every assignment
 * (nhiệm vụ) one document makes, each pointing at the anchor of the clause it sits in.
 *
 * No Astro imports (unit tests use it too). Agency ids, document ids and anchors are plain
 * strings; src/lib/responsibilities/integrity.ts checks that they resolve, and the build stops with a
 * message naming the file, the field and the fix when one does not.
 */
import { z } from 'astro/zod';
import { TASK_ROLE, type TaskRole } from '../lib/vocabulary';
import { ANCHOR_ID_RE } from '../lib/outline';
import { AGENCY_ID_RE } from './agency';

/** Roles a body can have in a task, in the order pages list them (src/lib/vocabulary.ts). */
export const ROLES = TASK_ROLE.full;
export type Role = TaskRole;
/** Short role labels for chips and matrix cells. */
export const ROLE_SHORT: Record<Role, string> = TASK_ROLE.short;

/**
 * How binding the text is: the document assigns the task (giao), asks a body it does not
 * direct (de-nghi, e.g. a People's Committee asking a Party board), describes a duty (mo-ta,
 * a press article), or reports a proposal for a draft (du-thao, a news report).
 */
export const TASK_BASES = {
  'giao': 'Văn bản giao',
  'de-nghi': 'Văn bản đề nghị',
  'mo-ta': 'Bài viết nêu',
  'du-thao': 'Ý kiến về dự thảo (theo bản tin)',
} as const;
export type TaskBasis = keyof typeof TASK_BASES;

const roleKeys = TASK_ROLE.ids;
const basisKeys = Object.keys(TASK_BASES) as [TaskBasis, ...TaskBasis[]];

/** One body's part in a task. */
export const responsibilitySchema = z.strictObject({
  /** Id of an agency or group: the name of a file in content/co-quan/ without ".yaml". */
  agency: z.string().regex(AGENCY_ID_RE, {
    error: 'phải là id của một tệp trong content/co-quan/, ví dụ "so-noi-vu-ha-nam"',
  }),
  /** The body's role; see ROLES. */
  role: z.enum(roleKeys, { error: `role phải là một trong: ${roleKeys.join(', ')}` }),
  /**
   * Set when the sentence does not name the body and the handbook attributes the task: why
   * (e.g. "Câu không nêu chủ thể; mục III.1 giao các sở, ban, ngành tổ chức thực hiện").
   */
  inferred: z.string().min(10).optional(),
});

/** One task. */
export const taskSchema = z.strictObject({
  /** Stable id, unique across all task files (ASCII, hyphens), e.g. "hn-ii-2-mat-tran". */
  id: z.string().regex(ANCHOR_ID_RE, { error: 'id chỉ gồm chữ thường không dấu, số và gạch nối, ví dụ "hn-ii-2-mat-tran"' }),
  /** Anchor id of the clause the task sits in (see the document's outline), the most specific one. */
  anchor: z.string().regex(ANCHOR_ID_RE, { error: 'anchor là id của một mục trong văn bản, ví dụ "muc-iii-khoan-3"' }),
  /** One sentence in the handbook's own words: what is to be done. */
  summary: z.string().min(10),
  /** The exact words of the seed the task comes from (copied, not paraphrased). */
  sourceText: z.string().min(10),
  /** Whether the document assigns, requests, describes or proposes the task; see TASK_BASES. */
  basis: z.enum(basisKeys, { error: `basis phải là một trong: ${basisKeys.join(', ')}` }),
  /** The bodies responsible, each with a role. At least one. */
  responsibilities: z.array(responsibilitySchema).min(1, {
    error: 'nhiệm vụ phải có ít nhất một cơ quan chịu trách nhiệm. Sửa: thêm responsibilities: [{ agency: …, role: … }]',
  }),
  /** Cadence or deadline in the source's words ("hàng năm", "định kỳ", "từ đầu năm"); null when none is stated. */
  cadence: z.string().min(3).nullable().default(null),
});

/** A task file: the document and its tasks. */
export const taskFileSchema = z.strictObject({
  /** Id of the document (a file in content/van-ban/); must equal this file's name. */
  document: z.string().regex(ANCHOR_ID_RE),
  /** The tasks, in the order of the text. */
  tasks: z.array(taskSchema).min(1),
});

