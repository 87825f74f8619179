/**
 * Properties of the eligibility engine over generated profiles (fast-check): thousands of valid
 * profiles of every award of the registry go through the command's core (`run`: validation, the
 * boundary, the evaluation), and the rules a user relies on must hold for each of them.
 *
 * "Adding a fact" means exactly (docs/eligibility-cli.md: an absent field, list or history year
 * is unknown; a given list is complete): giving a history year that was absent, a field of a
 * history year that was absent (rating, titles, monthsWorked, maternityLeaveMonths), a list that
 * was absent (initiatives, awards, achievements, discipline, with any content), `joinedOn`, or a
 * field of `collective`. Not an addition: an element appended to a given list, a title added to
 * a given `titles`, or a pending flag (absent means "not pending").
 *
 * The runs are seeded (FC_SEED, default below) so a failure reproduces; fast-check prints the
 * seed and the path of the smallest counter-example it found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registryOf, type EligibilityResult, type Registry } from '../src/lib/eligibility';
import { formatIssue, run } from '../src/lib/eligibility/validate';
import type { Award, Condition } from '../src/schemas/award';
import { earlierGrantArb, extensionArb, profileArb, shuffled, type JsonProfile } from './eligibility/generators';
import { registry } from './eligibility/registry';

const SEED = Number(process.env.FC_SEED ?? 20261130);
const RUNS = Number(process.env.FC_RUNS ?? 1000);
const reg = registry();

function check(p: JsonProfile, r: Registry = reg): EligibilityResult {
  const out = run(p, r);
  if (!out.ok) throw new Error(`Bộ sinh hồ sơ tạo hồ sơ không hợp lệ ${JSON.stringify(p)}:\n${out.issues.map(formatIssue).join('\n')}`);
  return out.results[0];
}

const summary = (r: EligibilityResult) => `${r.verdict}: ${r.criteria.map((k) => `${k.id}=${k.status} (${k.explanation})`).join(' | ')}`;

/** Whether a result reports two given facts as contradicting each other. */
const reportsContradiction = (r: EligibilityResult) => r.criteria.some((k) => k.status === 'unknown' && /mâu thuẫn/.test(k.explanation));

const options = (numRuns = RUNS) => ({ seed: SEED, numRuns });

