/**
 * Next steps in plain words (src/lib/checker/next-steps.ts, copy.ts TOPICS): the checker's
 * `missing` lines carry field codes, the command's name its fields; the page and the batch table
 * never show either.
 */
import { describe, expect, it } from 'vitest';
import { registry } from './eligibility/registry';
import { evaluate, evaluateCoded, fromContract, type Profile } from '../src/lib/eligibility';
import { nextSteps, plainWords, stepText } from '../src/lib/checker/next-steps';
import { batchNextSteps } from '../src/lib/checker/batch/results';
import { checkAnswers } from '../src/lib/checker/check-answers';
import { decidingSentence } from '../src/lib/checker/what-if';
import { WORDS } from '../src/lib/checker/copy';
import { route } from '../src/lib/checker/flow';
import { splitCautions } from '../src/lib/checker/cautions';
import { cautionSuffix } from '../src/lib/eligibility/copy';
import type { Confidence } from '../src/lib/vocabulary';

const reg = registry();
/** Field names of the command's profile format (docs/eligibility-cli.md). */
const FIELD_NAMES = /\b(history|initiatives|awards|achievements|discipline|monthsWorked|maternityLeaveMonths|joinedOn|titles|rating)\b|collective\./;

/** Profiles that leave facts out, over the whole registry. */
function sparseProfiles(): Profile[] {
  const out: Profile[] = [];
  const histories = [undefined, [{ year: 2025, rating: 'htxs' }], [{ year: 2023, rating: 'htxs' }, { year: 2025, rating: 'htt', titles: [] }]];
  for (const a of reg.list) {
    for (const subject of ['individual', 'collective'] as const) {
      for (const sector of ['civil-service', 'armed-forces', 'worker-farmer'] as const) {
        for (const history of histories) {
          out.push({ award: a.id, year: 2025, subject, sector, pending: { disciplineReview: false, investigation: false, complaint: false }, ...(history ? { history } : {}), ...(subject === 'collective' ? { collective: {} } : {}) } as Profile);
        }
      }
    }
  }
  return out;
}

/** The results of the sparse profiles, by `run` (an award not for the subject is not a case). */
function results(run: typeof evaluate) {
  return sparseProfiles().flatMap((p) => {
    try {
      return [run(fromContract(p), reg)];
    } catch {
      return [];
    }
  });
}

/** Every `missing` line the checker gets for the sparse profiles. */
function allMissingLines(): string[] {
  return [...new Set(results(evaluateCoded).flatMap((r) => r.missing))];
}

describe('Việc cần làm tiếp bằng lời thường', () => {
  const lines = allMissingLines();
  const page = (l: string) => nextSteps([l]).map((s) => stepText(s, (field, year) => `[câu hỏi ${field}${year ?? ''}]`.replace(FIELD_NAMES, 'x')));

  it('có đủ loại yêu cầu thông tin để kiểm tra (xếp loại, danh hiệu, sáng kiến, số liệu tập thể…)', () => {
    expect(lines.some((l) => l.includes('⟨history.rating '))).toBe(true);
    expect(lines.some((l) => l.includes('⟨collective.'))).toBe(true);
  });

  it('lệnh nói mỗi yêu cầu bằng tên trường của hồ sơ JSON, không còn mã nào; ngoài đó giống hệt dòng của công cụ', () => {
    const coded = results(evaluateCoded);
    const worded = results(evaluate);
    const lines = worded.flatMap((r) => r.missing);
    expect(lines.some((l) => l.includes('Cho biết kết quả xếp loại năm 2025 (history, trường rating).'))).toBe(true);
    expect(lines.some((l) => l.includes('Cho biết số liệu của tập thể: collective.members.'))).toBe(true);
    expect(lines.filter((l) => /[⟨⟩]/.test(l))).toEqual([]);
    // The checker's result also carries the routes met (for the dossier); the command's does not.
    expect(worded.map((r) => ({ ...r, missing: [] }))).toEqual(coded.map(({ routes: _routes, ...r }) => ({ ...r, missing: [] })));
    expect(worded.map((r) => r.missing.length)).toEqual(coded.map((r) => r.missing.length));
  });

  it('không dòng nào trên trang còn tên trường của lệnh (history, initiatives, collective.…)', () => {
    const leaks = lines.flatMap(page).filter((t) => FIELD_NAMES.test(t));
    expect(leaks).toEqual([]);
  });

  it('“Cho biết ⟨history.rating 2023⟩” (lệnh: “… (history, trường rating)”) thành câu hỏi về xếp loại năm 2023', () => {
    const [step] = nextSteps(['Cho biết ⟨history.rating 2023⟩.']);
    expect(step.asks).toBe(true);
    expect(step.segments).toEqual([{ field: 'history.rating', year: 2023 }, '.']);
  });

  it('trong bảng hàng loạt, mỗi yêu cầu nêu cột CSV cần điền', () => {
    expect(batchNextSteps(['Cho biết ⟨history.rating 2023⟩.'])).toBe('Điền cột xep_loai_2023 (xếp loại năm 2023).');
    expect(batchNextSteps(['Khai báo ⟨initiatives⟩.'])).toContain('sang_kien');
    expect(batchNextSteps(['Cho biết ⟨collective.disciplinedWarningOrAbove⟩.'])).toContain('tt_ky_luat_canh_cao');
    const all = lines.map((l) => batchNextSteps([l]));
    expect(all.filter((t) => FIELD_NAMES.test(t.replace(/Điền cột [a-z_0-9, ]+/gi, '')))).toEqual([]);
  });

  it('việc trả lời được đứng trước các cách khác', () => {
    const steps = nextSteps(['Xếp loại hoàn thành xuất sắc nhiệm vụ: cần được xếp loại hoàn thành xuất sắc nhiệm vụ năm 2025.', 'Khai báo ⟨initiatives⟩.']);
    expect(steps.map((s) => s.asks)).toEqual([true, false]);
  });

  it('không lời giải thích nào trên trang còn tên trường của lệnh', () => {
    const texts = results(evaluateCoded).flatMap((r) => r.criteria.map((c) => plainWords(c.explanation)));
    expect(texts.filter((t) => FIELD_NAMES.test(t))).toEqual([]);
  });

  it('lời giải thích “hồ sơ không có năm 2024 trong history” thành “chưa có thông tin năm 2024”', () => {
    expect(plainWords('Chưa đủ: hồ sơ không có năm 2024 trong history.')).toBe('Chưa đủ: chưa có thông tin năm 2024.');
    expect(plainWords('Cần 3 năm liên tục. Hồ sơ không có năm 2025 trong history.')).toBe('Cần 3 năm liên tục. Chưa có thông tin năm 2025.');
  });
});

