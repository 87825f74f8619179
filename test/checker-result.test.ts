/**
 * The checker's result (src/lib/checker/result.ts): the dossier of the route that was met (issue
 * 12, item 12), the Law's criteria before a province's own, and a province's decision named once
 * instead of after every clause (item 5). The command's output keeps every dossier line.
 */
import { describe, expect, it } from 'vitest';
import { registry } from './eligibility/registry';
import { evaluate, fromContract, type Profile } from '../src/lib/eligibility';
import { dossierFor, grouped, withoutDecisionName } from '../src/lib/checker/result';
import { checkAnswers } from '../src/lib/checker/check-answers';
import type { Answers } from '../src/lib/checker/answers';

const reg = registry();
const BAC_NINH = 'quyet-dinh-86-2025-qd-ubnd-bac-ninh';

/** Chiến sĩ thi đua cơ sở 2025 for a civil servant with Lao động tiên tiến, a full year, no discipline. */
const cstdcs = (more: Answers): Answers => ({
  award: 'chien-si-thi-dua-co-so', year: '2025', subject: 'individual', sector: 'civil-service',
  t2025: 'lao-dong-tien-tien', months: '12', discipline: 'khong', pending: 'khong', ...more,
});
const dossierTexts = (a: Answers) => dossierFor(checkAnswers(a, reg));

describe('Hồ sơ đề nghị theo cách đã đạt tiêu chuẩn', () => {
  it('đạt nhờ xếp loại hoàn thành xuất sắc nhiệm vụ: có văn bản xác nhận xếp loại, không có văn bản công nhận sáng kiến (điểm d khoản 1 Điều 84)', () => {
    const lines = dossierTexts(cstdcs({ r2025: 'htxs', initiatives: 'khong' })).map((d) => d.text);
    expect(lines.some((t) => t.includes('văn bản xác nhận kết quả xếp loại'))).toBe(true);
    expect(lines.some((t) => t.includes('công nhận sáng kiến'))).toBe(false);
    expect(lines.some((t) => t.includes('Tờ trình đề nghị xét tặng'))).toBe(true);
  });

  it('đạt nhờ một sáng kiến cấp cơ sở: có văn bản công nhận sáng kiến, không có văn bản xác nhận xếp loại xuất sắc', () => {
    const lines = dossierTexts(cstdcs({ r2025: 'htt', initiatives: 'sang-kien.2025.co-so' })).map((d) => d.text);
    expect(lines.some((t) => t.includes('công nhận sáng kiến'))).toBe(true);
    expect(lines.some((t) => t.includes('văn bản xác nhận kết quả xếp loại'))).toBe(false);
  });

  it('chưa biết đạt theo cách nào: mọi giấy tờ đều hiện, giấy tờ riêng của một cách ghi rõ cách đó', () => {
    const lines = dossierTexts(cstdcs({ r2025: 'khong-ro', initiatives: 'khong-ro' }));
    const routed = lines.filter((d) => d.route);
    expect(routed.map((d) => d.route)).toEqual(['sáng kiến được cơ sở công nhận; đề tài, đề án, công trình đã nghiệm thu', 'xếp loại hoàn thành xuất sắc nhiệm vụ']);
    expect(lines.length).toBe(reg.get('chien-si-thi-dua-co-so')!.dossier.length);
  });

  it('kết quả của lệnh eligibility vẫn liệt kê đủ mọi giấy tờ, không kèm thông tin cách đạt', () => {
    const profile = {
      award: 'chien-si-thi-dua-co-so', year: 2025, subject: 'individual', sector: 'civil-service',
      history: [{ year: 2025, rating: 'htxs', titles: ['lao-dong-tien-tien'], monthsWorked: 12 }], initiatives: [], discipline: [],
      pending: { disciplineReview: false, investigation: false, complaint: false },
    } as unknown as Profile;
    const out = evaluate(fromContract(profile), reg);
    expect(out.dossier).toHaveLength(reg.get('chien-si-thi-dua-co-so')!.dossier.length);
    expect(out).not.toHaveProperty('routes');
  });

  it('mỗi cách ghi ở một giấy tờ là tên một lựa chọn "một trong" có thật trong tiêu chí của danh hiệu đó', () => {
    const labels = (c: unknown): string[] => {
      if (!c || typeof c !== 'object') return [];
      const o = c as { label?: string; of?: unknown[]; condition?: unknown };
      return [...(o.label ? [o.label] : []), ...(o.of ?? []).flatMap(labels), ...labels(o.condition)];
    };
    for (const a of reg.list) {
      const known = new Set(a.criteria.flatMap(labels));
      for (const d of a.dossier) for (const r of d.routes ?? []) expect(known.has(r), `${a.id}: routes "${r}"`).toBe(true);
    }
  });
});

