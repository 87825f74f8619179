/**
 * The importer (npm run import, src/lib/import/): the lines that trip parsers, the header and
 * signature, encodings and refused files, the files it writes, and two documents written for this
 * test in other provinces' styles (a Quảng Ninh department's plan, a Đà Nẵng decision) to show the
 * rules are not tuned to the documents of the site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { classifyLine } from '../src/lib/import/lines';
import { isNumberLine, parseNumber, parsePlaceDate } from '../src/lib/import/header';
import { issuerName } from '../src/lib/import/metadata';
import { decodeDocx, decodeText, htmlToLines } from '../src/lib/import/decode';
import { importText, ImportRefusal, type ImportContext } from '../src/lib/import/index';
import { loadSiteContext } from '../src/lib/import/site-content';
import { extractOutline } from '../src/lib/outline';
import { escapeMdx } from '../src/lib/import/mdx';

const CONTENT = process.env.CONTENT_DIR ?? 'content';
const context: ImportContext = loadSiteContext(CONTENT);
const run = (text: string, options: { id?: string; province?: string } = {}) =>
  importText({ text, fileName: 'thu.txt', source: null, encodingNote: 'UTF-8' }, options, context);
const bodyOf = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
const fixture = (name: string) => readFileSync(join('test/fixtures/import', name), 'utf8');

describe('Dòng của văn bản hành chính', () => {
  it('nhận ra phần La Mã viết "I." và "II-"', () => {
    expect(classifyLine('I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ type: 'roman', so: 'I.', number: 'I', rest: 'MỤC ĐÍCH, YÊU CẦU' });
    expect(classifyLine('II- NHIỆM VỤ, GIẢI PHÁP')).toMatchObject({ type: 'roman', so: 'II-', number: 'II' });
  });

  it('nhận ra khoản "1." và "1)", điểm "a)" và "đ)", gạch đầu dòng "-" và "+"', () => {
    expect(classifyLine('1. Tiêu chí thi đua')).toMatchObject({ type: 'numbered', so: '1.', number: '1' });
    expect(classifyLine('1) Tạo chuyển biến')).toMatchObject({ type: 'numbered', so: '1)', number: '1' });
    expect(classifyLine('4.Nâng cao chất lượng')).toMatchObject({ type: 'numbered', number: '4' });
    expect(classifyLine('a) Đối với tỉnh')).toMatchObject({ type: 'lettered', letter: 'a' });
    expect(classifyLine('đ) Đối với cá nhân')).toMatchObject({ type: 'lettered', letter: 'đ' });
    expect(classifyLine('- Bộ Nội vụ (Báo cáo);')).toMatchObject({ type: 'dash', rest: 'Bộ Nội vụ (Báo cáo);' });
    expect(classifyLine('– Quán triệt sâu sắc')).toMatchObject({ type: 'dash' });
    expect(classifyLine('+ Lưu: VT.')).toMatchObject({ type: 'plus', rest: 'Lưu: VT.' });
  });

  it('không lấy số tiền, ngày hay "1.1" làm khoản', () => {
    expect(classifyLine('1.000.000 đồng').type).toBe('text');
    expect(classifyLine('15/12/2025 là ngày có hiệu lực').type).toBe('text');
  });

  it('nhận ra "Điều 5.", "Chương II", "Mục 1", "Phụ lục"', () => {
    expect(classifyLine('Điều 5. Quy trình xét khen thưởng')).toMatchObject({ type: 'dieu', so: 'Điều 5.', number: '5', rest: 'Quy trình xét khen thưởng' });
    expect(classifyLine('Chương II')).toMatchObject({ type: 'chuong', so: 'Chương II', number: 'II', rest: '' });
    expect(classifyLine('Mục 1. KHEN THƯỞNG')).toMatchObject({ type: 'muc', number: '1' });
    expect(classifyLine('Mục đích của đợt thi đua').type).toBe('text');
    expect(classifyLine('Phụ lục I')).toMatchObject({ type: 'phu-luc' });
  });

  it('dòng có số trong một bảng là một hàng của bảng, không phải khoản', () => {
    expect(classifyLine('1 | Kỷ cương hành chính | 40')).toEqual({ type: 'table-row', cells: ['1', 'Kỷ cương hành chính', '40'] });
    expect(classifyLine('1 | Kỷ cương |')).toEqual({ type: 'table-row', cells: ['1', 'Kỷ cương', ''] });
  });

  it('nhận ra "Nơi nhận:" và các dòng tư cách ký "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"', () => {
    expect(classifyLine('Nơi nhận:')).toMatchObject({ type: 'recipients', rest: '' });
    for (const l of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ']) expect(classifyLine(l).type, l).toBe('capacity');
  });
});

describe('Phần đầu văn bản', () => {
  it('đọc số "Số: 0124/KH-UBND", bỏ khoảng trắng thừa, và để null số bỏ trống "Số      -KH/TU"', () => {
    expect(parseNumber('Số: 0124/KH-UBND')?.number).toBe('0124/KH-UBND');
    expect(parseNumber('Số: 1813 /KH-UBND')?.number).toBe('1813/KH-UBND');
    expect(parseNumber('Số      -KH/TU')?.number).toBeNull();
    expect(isNumberLine('Số      -KH/TU')).toBe(true);
  });

  it('đọc ngày "ngày 18 tháng 11 năm 2025" và chỉ ghi phần nguồn có khi ngày để trống', () => {
    expect(parsePlaceDate('ngày 18 tháng 11 năm 2025')).toEqual({ place: null, date: '2025-11-18' });
    expect(parsePlaceDate('Hà Nam, ngày 14 tháng 10 năm 2014')).toEqual({ place: 'Hà Nam', date: '2014-10-14' });
    expect(parsePlaceDate('Hà Nội, ngày … tháng … năm 2025')).toEqual({ place: 'Hà Nội', date: '2025' });
    expect(parsePlaceDate('Ninh Thuận, ngày      tháng 01 năm 2025')).toEqual({ place: 'Ninh Thuận', date: '2025-01' });
  });

  it('ghép tên cơ quan tách hai dòng, và phân biệt cơ quan cấp trên với cơ quan ban hành', () => {
    expect(issuerName(['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN'])).toBe('Ủy ban nhân dân tỉnh Nghệ An');
    expect(issuerName(['TỈNH ỦY NINH THUẬN'])).toBe('Tỉnh ủy Ninh Thuận');
    expect(issuerName(['UBND TỈNH QUẢNG NINH', 'SỞ NỘI VỤ'])).toBe('Sở Nội vụ tỉnh Quảng Ninh');
  });
});

describe('Văn bản tự viết theo kiểu của tỉnh khác (khái quát, không khớp riêng dữ liệu của cẩm nang)', () => {
  const plan = run(fixture('ke-hoach-quang-ninh-tu-viet.txt'));
  const planBody = bodyOf(plan.files.get(`content/van-ban/${plan.id}.mdx`)!);
  const planAnchors = extractOutline(planBody).map((e) => e.id);

  it('kế hoạch của một sở (Quảng Ninh): số, ngày, cơ quan ban hành dưới cơ quan cấp trên, người ký "KT. GIÁM ĐỐC"', () => {
    expect(plan.report.metadata).toEqual({
      kind: 'ke-hoach', number: '0124/KH-SNV', date: '2025-11-18', place: 'Quảng Ninh',
      issuer: 'Sở Nội vụ tỉnh Quảng Ninh', signer: 'Trần Thị Bình', province: 'Quảng Ninh',
    });
    expect(plan.metadata.signer?.title).toBe('KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC');
  });

  it('đặt id cho phần "I-", khoản "1)", điểm "đ)" (viết "dd"), phụ lục; bảng vẫn là bảng', () => {
    expect(planAnchors).toEqual(expect.arrayContaining(['muc-i', 'muc-i-khoan-1', 'muc-ii-khoan-1-diem-a', 'muc-ii-khoan-1-diem-dd', 'muc-iii-khoan-3', 'phu-luc']));
    expect(planBody).toContain('<tr><td>1</td><td>Kỷ cương hành chính</td><td>40</td></tr>');
    expect(planAnchors.some((a) => /khoan-40|khoan-2-2/.test(a))).toBe(false);
  });

  it('giữ "+" là ý con của gạch đầu dòng, "Nơi nhận" và chữ ký trong khối riêng', () => {
    expect(planBody).toMatch(/- Thực hiện đúng giờ làm việc;\n {2}- Không đi muộn, về sớm;/);
    expect(planBody).toMatch(/<Recipients>\n\nNơi nhận:\n\n- UBND tỉnh \(b\/c\);/);
    expect(planBody).toMatch(/<SignatureBlock>\n\nKT\. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bình\n\n<\/SignatureBlock>/);
  });

  it('"Giao X chủ trì, phối hợp với Y" thành một nhiệm vụ: X chủ trì, Y phối hợp; cơ quan chưa có được đề xuất, có đánh dấu', () => {
    const t = plan.tasks.find((x) => x.anchor === 'muc-iii-khoan-1')!;
    expect(t.responsibilities).toEqual([
      { agency: 'phong-cong-chuc-quang-ninh', role: 'chu-tri' },
      { agency: 'van-phong-so-quang-ninh', role: 'phoi-hop' },
    ]);
    expect(t.cadence).toBe('hằng quý');
    const proposed = parseYaml(plan.files.get('content/co-quan/phong-cong-chuc-quang-ninh.yaml')!);
    expect(proposed).toMatchObject({ province: 'Quảng Ninh', proposed: true });
  });

  it('"Đề nghị …" là đề nghị; nhóm "UBND các xã, phường" được đề xuất như một nhóm; "báo cáo về Sở Nội vụ" là nhận báo cáo', () => {
    expect(plan.tasks.find((x) => x.anchor === 'muc-iii-khoan-2')).toMatchObject({ basis: 'de-nghi', responsibilities: [{ agency: 'cong-doan-so-quang-ninh', role: 'thuc-hien' }] });
    expect(plan.tasks.find((x) => x.anchor === 'muc-iii-khoan-3')!.responsibilities).toEqual([
      { agency: 'nhom-ubnd-xa-phuong-quang-ninh', role: 'thuc-hien' },
      { agency: 'so-noi-vu-quang-ninh', role: 'bao-cao' },
    ]);
    expect(parseYaml(plan.files.get('content/co-quan/nhom-ubnd-xa-phuong-quang-ninh.yaml')!)).toMatchObject({ kind: 'nhom', level: 'xa' });
  });

  const decision = run(fixture('quyet-dinh-da-nang-tu-viet.txt'));
  const decisionBody = bodyOf(decision.files.get(`content/van-ban/${decision.id}.mdx`)!);

  it('quyết định của thành phố (Đà Nẵng): số và ngày để trống không bị tự điền, dòng thẩm quyền không vào tiêu đề', () => {
    expect(decision.report.metadata).toMatchObject({ kind: 'quyet-dinh', number: null, date: '2026', issuer: 'Ủy ban nhân dân thành phố Đà Nẵng', signer: 'Lê Văn C' });
    expect(decision.metadata.title).toBe('Về việc khen thưởng đột xuất');
    expect(decision.report.warnings.join('\n')).toMatch(/Số văn bản để trống/);
    expect(extractOutline(decisionBody).map((e) => e.id)).toEqual(['dieu-1', 'dieu-2', 'dieu-3']);
  });

  it('quyết định: người chịu trách nhiệm thi hành ở Điều 3 được đọc qua chức danh ("Giám đốc Sở Nội vụ")', () => {
    const t = decision.tasks.find((x) => x.anchor === 'dieu-3')!;
    expect(t.responsibilities.map((r) => r.agency)).toContain('so-noi-vu-da-nang');
    expect(decision.files.get('content/co-quan/so-noi-vu-da-nang.yaml')).toMatch(/name: Sở Nội vụ thành phố Đà Nẵng/);
  });

  it('nhập lại cùng một tệp cho đúng cùng các tệp', () => {
    const again = run(fixture('ke-hoach-quang-ninh-tu-viet.txt'));
    expect([...again.files]).toEqual([...plan.files]);
  });
});

describe('Văn bản nguồn của cẩm nang', () => {
  it('quyết định kèm quy định (Bắc Ninh): điều của quyết định mang tiền tố "qd-", điều của quy định giữ id "dieu-3-khoan-2-diem-b"', () => {
    const r = run(readFileSync('sources/documents/bac-ninh-86-2025-qd-ubnd.txt', 'utf8'));
    const ids = extractOutline(bodyOf(r.files.get(`content/van-ban/${r.id}.mdx`)!)).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['qd-dieu-1', 'qd-dieu-3', 'chuong-i', 'dieu-1', 'dieu-3-khoan-2-diem-b', 'dieu-8-khoan-4-diem-dd', 'dieu-11']));
    expect(r.report.metadata).toMatchObject({ number: '86/2025/QĐ-UBND', date: '2025-12-03', signer: 'Phạm Hoàng Sơn' });
    expect(r.metadata.effective).toBe('2025-12-15');
  });

  it('chữ ký "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (Nghệ An 982): người ký và tư cách', () => {
    const r = run(readFileSync('sources/documents/nghe-an-982-kh-ubnd-2025.txt', 'utf8'));
    expect(r.metadata.signer).toEqual({ name: 'Phùng Thành Vinh', title: 'TM. ỦY BAN NHÂN DÂN – KT. CHỦ TỊCH – PHÓ CHỦ TỊCH' });
  });

  it('giữ từng ký tự: dấu "*" của phần đầu và dấu ngoặc nhọn được thoát cho MDX', () => {
    expect(escapeMdx('*')).toBe('\\*');
    expect(escapeMdx('{x} <b>')).toBe('\\{x\\} \\<b\\>');
    expect(escapeMdx('1. không phải danh sách')).toBe('1\\. không phải danh sách');
  });
});

describe('Mã hóa và tệp bị từ chối', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('đọc UTF-16 (có BOM) và Windows-1258 (dấu thanh tổ hợp), nói rõ đã chuyển mã', () => {
    const text = 'KẾ HOẠCH';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(utf16, 'a.txt')).toEqual({ text, encoding: 'UTF-16 LE → UTF-8' });
    // "Kế hoạch" in Windows-1258: ê (0xEA) + combining acute (0xEC); a + combining dot below (0xF2).
    const cp1258 = new Uint8Array([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68]);
    expect(decodeText(cp1258, 'b.txt')).toEqual({ text: 'Kế hoạch', encoding: 'Windows-1258 → UTF-8' });
  });

  it('từ chối PDF, tệp rỗng, tệp nhị phân với lời nhắn tiếng Việt nói cách sửa', () => {
    expect(() => decodeText(enc('%PDF-1.7\n…'), 'vb.pdf')).toThrow(/vb\.pdf: là tệp PDF.*lưu thành \.docx \(Word\) hoặc \.txt/);
    expect(() => decodeText(new Uint8Array(), 'rong.txt')).toThrow(/rong\.txt: tệp rỗng/);
    expect(() => decodeText(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), 'anh.txt')).toThrow(/tệp nhị phân/);
  });

  it('từ chối văn bản không phải văn bản hành chính', () => {
    expect(() => run('Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.\n\nBuổi chiều trời mưa.')).toThrow(ImportRefusal);
    expect(() => run('Hôm nay trời đẹp.')).toThrow(/không nhận ra đây là một văn bản hành chính/);
  });

  it('nhập tệp .docx (Word) qua mammoth: phần đầu, khoản, bảng, chữ ký; nhiệm vụ của Sở Nội vụ', async () => {
    const d = await decodeDocx(new Uint8Array(readFileSync('test/fixtures/import/ke-hoach-ha-tinh-tu-viet.docx')), 'ha-tinh.docx');
    const r = importText({ text: d.text, fileName: 'ha-tinh.docx', source: null, encodingNote: d.encoding }, {}, context);
    expect(r.report.metadata).toMatchObject({ number: '12/KH-UBND', date: '2026-01-05', issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', signer: 'Nguyễn Văn D' });
    expect(r.report.warnings).toContain('Mã hóa: DOCX (đọc bằng mammoth).');
    expect(r.files.get(`content/van-ban/${r.id}.mdx`)).toContain('<tr><td>1</td><td>Kỷ cương</td></tr>');
    expect(r.tasks[0].responsibilities[0]).toEqual({ agency: 'so-noi-vu-ha-tinh', role: 'chu-tri' });
  });

  it('đọc HTML của mammoth (.docx): đoạn thành dòng, hàng của bảng thành các ô " | "', () => {
    const html = '<p>KẾ HOẠCH</p><table><tr><td><p>STT</p></td><td><p>Nội dung</p></td></tr><tr><td>1</td><td>Kỷ cương &amp; ứng xử</td></tr></table><ul><li>Lưu: VT.</li></ul>';
    expect(htmlToLines(html).split('\n').filter(Boolean)).toEqual(['KẾ HOẠCH', 'STT | Nội dung', '1 | Kỷ cương & ứng xử', '- Lưu: VT.']);
  });
});

describe('Lệnh npm run import', () => {
  const cli = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync('npm', ['run', '--silent', 'import', '--', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', ...env } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => !/^npm (warn|notice)/.test(l)).join('\n') };
  };
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  const content = join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const plan = join(dir, 'ke-hoach.txt');
  writeFileSync(plan, fixture('ke-hoach-quang-ninh-tu-viet.txt'));

  it('--dry-run --json in báo cáo JSON đúng các khóa, không ghi tệp nào', () => {
    const r = cli([plan, '--dry-run', '--json'], { CONTENT_DIR: content });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['id', 'files', 'metadata', 'parts', 'tasks', 'agencies', 'warnings']);
    expect(Object.keys(report.metadata)).toEqual(['kind', 'number', 'date', 'place', 'issuer', 'signer', 'province']);
    expect(Object.keys(report.agencies)).toEqual(['matched', 'proposed']);
    expect(report.parts).toBeGreaterThan(10);
    expect(existsSync(join(content, 'van-ban', `${report.id}.mdx`))).toBe(false);
  });

  it('ghi tệp, in báo cáo tiếng Việt với lệnh xem trước; lần hai không ghi đè khi thiếu --force (mã 2)', () => {
    const first = cli([plan, '--id', 'ke-hoach-thu-quang-ninh'], { CONTENT_DIR: content });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Xem trước: npm run dev, rồi mở http:\/\/localhost:4321\/van-ban\/ke-hoach-thu-quang-ninh\//);
    const file = join(content, 'van-ban', 'ke-hoach-thu-quang-ninh.mdx');
    const written = readFileSync(file, 'utf8');
    writeFileSync(file, `${written}\nsửa tay`);
    const second = cli([plan, '--id', 'ke-hoach-thu-quang-ninh'], { CONTENT_DIR: content });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/đã có\. Không ghi đè\. Sửa: thêm --force/);
    expect(readFileSync(file, 'utf8')).toBe(`${written}\nsửa tay`);
    expect(cli([plan, '--id', 'ke-hoach-thu-quang-ninh', '--force'], { CONTENT_DIR: content }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });

  it('tệp PDF: mã 2, lời nhắn tiếng Việt, không vết ngăn xếp, không ghi gì', () => {
    const pdf = join(dir, 'van-ban.pdf');
    writeFileSync(pdf, '%PDF-1.7\n');
    const r = cli([pdf], { CONTENT_DIR: content });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/là tệp PDF/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));
});
