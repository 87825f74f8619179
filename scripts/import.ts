/**
 * npm run import -- FILE [--id ID] [--province NAME] [--dry-run] [--force] [--json]
 *
 * Turns an official text (.txt or .docx) into the site's files: content/van-ban/<id>.mdx,
 * content/nhiem-vu/<id>.yaml and proposed agencies in content/co-quan/, and prints a review
 * report in Vietnamese (or JSON with --json). Exit 2 with a Vietnamese message and nothing
 * written for a file it refuses. The logic is in src/lib/import/ (docs/importer.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importText, ImportRefusal } from '../src/lib/import/index';
import { decodeDocx, decodeText } from '../src/lib/import/decode';
import { loadSiteContext } from '../src/lib/import/site-content';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'Cách dùng: npm run import -- TỆP.txt|TỆP.docx [--id ID] [--province "Tên tỉnh"] [--dry-run] [--force] [--json]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        id: { type: 'string' }, province: { type: 'string' }, 'dry-run': { type: 'boolean' },
        force: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const bad = (e as Error).message.match(/'(-{1,2}[^']+)'/)?.[1];
    throw new ImportRefusal(`Tham số không hợp lệ${bad ? `: "${bad}"` : ''}. Sửa: chỉ dùng --id, --province, --dry-run, --force, --json.\n${USAGE}`);
  }
  if (args.values.help) { console.log(USAGE); return 0; }
  if (args.positionals.length !== 1) throw new ImportRefusal(`Cần đúng một tệp.\n${USAGE}`);
  const file = resolve(args.positionals[0]);
  const name = args.positionals[0];
  if (!existsSync(file)) throw new ImportRefusal(`Không tìm thấy tệp "${name}". Sửa: kiểm tra đường dẫn.`);
  const ext = extname(file).toLowerCase();
  const bytes = new Uint8Array(readFileSync(file));
  if (ext === '.pdf') throw new ImportRefusal(`${name}: là tệp PDF, công cụ không đọc PDF. Sửa: mở tệp và lưu thành .docx (Word) hoặc .txt (UTF-8) rồi nhập tệp đó.`);
  if (ext !== '.txt' && ext !== '.docx') throw new ImportRefusal(`${name}: chỉ nhập được tệp .txt hoặc .docx (tệp này là "${ext || 'không có đuôi'}"). Sửa: lưu văn bản thành .docx hoặc .txt (UTF-8).`);
  const decoded = ext === '.docx' ? await decodeDocx(bytes, name) : decodeText(bytes, name);

  const contentDir = resolve(process.env.CONTENT_DIR ?? join(ROOT, 'content'));
  const sourcesDir = join(ROOT, 'sources');
  const rel = relative(sourcesDir, file).split(sep).join('/');
  const source = rel.startsWith('seeds/') ? basename(file) : rel.startsWith('documents/') ? rel : null;

  const result = importText(
    { text: decoded.text, fileName: name, source, encodingNote: decoded.encoding },
    { id: args.values.id, province: args.values.province },
    loadSiteContext(contentDir),
  );
  const docPath = `content/van-ban/${result.id}.mdx`;
  const target = (p: string) => join(contentDir, p.replace(/^content\//, ''));
  if (!args.values['dry-run']) {
    if (existsSync(target(docPath)) && !args.values.force) {
      throw new ImportRefusal(`${docPath} đã có. Không ghi đè. Sửa: thêm --force để ghi đè, hoặc --id để đặt id khác.`);
    }
    for (const [p, content] of result.files) {
      // Proposed agencies never overwrite an agency someone already reviewed.
      if (p.startsWith('content/co-quan/') && existsSync(target(p))) continue;
      mkdirSync(dirname(target(p)), { recursive: true });
      writeFileSync(target(p), content);
    }
  }
  if (args.values.json) process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  else console.log(`${args.values['dry-run'] ? '(Chạy thử: không ghi tệp nào.)\n' : ''}${result.reportText}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof ImportRefusal) {
      console.error(e.message);
      process.exit(e.exitCode);
    }
    console.error(`Lỗi không mong đợi khi nhập văn bản: ${(e as Error).message}`);
    process.exit(1);
  },
);
