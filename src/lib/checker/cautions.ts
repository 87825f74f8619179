/**
 * One confidence summary per result. The engine appends "(độ tin cậy trung bình: …)" to each
 * explanation, decider and dossier item below high confidence (the command keeps that); the
 * page shows each such note once, in a collapsed summary, instead of after every criterion.
 * Plain TypeScript.
 */

/**
 * The text without its confidence notes, and the notes ("trung bình: …"). A note may hold
 * brackets of its own, one level deep ("theo bảng (mục 2)"), as the registry's cautions do.
 */
export function splitCautions(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  return { text: text.replace(/ \(độ tin cậy ((?:[^()]|\([^()]*\))*)\)/g, (_, note: string) => (notes.push(note), '')), notes };
}
