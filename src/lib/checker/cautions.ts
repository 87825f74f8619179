/**
 * One confidence summary per result. The engine appends "(độ tin cậy trung bình: …)" to each
 * explanation, decider and dossier item below high confidence (the command keeps that); the
 * page shows each such note once, in a collapsed summary, instead of after every criterion.
 * Plain TypeScript.
 */

/** The text without its confidence notes, and the notes ("trung bình: …"). */
export function splitCautions(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  let out = text;
  for (;;) {
    const at = out.indexOf(' (độ tin cậy ');
    if (at < 0) break;
    let depth = 0;
    let end = -1;
    for (let i = at + 1; i < out.length; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) break;
    notes.push(out.slice(at + ' (độ tin cậy '.length, end));
    out = out.slice(0, at) + out.slice(end + 1);
  }
  return { text: out, notes };
}
