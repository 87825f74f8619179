/**
 * Tasks and responsibilities: every reference resolves, every task quotes its seed and sits in
 * the clause it links to, the facts of issue 3 hold, a broken file stops the build with a
 * message naming file, field and fix, and the CSV and JSON exports have their documented shape.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { taskFileSchema } from '../src/schemas/task';
import { agenciesExport, agencyExportSchema, documentExportSchema, documentsExport, taskExportSchema, tasksExport } from '../src/lib/responsibilities/json-exports';
import { buildMatrix, heatLevel } from '../src/lib/responsibilities/matrix';
import { byDocumentThenRole, dutiesOf, responsibilitiesAt } from '../src/lib/responsibilities/duties';
import { clauseText, deepestClausesContaining } from '../src/lib/responsibilities/clause-text';
import { dutiesCsv, agenciesCsv, AGENCY_CSV_HEADER, CSV_HEADER } from '../src/lib/responsibilities/csv-exports';
import { integrityProblems } from '../src/lib/responsibilities/integrity';
import { currentBodyText } from '../src/lib/responsibilities/successors';
import { type Task } from '../src/lib/responsibilities/tasks';
import { provinceOf } from '../src/lib/agencies';
import { csvField, parseCsv as parseCsvText, toCsv } from '../src/lib/csv';

/** Parses a CSV the exports wrote (comma-separated, as toCsv writes it). */
const parseCsv = (text: string) => parseCsvText(text, ',');
import { fold } from '../src/lib/vi';
import { DIST, SEEDS, SOURCES, pageHtml, requireDist } from './helpers/site';
import { sourceFile } from '../src/lib/import/site-content';
import { loadAgencies, loadDocs, loadTaskFiles } from './helpers/responsibilities';

