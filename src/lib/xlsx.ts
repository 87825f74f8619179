/**
 * A minimal Excel workbook (.xlsx, Office Open XML, ECMA-376) written from plain data: sheets of
 * text and number cells, bold header rows, column widths, text-formatted columns, a frozen header
 * and drop-down lists (data validations). Plain TypeScript, no dependencies: used at build time
 * for the batch checker's template (src/lib/checker/batch/template-xlsx.ts).
 *
 * An .xlsx file is a zip of XML parts. The parts written here, the least Excel and LibreOffice
 * accept:
 * - `[Content_Types].xml`: the media type of each part (by extension, or by name for the XML parts);
 * - `_rels/.rels`: the package's entry point, the workbook;
 * - `xl/workbook.xml`: the sheets in order and the defined names (named ranges);
 * - `xl/_rels/workbook.xml.rels`: which part each sheet and the styles are (the r:id values);
 * - `xl/styles.xml`: the cell formats, referred to by index from each cell's `s` attribute;
 * - `xl/worksheets/sheetN.xml`: the cells (as inline strings, so no shared-string table is needed).
 */

/** A cell: text, a number, or empty (null or ""). */
export type Cell = string | number | null;

/** A drop-down list on some cells: the values are those of a range, given by a defined name. */
export interface ListValidation {
  /** Cell ranges, such as "B2:B1001". */
  ranges: string[];
  /** A defined name of the workbook (see `Workbook.names`) whose range holds the values. */
  source: string;
  /** `false`: another value gets a warning the user may accept ("open" lists); `true`: it is refused. */
  strict: boolean;
  /** Shown when a cell is selected; title at most 32 characters, text at most 255 (Excel's limits). */
  promptTitle: string;
  prompt: string;
  /** Shown for a value not in the list (same limits). */
  errorTitle: string;
  error: string;
}

export interface Sheet {
  /** At most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  /** Per column: width in characters; `text`: cells typed in it stay text (format "@"), so "01/03" is not turned into a date. */
  columns?: { width: number; text?: boolean }[];
  /** Rows from the first; the first is the header (bold, and frozen when `freezeHeader`). */
  rows: Cell[][];
  freezeHeader?: boolean;
  validations?: ListValidation[];
}

export interface Workbook {
  sheets: Sheet[];
  /** Defined names: name → reference, such as `'Danh mục'!$A$2:$A$9`. */
  names?: Record<string, string>;
}

// --- XML parts ---------------------------------------------------------------------------------

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // Control characters other than tab and line breaks are not allowed in XML 1.0.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** The letters of a column, counted from 0: 0 → "A", 26 → "AA". */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A sheet name quoted for a reference: 'Danh mục' (a quote inside is doubled). */
export const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

// Indexes into cellXfs of styles.xml: 0 normal, 1 bold (header), 2 text format ("@", built-in number format 49).
const STYLE_BOLD = 1;
const STYLE_TEXT = 2;

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN}">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