describe('Kết quả “chưa xác định” mở đầu bằng điều quyết định nó', () => {
  it('Chiến sĩ thi đua cơ sở, không rõ xếp loại năm 2025: nếu hoàn thành xuất sắc nhiệm vụ thì đủ tiêu chuẩn; nếu không, cần trả lời về sáng kiến', () => {
    const a = { award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service', r2025: 'khong-ro', t2025: 'khong', months: '12', initiatives: 'khong-ro', discipline: 'khong', pending: 'khong' };
    const r = route(a, reg);
    expect(r.kind).toBe('result');
    expect(checkAnswers(r.answers, reg).verdict).toBe('needs-info');
    const s = decidingSentence(r.answers, r.flow, reg, WORDS);
    expect(s).toMatch(/^Nếu năm 2025 được xếp loại hoàn thành xuất sắc nhiệm vụ thì đủ tiêu chuẩn; nếu không, /);
    expect(s).toContain('sáng kiến');
  });
});

describe('Một bản tóm tắt độ tin cậy cho mỗi kết quả', () => {
  it('lời ghi chú độ tin cậy được tách khỏi lời giải thích (kể cả khi có ngoặc lồng)', () => {
    expect(splitCautions('Đạt (khoản 1). Thêm (độ tin cậy trung bình: theo bảng (mục 2) của nhóm).')).toEqual({ text: 'Đạt (khoản 1). Thêm.', notes: ['trung bình: theo bảng (mục 2) của nhóm'] });
  });

  it('mọi lời ghi chú độ tin cậy của danh mục khen thưởng được tách trọn vẹn, kể cả ngoặc bên trong', () => {
    const places: { confidence: Confidence; caution?: string }[] = [];
    const walk = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      if ('confidence' in x && typeof x.confidence === 'string') places.push(x as { confidence: Confidence; caution?: string });
      Object.values(x).forEach(walk);
    };
    walk(reg.list);
    const below = places.filter((p) => p.confidence !== 'high');
    expect(below.length).toBeGreaterThan(0);
    for (const p of below) {
      const suffix = cautionSuffix(p.confidence, p.caution);
      expect(splitCautions(`Đạt${suffix}.`), p.caution).toEqual({ text: 'Đạt.', notes: [suffix.slice(' (độ tin cậy '.length, -1)] });
    }
  });
});

describe('Lời câu hỏi: bảng chữ có chỗ điền, trang dựng sẵn, trình duyệt điền', () => {
  it('xếp loại năm 2021–2025 của tập thể, và một năm của cá nhân, không còn chỗ điền nào', async () => {
    const { TEXTS } = await import('../src/lib/checker/copy');
    const { fillText } = await import('../src/lib/checker/script-copy');
    const many = TEXTS.ratings.map((t) => fillText(t, { w: 'collective', y: 2025, ys: [2021, 2022, 2023, 2024, 2025] }));
    expect(many[0]).toBe('Kết quả đánh giá, xếp loại của tập thể từng năm 2021–2025?');
    expect(many[1]).toContain('cần cả 5 năm');
    const one = TEXTS.ratings.map((t) => fillText(t, { w: 'individual', y: 2025, ys: [2025] }));
    expect(one[0]).toBe('Kết quả đánh giá, xếp loại của người được đề nghị năm 2025?');
    expect(fillText(TEXTS.sector[0], { w: 'collective', y: 2025, ys: [2025] })).toBe('Tập thể thuộc khu vực nào?');
    const all = Object.values(TEXTS).flat().map((t) => fillText(t, { w: 'individual', y: 2025, ys: [2024, 2025] }));
    expect(all.filter((t) => /[{}¦]/.test(t))).toEqual([]);
  });
});
