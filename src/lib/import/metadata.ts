/**
 * The metadata of an imported text: kind, number, date, place, issuer, signer, province and the
 * documents it cites. Values the text states are plain; values the importer infers carry the
 * reason (`{ value, inferred }`) so the page and the report show them as inferred.
 */
import { isPersonName, isUpperLine } from './lines';
import {
  isIssuerLine, isNumberLine, issuerOfNumber, kindOfLine, kindOfNumber, mergedInto, parseNumber,
  parsePlaceDate, parseSlashDate, provinceIn, sentenceCase, type Inferred,
} from './header';
import type { ParsedText, Section } from './parse';

export interface ImportMetadata {
  kind: string;
  number: string | null;
  /** The number line as printed when it differs from `number` (for a source note). */
  numberPrinted: string | null;
  issued: Inferred<string> | null;
  effective: string | null;
  place: string | null;
  issuer: Inferred<string> | null;
  signer: { name: string; title: string | null } | null;
  province: Inferred<string> | null;
  title: string | null;
  draft: boolean;
  /** Press only. */
  outlet: string | null;
  author: string | null;
}

export interface MetadataOptions {
  /** Province named by the person importing (`--province`). */
  province?: string;
}

const plain = <T>(v: Inferred<T> | null): T | null => (v === null ? null : typeof v === 'object' && v !== null && 'inferred' in (v as object) ? (v as { value: T }).value : (v as T));
export { plain as plainValue };

