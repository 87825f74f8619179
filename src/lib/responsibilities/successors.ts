/**
 * Who took over an agency's work, in words, for pages and CSVs: a successor with date, basis and
 * confidence, and the body doing the work today. Plain TypeScript, no Astro imports.
 */
import { currentBody, fromText, indexById, noSuccessorText, type Agency, type Confidence, type Lineage } from '../agencies';

/** Confidence in words, for exports and pages ("độ tin cậy trung bình"). */
export const CONFIDENCE_WORDS: Record<Confidence, string> = { high: 'cao', med: 'trung bình', low: 'thấp', unconfirmed: 'chưa xác minh' };

/** One successor in words: "Sở Nội vụ tỉnh Ninh Bình (từ 01/07/2025; căn cứ: Nghị quyết 202/2025/QH15; độ tin cậy trung bình)"; unknown parts say "chưa rõ". */
export function successionText(l: Pick<Lineage, 'from' | 'basis' | 'confidence'>, successorName: string): string {
  return `${successorName} (${fromText(l.from)}; căn cứ: ${l.basis ?? 'chưa rõ'}; độ tin cậy ${CONFIDENCE_WORDS[l.confidence]})`;
}

/**
 * Who does an agency's work today, for the CSVs: its current body with confidence; when it names
 * none, the agency itself, or a note that its province was merged and the successor is unknown.
 */
export function currentBodyText(id: string, agencies: Agency[]): string {
  const byId = indexById(agencies);
  const now = currentBody(id, agencies);
  const agency = byId.get(id);
  if (!now) return (agency && noSuccessorText(agency)) ?? agency?.name ?? id;
  return `${byId.get(now.agency)?.name ?? now.agency} (độ tin cậy ${CONFIDENCE_WORDS[now.confidence]})`;
}