const agencies = loadAgencies();
const byId = new Map(agencies.map((a) => [a.id, a]));
const files = loadTaskFiles();
const tasks: Task[] = files.flatMap((f) => f.data.tasks.map((t) => ({ ...t, document: f.data.document, file: f.file })));
const docs = loadDocs();
const docById = new Map(docs.map((d) => [d.id, d]));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Built HTML without Astro's scoped-style attributes, so assertions read like the markup. */
const page = (path: string) => pageHtml(path).replace(/\s+data-astro-cid-[\w-]+(="[^"]*")?/g, '');

/** Tasks of a document at an anchor naming an agency (by id) with a role. */
const named = (doc: string, anchor: string, agency: string, role: string) =>
  tasks.filter((t) => t.document === doc && t.anchor === anchor && t.responsibilities.some((r) => r.agency === agency && r.role === role));
const HA_NAM = 'ke-hoach-1813-kh-ubnd-ha-nam';
const NINH_THUAN = 'ke-hoach-ninh-thuan-thuc-hien-chi-thi-41';

describe('Toàn vẹn dữ liệu nhiệm vụ', () => {
  it('mọi tham chiếu đều tồn tại: cơ quan, văn bản, khoản; mọi nhiệm vụ có cơ quan chịu trách nhiệm', () => {
    expect(integrityProblems(agencies, files, docs)).toEqual([]);
  });

  it('có từ 50 đến 90 nhiệm vụ, trải trên cả năm văn bản nguồn', () => {
    // The five seeds (a source without a folder); imported documents are counted by the importer's tests.
    const seeded = docs.filter((d) => d.data.source && !d.data.source.includes('/')).map((d) => d.id).sort();
    const seedTasks = tasks.filter((t) => seeded.includes(t.document));
    expect(seedTasks.length).toBeGreaterThanOrEqual(50);
    expect(seedTasks.length).toBeLessThanOrEqual(90);
    expect([...new Set(seedTasks.map((t) => t.document))].sort()).toEqual(seeded);
  });

  it('trích dẫn nguồn (sourceText) của mỗi nhiệm vụ là nguyên văn một đoạn của tệp nguồn', () => {
    const missing = tasks.filter((t) => {
      const seed = readFileSync(join(SOURCES, sourceFile(docById.get(t.document)!.data.source!)), 'utf8');
      return !seed.includes(t.sourceText);
    });
    expect(missing.map((t) => `${t.file}: ${t.id}`)).toEqual([]);
  });

  it('trích dẫn nằm trong đúng khoản mà liên kết dẫn tới, và là khoản hẹp nhất chứa nó', () => {
    const wrong = tasks.flatMap((t) => {
      const body = docById.get(t.document)!.body;
      const inClause = clauseText(body, t.anchor)?.includes(collapse(t.sourceText));
      const deepest = deepestClausesContaining(body, t.sourceText);
      return inClause && deepest.includes(t.anchor) ? [] : [`${t.file}: ${t.id} ở "${t.anchor}", trích dẫn nằm ở "${deepest.join('" hoặc "')}"`];
    });
    expect(wrong).toEqual([]);
  });

  it('bài báo và bản tin không "giao" việc: nhiệm vụ lấy từ đó ghi là mô tả hoặc ý kiến về dự thảo', () => {
    for (const t of tasks) {
      const kind = docById.get(t.document)!.kind;
      if (kind === 'bai-viet' || kind === 'tin-tuc') expect(['mo-ta', 'du-thao'], t.id).toContain(t.basis);
      else expect(['giao', 'de-nghi'], t.id).toContain(t.basis);
    }
  });

  it('báo lỗi nêu tệp, trường và cách sửa khi dùng id cơ quan không có, khoản không có, hoặc nhiệm vụ không có cơ quan', () => {
    const broken = structuredClone(files.find((f) => f.data.document === HA_NAM)!);
    broken.data.tasks[0].responsibilities[0].agency = 'so-noi-vu';
    broken.data.tasks[1].anchor = 'muc-ix-khoan-9';
    broken.data.tasks[2].responsibilities = [];
    const problems = integrityProblems(agencies, [broken], docs);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/content\/nhiem-vu\/ke-hoach-1813-kh-ubnd-ha-nam\.yaml: tasks\[0\] \(hn-ii-1-quan-triet\)\.responsibilities\[0\]\.agency = "so-noi-vu".*Sửa:/);
    expect(problems[1]).toMatch(/tasks\[1\] .*\.anchor = "muc-ix-khoan-9" không có trong content\/van-ban\/ke-hoach-1813-kh-ubnd-ha-nam\.mdx\. Sửa:/);
    expect(problems[2]).toMatch(/tasks\[2\] .*\.responsibilities trống.*Sửa:/);
  });

  it('báo lỗi nêu tệp, trường và cách sửa khi cơ quan kế tục hay văn bản căn cứ của một mục sắp xếp không có', () => {
    const old = structuredClone(byId.get('nhom-ubnd-huyen-ha-nam')!);
    old.lineage[1] = { ...old.lineage[1], successor: 'ubnd-xa-khong-co', basisDocument: 'nghi-dinh-khong-co' };
    const problems = integrityProblems(agencies.map((a) => (a.id === old.id ? old : a)), files, docs);
    expect(problems).toEqual([
      expect.stringMatching(/content\/co-quan\/nhom-ubnd-huyen-ha-nam\.yaml: lineage\[1\]\.successor = "ubnd-xa-khong-co" .*Sửa:/),
      expect.stringMatching(/content\/co-quan\/nhom-ubnd-huyen-ha-nam\.yaml: lineage\[1\]\.basisDocument = "nghi-dinh-khong-co" .*Sửa:/),
    ]);
  });

  it('lược đồ từ chối nhiệm vụ không có cơ quan và vai trò ngoài danh mục', () => {
    const r = taskFileSchema.safeParse({ document: 'x', tasks: [{ id: 'a', anchor: 'khoan-1', summary: 'Một việc cần làm.', sourceText: 'Nguyên văn đủ dài.', basis: 'giao', responsibilities: [] }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toMatch(/ít nhất một cơ quan/);
    const role = taskFileSchema.safeParse({ document: 'x', tasks: [{ id: 'a', anchor: 'khoan-1', summary: 'Một việc cần làm.', sourceText: 'Nguyên văn đủ dài.', basis: 'giao', responsibilities: [{ agency: 'a', role: 'lanh-dao' }] }] });
    expect(role.error!.issues[0].message).toMatch(/role phải là một trong: chu-tri/);
  });

  it('bản build dừng với thông báo nêu tệp và cách sửa khi một nhiệm vụ trỏ đến cơ quan không có', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agency-broken-'));
    cpSync('content', join(dir, 'content'), { recursive: true });
    const file = join(dir, 'content', 'nhiem-vu', `${HA_NAM}.yaml`);
    const data = parseYaml(readFileSync(file, 'utf8'));
    data.tasks[0].responsibilities[0].agency = 'co-quan-khong-co';
    writeFileSync(file, toYaml(data));
    const r = spawnSync('npx', ['astro', 'build'], {
      cwd: resolve('.'),
      env: { ...process.env, CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') },
      encoding: 'utf8',
      timeout: 240_000,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(out).toMatch(/ke-hoach-1813-kh-ubnd-ha-nam\.yaml: tasks\[0\].*agency = "co-quan-khong-co"/);
    expect(out).toMatch(/Sửa: dùng id của một tệp trong content\/co-quan\//);
  }, 300_000);
});

describe('Trách nhiệm theo văn bản nguồn', () => {
  it('Ban Tuyên giáo Tỉnh ủy chủ trì nhiệm vụ ở cả Kế hoạch Ninh Thuận (III.3) và Kế hoạch Hà Nam (III.3)', () => {
    expect(named(NINH_THUAN, 'muc-iii-khoan-3', 'ban-tuyen-giao-tinh-uy-ninh-thuan', 'chu-tri').length).toBeGreaterThan(0);
    expect(named(HA_NAM, 'muc-iii-khoan-3', 'ban-tuyen-giao-tinh-uy-ha-nam', 'chu-tri').length).toBeGreaterThan(0);
    for (const id of ['ban-tuyen-giao-tinh-uy-ninh-thuan', 'ban-tuyen-giao-tinh-uy-ha-nam']) expect(fold(byId.get(id)!.name)).toMatch(/^ban tuyen giao tinh uy/);
  });

  it('Sở Nội vụ theo dõi, kiểm tra việc thực hiện Kế hoạch Hà Nam (III.5) và báo cáo UBND tỉnh', () => {
    const [t] = named(HA_NAM, 'muc-iii-khoan-5', 'so-noi-vu-ha-nam', 'theo-doi');
    expect(t).toBeDefined();
    expect(t.responsibilities).toContainEqual({ agency: 'ubnd-tinh-ha-nam', role: 'bao-cao' });
    expect(t.cadence).toMatch(/định kỳ/);
  });

  it('Ban Cán sự đảng UBND tỉnh Ninh Thuận chủ trì theo dõi Kế hoạch (III.5), phối hợp với các ban đảng Tỉnh ủy', () => {
    const [t] = named(NINH_THUAN, 'muc-iii-khoan-5', 'ban-can-su-dang-ubnd-ninh-thuan', 'chu-tri');
    expect(t.responsibilities).toContainEqual({ agency: 'ban-can-su-dang-ubnd-ninh-thuan', role: 'theo-doi' });
    const coop = t.responsibilities.filter((r) => r.role === 'phoi-hop').map((r) => byId.get(r.agency)!);
    expect(coop.map((a) => a.name)).toContain('Các ban đảng Tỉnh ủy Ninh Thuận');
    expect(provinceOf(byId.get('ban-can-su-dang-ubnd-ninh-thuan')!)).toBe('Ninh Thuận');
  });

  it('Kế hoạch Hà Nam nêu vai trò của Mặt trận, Hội đồng TĐKT, cơ quan quản lý nhà nước, báo chí, chi bộ và đảng viên (II.2)', () => {
    const ii2 = tasks.filter((t) => t.document === HA_NAM && t.anchor === 'muc-ii-khoan-2').flatMap((t) => t.responsibilities.map((r) => r.agency));
    expect(ii2).toEqual(expect.arrayContaining(['nhom-mttq-ha-nam', 'nhom-hoi-dong-tdkt-ha-nam', 'co-quan-tdkt-ha-nam', 'nhom-truyen-thong-ha-nam', 'nhom-chi-bo-dang-vien-ha-nam']));
  });

  it('chỉ thị Nghệ An giao Ban Cán sự đảng UBND tỉnh, các ban xây dựng Đảng, UBKT và Văn phòng Tỉnh ủy theo dõi, kiểm tra (khoản 7)', () => {
    const [t] = tasks.filter((x) => x.document === 'chi-thi-nghe-an-nang-cao-chat-luong-tdkt' && x.anchor === 'khoan-7');
    expect(t.responsibilities.map((r) => `${r.agency}/${r.role}`).sort()).toEqual(
      ['ban-can-su-dang-ubnd-nghe-an/theo-doi', 'nhom-ban-xay-dung-dang-nghe-an/theo-doi', 'ubkt-tinh-uy-nghe-an/theo-doi', 'van-phong-tinh-uy-nghe-an/theo-doi'],
    );
  });

  it('nhịp độ "từ đầu năm" và "hàng năm" của chỉ thị Nghệ An được ghi lại', () => {
    const cadences = tasks.filter((t) => t.document === 'chi-thi-nghe-an-nang-cao-chat-luong-tdkt').map((t) => t.cadence);
    expect(cadences).toEqual(expect.arrayContaining(['từ đầu năm', 'hàng năm']));
  });
});

describe('Việc của một cơ quan', () => {
  it('Sở Nội vụ Hà Nam có việc nêu trực tiếp (III.5) và việc với tư cách thành viên "các sở, ban, ngành" (III.1)', () => {
    const d = dutiesOf('so-noi-vu-ha-nam', agencies, tasks);
    expect(d.direct.map((x) => x.task.id)).toEqual(['hn-iii-5-theo-doi']);
    const viaIii1 = d.viaGroups.filter((x) => x.task.anchor === 'muc-iii-khoan-1');
    expect(viaIii1.length).toBe(3);
    expect(viaIii1.every((x) => x.named === 'nhom-so-ban-nganh-ha-nam')).toBe(true);
  });

  it('Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An kế tục việc giao cho Ban Tuyên giáo, Ban Dân vận (khoản 7 chỉ thị)', () => {
    const d = dutiesOf('ban-tgdv-nghe-an', agencies, tasks);
    // Among the seeds only the news report names the board directly (Kế hoạch 982/KH-UBND, imported later, names it too).
    const fromSeeds = d.direct.filter((x) => !docById.get(x.task.document)!.data.source!.includes('/'));
    expect(fromSeeds.map((x) => x.task.id)).toEqual(['tin-13-tgdv']);
    expect(d.viaPredecessors.map((x) => x.task.id)).toContain('na-7-theo-doi');
  });

  it('Sở Nội vụ tỉnh Ninh Bình kế tục việc của Sở Nội vụ Hà Nam (III.5) và, qua nhóm Sở Nội vụ các tỉnh, việc giao cho Ban TĐKT các tỉnh', () => {
    const d = dutiesOf('so-noi-vu-ninh-binh', agencies, tasks);
    expect(d.direct).toEqual([]);
    const inherited = d.viaPredecessors.map((x) => `${x.task.id}/${x.role}/${x.named}`);
    expect(inherited).toContain('hn-iii-5-theo-doi/theo-doi/so-noi-vu-ha-nam');
    expect(inherited).toContain('bv-3-chuong-trinh/chu-tri/nhom-ban-tdkt-cac-tinh');
    const step = d.viaPredecessors.find((x) => x.task.id === 'hn-iii-5-theo-doi')!.succession!;
    expect(step).toMatchObject({ successor: 'so-noi-vu-ninh-binh', from: '2025-07-01' });
  });

  it('cơ quan kế tục hai cơ quan tiền thân thấy mỗi việc (nhiệm vụ, vai trò) một lần', () => {
    const d = dutiesOf('ban-tgdv-nghe-an', agencies, tasks);
    const keys = [...d.direct, ...d.viaGroups, ...d.viaPredecessors].map((x) => `${x.task.id}/${x.role}`);
    expect(keys.length).toBeGreaterThan(2);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('một việc đã nêu trực tiếp không lặp lại ở phần "qua nhóm"', () => {
    const d = dutiesOf('ubmttq-ha-nam', agencies, tasks);
    const direct = new Set(d.direct.map((x) => `${x.task.id}/${x.role}`));
    expect(d.viaGroups.filter((x) => direct.has(`${x.task.id}/${x.role}`))).toEqual([]);
  });

  it('nhóm theo văn bản rồi theo vai trò, vai trò theo thứ tự chủ trì → nhận báo cáo', () => {
    const d = dutiesOf('ban-can-su-dang-ubnd-ninh-thuan', agencies, tasks);
    const [g] = byDocumentThenRole(d.direct, docs.map((x) => x.id));
    expect(g.document).toBe(NINH_THUAN);
    expect(g.roles.map((r) => r.role)).toEqual(['chu-tri', 'thuc-hien', 'theo-doi']);
    expect(g.count).toBe(3);
  });

  it('thẻ cơ quan bên khoản III.5 Ninh Thuận: mỗi cơ quan một thẻ, Ban Cán sự đảng (chủ trì, theo dõi) trước, Ban Thường vụ nhận báo cáo sau', () => {
    const chips = responsibilitiesAt(NINH_THUAN, 'muc-iii-khoan-5', tasks);
    expect(chips[0]).toEqual({ agency: 'ban-can-su-dang-ubnd-ninh-thuan', roles: ['chu-tri', 'theo-doi'] });
    expect(chips.at(-1)).toEqual({ agency: 'ban-thuong-vu-tinh-uy-ninh-thuan', roles: ['bao-cao'] });
    expect(new Set(chips.map((c) => c.agency)).size).toBe(chips.length);
  });
});

describe('Ma trận cơ quan × văn bản', () => {
  const documents = [...new Set(tasks.map((t) => t.document))];
  const { rows, max } = buildMatrix(agencies, tasks, documents);

  it('mỗi hàng là một cơ quan được nêu trực tiếp, tổng của hàng bằng số nhiệm vụ nêu cơ quan đó', () => {
    for (const r of rows) {
      expect(r.total, r.agency.id).toBe(tasks.filter((t) => t.responsibilities.some((x) => x.agency === r.agency.id)).length);
      expect(r.cells.reduce((n, c) => n + c.total, 0)).toBe(r.total);
    }
    const namedIds = new Set(tasks.flatMap((t) => t.responsibilities.map((r) => r.agency)));
    expect(rows.map((r) => r.agency.id).sort()).toEqual([...namedIds].sort());
  });

  it('ô của Ban Cán sự đảng UBND tỉnh Ninh Thuận ghi 1 nhiệm vụ chủ trì, 2 thực hiện, 1 theo dõi', () => {
    const row = rows.find((r) => r.agency.id === 'ban-can-su-dang-ubnd-ninh-thuan')!;
    const cell = row.cells[documents.indexOf(NINH_THUAN)];
    expect(cell).toMatchObject({ total: 3, byRole: { 'chu-tri': 1, 'thuc-hien': 2, 'theo-doi': 1 } });
  });

  it('độ đậm: ô trống 0, ô lớn nhất 4, ô khác 1–4 theo tỉ lệ', () => {
    expect(heatLevel(0, max)).toBe(0);
    expect(heatLevel(max, max)).toBe(4);
    expect(heatLevel(1, 20)).toBe(1);
    expect(heatLevel(11, 20)).toBe(3);
  });
});

describe('Tệp CSV nhiệm vụ của cơ quan', () => {
  it('ô có dấu phẩy, ngoặc kép, xuống dòng được đặt trong ngoặc kép; ô bắt đầu bằng "=" không thành công thức', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('nói "có"')).toBe('"nói ""có"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(null)).toBe('');
  });

  it('tệp có BOM UTF-8, dòng kết thúc CRLF, đọc lại được đúng từng ô', () => {
    const rows = [['Mục', 'Nhiệm vụ'], ['Mục III, khoản 5', 'Theo dõi, kiểm tra; "định kỳ"\nbáo cáo']];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(parseCsv(csv)).toEqual(rows);
  });

  it('CSV của Sở Nội vụ Hà Nam có một dòng mỗi việc, với liên kết đến đúng khoản', () => {
    const d = dutiesOf('so-noi-vu-ha-nam', agencies, tasks);
    const all = [...d.direct, ...d.viaGroups, ...d.viaPredecessors];
    const labels = new Map(docs.map((x) => [x.id, { id: x.id, kind: x.kind, shortTitle: x.data.shortTitle, number: x.data.number }]));
    const rows = parseCsv(dutiesCsv(all, labels, byId, { anchor: (a) => a, basis: (b) => b }, 'https://example.org/'));
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.length).toBe(all.length + 1);
    const iii5 = rows.find((r) => r[0] === 'hn-iii-5-theo-doi')!;
    expect(iii5.at(-1)).toBe('https://example.org/van-ban/ke-hoach-1813-kh-ubnd-ha-nam/#muc-iii-khoan-5');
    expect(iii5[2]).toBe('1813/KH-UBND');
  });

  it('CSV có cột "Cơ quan hiện nay": việc của Sở Nội vụ Hà Nam nay do Sở Nội vụ tỉnh Ninh Bình làm (độ tin cậy trung bình)', () => {
    const d = dutiesOf('so-noi-vu-ha-nam', agencies, tasks);
    const labels = new Map(docs.map((x) => [x.id, { id: x.id, kind: x.kind, shortTitle: x.data.shortTitle, number: x.data.number }]));
    const rows = parseCsv(dutiesCsv(d.direct, labels, byId, { anchor: (a) => a, basis: (b) => b }, 'https://example.org/', currentBodyText('so-noi-vu-ha-nam', agencies)));
    const col = rows[0].indexOf('Cơ quan hiện nay');
    expect(col).toBeGreaterThan(-1);
    expect(rows[1][col]).toBe('Sở Nội vụ tỉnh Ninh Bình (độ tin cậy trung bình)');
    expect(currentBodyText('bao-ha-nam', agencies)).toMatch(/chưa ghi cơ quan kế tục \(tỉnh Hà Nam nay thuộc tỉnh Ninh Bình\)/);
    expect(currentBodyText('ubnd-tinh-nghe-an', agencies)).toBe('Ủy ban nhân dân tỉnh Nghệ An');
  });

  it('co-quan.csv có một dòng mỗi cơ quan, cột "Cơ quan kế tục" ghi ngày, căn cứ và độ tin cậy, "chưa rõ" khi nguồn không có', () => {
    const rows = parseCsv(agenciesCsv(agencies, { kind: (k) => k, level: (l) => l }, 'https://example.org/'));
    expect(rows[0]).toEqual(AGENCY_CSV_HEADER);
    expect(rows.length).toBe(agencies.length + 1);
    const col = AGENCY_CSV_HEADER.indexOf('Cơ quan kế tục');
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    expect(row('ubnd-tinh-ha-nam')[col]).toBe('Ủy ban nhân dân tỉnh Ninh Bình (từ 01/07/2025; căn cứ: Nghị quyết 202/2025/QH15; độ tin cậy trung bình)');
    expect(row('tinh-uy-ha-nam')[col]).toContain('căn cứ: chưa rõ');
    expect(row('ubnd-tinh-nghe-an')[col]).toBe('');
  });
});

describe('Dữ liệu xuất /du-lieu/*.json', () => {
  it('van-ban.json, co-quan.json, nhiem-vu.json đúng lược đồ; document và agency là id của hai tệp kia', () => {
    const vb = documentExportSchema.parse(documentsExport(docs));
    const cq = agencyExportSchema.parse(agenciesExport(agencies));
    const nv = taskExportSchema.parse(tasksExport(tasks, (id) => docById.get(id)?.kind));
    const docIds = new Set(vb.map((d) => d.id));
    const agencyIds = new Set(cq.map((a) => a.id));
    for (const t of nv) {
      expect(docIds.has(t.document), t.id).toBe(true);
      for (const r of t.responsibilities) expect(agencyIds.has(r.agency), `${t.id}: ${r.agency}`).toBe(true);
      expect(t.url).toBe(`/van-ban/${t.document}/#${t.anchor}`);
    }
    for (const a of cq) if (a.successor) expect(agencyIds.has(a.successor)).toBe(true);
  });

  it('van-ban.json ghi tên tệp nguồn cho văn bản chép từ seed, và không tự điền số hay ngày nguồn không có', () => {
    const vb = documentsExport(docs);
    const nt = vb.find((d) => d.id === NINH_THUAN)!;
    expect(nt).toMatchObject({ number: null, date: '2025-01', source: '003_b5512a8cad75f50a.txt', province: 'Ninh Thuận' });
    expect(vb.find((d) => d.id === HA_NAM)).toMatchObject({ number: '1813/KH-UBND', date: '2014-10-14', issuer: 'Ủy ban nhân dân tỉnh Hà Nam' });
  });

  it('co-quan.json ghi các cơ quan kế tục với ngày, căn cứ, độ tin cậy; ngày, căn cứ không có trong nguồn là null', () => {
    const cq = agenciesExport(agencies);
    const rec = (id: string) => cq.find((a) => a.id === id)!;
    expect(rec('ban-tuyen-giao-tinh-uy-nghe-an').successor).toBe('ban-tgdv-nghe-an');
    expect(rec('ubnd-tinh-ha-nam').successors).toEqual([{ id: 'ubnd-tinh-ninh-binh', from: '2025-07-01', basis: 'Nghị quyết 202/2025/QH15', confidence: 'med' }]);
    expect(rec('nhom-ubnd-huyen-ha-nam').successors).toEqual([{ id: 'nhom-ubnd-xa-ninh-binh', from: '2025-07-01', basis: 'Điều 59 Nghị định 129/2025/NĐ-CP', confidence: 'high' }]);
    expect(rec('ban-tdkt-nghe-an').successors).toEqual([{ id: 'so-noi-vu-nghe-an', from: null, basis: null, confidence: 'high' }]);
    expect(rec('ubnd-tinh-nghe-an').successors).toEqual([]);
    // A fact no source shows is never exported as the successor.
    expect(rec('dang-doan-ubmttq-ninh-thuan')).toMatchObject({ successor: null, successors: [] });
  });
});

describe('Trang đã build (SITE_DIST)', () => {
  const built = (p: string) => join(requireDist(), p);

  it('ba tệp xuất có đúng các trường issue nêu và khớp lược đồ', () => {
    const vb = JSON.parse(readFileSync(built('du-lieu/van-ban.json'), 'utf8'));
    const cq = JSON.parse(readFileSync(built('du-lieu/co-quan.json'), 'utf8'));
    const nv = JSON.parse(readFileSync(built('du-lieu/nhiem-vu.json'), 'utf8'));
    expect(Object.keys(vb[0])).toEqual(['id', 'title', 'kind', 'number', 'issuer', 'province', 'date', 'status', 'source', 'url']);
    expect(Object.keys(cq[0])).toEqual(['id', 'name', 'aliases', 'kind', 'level', 'province', 'successor', 'successors', 'url']);
    expect(Object.keys(nv[0])).toEqual(['id', 'document', 'anchor', 'summary', 'responsibilities', 'cadence', 'url']);
    documentExportSchema.parse(vb);
    agencyExportSchema.parse(cq);
    taskExportSchema.parse(nv);
    expect(nv.length).toBe(tasks.length);
    expect(cq.length).toBe(agencies.length);
  });

  it('trang Ban Tuyên giáo Tỉnh ủy Hà Nam liệt kê nhiệm vụ chủ trì và dẫn đến khoản III.3 có thật trên trang văn bản', () => {
    const html = pageHtml('/co-quan/ban-tuyen-giao-tinh-uy-ha-nam/');
    expect(html).toContain(`href="/van-ban/${HA_NAM}/#muc-iii-khoan-3"`);
    expect(html).toMatch(/<h4[^>]*>Chủ trì<\/h4>/);
    expect(html).toMatch(/data-pagefind-filter="agency"[^>]*>Ban Tuyên giáo Tỉnh ủy Hà Nam</);
    expect(html).toContain('href="/co-quan/ban-tuyen-giao-tinh-uy-ha-nam.csv"');
    expect(pageHtml(`/van-ban/${HA_NAM}/`)).toContain('id="muc-iii-khoan-3"');
  });

  it('trang Sở Nội vụ Hà Nam nói cơ quan nay là gì: "Nay là Sở Nội vụ tỉnh Ninh Bình, từ 01/07/2025, theo Nghị quyết 202/2025/QH15", kèm cảnh báo độ tin cậy', () => {
    const html = page('/co-quan/so-noi-vu-ha-nam/');
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>', html.indexOf('<h1')));
    const now = header.slice(header.indexOf('class="now"'));
    expect(collapse(now.replace(/<[^>]+>/g, ''))).toMatch(/Nay là Sở Nội vụ tỉnh Ninh Bình, từ 01\/07\/2025, theo Nghị quyết 202\/2025\/QH15[;.]/);
    expect(now).toContain('href="/co-quan/so-noi-vu-ninh-binh/"');
    expect(now).toMatch(/data-confidence="med"/);
  });

  it('trang cơ quan kế tục liệt kê việc kế tục, đánh dấu "Kế tục", kèm văn bản gốc, ngày văn bản và cơ quan được giao', () => {
    const html = page('/co-quan/so-noi-vu-ninh-binh/');
    const section = html.slice(html.indexOf('id="tien-than"'));
    expect(section).toContain(`href="/van-ban/${HA_NAM}/#muc-iii-khoan-5"`);
    const text = collapse(section.replace(/<[^>]+>/g, ''));
    expect(text).toMatch(/Kế tục: văn bản ngày 14\/10\/2014 giao cho Sở Nội vụ tỉnh Hà Nam; cơ quan này kế tục từ 01\/07\/2025/);
    expect(html).toMatch(/Hợp nhất từ <a href="\/co-quan\/so-noi-vu-ha-nam\/">/);
  });

  it('UBND cấp huyện: trang nói nay là UBND cấp xã, theo Điều 59 Nghị định 129/2025/NĐ-CP, dẫn đến điều đó', () => {
    const html = page('/co-quan/nhom-ubnd-huyen-ha-nam/');
    expect(html).toMatch(/Nay là <a href="\/co-quan\/nhom-ubnd-xa-ninh-binh\/">[^<]+<\/a>, từ 01\/07\/2025, theo <a href="\/van-ban\/nghi-dinh-129-2025-nd-cp\/">Điều 59 Nghị định 129\/2025\/NĐ-CP<\/a>/);
  });

  it('ma trận có cột "Cơ quan hiện nay": hàng Ban Tuyên giáo Tỉnh ủy Hà Nam dẫn đến Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình', () => {
    const html = page('/co-quan/ma-tran/ha-nam/');
    expect(html).toMatch(/<th scope="col"[^>]*>Cơ quan hiện nay<\/th>/);
    const row = html.slice(html.indexOf('href="/co-quan/ban-tuyen-giao-tinh-uy-ha-nam/"'), html.indexOf('</tr>', html.indexOf('href="/co-quan/ban-tuyen-giao-tinh-uy-ha-nam/"')));
    expect(row).toContain('href="/co-quan/ban-tgdv-tinh-uy-ninh-binh/"');
    expect(row).toContain('độ tin cậy trung bình');
  });

  it('danh mục cơ quan (ô tìm) trả lời ai làm việc này hôm nay: Ban Thi đua - Khen thưởng Nghệ An "nay là" Sở Nội vụ', () => {
    const html = page('/co-quan/');
    const li = html.slice(html.indexOf('href="/co-quan/ban-tdkt-nghe-an/"'), html.indexOf('</li>', html.indexOf('href="/co-quan/ban-tdkt-nghe-an/"')));
    expect(li).toMatch(/nay là <a href="\/co-quan\/so-noi-vu-nghe-an\/">Sở Nội vụ tỉnh Nghệ An<\/a>/);
  });

  it('/du-lieu/co-quan.csv có cột cơ quan kế tục; CSV của một cơ quan có cột cơ quan hiện nay', () => {
    const rows = parseCsv(readFileSync(built('du-lieu/co-quan.csv'), 'utf8'));
    expect(rows[0]).toEqual(AGENCY_CSV_HEADER);
    expect(rows.find((r) => r[0] === 'ban-tuyen-giao-tinh-uy-ninh-thuan')?.[AGENCY_CSV_HEADER.indexOf('Cơ quan kế tục')]).toMatch(/^Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa \(thời điểm chưa rõ; căn cứ: Kết luận 121-KL\/TW/);
    const own = parseCsv(readFileSync(built('co-quan/ban-tuyen-giao-tinh-uy-ninh-thuan.csv'), 'utf8'));
    expect(own[1][CSV_HEADER.indexOf('Cơ quan hiện nay')]).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa (độ tin cậy trung bình)');
  });

  it('mỗi cơ quan có tệp CSV; CSV của Sở Nội vụ Hà Nam có việc theo dõi ở III.5', () => {
    for (const a of agencies) expect(existsSync(built(`co-quan/${a.id}.csv`)), a.id).toBe(true);
    const rows = parseCsv(readFileSync(built('co-quan/so-noi-vu-ha-nam.csv'), 'utf8'));
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.find((r) => r[0] === 'hn-iii-5-theo-doi')?.[5]).toBe('Theo dõi, kiểm tra, giám sát');
  });

  it('trang văn bản có thẻ cơ quan bên khoản và bộ lọc tìm kiếm "agency" cho từng cơ quan có nhiệm vụ', () => {
    const html = pageHtml(`/van-ban/${NINH_THUAN}/`);
    const section = html.slice(html.indexOf('id="muc-iii-khoan-5"'), html.indexOf('</section>', html.indexOf('id="muc-iii-khoan-5"')));
    expect(section).toMatch(/<ul class="chips"[^>]*>[\s\S]*href="\/co-quan\/ban-can-su-dang-ubnd-ninh-thuan\/"/);
    const filters = [...html.matchAll(/data-pagefind-filter="agency"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(filters).toEqual(expect.arrayContaining(['Ban Tuyên giáo Tỉnh ủy Ninh Thuận', 'Ban Cán sự đảng Ủy ban nhân dân tỉnh Ninh Thuận']));
  });

  it('ma trận chia theo tỉnh; ô của ma trận Ninh Thuận dẫn đến phần văn bản tương ứng trên trang cơ quan', () => {
    expect(pageHtml('/co-quan/ma-tran/')).toContain('href="/co-quan/ma-tran/ninh-thuan/"');
    const html = pageHtml('/co-quan/ma-tran/ninh-thuan/');
    expect(html).not.toContain('/co-quan/ubnd-tinh-ha-nam/');
    expect(html).toContain(`href="/co-quan/ban-can-su-dang-ubnd-ninh-thuan/#vb-${NINH_THUAN}"`);
    expect(pageHtml('/co-quan/ban-can-su-dang-ubnd-ninh-thuan/')).toContain(`id="vb-${NINH_THUAN}"`);
  });

  it('danh mục cơ quan không cần JavaScript: mọi cơ quan có liên kết trong danh sách', () => {
    const html = pageHtml('/co-quan/');
    for (const a of agencies) expect(html, a.id).toContain(`href="/co-quan/${a.id}/"`);
    expect(readdirSync(built('co-quan')).filter((f) => f.endsWith('.csv')).length).toBe(agencies.length);
    expect(DIST).toBeTruthy();
  });
});
