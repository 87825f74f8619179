/**
 * The header of an official text (issuer, national motto, "Số: …", place and date, kind and
 * title) and the metadata read from it. Pure functions; each value the text does not state
 * outright comes back as `{ value, inferred: reason }`, the shape the document schema allows.
 */
import { fold } from '../vi';
import { classifyLine, isUpperLine } from './lines';

export type Inferred<T> = T | { value: T; inferred: string };

/** Kinds the importer recognises, by the word printed as the document's kind. */
export const KIND_WORDS: [RegExp, string][] = [
  [/^KẾ HOẠCH(?![\p{L}])/u, 'ke-hoach'],
  [/^CHỈ THỊ(?![\p{L}])/u, 'chi-thi'],
  [/^QUYẾT ĐỊNH(?![\p{L}])/u, 'quyet-dinh'],
  [/^QUY ĐỊNH(?![\p{L}])/u, 'quy-dinh'],
  [/^QUY CHẾ(?![\p{L}])/u, 'quy-dinh'],
  [/^NGHỊ QUYẾT(?![\p{L}])/u, 'nghi-quyet'],
  [/^CÔNG ĐIỆN(?![\p{L}])/u, 'cong-dien'],
  [/^THÔNG BÁO(?![\p{L}])/u, 'thong-bao'],
  [/^HƯỚNG DẪN(?![\p{L}])/u, 'huong-dan'],
  [/^CHƯƠNG TRÌNH(?![\p{L}])/u, 'chuong-trinh'],
  [/^NGHỊ ĐỊNH(?![\p{L}])/u, 'nghi-dinh'],
  [/^THÔNG TƯ(?![\p{L}])/u, 'thong-tu'],
  [/^LUẬT(?![\p{L}])/u, 'luat'],
];

/** Kinds by the abbreviation in the number ("982/KH-UBND" → KH), used when no kind line is found. */
const KIND_BY_ABBREVIATION: Record<string, string> = {
  KH: 'ke-hoach', CT: 'chi-thi', 'QĐ': 'quyet-dinh', NQ: 'nghi-quyet', 'CĐ': 'cong-dien', TB: 'thong-bao',
  HD: 'huong-dan', CTR: 'chuong-trinh', 'NĐ': 'nghi-dinh', TT: 'thong-tu', QH: 'luat',
};

/** Issuers by the abbreviation after the kind in the number ("KH-UBND" → UBND). */
const ISSUER_BY_ABBREVIATION: Record<string, string> = {
  UBND: 'Ủy ban nhân dân',
  TU: 'Tỉnh ủy',
  HĐND: 'Hội đồng nhân dân',
  SNV: 'Sở Nội vụ',
};

/** The 34 provinces and cities after 12/6/2025 and the ones merged away, for names in capitals and places. */
export const PROVINCES = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
  'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình',
  'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai',
  'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
  'Hà Giang', 'Yên Bái', 'Bắc Kạn', 'Vĩnh Phúc', 'Hòa Bình', 'Bắc Giang', 'Hải Dương', 'Thái Bình', 'Hà Nam',
  'Nam Định', 'Quảng Bình', 'Thừa Thiên Huế', 'Quảng Nam', 'Kon Tum', 'Bình Định', 'Phú Yên', 'Ninh Thuận',
  'Bình Thuận', 'Đắk Nông', 'Bình Phước', 'Bình Dương', 'Bà Rịa - Vũng Tàu', 'Long An', 'Tiền Giang', 'Bến Tre',
  'Trà Vinh', 'Sóc Trăng', 'Hậu Giang', 'Bạc Liêu', 'Kiên Giang',
];

/**
 * Provinces merged into another on 01/7/2025 (Nghị quyết 202/2025/QH15), with the province that
 * took them over; only used to warn that a document's province no longer exists.
 */
const MERGED_2025: Record<string, string> = {
  'Hà Nam': 'Ninh Bình', 'Nam Định': 'Ninh Bình', 'Ninh Thuận': 'Khánh Hòa', 'Bắc Giang': 'Bắc Ninh',
  'Hải Dương': 'Hải Phòng', 'Thái Bình': 'Hưng Yên', 'Quảng Bình': 'Quảng Trị', 'Quảng Nam': 'Đà Nẵng',
  'Kon Tum': 'Quảng Ngãi', 'Bình Định': 'Gia Lai', 'Phú Yên': 'Đắk Lắk', 'Đắk Nông': 'Lâm Đồng',
  'Bình Thuận': 'Lâm Đồng', 'Bình Phước': 'Đồng Nai', 'Bình Dương': 'Hồ Chí Minh', 'Bà Rịa - Vũng Tàu': 'Hồ Chí Minh',
  'Long An': 'Tây Ninh', 'Tiền Giang': 'Đồng Tháp', 'Bến Tre': 'Vĩnh Long', 'Trà Vinh': 'Vĩnh Long',
  'Sóc Trăng': 'Cần Thơ', 'Hậu Giang': 'Cần Thơ', 'Bạc Liêu': 'Cà Mau', 'Kiên Giang': 'An Giang',
  'Hà Giang': 'Tuyên Quang', 'Yên Bái': 'Lào Cai', 'Bắc Kạn': 'Thái Nguyên', 'Vĩnh Phúc': 'Phú Thọ',
  'Hòa Bình': 'Phú Thọ',
};

/** The province a merged province became part of on 01/7/2025, or null. */
export function mergedInto(province: string): string | null {
  return MERGED_2025[province] ?? null;
}

