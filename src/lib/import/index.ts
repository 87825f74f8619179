/**
 * The importer: an official text in, the site's files and a review report out. Pure: the
 * caller (scripts/import.ts, the tests) reads the file and the site's agencies and documents,
 * and decides whether to write. The same input always gives the same output.
 */
import { stringify } from 'yaml';
import { fold, slugify } from '../vi';
import { DOCUMENT_KINDS } from '../../schemas/document';
import { parseText, walkParts, type ParsedText } from './parse';
import { readMetadata, flatText, plainValue, type ImportMetadata } from './metadata';
import { quoteDates, renderBody, renderFrontmatter } from './mdx';
import { AgencyMatcher, extractTasks, type AgencyRef, type DraftTask, type ProposedAgency } from './tasks';
import { ImportRefusal } from './errors';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { documentSchema } from '../../schemas/document';
import { taskFileSchema } from '../../schemas/task';
import { agencySchema } from '../../schemas/agency';
import { extractOutline } from '../outline';

export { ImportRefusal } from './errors';
export type { AgencyRef } from './tasks';

export interface LibraryEntry { id: string; kind: string; number: string | null }

export interface ImportInput {
  /** The decoded text. */
  text: string;
  /** The file name as given, for messages. */
  fileName: string;
  /** The `source` field: a seed file name or "documents/<name>", or null when the file is not in sources/. */
  source: string | null;
  /** What the decoder did ("UTF-8", "Windows-1258 → UTF-8", …). */
  encodingNote: string | null;
}

export interface ImportOptions { id?: string; province?: string }
export interface ImportContext { agencies: AgencyRef[]; library: LibraryEntry[] }

export interface ImportReport {
  id: string;
  files: string[];
  metadata: { kind: string; number: string | null; date: string | null; place: string | null; issuer: string | null; signer: string | null; province: string | null };
  parts: number;
  tasks: number;
  agencies: { matched: string[]; proposed: string[] };
  warnings: string[];
}

export interface ImportResult {
  id: string;
  /** Files to write, path relative to the repository → content. */
  files: Map<string, string>;
  report: ImportReport;
  parsed: ParsedText;
  metadata: ImportMetadata;
  tasks: DraftTask[];
  proposed: ProposedAgency[];
  /** Vietnamese review report for the person who ran the import. */
  reportText: string;
}

const NUMBER_RE = /(?<![\p{L}\d/])(\d{1,4}(?:\/\d{4})?[-/][\p{Lu}Đ]{1,6}\d{0,2}(?:[-/][\p{Lu}Đ\d]{1,6}){0,2})(?![\p{L}\d])/gu;
const normNumber = (n: string) => fold(n).replace(/\s+/g, '').toUpperCase();