function cellXml(value: Cell, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  // An inline string; xml:space keeps leading and trailing spaces.
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function validationXml(v: ListValidation): string {
  const attrs = [
    'type="list"', 'allowBlank="1"', 'showInputMessage="1"', 'showErrorMessage="1"',
    `errorStyle="${v.strict ? 'stop' : 'warning'}"`,
    `promptTitle="${escapeXml(v.promptTitle.slice(0, 32))}"`, `prompt="${escapeXml(v.prompt.slice(0, 255))}"`,
    `errorTitle="${escapeXml(v.errorTitle.slice(0, 32))}"`, `error="${escapeXml(v.error.slice(0, 255))}"`,
    `sqref="${v.ranges.join(' ')}"`,
  ];
  return `<dataValidation ${attrs.join(' ')}><formula1>${escapeXml(v.source)}</formula1></dataValidation>`;
}

function sheetXml(sheet: Sheet): string {
  const textColumn = (i: number) => !!sheet.columns?.[i]?.text;
  const rows = sheet.rows.map((cells, r) => {
    const xml = cells.map((v, c) => cellXml(v, `${columnName(c)}${r + 1}`, r === 0 ? STYLE_BOLD : textColumn(c) ? STYLE_TEXT : 0)).join('');
    return `<row r="${r + 1}">${xml}</row>`;
  });
  // The pane below row 1 is frozen: the header stays in view while scrolling.
  const view = sheet.freezeHeader
    ? '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  // A column's style applies to the cells typed into it later, not only to those written here.
  const cols = sheet.columns?.length
    ? `<cols>${sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.text ? ` style="${STYLE_TEXT}"` : ''}/>`).join('')}</cols>`
    : '';
  // The schema fixes the order of the children: sheetViews, cols, sheetData, …, dataValidations.
  const validations = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join('')}</dataValidations>`
    : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheetViews>${view}</sheetViews>${cols}<sheetData>${rows.join('')}</sheetData>${validations}</worksheet>`;
}

function parts(book: Workbook): [string, string][] {
  const sheets = book.sheets.map((s, i) => ({ ...s, file: `worksheets/sheet${i + 1}.xml`, rid: `rId${i + 1}` }));
  const names = Object.entries(book.names ?? {});
  const contentTypes = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + sheets.map((s) => `<Override PartName="/xl/${s.file}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    + '</Types>';
  const rootRels = `${XML_HEAD}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><bookViews><workbookView/></bookViews><sheets>`
    + sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="${s.rid}"/>`).join('')
    + '</sheets>'
    + (names.length ? `<definedNames>${names.map(([n, ref]) => `<definedName name="${escapeXml(n)}">${escapeXml(ref)}</definedName>`).join('')}</definedNames>` : '')
    + '</workbook>';
  const workbookRels = `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">`
    + sheets.map((s) => `<Relationship Id="${s.rid}" Type="${DOC_RELS}/worksheet" Target="${s.file}"/>`).join('')
    + `<Relationship Id="rId${sheets.length + 1}" Type="${DOC_RELS}/styles" Target="styles.xml"/></Relationships>`;
  return [
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', rootRels],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', workbookRels],
    ['xl/styles.xml', STYLES],
    ...sheets.map((s): [string, string] => [`xl/${s.file}`, sheetXml(s)]),
  ];
}

/** The workbook as the bytes of an .xlsx file. */
export function writeXlsx(book: Workbook): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  return zipStored(parts(book).map(([name, xml]) => ({ name, data: encoder.encode(xml) })));
}

// --- Zip ----------------------------------------------------------------------------------------

let crcTable: Uint32Array | undefined;

/** CRC-32 (the zip and PNG polynomial, 0xEDB88320 reflected). */
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip archive of uncompressed ("stored", method 0) entries: for each file a local header and
 * its bytes, then the central directory (one record per file, pointing back at its local
 * header) and the end record. The template is a few tens of kilobytes, so compression is not
 * worth a deflate implementation. Dates are fixed (1 January 1980, the format's earliest) so
 * every build writes the same bytes. Names are ASCII.
 */
function zipStored(files: { name: string; data: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = new TextEncoder().encode(f.name);
    const crc = crc32(f.data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true); // local file header signature
    local.setUint16(4, 20, true); // version needed: 2.0
    local.setUint16(6, 0, true); // flags
    local.setUint16(8, 0, true); // method: stored
    local.setUint16(10, 0, true); // time
    local.setUint16(12, DOS_DATE, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, f.data.length, true); // compressed size
    local.setUint32(22, f.data.length, true); // uncompressed size
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true); // extra field length
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true); // central directory header signature
    record.setUint16(4, 20, true); // version made by
    record.setUint16(6, 20, true); // version needed
    record.setUint16(8, 0, true);
    record.setUint16(10, 0, true);
    record.setUint16(12, 0, true);
    record.setUint16(14, DOS_DATE, true);
    record.setUint32(16, crc, true);
    record.setUint32(20, f.data.length, true);
    record.setUint32(24, f.data.length, true);
    record.setUint16(28, name.length, true);
    // 30–41: extra and comment lengths, disk number, internal and external attributes: all 0.
    record.setUint32(42, offset, true); // where the local header is
    chunks.push(new Uint8Array(local.buffer), name, f.data);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.length + f.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true); // end of central directory signature
  end.setUint16(8, files.length, true); // entries on this disk
  end.setUint16(10, files.length, true); // entries in all
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true); // where the central directory starts
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