describe('Căn cứ của Luật trước, quy định riêng của tỉnh nêu một lần', () => {
  const bacNinh: Answers = { award: 'giay-khen', year: '2025', subject: 'individual', province: 'bac-ninh', sector: 'civil-service', r2025: 'htt', discipline: 'khong', pending: 'khong', achievements: 'khong' };

  it('trong cùng một nhóm kết quả, tiêu chí của Luật, nghị định đứng trước tiêu chí của quyết định của tỉnh', () => {
    const r = checkAnswers(bacNinh, reg);
    expect(r.ruleset.province?.kind).toBe('province-rules');
    for (const status of ['met', 'not-met', 'unknown']) {
      const docs = grouped(r.criteria, BAC_NINH).flatMap(([, xs]) => xs).filter((c) => c.status === status).map((c) => c.article?.split('#')[0] === BAC_NINH);
      expect(docs, status).toEqual([...docs].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it('thứ tự đọc vẫn là chưa đạt, chưa xác định, rồi đã đạt', () => {
    const r = checkAnswers(bacNinh, reg);
    const rank = { 'not-met': 0, unknown: 1, met: 2 };
    const ranks = grouped(r.criteria, BAC_NINH).flatMap(([, xs]) => xs).map((c) => rank[c.status]);
    expect(ranks).toEqual([...ranks].sort());
  });

  it('bỏ tên quyết định sau mỗi điều, khoản, giữ nguyên phần còn lại của câu', () => {
    expect(withoutDecisionName('điểm a khoản 3 Điều 4 Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh', '86/2025/QĐ-UBND')).toBe('điểm a khoản 3 Điều 4');
    expect(withoutDecisionName('Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh (điểm b khoản 2 Điều 5 Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh).', '86/2025/QĐ-UBND'))
      .toBe('Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh (điểm b khoản 2 Điều 5).');
    expect(withoutDecisionName('khoản 1 Điều 80 Luật Thi đua, khen thưởng 2022', '86/2025/QĐ-UBND')).toBe('khoản 1 Điều 80 Luật Thi đua, khen thưởng 2022');
  });

  it('một lựa chọn "một trong" không có tên không mở đầu bằng "(chưa xác định):" trơ trọi', () => {
    const r = checkAnswers({ ...bacNinh, achievements: 'khong-ro' }, reg);
    const open = r.criteria.filter((c) => c.status === 'unknown').map((c) => c.explanation);
    expect(open.some((t) => t.includes('chưa biết có thành tích xuất sắc trong phong trào thi đua'))).toBe(true);
    for (const t of open) expect(t).not.toMatch(/(^|; )\((chưa xác định|chưa đạt)\):/);
  });

  it('"Ai quyết định" không còn trích "chưa xác định số điều": điều chưa rõ nằm trong lời cảnh báo độ tin cậy', () => {
    for (const a of reg.list) {
      for (const d of [...a.decidedBy, ...(a.ruleSets ?? []).flatMap((r) => r.decidedBy ?? [])]) {
        expect(d.citation, a.id).not.toContain('chưa xác định số điều');
      }
    }
  });
});