/** Imports one text. Throws ImportRefusal (with a Vietnamese message) for a text that is not an administrative document. */
export function importText(input: ImportInput, options: ImportOptions, context: ImportContext): ImportResult {
  const warnings: string[] = [];
  if (input.encodingNote && input.encodingNote !== 'UTF-8') warnings.push(`Mã hóa: ${input.encodingNote}.`);
  const text = input.text.normalize('NFC');
  const parsed = parseText(text);
  const main = parsed.sections[0];
  const hasKind = !!main?.kind;
  const hasNumber = main?.header.some((h) => /^Số(?![\p{L}])/u.test(h.text));
  const parts = parsed.sections.flatMap((s) => walkParts(s.body)).filter((p) => p.part.so);
  if (!main || (!hasKind && !hasNumber && !parsed.press) || (!parts.length && !parsed.press && !main.signature.length)) {
    throw new ImportRefusal(
      `${input.fileName}: không nhận ra đây là một văn bản hành chính (không thấy tên loại văn bản như “KẾ HOẠCH”, “QUYẾT ĐỊNH”, dòng “Số: …” hay các mục đánh số). ` +
        'Sửa: kiểm tra đúng tệp; nếu là văn bản, chép cả phần đầu (cơ quan ban hành, số, ngày, tên loại) vào tệp.',
    );
  }
  const metadata = readMetadata(parsed, options, warnings);
  const province = plainValue(metadata.province);
  const id = options.id ?? documentId(metadata);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new ImportRefusal(`--id "${id}" không hợp lệ. Sửa: chỉ dùng chữ thường không dấu, số và gạch nối.`);

  const matcher = new AgencyMatcher(context.agencies, province);
  // Tasks come from the decision and from the regulation it promulgates alike.
  const allBodies = { ...main, body: parsed.sections.flatMap((s) => [...s.body, ...s.closing]) };
  const taskResult = main ? extractTasks(allBodies, matcher, { docId: id, province, kind: metadata.kind, press: parsed.press, provinceUnit: /thành phố\s+\S/iu.test(issuerPlainOf(metadata)) ? 'thành phố' : 'tỉnh' }) : null;
  const tasks = taskResult?.tasks ?? [];
  const proposed = [...(taskResult?.proposed.values() ?? [])].filter((p) => !context.agencies.some((a) => a.id === p.id)).sort((a, b) => a.id.localeCompare(b.id));
  for (const name of taskResult?.unmatched ?? []) warnings.push(`Không khớp được chủ thể “${name}” với cơ quan nào${province ? '' : ' (không biết tỉnh để đề xuất: chạy lại với --province)'}: câu không được tạo nhiệm vụ, cần thêm bằng tay.`);
  for (const p of proposed) warnings.push(`Đề xuất cơ quan mới “${p.name}” (content/co-quan/${p.id}.yaml, proposed: true): kiểm tra tên, loại và cấp.`);

  // Relations: numbers the text cites that the library holds.
  const allText = parsed.sections.map((s) => `${s.header.map((h) => h.text).join('\n')}\n${flatText(s)}`).join('\n');
  const implementsIds = new Set<string>();
  const referencesIds = new Set<string>();
  const supersedesIds = new Set<string>();
  const cited = new Set<string>();
  const own = metadata.number ? normNumber(metadata.number) : null;
  const byNumber = new Map(context.library.filter((d) => d.number).map((d) => [normNumber(d.number!), d]));
  for (const m of allText.matchAll(NUMBER_RE)) {
    const n = normNumber(m[1]);
    if (n === own) continue;
    const doc = byNumber.get(n);
    if (!doc) { cited.add(m[1]); continue; }
    const before = allText.slice(Math.max(0, m.index! - 80), m.index!);
    if (/Thực hiện [^.;]*$/u.test(before) && (metadata.title ?? '').includes(m[1])) implementsIds.add(doc.id);
    else if (/(?:Bãi bỏ|[Tt]hay thế)\s[^.;]{0,40}$/u.test(before)) supersedesIds.add(doc.id);
    else referencesIds.add(doc.id);
  }
  for (const i of [...implementsIds, ...supersedesIds]) referencesIds.delete(i);
  const unknownCited = [...cited].filter((c) => /\/(?:\d{4}\/)?(?:QH|NĐ|TT|QĐ|CT|NQ|KH)|-(?:CT|NQ|KH)\//u.test(c)).sort();
  if (unknownCited.length) warnings.push(`Văn bản dẫn chiếu ${unknownCited.length} văn bản thư viện chưa có (${unknownCited.slice(0, 8).join(', ')}${unknownCited.length > 8 ? ', …' : ''}): thêm mục chỉ có thông tin (fullText: false) nếu cần liên kết.`);

  const sourceNotes: { text: string; note: string }[] = [];
  if (metadata.numberPrinted) sourceNotes.push({ text: metadata.numberPrinted, note: `Nguồn in số có khoảng trắng; cẩm nang ghi số là ${metadata.number}.` });
  for (const h of main?.header ?? []) {
    if (/^Số(?![\p{L}])/u.test(h.text) && metadata.number === null) sourceNotes.push({ text: h.text, note: 'Nguồn để trống số văn bản; cẩm nang không tự điền số.' });
  }
  const kindLabel = (DOCUMENT_KINDS as Record<string, string>)[metadata.kind] ?? metadata.kind;
  const issuerPlain = plainValue(metadata.issuer);
  const shortIssuer = (issuerPlain ?? '').replace(/^Ủy ban nhân dân/u, 'UBND');
  const shortTitle = metadata.number ? `${kindLabel} ${metadata.number}${shortIssuer ? ` của ${shortIssuer}` : ''}` : `${kindLabel}${shortIssuer ? ` của ${shortIssuer}` : ''}${plainValue(metadata.issued) ? ` (${plainValue(metadata.issued)})` : ''}`;
  if (!metadata.title) warnings.push('Không thấy tiêu đề: điền title bằng tay.');
  const summary = `${kindLabel} của ${issuerPlain ?? 'cơ quan chưa rõ'}; tóm tắt do công cụ nhập tạo, cần viết lại bằng lời của cẩm nang.`;
  warnings.push('Trường summary là câu tạm: viết lại một câu tóm tắt bằng lời của cẩm nang.');

  const front: Record<string, unknown> = { kind: metadata.kind, title: metadata.title ?? shortTitle, shortTitle, summary };
  if (parsed.press) {
    Object.assign(front, { author: metadata.author, outlet: metadata.outlet, issued: metadata.issued, status: 'da-dang', province: metadata.province ?? null });
  } else {
    Object.assign(front, {
      number: metadata.number, issuer: metadata.issuer, signer: metadata.signer, issued: metadata.issued,
      ...(metadata.effective ? { effective: metadata.effective } : {}),
      status: metadata.draft ? 'du-thao' : 'ban-hanh', province: metadata.province ?? null, place: metadata.place,
    });
  }
  Object.assign(front, {
    source: input.source, fullText: true,
    relations: { implements: [...implementsIds].sort(), references: [...referencesIds].sort(), ...(supersedesIds.size ? { supersedes: [...supersedesIds].sort() } : {}) },
    ...(parsed.omitted.length ? { omitted: parsed.omitted } : {}),
    ...(sourceNotes.length ? { sourceNotes } : {}),
  });
  if (!input.source) warnings.push('Tệp không nằm trong sources/: chép tệp vào sources/documents/ để phép thử chép lại kiểm tra được từng câu, rồi ghi source: documents/<tên tệp>.');

  const files = new Map<string, string>();
  files.set(`content/van-ban/${id}.mdx`, renderFrontmatter(front) + '\n' + renderBody(parsed));
  if (tasks.length) {
    const header = `# Nhiệm vụ do công cụ nhập văn bản tạo từ ${input.fileName} (bản nháp, cần người duyệt: summary, vai trò, cơ quan).\n`;
    files.set(`content/nhiem-vu/${id}.yaml`, header + quoteDates(stringify({ document: id, tasks }, { lineWidth: 0 })));
  }
  for (const p of proposed) {
    files.set(`content/co-quan/${p.id}.yaml`, stringify({
      name: p.name, shortName: p.shortName, aliases: [], kind: p.kind, level: p.level, province: p.province,
      proposed: true, note: `Cơ quan do công cụ nhập văn bản đề xuất (văn bản ${id} ghi “${p.seenAs}”); cần người duyệt tên, loại, cấp và cơ quan cấp trên.`,
    }, { lineWidth: 0 }));
  }

  selfCheck(files, id, context);

  for (const u of parsed.unplaced) warnings.push(`Dòng ${u.line} (“${u.text.slice(0, 60)}”): ${u.why}.`);
  const partCount = parsed.sections.flatMap((s) => walkParts(s.body)).filter((p) => p.part.so).length;
  const inferredFields = (['issuer', 'province', 'issued'] as const).filter((k) => typeof metadata[k] === 'object' && metadata[k] !== null);
  const report: ImportReport = {
    id,
    files: [...files.keys()],
    metadata: {
      kind: metadata.kind, number: metadata.number, date: plainValue(metadata.issued), place: metadata.place,
      issuer: issuerPlain, signer: metadata.signer?.name ?? null, province,
    },
    parts: partCount,
    tasks: tasks.length,
    agencies: { matched: [...(taskResult?.matched.keys() ?? [])].sort(), proposed: proposed.map((p) => p.id) },
    warnings,
  };
  const reportText = renderReport(report, metadata, inferredFields);
  return { id, files, report, parsed, metadata, tasks, proposed, reportText };
}

const issuerPlainOf = (m: ImportMetadata) => plainValue(m.issuer) ?? '';

/** "ke-hoach-982-kh-ubnd-nghe-an": kind, number, province; without a number, kind, province and date. */
export function documentId(m: ImportMetadata): string {
  const province = plainValue(m.province);
  const parts = [m.kind];
  if (m.number) parts.push(slugify(m.number));
  if (province && !(m.number && /\/TW$/u.test(m.number))) parts.push(slugify(province));
  if (!m.number) parts.push(slugify(plainValue(m.issued) ?? 'khong-ngay'));
  return parts.join('-').replace(/-+/g, '-');
}

function renderReport(r: ImportReport, m: ImportMetadata, inferred: readonly string[]): string {
  const label = (k: string) => ({ issuer: 'cơ quan ban hành', province: 'tỉnh', issued: 'ngày' } as Record<string, string>)[k] ?? k;
  const reason = (v: unknown) => (typeof v === 'object' && v !== null && 'inferred' in v ? (v as { inferred: string }).inferred : '');
  const lines = [
    `Nhập văn bản: ${r.id}`,
    '',
    'Đã nhận ra:',
    `  Loại: ${(DOCUMENT_KINDS as Record<string, string>)[r.metadata.kind] ?? r.metadata.kind}`,
    `  Số, ký hiệu: ${r.metadata.number ?? 'không ghi trong nguồn (null)'}`,
    `  Ngày: ${r.metadata.date ?? 'không rõ'}${r.metadata.place ? ` · Nơi ban hành: ${r.metadata.place}` : ''}`,
    `  Cơ quan ban hành: ${r.metadata.issuer ?? 'không rõ'}`,
    `  Người ký: ${r.metadata.signer ?? 'không rõ'}${m.signer?.title ? ` (${m.signer.title})` : ''}`,
    `  Tỉnh: ${r.metadata.province ?? 'không rõ'}`,
    `  Mục đánh số có id: ${r.parts} · Nhiệm vụ nháp: ${r.tasks}`,
    `  Cơ quan đã khớp: ${r.agencies.matched.length ? r.agencies.matched.join(', ') : 'không có'}`,
    `  Cơ quan đề xuất mới: ${r.agencies.proposed.length ? r.agencies.proposed.join(', ') : 'không có'}`,
  ];
  if (inferred.length) {
    lines.push('', 'Giá trị suy luận (cần kiểm tra):');
    for (const k of inferred) lines.push(`  - ${label(k)}: ${reason(m[k as keyof ImportMetadata])}`);
  }
  if (r.warnings.length) {
    lines.push('', 'Cần người xem lại:');
    for (const w of r.warnings) lines.push(`  - ${w}`);
  }
  lines.push('', 'Tệp:', ...r.files.map((f) => `  ${f}`));
  lines.push('', `Xem trước: npm run dev, rồi mở http://localhost:4321/van-ban/${r.id}/`, 'Kiểm tra: npm test (bản build dừng nếu một trường, một liên kết hay một khoản không hợp lệ).');
  return lines.join('\n');
}

/**
 * Checks every file against the schemas and the outline reader the build uses, so what the
 * importer writes never stops the build. A failure here is a bug of the importer: the message
 * names the file and the field.
 */
function selfCheck(files: Map<string, string>, id: string, context: ImportContext): void {
  const problems: string[] = [];
  const docFile = `content/van-ban/${id}.mdx`;
  const raw = files.get(docFile)!;
  const m = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/)!;
  const doc = documentSchema(z.string()).safeParse(parseYaml(m[1]));
  if (!doc.success) problems.push(...doc.error.issues.map((i) => `${docFile}: ${i.path.join('.')}: ${i.message}`));
  let anchors = new Set<string>();
  try {
    anchors = new Set(extractOutline(m[2], docFile).map((e) => e.id));
  } catch (e) {
    problems.push((e as Error).message);
  }
  const known = new Set([...context.agencies.map((a) => a.id), ...[...files.keys()].filter((f) => f.startsWith('content/co-quan/')).map((f) => f.replace(/^content\/co-quan\/|\.yaml$/g, ''))]);
  for (const [file, content] of files) {
    if (file.startsWith('content/nhiem-vu/')) {
      const tasks = taskFileSchema.safeParse(parseYaml(content));
      if (!tasks.success) problems.push(...tasks.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`));
      else {
        const ids = new Set<string>();
        for (const t of tasks.data.tasks) {
          if (!anchors.has(t.anchor)) problems.push(`${file}: ${t.id}: anchor "${t.anchor}" không có trong văn bản`);
          if (ids.has(t.id)) problems.push(`${file}: id "${t.id}" lặp lại`);
          ids.add(t.id);
          for (const r of t.responsibilities) if (!known.has(r.agency)) problems.push(`${file}: ${t.id}: cơ quan "${r.agency}" không có`);
        }
      }
    }
    if (file.startsWith('content/co-quan/')) {
      const a = agencySchema.safeParse(parseYaml(content));
      if (!a.success) problems.push(...a.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`));
    }
  }
  if (problems.length) throw new Error(`Công cụ nhập tạo ra tệp không hợp lệ (lỗi của công cụ, hãy báo lại):\n${problems.join('\n')}`);
}
