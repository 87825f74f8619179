/**
 * The eligibility rules, case by case (OpenFisca style): every file in test/eligibility/cases/
 * holds cases written as Vietnamese sentences, each with a profile and the expected verdict,
 * criterion statuses and phrases of the explanations and of "missing" — or the expected error.
 * Plus the engine's invariants (verdict follows the criteria, result shape of the contract) and
 * the input questions it derives for the checker.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { evaluate, fromContract, requiredInputs, type EligibilityResult } from '../src/lib/eligibility';
import { formatIssue, run, validateProfiles } from '../src/lib/eligibility/validate';
import { registry } from './eligibility/registry';

const CASES = 'test/eligibility/cases';
const SPEC_AWARDS = [
  'lao-dong-tien-tien',
  'chien-si-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-bo-nganh-tinh',
  'chien-si-thi-dua-toan-quoc',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-bo-nganh-tinh',
  'co-thi-dua-chinh-phu',
  'giay-khen',
  'bang-khen-bo-nganh-tinh',
  'bang-khen-thu-tuong',
  'huan-chuong-lao-dong-hang-ba',
];

interface Case {
  name: string;
  profile: Record<string, unknown>;
  verdict?: EligibilityResult['verdict'];
  criteria?: Record<string, 'met' | 'not-met' | 'unknown'>;
  missing?: string[];
  explanations?: Record<string, string[]>;
  citations?: Record<string, string>;
  decidedBy?: string;
  error?: string[];
}

const files = readdirSync(CASES).filter((f) => f.endsWith('.yaml')).sort();
const suites = files.map((file) => ({ file, cases: parseYaml(readFileSync(join(CASES, file), 'utf8')) as Case[] }));
const all = suites.flatMap((s) => s.cases);
const reg = registry();

function resultOf(c: Case): EligibilityResult {
  const v = validateProfiles(c.profile, reg);
  if (!v.ok) throw new Error(`Hồ sơ của ca "${c.name}" không hợp lệ:\n${v.issues.map(formatIssue).join('\n')}`);
  return evaluate(fromContract(v.profiles[0]), reg);
}

for (const { file, cases } of suites) {
  describe(`Ca xét điều kiện: ${file}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        if (c.error) {
          const out = run(c.profile, reg);
          expect(out.ok, 'hồ sơ sai phải bị từ chối').toBe(false);
          const text = out.ok ? '' : out.issues.map(formatIssue).join('\n');
          for (const phrase of c.error) expect(text).toContain(phrase);
          return;
        }
        const r = resultOf(c);
        const statuses = Object.fromEntries(r.criteria.map((k) => [k.id, k.status]));
        if (c.verdict) expect(r.verdict, JSON.stringify(r.criteria.map((k) => [k.id, k.status, k.explanation]), null, 1)).toBe(c.verdict);
        for (const [id, status] of Object.entries(c.criteria ?? {})) {
          expect(statuses[id], `tiêu chí ${id} (có: ${Object.keys(statuses).join(', ')})`).toBe(status);
        }
        for (const [id, phrases] of Object.entries(c.explanations ?? {})) {
          const k = r.criteria.find((x) => x.id === id);
          expect(k, `tiêu chí ${id}`).toBeDefined();
          for (const phrase of phrases) expect(k!.explanation).toContain(phrase);
        }
        for (const [id, phrase] of Object.entries(c.citations ?? {})) {
          expect(r.criteria.find((x) => x.id === id)?.citation).toContain(phrase);
        }
        const missing = r.missing.join('\n');
        for (const phrase of c.missing ?? []) expect(missing).toContain(phrase);
        if (c.decidedBy) expect(r.decidedBy).toContain(c.decidedBy);
      });
    }
  });
}

describe('Bộ ca kiểm thử đủ rộng', () => {
  it('có ít nhất 40 ca', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it('mỗi mã danh hiệu trong đặc tả có ít nhất một ca', () => {
    const covered = new Set(all.map((c) => c.profile.award));
    expect(SPEC_AWARDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('có ca cho cả bốn kết luận và cho hồ sơ sai', () => {
    const verdicts = new Set(all.map((c) => c.verdict).filter(Boolean));
    expect([...verdicts].sort()).toEqual(['deferred', 'eligible', 'needs-info', 'not-eligible']);
    expect(all.some((c) => c.error)).toBe(true);
  });
});

describe('Kết luận đi theo các tiêu chí, kết quả đúng khuôn của đặc tả', () => {
  const results = all.filter((c) => !c.error).map((c) => ({ c, r: resultOf(c) }));

  it('mỗi kết quả có đúng các trường award, year, verdict, criteria, missing, decidedBy, dossier, ruleset', () => {
    for (const { r } of results) {
      expect(Object.keys(r)).toEqual(['award', 'year', 'verdict', 'criteria', 'missing', 'decidedBy', 'dossier', 'ruleset']);
      for (const k of r.criteria) {
        expect(Object.keys(k)).toEqual(['id', 'status', 'citation', 'article', 'explanation']);
        expect(k.explanation.length).toBeGreaterThan(10);
        if (k.article) expect(k.article).toMatch(/^[a-z0-9-]+(#[a-z0-9-]+)?$/);
      }
      expect(r.ruleset.asOf).toBe('2026-11-01');
      expect(r.ruleset.sources[0]).toBe('06/2022/QH15');
    }
  });

  it('đang chờ kết luận thì chưa xét; có tiêu chí chưa đạt thì chưa đủ; có tiêu chí chưa biết thì chưa xác định', () => {
    for (const { c, r } of results) {
      const pending = Object.values((c.profile.pending as Record<string, boolean>) ?? {}).some(Boolean);
      const s = r.criteria.map((k) => k.status);
      const expected = pending ? 'deferred' : s.includes('not-met') ? 'not-eligible' : s.includes('unknown') ? 'needs-info' : 'eligible';
      expect(r.verdict, c.name).toBe(expected);
    }
  });

  it('chưa đủ hoặc chưa xác định thì luôn nói cần gì; đủ tiêu chuẩn thì không còn gì thiếu', () => {
    for (const { c, r } of results) {
      if (r.verdict === 'eligible') expect(r.missing, c.name).toEqual([]);
      else expect(r.missing.length, c.name).toBeGreaterThan(0);
    }
  });

  it('tiêu chí có độ tin cậy dưới mức cao luôn nói rõ trong lời giải thích', () => {
    for (const { r } of results) {
      const award = reg.get(r.award)!;
      for (const k of r.criteria) {
        const def = award.criteria.find((x) => x.id === k.id && x.citation === k.citation);
        if (def && def.confidence !== 'high') expect(k.explanation).toMatch(/\(độ tin cậy (trung bình|thấp|chưa xác nhận): /);
      }
    }
  });

  it('một danh sách đầu vào trả về kết quả theo đúng thứ tự', () => {
    const input = [all[0].profile, all[1].profile];
    const out = run(input, reg);
    expect(out.ok && out.results.map((r) => r.award)).toEqual([all[0].profile.award, all[1].profile.award]);
  });
});

describe('Câu hỏi cần hỏi cho từng danh hiệu (cho công cụ xét trên trang)', () => {
  it('Bằng khen của Thủ tướng hỏi xếp loại và danh hiệu ít nhất 5 năm liền trước năm đề nghị, và các khen thưởng đã nhận', () => {
    const needs = requiredInputs(reg, 'bang-khen-thu-tuong', { year: 2025 });
    const byField = Object.fromEntries(needs.map((n) => [n.field, n]));
    expect(byField['history.rating'].years).toEqual({ from: 2021, to: 2025 });
    expect(byField['history.titles'].years).toEqual({ from: 2021, to: 2025 });
    expect(byField.awards.criteria).toContain('dieu-73-khoan-1');
  });

  it('Chiến sĩ thi đua bộ, ngành, tỉnh hỏi danh hiệu 3 năm và sáng kiến, không hỏi số liệu tập thể', () => {
    const needs = requiredInputs(reg, 'chien-si-thi-dua-bo-nganh-tinh', { year: 2025 });
    const fields = needs.map((n) => n.field);
    expect(needs.find((n) => n.field === 'history.titles')?.years).toEqual({ from: 2023, to: 2025 });
    expect(fields).toContain('initiatives');
    expect(fields.some((f) => f.startsWith('collective.'))).toBe(false);
  });

  it('Tập thể lao động xuất sắc hỏi số liệu tập thể, không hỏi lịch sử cá nhân', () => {
    const fields = requiredInputs(reg, 'tap-the-lao-dong-xuat-sac', { year: 2025, subject: 'tap-the' }).map((n) => n.field);
    expect(fields).toEqual(expect.arrayContaining(['collective.rating', 'collective.members', 'collective.completedTasks', 'collective.chienSiThiDuaCoSo']));
    expect(fields).not.toContain('history.monthsWorked');
  });
});

describe('Bộ máy xét dùng được trong trình duyệt', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

  it('src/lib/eligibility không nhập module của Node hay của Astro', () => {
    for (const f of sources('src/lib/eligibility')) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/from ['"](node:|fs|path|astro:)/);
      expect(src, f).not.toMatch(/process\.(env|argv)/);
    }
  });

  it('bộ máy xét không viết câu tiếng Việt: nó trả lý do có cấu trúc (mã và số liệu), copy.ts diễn đạt', () => {
    const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐ]/i;
    const code = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const evaluator = [
      ...sources('src/lib/eligibility/conditions')
        .filter((f) => !/(phrases|definitions|types)\.ts$/.test(f))
        .map((f) => {
          const src = readFileSync(f, 'utf8');
          // A condition's file also holds its description on award pages (its `definition`).
          const cut = src.indexOf('export const definition');
          return [f, cut >= 0 ? src.slice(0, cut) : src] as const;
        }),
      ...['evaluate.ts', 'inputs.ts', 'boundary.ts', 'registry.ts'].map((f) => [f, readFileSync(join('src/lib/eligibility', f), 'utf8')] as const),
    ];
    expect(evaluator.length).toBeGreaterThan(18);
    for (const [f, src] of evaluator) {
      const line = code(src).split('\n').find((l) => VIETNAMESE.test(l));
      expect(line, f).toBeUndefined();
    }
  });

  it('mã của công cụ tự kiểm tra trên trang không nhập Zod, kể cả gián tiếp (không cần viết lại mã khi đóng gói)', () => {
    // Follows the value imports (not `import type`) from the checker's browser scripts.
    const seen = new Set<string>();
    const zodFrom: string[] = [];
    const visit = (file: string, via: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gms)) {
        const spec = m[1];
        if (/^(astro\/)?zod$/.test(spec)) zodFrom.push([...via, file].join(' → '));
        if (!spec.startsWith('.')) continue;
        const target = join(dirname(file), spec).replace(/\.ts$/, '');
        if (existsSync(`${target}.ts`)) visit(`${target}.ts`, [...via, file]);
      }
    };
    for (const entry of ['src/components/checker/checker-app.ts', 'src/components/checker/batch-app.ts']) visit(entry, []);
    expect(seen.size).toBeGreaterThan(10);
    expect(zodFrom).toEqual([]);
  });
});
