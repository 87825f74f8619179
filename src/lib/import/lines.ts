/**
 * What one line of an official text is: the patterns the importer recognises, one place.
 *
 * Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP on document format, and the
 * Party's own format rules) number their parts in a few fixed ways: Roman parts ("I.", "II-"),
 * numbered items ("1.", "1)"), lettered points ("a)", "đ)"), dashes and pluses for indented
 * items, and for regulations "Chương II", "Mục 1", "Điều 5.". Each pattern below is a regular
 * expression tried in a fixed order by `classifyLine`; docs/importer.md explains how to add one.
 */

/** The kind of a line, as far as the line alone can tell. */
export type LineKind =
  | { type: 'chuong'; so: string; number: string; rest: string }
  | { type: 'muc'; so: string; number: string; rest: string }
  | { type: 'dieu'; so: string; number: string; rest: string }
  | { type: 'roman'; so: string; number: string; rest: string }
  | { type: 'numbered'; so: string; number: string; rest: string }
  | { type: 'lettered'; so: string; letter: string; rest: string }
  | { type: 'dash'; marker: string; rest: string }
  | { type: 'plus'; rest: string }
  | { type: 'phu-luc'; so: string; rest: string }
  | { type: 'recipients'; rest: string }
  | { type: 'capacity'; text: string }
  | { type: 'separator' }
  | { type: 'table-row'; cells: string[] }
  | { type: 'text' };

const ROMAN = '(?:X{0,3})(?:IX|IV|V?I{0,3})';
/** "Chương II", "CHƯƠNG 2", optionally followed by the chapter's name on the same line. */
export const CHUONG_RE = new RegExp(`^(?:Chương|CHƯƠNG)\\s+(${ROMAN}|\\d+)\\b\\.?\\s*(.*)$`, 'u');
/** "Mục 1" inside a chapter of a regulation (not "Mục đích"). */
export const MUC_RE = /^(?:Mục|MỤC)\s+(\d+|[IVX]+)(?![\p{L}\p{N}])\.?\s*(.*)$/u;
/** "Điều 5." or "Điều 5:" with the article's name after it. */
export const DIEU_RE = /^(?:Điều|ĐIỀU)\s+(\d{1,3}[a-z]?)\s*[.:]\s*(.*)$/u;
/** "I.", "II-", "III –", "IV)" followed by the part's name. */
export const ROMAN_RE = new RegExp(`^(${ROMAN})\\s*([.\\-–)])\\s*(\\S.*)$`, 'u');
/** "1.", "1)", "12." followed by text (not "1.1." and not a date or an amount like "1.000"). */
export const NUMBERED_RE = /^(\d{1,2})([.)])(?:\s+|(?=\p{Lu}))(\S.*)$/u;
/** "a)", "đ)", "a." followed by text; "đ" is a letter of its own in Vietnamese numbering. */
export const LETTERED_RE = /^([a-zđ])\)\s*(\S.*)$/u;
/** A dash item: "-", "–" or "—" and a space. */
export const DASH_RE = /^([-–—])\s*(\S.*)$/u;
/** A plus item, indented one level below a dash item. */
export const PLUS_RE = /^\+\s*(\S.*)$/u;
/** "Phụ lục", "PHỤ LỤC I", "Phụ lục số 02". */
export const PHU_LUC_RE = /^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+)?([IVX]+|\d+[a-z]?))?(?![\p{L}\p{N}])\.?\s*(.*)$/u;
/** "Nơi nhận:" (the distribution list), sometimes with the first item on the same line. */
export const RECIPIENTS_RE = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
/** Capacity lines of a signature block: "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC". */
export const CAPACITY_RE = /^(?:TM|T\/M|KT|K\/T|Q|TL|T\/L|TUQ|TM\/|QUYỀN)\.?\s+\p{Lu}/u;
/** Offices printed above a signer's name. */
export const OFFICE_RE =
  /^(?:PHÓ\s+)?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN|BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TỔNG GIÁM ĐỐC|CHỦ NHIỆM|TRƯỞNG PHÒNG|THỨ TRƯỞNG|PHÓ THỦ TƯỚNG|THƯỜNG TRỰC)(?:\s+THƯỜNG TRỰC)?$/u;
/** A line of punctuation only ("-----", "*", "___") drawn under a header line. */
export const SEPARATOR_RE = /^[-–—_*=~.·•\s]+$/u;

/** Classifies one line (already trimmed). Order matters: specific patterns first. */
export function classifyLine(line: string): LineKind {
  let m: RegExpMatchArray | null;
  if (SEPARATOR_RE.test(line)) return { type: 'separator' };
  if (line.includes(' | ')) return { type: 'table-row', cells: `${line} `.split(/\s\|(?:\s|$)/u).map((c) => c.trim()) };
  if ((m = line.match(CHUONG_RE)) && m[1]) return { type: 'chuong', so: `Chương ${m[1]}`, number: m[1], rest: m[2].trim() };
  if ((m = line.match(MUC_RE))) return { type: 'muc', so: `Mục ${m[1]}`, number: m[1], rest: m[2].trim() };
  if ((m = line.match(DIEU_RE))) return { type: 'dieu', so: line.slice(0, line.length - m[2].length).trim(), number: m[1], rest: m[2].trim() };
  if ((m = line.match(PHU_LUC_RE)) && (line.length < 120 || /^PHỤ LỤC/u.test(line))) return { type: 'phu-luc', so: line.slice(0, line.length - m[2].length).trim(), rest: m[2].trim() };
  if ((m = line.match(ROMAN_RE)) && m[1]) return { type: 'roman', so: `${m[1]}${m[2]}`, number: m[1], rest: m[3].trim() };
  if ((m = line.match(NUMBERED_RE))) return { type: 'numbered', so: `${m[1]}${m[2]}`, number: m[1], rest: m[3].trim() };
  if ((m = line.match(LETTERED_RE))) return { type: 'lettered', so: `${m[1]})`, letter: m[1], rest: m[2].trim() };
  if ((m = line.match(RECIPIENTS_RE))) return { type: 'recipients', rest: m[1].trim() };
  if ((m = line.match(DASH_RE))) return { type: 'dash', marker: m[1], rest: m[2].trim() };
  if ((m = line.match(PLUS_RE))) return { type: 'plus', rest: m[1].trim() };
  if (CAPACITY_RE.test(line) || OFFICE_RE.test(line)) return { type: 'capacity', text: line };
  return { type: 'text' };
}

/** Whether a line is written in capitals only (an issuer line, a kind line, a title in capitals). */
export function isUpperLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** Whether a line looks like a person's name under a signature: two to five capitalised words. */
export function isPersonName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w)) && !/[.:;,]/.test(line);
}

/** The anchor token of a point letter: "đ" is written "dd" in ids (ASCII only). */
export function letterToken(letter: string): string {
  return letter === 'đ' ? 'dd' : letter;
}