/** Finds a province named in a text (folded comparison, longest name first). */
export function provinceIn(text: string): string | null {
  const f = ` ${fold(text).replace(/[^a-z0-9]+/g, ' ')} `;
  const sorted = [...PROVINCES].sort((a, b) => b.length - a.length);
  for (const p of sorted) {
    if (f.includes(` ${fold(p).replace(/[^a-z0-9]+/g, ' ')} `)) return p;
  }
  return null;
}

/** "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" → "Ủy ban nhân dân tỉnh Nghệ An": sentence case, proper names restored. */
export function sentenceCase(upper: string): string {
  let s = upper.toLocaleLowerCase('vi');
  s = s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  for (const p of PROVINCES) {
    const re = new RegExp(`(?<![\\p{L}])${p.toLocaleLowerCase('vi')}(?![\\p{L}])`, 'gu');
    s = s.replace(re, p);
  }
  // Party bodies keep their capitals ("Tỉnh ủy", "Ban Thường vụ", "Đảng").
  return s
    .replace(/(?<![\p{L}])tỉnh ủy/gu, 'Tỉnh ủy')
    .replace(/(?<![\p{L}])[bB]an thường vụ/gu, 'Ban Thường vụ')
    .replace(/(?<![\p{L}])đảng(?![\p{L}])/gu, 'Đảng')
    .replace(/^Tỉnh ủy/u, 'Tỉnh ủy');
}

/** A number as printed ("Số: 1813 /KH-UBND") → "1813/KH-UBND"; a blank number ("Số      -KH/TU") → null. */
export function parseNumber(line: string): { number: string | null; printed: string } | null {
  const m = line.match(/^Số\s*[:.]?\s*(.*)$/u);
  if (!m) return null;
  const printed = m[1].trim();
  const compact = printed.replace(/\s*\/\s*/g, '/').replace(/\s*-\s*/g, '-').replace(/\s+/g, '');
  if (!/^\d/.test(compact)) return { number: null, printed: line.trim() };
  return { number: compact, printed: line.trim() };
}

/** Whether a line is the "Số …" line of a header. */
export function isNumberLine(line: string): boolean {
  return /^Số\s*[:.]?\s*(?:\d|[\s…._]*[-/]?\s*\p{Lu}{2,})/u.test(line) && line.length < 60;
}

/** "Hà Nam, ngày 14 tháng 10 năm 2014" → place, date "2014-10-14"; blanks give a shorter date. */
export function parsePlaceDate(line: string): { place: string | null; date: string | null } | null {
  const m = line.match(/^(?:(.{2,40}?),\s*)?ngày\s*([\d\s….]*?)\s*tháng\s*([\d\s….]*?)\s*năm\s*(\d{4}|[….\s]*)\s*$/iu);
  if (!m) return null;
  const place = m[1]?.trim() || null;
  const day = m[2].match(/\d+/)?.[0];
  const month = m[3].match(/\d+/)?.[0];
  const year = m[4].match(/\d{4}/)?.[0];
  const pad = (n: string) => n.padStart(2, '0');
  let date: string | null = null;
  if (year) {
    date = year;
    if (month && Number(month) >= 1 && Number(month) <= 12) {
      date += `-${pad(month)}`;
      if (day && Number(day) >= 1 && Number(day) <= 31) date += `-${pad(day)}`;
    }
  }
  return { place, date };
}

/** "07/4/2014" or "11/06/2018" → "2014-04-07". */
export function parseSlashDate(text: string): string | null {
  const m = text.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})/);
  if (!m) return null;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** The kind written on a line ("KẾ HOẠCH", "CHỈ THỊ**CỦA …"), or null. */
export function kindOfLine(line: string): string | null {
  const upper = line.replace(/\*+/g, ' ').trim();
  if (!isUpperLine(upper.split(/\s+/).slice(0, 3).join(' '))) return null;
  for (const [re, kind] of KIND_WORDS) if (re.test(upper)) return kind;
  return null;
}

/** The kind implied by a number's abbreviation ("982/KH-UBND" → ke-hoach). */
export function kindOfNumber(number: string | null): string | null {
  if (!number) return null;
  const parts = number.split('/');
  const tail = parts.at(-1) ?? '';
  const abbr = tail.split('-')[0].toLocaleUpperCase('vi');
  return KIND_BY_ABBREVIATION[abbr] ?? null;
}

/** The issuing body implied by a number's suffix ("KH-UBND" → Ủy ban nhân dân), or null. */
export function issuerOfNumber(printed: string): string | null {
  const m = printed.match(/-([\p{Lu}Đ]+)\s*$/u) ?? printed.match(/\/([\p{Lu}Đ]+)\s*$/u);
  return m ? ISSUER_BY_ABBREVIATION[m[1]] ?? null : null;
}

/** Header lines that are part of the national or Party motto, not the issuer. */
export function isMottoLine(line: string): boolean {
  const f = fold(line);
  return /^cong hoa xa hoi chu nghia viet nam|^doc lap\s*-\s*tu do|^dang cong san viet nam/.test(f);
}

/** Whether a header line is part of the issuer's name (capitals, not the motto, the kind, or "Số"). */
export function isIssuerLine(line: string): boolean {
  const t = classifyLine(line);
  return isUpperLine(line) && !isMottoLine(line) && !kindOfLine(line) && t.type !== 'separator' && !/^SỐ(?![\p{L}])/u.test(line);
}
