/**
 * From the bytes of a file to text: UTF-8, UTF-16 (with or without a byte-order mark) and
 * Windows-1258 (the Vietnamese code page of older Word and Notepad files) are detected and
 * converted; .docx is read with mammoth (tables become " | " rows). A PDF, an empty or a binary
 * file is refused with a message saying what to do.
 */
import { ImportRefusal } from './errors';

export interface Decoded { text: string; encoding: string }

const VIETNAMESE_RE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** Decodes a plain-text file. */
export function decodeText(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    throw new ImportRefusal(`${fileName}: tệp rỗng. Sửa: chép toàn văn văn bản vào tệp rồi chạy lại.`);
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new ImportRefusal(`${fileName}: là tệp PDF, công cụ không đọc PDF. Sửa: mở tệp và lưu thành .docx (Word) hoặc .txt (UTF-8) rồi nhập tệp đó.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE → UTF-8' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE → UTF-8' };
  // UTF-16 without a mark: every other byte is zero in Vietnamese and ASCII text.
  const sample = bytes.subarray(0, 2000);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? zeroOdd++ : zeroEven++);
  if (zeroOdd > sample.length / 4 && zeroEven < sample.length / 50) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 LE (không có BOM) → UTF-8' };
  if (zeroEven > sample.length / 4 && zeroOdd < sample.length / 50) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16 BE (không có BOM) → UTF-8' };
  if (zeroOdd + zeroEven > 0 || controlShare(sample) > 0.02) {
    throw new ImportRefusal(`${fileName}: là tệp nhị phân, không phải văn bản. Sửa: lưu văn bản thành .txt (UTF-8) hoặc .docx rồi nhập lại.`);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'UTF-8' };
  } catch {
    const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
    if (!VIETNAMESE_RE.test(text)) {
      throw new ImportRefusal(`${fileName}: không đọc được mã hóa (không phải UTF-8, UTF-16 hay Windows-1258). Sửa: mở tệp và lưu lại dạng .txt UTF-8.`);
    }
    return { text, encoding: 'Windows-1258 → UTF-8' };
  }
}

function controlShare(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) n++;
  return bytes.length ? n / bytes.length : 0;
}

/** Reads a .docx with mammoth: paragraphs become lines, table rows " | "-separated cells. */
export async function decodeDocx(bytes: Uint8Array, fileName: string): Promise<Decoded> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ImportRefusal(`${fileName}: không phải tệp .docx hợp lệ. Sửa: mở bằng Word và lưu lại dạng .docx, hoặc lưu thành .txt (UTF-8).`);
  }
  const mammoth = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new ImportRefusal(`${fileName}: không mở được tệp .docx (tệp hỏng hoặc có mật khẩu). Sửa: mở bằng Word, lưu lại, hoặc lưu thành .txt (UTF-8).`);
  }
  return { text: htmlToLines(html), encoding: 'DOCX (đọc bằng mammoth)' };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Mammoth's HTML to the line layout of sources/documents: one paragraph a line, a blank line between. */
export function htmlToLines(html: string): string {
  const text = (s: string) =>
    s.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, '').replace(/&(#\d+|\w+);/g, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e] ?? m)).trim();
  const out: string[] = [];
  const re = /<table[\s\S]*?<\/table>|<(p|h\d|li)[^>]*>([\s\S]*?)<\/\1>/g;
  for (const m of html.matchAll(re)) {
    if (m[0].startsWith('<table')) {
      for (const row of m[0].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
        const cells = [...row[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => text(c[1].replace(/<\/p>\s*<p[^>]*>/g, ' ')));
        out.push(cells.join(' | '));
      }
      out.push('');
    } else {
      const t = text(m[2]);
      if (t) out.push(m[1] === 'li' ? `- ${t}` : t, '');
    }
  }
  return out.join('\n');
}