/** Reads the metadata of a parsed text; pushes a Vietnamese warning for each value a human should check. */
export function readMetadata(parsed: ParsedText, options: MetadataOptions, warnings: string[]): ImportMetadata {
  const main = parsed.sections[0];
  const headerTexts = main?.header.map((h) => h.text) ?? [];
  const kindLine = headerTexts.find((t) => kindOfLine(t));
  const numberLine = headerTexts.find((t) => isNumberLine(t)) ?? null;
  const parsedNumber = numberLine ? parseNumber(numberLine) : null;
  const number = parsedNumber?.number ?? null;
  if (numberLine && number === null) warnings.push(`Số văn bản để trống trong nguồn ("${numberLine}"): ghi number: null, không tự điền.`);

  let kind = kindLine ? kindOfLine(kindLine)! : kindOfNumber(number);
  if (parsed.press) kind = main?.body.some((n) => n.type === 'part' && n.tag === 'Khoan') ? 'bai-viet' : 'tin-tuc';
  if (!kind) kind = 'ke-hoach';

  // Place and date.
  let place: string | null = null;
  let issued: Inferred<string> | null = null;
  for (const t of headerTexts) {
    const pd = parsePlaceDate(t);
    if (pd) {
      place = pd.place;
      issued = pd.date;
      if (pd.date && pd.date.length < 10) warnings.push(`Ngày ban hành để trống một phần trong nguồn ("${t}"): chỉ ghi "${pd.date}".`);
      if (!pd.date) warnings.push(`Ngày ban hành để trống trong nguồn ("${t}").`);
      break;
    }
  }
  if (parsed.press) {
    const posted = headerTexts.find((t) => /^Ngày đăng/u.test(t));
    if (posted) issued = parseSlashDate(posted);
    else if (parsed.crawlDate) {
      issued = { value: parsed.crawlDate, inferred: `Nội dung bài không ghi ngày đăng; ngày lấy từ siêu dữ liệu của bản lưu (“date ${parsed.crawlDate}” đứng đầu tệp nguồn).` };
      warnings.push(`Ngày đăng lấy từ siêu dữ liệu của bản lưu (${parsed.crawlDate}), không phải lời bài: cần kiểm tra.`);
    }
  }

  // Issuer: the capital lines above the number, completed by the signature's "T/M BAN THƯỜNG VỤ".
  const kindIndex = kindLine ? headerTexts.indexOf(kindLine) : headerTexts.length;
  const issuerLines = headerTexts.slice(0, kindIndex).filter((t) => isIssuerLine(t) && !isNumberLine(t));
  const ofLine = headerTexts.find((t) => /^CỦA\s/u.test(t));
  const capacity = (main?.signature ?? []).map((s) => s.text).filter((t) => isUpperLine(t));
  const onBehalfOfStanding = capacity.some((t) => /^T\.?\/?M\.?\s+BAN THƯỜNG VỤ/u.test(t));
  let issuer: Inferred<string> | null = null;
  let province: Inferred<string> | null = null;
  if (issuerLines.length) {
    let name = issuerName(issuerLines);
    if (onBehalfOfStanding && !/^Ban Thường vụ/u.test(name)) name = `Ban Thường vụ ${name}`;
    issuer = name;
  } else if (ofLine) {
    issuer = sentenceCase(ofLine.replace(/^CỦA\s+/u, ''));
  }
  const textProvince = provinceIn(plain(issuer) ?? '') ?? (place ? provinceIn(place) : null);
  if (textProvince) province = textProvince;
  else if (options.province) {
    province = { value: options.province, inferred: `Văn bản không nêu tên tỉnh; tỉnh do người nhập văn bản chỉ định (tham số --province "${options.province}"), cần đối chiếu.` };
  }
  if (options.province && textProvince && provinceIn(options.province) !== textProvince) {
    warnings.push(`Tham số --province "${options.province}" khác tỉnh ghi trong văn bản (${textProvince}); dùng tỉnh của văn bản.`);
  }
  const provinceName = plain(province);
  if (issuer === null && numberLine && issuerOfNumber(numberLine)) {
    const body = issuerOfNumber(numberLine)!;
    const where = provinceName ? ` tỉnh ${provinceName}` : '';
    issuer = { value: `${body}${body === 'Tỉnh ủy' ? where.replace(' tỉnh', '') : where}`, inferred: `Phần đầu văn bản không có dòng tên cơ quan; suy từ ký hiệu “${numberLine.replace(/^Số\s*:?\s*/u, '')}”${place ? ` và địa danh “${place}”` : ''}.` };
    warnings.push(`Cơ quan ban hành suy luận: ${plain(issuer)} (không có dòng tên cơ quan ở phần đầu).`);
  } else if (issuer !== null && typeof issuer === 'string' && !provinceIn(issuer) && provinceName && !/trung ương|chính phủ|bộ chính trị|quốc hội/iu.test(issuer)) {
    issuer = { value: `${issuer} ${provinceName}`, inferred: `Văn bản chỉ ghi “${issuer}”, không nêu tên tỉnh; tên tỉnh ${provinceName} là ${typeof province === 'object' && province !== null ? 'do người nhập chỉ định (--province)' : 'lấy từ địa danh ban hành'}, cần đối chiếu.` };
  }
  if (!issuer && !parsed.press) warnings.push('Không xác định được cơ quan ban hành: điền issuer bằng tay.');
  if (!province && !parsed.press) warnings.push('Không xác định được tỉnh: chạy lại với --province "Tên tỉnh" nếu là văn bản của một tỉnh, hoặc để null nếu là văn bản trung ương.');
  if (provinceName && mergedInto(provinceName)) {
    warnings.push(`Tỉnh ${provinceName} đã sắp xếp vào tỉnh ${mergedInto(provinceName)} từ 01/7/2025; văn bản vẫn ghi tỉnh ban hành là ${provinceName}.`);
  }

  // Signer: the name under the capacity lines.
  let signer: ImportMetadata['signer'] = null;
  if (!parsed.press && main) {
    const name = main.signature.find((s) => isPersonName(s.text));
    if (name) signer = { name: name.text, title: capacity.length ? capacity.join(' – ') : null };
    else warnings.push('Không thấy tên người ký dưới khối chữ ký: signer để null.');
  }

  // Title: the lines after the kind line (without a "CỦA …" line or the attachment note in brackets).
  const titleLines = kindLine ? headerTexts.slice(kindIndex + 1).filter((t) => !/^CỦA\s/u.test(t)) : parsed.press ? headerTexts.filter((t) => !/^Ngày đăng/u.test(t)) : [];
  const title = titleLines.join(' ').replace(/\s+/g, ' ').trim() || null;
  if (title && isUpperLine(title) && title.length > 30) warnings.push('Tiêu đề in hoa toàn bộ trong nguồn; giữ nguyên, có thể viết lại dạng thường ở trường title.');

  // Effective date of a decision ("có hiệu lực kể từ ngày 15 tháng 12 năm 2025").
  let effective: string | null = null;
  const allText = (main ? flatText(main) : '');
  const eff = allText.match(/có hiệu lực(?: thi hành)?(?: kể)? từ ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u);
  if (eff) effective = `${eff[3]}-${eff[2].padStart(2, '0')}-${eff[1].padStart(2, '0')}`;

  const draft = [...parsed.trailing, ...(main?.header ?? [])].some((t) => /DỰ THẢO/u.test(t.text));
  let outlet: string | null = null;
  let author: string | null = null;
  if (parsed.press) {
    outlet = main?.signature.find((s) => /^BÁO\s/u.test(s.text))?.text ?? null;
    const by = main ? flatText(main).match(/Tác giả:\s*([^\n]+)/u) : null;
    author = by ? by[1].trim() : null;
  }

  return {
    kind, number, numberPrinted: parsedNumber && parsedNumber.number && parsedNumber.printed.replace(/^Số\s*:?\s*/u, '') !== parsedNumber.number ? parsedNumber.printed : null,
    issued, effective, place, issuer, signer, province, title, draft, outlet, author,
  };
}

