/**
 * `npx tsx scripts/bench-eligibility.ts`: the eligibility command on a national list. Streams N
 * generated profiles (10,000 and 1,000,000 by default) through the real command
 * `eligibility --jsonl -` and reports profiles per second and the peak memory of the command's
 * process tree (targets of issue 14: at least 5,000 profiles/s, under 300 MB at any size).
 * Profiles are generated on the fly into the pipe, so nothing of the list is held in memory or on disk.
 *
 *   npx tsx scripts/bench-eligibility.ts                    # 10000 and 1000000; prints a table
 *   npx tsx scripts/bench-eligibility.ts --sizes 10000 --write   # also writes BENCHMARKS.md (block "eligibility")
 *
 * `npm run bench` calls it too (scripts/bench.ts).
 */
import { processTree } from './lib/processes';
import { readFlags } from './lib/args';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchmarkBlock } from './benchmarks-file';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_RATE = 5000;
const TARGET_PEAK = 300 * 1024 * 1024;

const AWARDS = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-bo-nganh-tinh', 'bang-khen-bo-nganh-tinh', 'giay-khen', 'bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba'];
const RATINGS = ['htxs', 'htt', 'ht'];

/** Profile i of the synthetic list: varied awards, histories, initiatives and awards received, all valid. */
function syntheticProfile(i: number): string {
  const year = 2024 + (i % 3);
  const history = [0, 1, 2, 3, 4].slice(0, 1 + (i % 5)).map((k) => ({
    year: year - k,
    rating: RATINGS[(i + k) % 3],
    titles: (i + k) % 2 ? ['lao-dong-tien-tien'] : ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'],
    monthsWorked: 12 - ((i + k) % 4),
  }));
  const profile: Record<string, unknown> = {
    award: AWARDS[i % AWARDS.length],
    year,
    history,
    initiatives: i % 4 ? [{ id: `sk-${i}`, year: year - (i % 2), kind: 'sang-kien', level: i % 3 ? 'co-so' : 'bo-tinh', usedFor: [] }] : [],
    awards: i % 5 ? [{ award: 'giay-khen', year: year - 3 }] : [],
    discipline: [],
  };
  if (i % 7 === 0) delete profile.awards; // an absent list: unknown, not "none"
  return JSON.stringify(profile);
}


const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * Over a process tree (npm, tsx, node): the sum of each process's own peak resident memory
 * (VmHWM), the largest, and the CPU seconds (user + system) of the process with the largest.
 */
function treePeak(pid: number): { sum: number; largest: number; cpu: number } {
  let sum = 0;
  let largest = 0;
  let cpu = 0;
  for (const p of processTree(pid)) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (!m) continue;
      const bytes = Number(m[1]) * 1024;
      sum += bytes;
      if (bytes > largest) {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        [largest, cpu] = [bytes, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND];
      }
    } catch {
      /* ended */
    }
  }
  return { sum, largest, cpu };
}

interface EligibilityBench {
  profiles: number;
  results: number;
  seconds: number;
  /** Profiles per second over the whole run, start-up included. */
  rate: number;
  /** Profiles per second from the first result to the last (start-up excluded). */
  steadyRate: number;
  /** Peak memory of the whole process tree (npm, tsx and the node process that checks). */
  peakBytes: number;
  /** Peak memory of the node process that checks the profiles. */
  workerPeakBytes: number;
  /**
   * Profiles per CPU second of that process (last sample, start-up included): on a shared machine
   * the wall-clock rate depends on the other load, this does not.
   */
  cpuRate: number;
  code: number;
}

