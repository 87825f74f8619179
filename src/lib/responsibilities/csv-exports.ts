/**
 * The CSV exports: an agency's tasks (/co-quan/<id>.csv) and every agency with its successors
 * (/du-lieu/co-quan.csv), written by the one CSV module (src/lib/csv.ts). Plain TypeScript.
 */
import { ROLES } from '../../schemas/task';
import { agencyPath } from '../urls';
import { currentBody, indexById, noSuccessorText, provinceOf, successorsOf, type Agency } from '../agencies';
import { toCsv } from '../csv';
import { VIA_LABELS, type Duty } from './duties';
import { currentBodyText, successionText } from './successors';
import { taskPath } from './tasks';

export const CSV_HEADER = ['Mã nhiệm vụ', 'Văn bản', 'Số, ký hiệu', 'Mục', 'Nhiệm vụ', 'Vai trò', 'Tư cách', 'Cơ quan được nêu', 'Cách giao', 'Nhịp độ, thời hạn', 'Cơ quan hiện nay', 'Liên kết'];

/** What the CSV needs to know about a document. */
export interface DocLabel {
  id: string;
  kind: string;
  shortTitle: string;
  number: string | null;
}

/**
 * The CSV of an agency's duties (direct, then through groups, then through predecessors).
 * `current` is who does this agency's work today (see `currentBodyText`), the same on every row
 * so that a filtered or merged sheet still says it.
 */
export function dutiesCsv(
  duties: Duty[],
  docs: Map<string, DocLabel>,
  agencies: Map<string, Agency>,
  labels: { anchor: (id: string) => string; basis: (b: string) => string },
  origin: string,
  current = '',
): string {
  const rows = duties.map((d) => {
    const doc = docs.get(d.task.document);
    return [
      d.task.id,
      doc?.shortTitle ?? d.task.document,
      doc?.number ?? '',
      labels.anchor(d.task.anchor),
      d.task.summary,
      ROLES[d.role],
      VIA_LABELS[d.via],
      agencies.get(d.named)?.name ?? d.named,
      labels.basis(d.task.basis),
      d.task.cadence ?? '',
      current,
      new URL(taskPath(d.task, doc?.kind), origin).href,
    ];
  });
  return toCsv([CSV_HEADER, ...rows]);
}

export const AGENCY_CSV_HEADER = ['Mã cơ quan', 'Tên', 'Loại', 'Cấp', 'Tỉnh', 'Cơ quan kế tục', 'Cơ quan hiện nay', 'Liên kết'];

/** /du-lieu/co-quan.csv: every agency with its successors and the body doing its work today. */
export function agenciesCsv(agencies: Agency[], labels: { kind: (k: string) => string; level: (l: string) => string }, origin: string): string {
  const byId = indexById(agencies);
  const name = (id: string) => byId.get(id)?.name ?? id;
  const rows = agencies.map((a) => {
    const now = currentBody(a.id, agencies);
    return [
      a.id,
      a.name,
      labels.kind(a.kind),
      labels.level(a.level),
      provinceOf(a) ?? '',
      successorsOf(a).map((l) => successionText(l, name(l.successor!))).join('; '),
      now || noSuccessorText(a) ? currentBodyText(a.id, agencies) : '',
      new URL(agencyPath(a.id), origin).href,
    ];
  });
  return toCsv([AGENCY_CSV_HEADER, ...rows]);
}