/** All the text of a section, one paragraph per line. */
export function flatText(section: Section): string {
  const out: string[] = [];
  const walk = (nodes: Section['body']) => {
    for (const n of nodes) {
      if (n.type === 'part') {
        out.push(`${n.so} ${n.ten ?? ''}`);
        walk(n.children);
      } else if (n.type === 'table') out.push(n.rows.map((r) => r.join(' | ')).join('\n'));
      else out.push(n.text);
    }
  };
  walk(section.body);
  walk(section.closing);
  return out.join('\n');
}

/**
 * The issuer from the capital lines of a header. "ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN" is one name
 * split over two lines; "UBND TỈNH QUẢNG NINH" / "SỞ NỘI VỤ" is the superior body over the issuer,
 * so the issuer is "Sở Nội vụ tỉnh Quảng Ninh".
 */
export function issuerName(lines: string[]): string {
  const expand = (l: string) => l.replace(/^UBND(?=\s)/u, 'ỦY BAN NHÂN DÂN');
  const last = lines.at(-1)!;
  if (lines.length >= 2 && !/^(?:TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG|QUẬN)\s/u.test(last) && provinceIn(lines.slice(0, -1).join(' '))) {
    const where = lines.slice(0, -1).join(' ').match(/(TỈNH|THÀNH PHỐ)\s+(.+)$/u);
    const own = bodyCase(sentenceCase(expand(last)));
    return where ? `${own} ${where[1].toLocaleLowerCase('vi')} ${provinceIn(where[2])}` : own;
  }
  return sentenceCase(lines.map(expand).join(' '));
}

/** "Sở nội vụ" → "Sở Nội vụ": in a body's name the word after the head and after "và" or "," is capitalised. */
export function bodyCase(name: string): string {
  return name.replace(/^((?:Sở|Ban|Văn phòng|Phòng|Chi cục|Trung tâm|Cục|Vụ)\s+)(\p{Ll})/u, (_, h: string, c: string) => h + c.toLocaleUpperCase('vi'))
    .replace(/((?:,|\svà)\s+)(\p{Ll})/gu, (_, h: string, c: string) => h + c.toLocaleUpperCase('vi'));
}