/** Streams `n` profiles through `eligibility --jsonl -` and measures it. */
function measure(n: number): Promise<EligibilityBench> {
  return new Promise((done, fail) => {
    const started = performance.now();
    // The command as users run it (package.json sets its V8 flags).
    const child = spawn('npm', ['run', '--silent', 'eligibility', '--', '--jsonl', '-'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let results = 0;
    let firstAt = 0;
    let lastAt = 0;
    let stderr = '';
    let peak = 0;
    let workerPeak = 0;
    let cpu = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) results++;
      lastAt = performance.now();
      if (!firstAt) firstAt = lastAt;
    });
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    const timer = setInterval(() => {
      if (!child.pid) return;
      const m = treePeak(child.pid);
      [peak, workerPeak, cpu] = [Math.max(peak, m.sum), Math.max(workerPeak, m.largest), Math.max(cpu, m.cpu)];
    }, 200);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) console.error(stderr);
      done({ profiles: n, results, seconds, rate: n / seconds, steadyRate: results > 1 ? (results - 1) / ((lastAt - firstAt) / 1000) : 0, peakBytes: peak, workerPeakBytes: workerPeak, cpuRate: cpu ? results / cpu : 0, code: code ?? 1 });
    });
    // Write with back-pressure: the list is never held in memory here either.
    let i = 0;
    const pump = () => {
      while (i < n) {
        let batch = '';
        for (let k = 0; k < 200 && i < n; k++, i++) batch += `${syntheticProfile(i)}\n`;
        if (!child.stdin.write(batch)) return void child.stdin.once('drain', pump);
      }
      child.stdin.end();
    };
    pump();
  });
}

const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
const num = (x: number) => Math.round(x).toLocaleString('vi-VN');

/** Runs the sizes, prints a Markdown table and verdicts; writes BENCHMARKS.md when asked. Returns whether the targets hold. */
export async function benchEligibility(options: { sizes?: number[]; write?: boolean } = {}): Promise<boolean> {
  const sizes = options.sizes ?? [10_000, 1_000_000];
  const rows: EligibilityBench[] = [];
  for (const n of sizes) {
    console.log(`Xét ${num(n)} hồ sơ qua eligibility --jsonl …`);
    const r = await measure(n);
    console.log(`   ${r.seconds.toFixed(1)} s, ${num(r.rate)} hồ sơ/s (${num(r.steadyRate)} hồ sơ/s sau khởi động, ${num(r.cpuRate)} hồ sơ/giây CPU), đỉnh ${mb(r.peakBytes)} (tiến trình xét: ${mb(r.workerPeakBytes)}), mã thoát ${r.code}`);
    rows.push(r);
  }
  const ok = rows.every((r) => r.code === 0 && r.results === r.profiles && r.steadyRate >= TARGET_RATE && r.peakBytes < TARGET_PEAK);
  const md = [
    `Máy: ${cpus().length} lõi, ${Math.round(totalmem() / 1024 ** 3)} GB, tải trung bình lúc đo ${loadavg()[0].toFixed(1)}. Lệnh \`npm run eligibility -- --jsonl -\`, hồ sơ sinh sẵn (\`scripts/bench-eligibility.ts\`).`,
    '',
    '| Số hồ sơ | Thời gian | Hồ sơ/giây (cả khởi động) | Hồ sơ/giây (sau khởi động) | Hồ sơ/giây CPU | Bộ nhớ đỉnh (npm + tsx + node) | Tiến trình xét |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${num(r.profiles)} | ${r.seconds.toFixed(1)} s | ${num(r.rate)} | ${num(r.steadyRate)} | ${num(r.cpuRate)} | ${mb(r.peakBytes)} | ${mb(r.workerPeakBytes)} |`),
    '',
    `- Mục tiêu ≥ ${num(TARGET_RATE)} hồ sơ/giây và dưới ${mb(TARGET_PEAK)} ở mọi cỡ: ${ok ? 'đạt' : 'CHƯA ĐẠT'}.`,
  ].join('\n');
  console.log(`\n${md}\n`);
  if (options.write) console.log(`Đã ghi bảng vào ${writeBenchmarkBlock('eligibility', md)}.`);
  return ok;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = readFlags({ sizes: { type: 'string' }, write: { type: 'boolean' } }, 'npx tsx scripts/bench-eligibility.ts [--sizes 10000,1000000] [--write]');
  const sizes = values.sizes?.split(',').map(Number).filter((x) => x >= 1);
  process.exitCode = (await benchEligibility({ sizes, write: values.write })) ? 0 : 1;
}
