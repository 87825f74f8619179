/**
 * Lighthouse (mobile, simulated throttling) on the home page, a document, an agency page and
 * the checker, against a built site served on loopback. Prints the four category scores and,
 * with --write, records them in BENCHMARKS.md (between the "lighthouse" markers).
 *
 *   SITE_DIST=/tmp/x-dist npx tsx scripts/lighthouse.ts [--write]
 *
 * Lighthouse is not a dependency of the project (it is large): it runs through
 * `npx --yes lighthouse@13`, with CHROME_PATH=/usr/bin/chromium (or $CHROMIUM_PATH).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDir } from './lib/static-server';
import { writeBenchmarkBlock } from './benchmarks-file';
import { CHROMIUM } from './lib/chromium';
import { readFlags } from './lib/args';

const ROOT = resolve(import.meta.dirname, '..');
const { values: flags } = readFlags({ write: { type: 'boolean' } }, 'SITE_DIST=dist npx tsx scripts/lighthouse.ts [--write]');
const DIST = resolve(process.env.SITE_DIST ?? join(ROOT, 'dist'));
const LIGHTHOUSE = process.env.LIGHTHOUSE_PKG ?? 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { 'performance': 95, 'accessibility': 100, 'best-practices': 95, 'seo': 95 };
const LABELS: Record<(typeof CATEGORIES)[number], string> = { 'performance': 'Hiệu năng', 'accessibility': 'Trợ năng', 'best-practices': 'Thực hành tốt', 'seo': 'SEO' };

/** The page of a section with the largest HTML (the most demanding example), or null. */
function largestIn(section: string, contentFolder: string): string | null {
  const dir = join(DIST, section);
  if (!existsSync(dir)) return null;
  const ids = readdirSync(dir).filter((id) => existsSync(join(dir, id, 'index.html')) && existsSync(join(ROOT, 'content', contentFolder)) &&
    readdirSync(join(ROOT, 'content', contentFolder)).some((f) => f.replace(/\.(mdx|md|yaml|yml|json)$/, '') === id));
  if (!ids.length) return null;
  ids.sort((a, b) => readFileSync(join(dir, b, 'index.html')).length - readFileSync(join(dir, a, 'index.html')).length);
  return `/${section}/${ids[0]}/`;
}

interface Audit { name: string; url: string | null; scores?: Record<string, number>; failed?: string[]; error?: string }

function lighthouse(url: string): Promise<{ scores: Record<string, number>; failed: string[] }> {
  const out = mkdtempSync(join(tmpdir(), 'lh-'));
  const report = join(out, 'report.json');
  const args = [
    '--yes', LIGHTHOUSE, url,
    '--quiet', '--output=json', `--output-path=${report}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--form-factor=mobile',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
  ];
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npx', args, {
      cwd: out,
      env: { ...process.env, CHROME_PATH: CHROMIUM, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => {
      try {
        if (code !== 0 || !existsSync(report)) throw new Error(`lighthouse thoát với mã ${code}: ${log.split('\n').filter((l) => !/npm warn/.test(l)).slice(-8).join(' | ')}`);
        const lhr = JSON.parse(readFileSync(report, 'utf8')) as {
          categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
          audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string; displayValue?: string }>;
          runtimeError?: { message: string };
        };
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
        const scores: Record<string, number> = {};
        const failed: string[] = [];
        for (const c of CATEGORIES) {
          scores[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const a = lhr.audits[ref.id];
            if (a && ref.weight > 0 && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative') failed.push(`${c}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
          }
        }
        resolvePromise({ scores, failed });
      } catch (e) {
        reject(e);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`Không thấy bản build ở ${DIST}. Build trước (npm run build) hoặc đặt SITE_DIST.`);
    process.exit(2);
  }
  const audits: Audit[] = [
    { name: 'Trang chủ', url: '/' },
    { name: 'Văn bản', url: largestIn('van-ban', 'van-ban') },
    { name: 'Cơ quan', url: largestIn('co-quan', 'co-quan') },
    { name: 'Tự kiểm tra', url: existsSync(join(DIST, 'kiem-tra', 'index.html')) ? '/kiem-tra/' : null },
  ];
  const server = await serveDir(DIST);
  try {
    for (const a of audits) {
      if (!a.url) continue;
      try {
        const r = await lighthouse(server.url + a.url);
        a.scores = r.scores;
        a.failed = r.failed;
        console.log(`${a.name} ${a.url}: ${CATEGORIES.map((c) => `${LABELS[c]} ${r.scores[c]}`).join(', ')}`);
        for (const f of r.failed) console.log(`   cần sửa: ${f}`);
      } catch (e) {
        a.error = (e as Error).message;
        console.error(`${a.name} ${a.url}: không chạy được Lighthouse: ${a.error}`);
      }
    }
  } finally {
    await server.close();
  }

  const head = ['Trang', 'Địa chỉ', ...CATEGORIES.map((c) => `${LABELS[c]} (mục tiêu ${c === 'accessibility' ? '' : '≥ '}${TARGETS[c]})`)];
  const rows = audits.map((a) => [
    a.name, a.url ? `\`${a.url}\`` : '(chưa có trang)',
    ...CATEGORIES.map((c) => (a.scores ? `${a.scores[c]}${a.scores[c] < TARGETS[c] ? ' ✗' : ''}` : a.error ? 'lỗi' : '—')),
  ]);
  const notes = audits.flatMap((a) => [
    ...(a.failed ?? []).map((f) => `- ${a.name}: cần sửa — ${f}`),
    ...(a.error ? [`- ${a.name}: Lighthouse không chạy được — ${a.error}`] : []),
  ]);
  const md = [
    `Lighthouse ${LIGHTHOUSE.replace('lighthouse@', '')} (di động, giả lập mạng chậm và CPU chậm ×4, mặc định của Lighthouse), Chromium ${CHROMIUM}, máy chủ tĩnh trên loopback, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
  console.log(`\n${md}\n`);
  if (flags.write) console.log(`Đã ghi vào ${writeBenchmarkBlock('lighthouse', md)}.`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
