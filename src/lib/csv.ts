/**
 * CSV, read and written in one place: the batch checker's files (src/lib/checker/batch/read.ts) and the
 * agency exports (src/lib/responsibilities/csv-exports.ts). Plain TypeScript, no Node, DOM or Astro imports.
 *
 * Reading: RFC 4180 quoting, CRLF or LF (or a lone CR), separator "," ";" or tab (detected from
 * the first line: Excel in Vietnamese settings writes ";"), a leading byte order mark dropped.
 * Bytes: strict UTF-8 first; a file that is not UTF-8 is read as Windows-1258, the code page
 * Excel on Vietnamese Windows saves "CSV" in, and the caller is told so it can say it.
 * Writing: a byte order mark (so spreadsheet programs read Vietnamese), CRLF, quotes where
 * needed, and a cell that a spreadsheet would run as a formula (= + - @, tab, CR) neutralised.
 */

/** Splits CSV text into records. Empty lines are kept as `['']` (callers decide what they mean). */
export function parseCsv(text: string, delimiter?: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const sep = delimiter ?? detectDelimiter(s);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The separator of the first line: the most frequent of , ; and tab outside quotes (default ","). */
export function detectDelimiter(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/** One field of a CSV line: formula starts neutralised, quoted when it holds a separator, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  const s = value == null ? '' : String(value);
  // A spreadsheet runs a cell starting with = + - @ (or a tab or CR before one) as a formula
  // (CSV injection): a leading apostrophe makes it text. Numbers are written as they are.
  const safe = typeof value !== 'number' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",;\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file: byte order mark, comma-separated, CRLF line ends. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Text of a file's bytes, and the encoding it was read in. */
export interface DecodedText { text: string; encoding: 'utf-8' | 'windows-1258' }

/**
 * Decodes a CSV file's bytes: strict UTF-8 (a byte order mark allowed), else Windows-1258. The
 * Windows-1258 text is normalised to NFC: that code page writes many tone marks as combining
 * characters after the vowel, which would not match the precomposed letters typed elsewhere.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), encoding: 'windows-1258' };
  }
}
