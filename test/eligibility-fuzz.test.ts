/**
 * Fuzz test of the eligibility command: a few hundred generated bad inputs (a seeded generator, so a
 * failure can be replayed) must each give exit 2, a message on stderr, nothing on stdout and no
 * stack trace. Most run in-process; a handful go through the real `npm run --silent eligibility`.
 * Every mutation below makes the input bad by construction (a truncated JSON text, a wrong type,
 * an out-of-range value, an unknown field…), so the test cannot pass by accident.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runEligibility } from '../scripts/eligibility';
import { readCheckedRegistry } from '../src/lib/registry-files';
import { random, type Rng } from './helpers/random';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const CASES = 300;


const AWARDS = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-bo-nganh-tinh', 'bang-khen-bo-nganh-tinh', 'giay-khen'];

/** A valid profile to mutate. */
function validProfile(r: Rng): Record<string, unknown> {
  const year = 2024 + r.int(3);
  return {
    award: r.pick(AWARDS),
    year,
    history: [
      { year: year - 1, rating: r.pick(['htxs', 'htt', 'ht']), titles: ['lao-dong-tien-tien'], monthsWorked: 12 },
      { year, rating: r.pick(['htxs', 'htt']), monthsWorked: 6 + r.int(7) },
    ],
    initiatives: [{ id: 'sk-1', year, kind: 'sang-kien', level: 'co-so', usedFor: [] }],
    awards: [],
    discipline: [],
  };
}

type Mutation = (p: Record<string, unknown>, r: Rng) => string | Uint8Array;
/** Pretty-printed on purpose: messages give line numbers. */
const json = (p: unknown) => JSON.stringify(p, null, 2);
const history = (p: Record<string, unknown>) => p.history as Record<string, unknown>[];

const MUTATIONS: [string, Mutation][] = [
  ['JSON cắt ngang', (p, r) => { const t = json(p); return t.slice(0, 1 + r.int(t.length - 1)); }],
  ['byte ngẫu nhiên', (_p, r) => Uint8Array.from({ length: 1 + r.int(200) }, () => r.int(256))],
  ['năm ngoài 1945–2100', (p, r) => json({ ...p, year: r.pick([0, 1944, 2101, 99999, -5]) })],
  ['năm không phải số nguyên', (p, r) => json({ ...p, year: r.pick([2025.5, '2025', null, true, [2025]]) })],
  ['mã danh hiệu không có', (p, r) => json({ ...p, award: r.pick(['lao-dong', 'LAO-DONG-TIEN-TIEN', '', 'x'.repeat(1 + r.int(900))]) })],
  ['trường lạ', (p, r) => json({ ...p, [r.pick(['hoTen', 'Award', 'years', 'note'])]: 1 })],
  ['số tháng công tác sai', (p, r) => { history(p)[1].monthsWorked = r.pick([13, -1, '12', 100]); return json(p); }],
  ['xếp loại không có', (p, r) => { history(p)[0].rating = r.pick(['xuat-sac', 'HTXS', 1, '']); return json(p); }],
  ['ngày không có thật hoặc ngoài khoảng', (p, r) => json({ ...p, joinedOn: r.pick(['2025-02-30', '2025-13-01', '9999-07-01', '1900-01-01', '01/07/2025', '2025-7-1']) })],
  ['khóa trùng', (p) => json(p).replace('"year":', '"year": 2025,\n  "year":')],
  ['UTF-8 sai', (p, r) => { const t = Buffer.from(json(p)); const at = 1 + r.int(t.length - 2); return Buffer.concat([t.subarray(0, at), Buffer.from([r.pick([0xff, 0xc0, 0xed, 0x80])]), t.subarray(at)]); }],
  ['chuỗi quá dài', (p, r) => { (p.initiatives as Record<string, unknown>[])[0].id = 'a'.repeat(1001 + r.int(50_000)); return json(p); }],
  ['danh sách quá dài', (p, r) => json({ ...p, awards: Array.from({ length: 1001 + r.int(3000) }, () => ({ award: 'giay-khen', year: 2020 })) })],
  ['lồng quá sâu', (p, r) => { const d = 20 + r.int(500); return json({ ...p, note: 0 }).replace('"note": 0', `"note": ${'['.repeat(d)}${']'.repeat(d)}`); }],
  ['hồ sơ không phải đối tượng', (_p, r) => r.pick(['[]', '"hồ sơ"', '42', 'null', '[1, 2]', 'true'])],
  ['thông tin sau năm xét', (p) => { history(p).push({ year: (p.year as number) + 1, rating: 'htt' }); return json(p); }],
  ['sickLeaveDays', (p, r) => { history(p)[0].sickLeaveDays = r.int(60); return json(p); }],
  ['danh sách có một hồ sơ sai', (p, r) => json([validProfile(r), { ...p, subject: r.pick(['ca-nhan', 'group', 1]) }])],
];

function cases(n: number, seed: number): { name: string; input: string | Uint8Array }[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const [name, mutate] = MUTATIONS[i % MUTATIONS.length];
    return { name: `${i}: ${name}`, input: mutate(validProfile(r), r) };
  });
}

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

describe(`Hồ sơ sai sinh ngẫu nhiên (hạt giống ${SEED}): mã thoát 2, có thông báo, không in kết quả, không có vết ngăn xếp`, () => {
  const reg = readCheckedRegistry();

  it(`${CASES} hồ sơ sai chạy trong tiến trình`, async () => {
    const failures: string[] = [];
    for (const c of cases(CASES, SEED)) {
      const r = await runEligibility(['-'], c.input, () => reg);
      const ok = r.code === 2 && r.stdout === '' && r.stderr.trim().length > 0 && !stackTrace.test(r.stderr) && r.stderr.length < 4000;
      if (!ok) failures.push(`${c.name} → mã ${r.code}, stdout ${r.stdout.length} ký tự, stderr: ${r.stderr.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
  });

  it('một vài hồ sơ sai qua tiến trình thật npm run --silent eligibility', () => {
    for (const c of cases(4, SEED + 1)) {
      const p = spawnSync('npm', ['run', '--silent', 'eligibility', '--', '-'], { input: c.input, encoding: 'utf8', timeout: 60_000 });
      const stderr = p.stderr.split('\n').filter((l) => !/^npm (warn|WARN)/.test(l)).join('\n');
      expect(p.status, `${c.name}: ${stderr}`).toBe(2);
      expect(p.stdout, c.name).toBe('');
      expect(stderr.trim(), c.name).not.toBe('');
      expect(stderr, c.name).not.toMatch(stackTrace);
    }
  });
});