describe('Tính chất của bộ máy xét trên hồ sơ sinh ngẫu nhiên', () => {
  it('bộ sinh tạo hồ sơ hợp lệ cho mọi danh hiệu trong danh mục và cho đủ bốn kết luận', () => {
    const awards = new Set<string>();
    const verdicts = new Set<string>();
    fc.assert(
      fc.property(profileArb(reg), (p) => {
        const r = check(p);
        awards.add(`${p.award}:${p.subject ?? 'individual'}`);
        verdicts.add(r.verdict);
      }),
      options(),
    );
    const expected = reg.list.flatMap((a) => (a.subject.length ? a.subject : ['ca-nhan', 'tap-the']).filter((s) => s !== 'ho-gia-dinh').map((s) => `${a.id}:${s === 'tap-the' ? 'collective' : 'individual'}`));
    expect(expected.filter((k) => !awards.has(k))).toEqual([]);
    expect([...verdicts].sort()).toEqual(['deferred', 'eligible', 'needs-info', 'not-eligible']);
  });

  /** Checks that Q → P (P = Q plus facts) never flips a decided verdict. */
  const neverFlips = ({ fewer, more, added }: { fewer: JsonProfile; more: JsonProfile; added: unknown }) => {
    const before = check(fewer);
    if (before.verdict !== 'eligible' && before.verdict !== 'not-eligible') return;
    const after = check(more);
    if (after.verdict === before.verdict) return;
    // Two given facts that contradict each other are reported as such (needs-info), never
    // resolved in favour of whichever fact happens to be present.
    if (after.verdict === 'needs-info' && reportsContradiction(after)) return;
    // No exception for the one-achievement-once cut-off (khoản 2 Điều 5 Luật Thi đua, khen
    // thưởng: the years and initiatives an earlier grant of the same award was given for do not
    // count again): a year or list that could hold such a grant is unknown until given, so
    // adding the grant can only settle "needs-info" (docs/eligibility.md §4.5).
    expect.fail(
      `Thêm ${JSON.stringify(added)} đổi kết luận ${before.verdict} → ${after.verdict}.\nHồ sơ ít thông tin: ${JSON.stringify(fewer)}\n  ${summary(before)}\nHồ sơ nhiều thông tin: ${JSON.stringify(more)}\n  ${summary(after)}`,
    );
  };

  it('thêm một thông tin chỉ có thể làm rõ kết luận "chưa xác định": kết luận đã có (đủ, chưa đủ tiêu chuẩn) không bao giờ đổi', () => {
    fc.assert(fc.property(extensionArb(reg), neverFlips), options(RUNS * 2));
  });

  it('thêm một lần được tặng trước của chính danh hiệu đó (vào năm hay danh sách chưa ghi) cũng không đổi kết luận đã có, vì trước đó kết quả đã là "chưa xác định"', () => {
    fc.assert(fc.property(earlierGrantArb(reg), neverFlips), options(RUNS * 2));
  });

  it('hồ sơ đang chờ kết luận (xem xét kỷ luật, điều tra, khiếu nại) thì vẫn chưa xét dù thêm thông tin gì', () => {
    fc.assert(
      fc.property(extensionArb(reg), fc.constantFrom('disciplineReview', 'investigation', 'complaint'), ({ fewer, more }, flag) => {
        const pending = { [flag]: true };
        const before = check({ ...fewer, pending });
        const after = check({ ...more, pending });
        expect(before.verdict).toBe('deferred');
        expect(after.verdict, summary(after)).toBe('deferred');
      }),
      options(RUNS / 2),
    );
  });

  it('cùng một hồ sơ luôn cho cùng một kết quả, dù các danh sách được ghi theo thứ tự nào', () => {
    fc.assert(
      fc.property(profileArb(reg), fc.integer(), (p, salt) => {
        const first = check(p);
        expect(check(p)).toEqual(first);
        const rand = mulberry32(salt);
        const reordered = shuffled(p, rand);
        expect(check(reordered), `thứ tự khác: ${JSON.stringify(reordered)}`).toEqual(first);
      }),
      options(),
    );
  });

  it('khi bộ máy giả định một tiêu chí định tính để kết luận đủ tiêu chuẩn, kết quả nói rõ giả định đó và cần đơn vị xác nhận', () => {
    const variants = assumptionVariants(reg);
    expect(variants.length).toBeGreaterThan(3);
    let decisive = 0;
    fc.assert(
      fc.property(profileArb(reg), (p) => {
        const r = check(p);
        if (r.verdict !== 'eligible') return;
        for (const { what, registry: strict } of variants) {
          if (check(p, strict).verdict === 'eligible') continue;
          decisive++;
          const text = r.criteria.map((k) => k.explanation).join('\n');
          expect(text, `giả định "${what}" quyết định kết luận của ${JSON.stringify(p)}`).toContain(clauseOf(what));
          expect(text).toMatch(/[Gg]iả định đạt[^\n]*xác nhận/);
        }
      }),
      options(),
    );
    expect(decisive).toBeGreaterThan(0);
  });
});

/** The wording copy.ts gives a qualitative criterion inside a sentence (first letter lower case, no final stop). */
function clauseOf(what: string): string {
  return (what.charAt(0).toLowerCase() + what.slice(1)).replace(/\.$/, '');
}

/**
 * For each qualitative criterion the engine takes as met (`assumed`), a registry where that one
 * criterion is unknown instead: a profile whose verdict changes there was decided on the assumption.
 */
function assumptionVariants(r: Registry): { what: string; registry: Registry }[] {
  const whats = new Set<string>();
  const collect = (c: Condition) => {
    if (c.type === 'assumed') whats.add(c.what);
    if (c.type === 'all-of' || c.type === 'any-of') c.of.forEach(collect);
  };
  for (const a of r.list) for (const k of a.criteria) collect(k.condition);
  const replace = (c: Condition, what: string): Condition => {
    if (c.type === 'assumed' && c.what === what) return { type: 'unverifiable', what, ask: 'Đơn vị xác nhận tiêu chí định tính này.' };
    if (c.type === 'all-of' || c.type === 'any-of') return { ...c, of: c.of.map((x) => replace(x, what)) };
    return c;
  };
  return [...whats].map((what) => ({
    what,
    registry: registryOf(r.list.map((a): Award => ({ ...a, criteria: a.criteria.map((k) => ({ ...k, condition: replace(k.condition, what) })) }))),
  }));
}

/** A small seeded random generator, so that the reordering is part of the reproducible case. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
