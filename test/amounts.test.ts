/**
 * Award money by the date of the decision (src/lib/amounts.ts): the base salary in force on the
 * decision date, rounded up to 10.000 đồng (Điều 49 Nghị định 152/2025/NĐ-CP), at the person's
 * or the collective's multiple (Điều 50–54), read from the registry in content/khen-thuong/.
 */
import { describe, expect, it } from 'vitest';
import { BASE_SALARIES, amountHistory, amountSentence, awardAmount, baseSalaryOn, roundUpAward } from '../src/lib/amounts';
import { registry } from './eligibility/registry';
import { loadDocs } from './helpers/responsibilities';

const award = (id: string) => registry().get(id)!;
const vnd = (id: string, subject: 'ca-nhan' | 'tap-the' | 'ho-gia-dinh', date: string) => {
  const a = awardAmount(award(id), subject, date);
  return a.known ? a.vnd : a.reason;
};

describe('Tiền thưởng theo ngày ký quyết định', () => {
  it('kết quả của công cụ tự kiểm tra nói số tiền, mức lương cơ sở đã dùng và độ tin cậy', () => {
    const text = amountSentence(awardAmount(award('lao-dong-tien-tien'), 'ca-nhan', '2026-12-01'), '2026-12-01');
    expect(text).toMatch(/^Nếu quyết định ký ngày 01\/12\/2026: 760\.000 đồng \(0,3 × mức lương cơ sở 2\.530\.000 đồng theo Nghị định 161\/2026\/NĐ-CP;/);
    expect(text).toContain('Độ tin cậy: trung bình.');
    // Before NĐ 152/2025's multiples applied, the handbook says it cannot compute, and why.
    expect(amountSentence(awardAmount(award('lao-dong-tien-tien'), 'ca-nhan', '2025-01-01'), '2025-01-01')).toContain('Nghị định 98/2023/NĐ-CP');
  });
  it('“Lao động tiên tiến” quyết định ngày 01/12/2026 là 760.000 đồng (0,3 × 2.530.000 = 759.000, làm tròn lên)', () => {
    const a = awardAmount(award('lao-dong-tien-tien'), 'ca-nhan', '2026-12-01');
    expect(a).toMatchObject({ known: true, vnd: 760_000, exact: 759_000 });
    expect(a.known && a.baseSalary).toMatchObject({ vnd: 2_530_000, citation: 'Nghị định 161/2026/NĐ-CP', confidence: 'med' });
  });

  it('cùng danh hiệu, quyết định ký ngày 30/6/2026 dùng lương cơ sở cũ: 702.000 làm tròn lên 710.000 đồng', () => {
    expect(vnd('lao-dong-tien-tien', 'ca-nhan', '2026-06-30')).toBe(710_000);
    expect(vnd('lao-dong-tien-tien', 'ca-nhan', '2026-07-01')).toBe(760_000);
  });

  it('Giấy khen: cá nhân 0,3 lần, tập thể 0,6 lần (khoản 1 Điều 54 Nghị định 152/2025/NĐ-CP)', () => {
    expect(vnd('giay-khen', 'ca-nhan', '2026-12-01')).toBe(760_000);
    expect(vnd('giay-khen', 'tap-the', '2026-12-01')).toBe(1_520_000);
  });

  it('hộ gia đình được 1,5 lần mức của cá nhân (Điều 54): Giấy khen 0,45 lần, tức 1.140.000 đồng từ 01/7/2026', () => {
    expect(vnd('giay-khen', 'ho-gia-dinh', '2026-12-01')).toBe(1_140_000);
    expect(vnd('bang-khen-bo-nganh-tinh', 'ho-gia-dinh', '2026-12-01')).toBe(5_700_000); // 2,25 × 2.530.000 = 5.692.500
  });

  it('Bằng khen cấp bộ, tỉnh và của Thủ tướng theo ví dụ của bảng tổng hợp: 3.800.000 và 8.860.000 đồng cho cá nhân', () => {
    expect(vnd('bang-khen-bo-nganh-tinh', 'ca-nhan', '2026-12-01')).toBe(3_800_000);
    expect(vnd('bang-khen-thu-tuong', 'ca-nhan', '2026-12-01')).toBe(8_860_000);
    expect(vnd('chien-si-thi-dua-co-so', 'ca-nhan', '2026-12-01')).toBe(2_530_000);
  });

  it('làm tròn lên hàng chục nghìn đồng; số đã tròn giữ nguyên', () => {
    expect(roundUpAward(759_000)).toBe(760_000);
    expect(roundUpAward(750_001)).toBe(760_000);
    expect(roundUpAward(2_530_000)).toBe(2_530_000);
  });

  it('không biết thì nói không biết: mức cho đối tượng chưa có, hay quyết định trước 01/7/2025 (mức của Nghị định 98/2023/NĐ-CP)', () => {
    const collective = awardAmount(award('lao-dong-tien-tien'), 'tap-the', '2026-12-01');
    expect(collective).toMatchObject({ known: false });
    expect(!collective.known && collective.reason).toMatch(/chưa có mức tiền thưởng .* cho tập thể/);
    const early = awardAmount(award('lao-dong-tien-tien'), 'ca-nhan', '2025-06-30');
    expect(!early.known && early.reason).toMatch(/98\/2023\/NĐ-CP/);
  });

  it('độ tin cậy của số tiền là mức thấp hơn giữa hệ số và lương cơ sở', () => {
    const before = awardAmount(award('lao-dong-tien-tien'), 'ca-nhan', '2026-06-30');
    const after = awardAmount(award('lao-dong-tien-tien'), 'ca-nhan', '2026-12-01');
    expect(before.known && before.confidence).toBe('high');
    expect(after.known && after.confidence).toBe('med');
  });

  it('bảng lương cơ sở theo thời gian: mỗi ngày thuộc đúng một mức; lịch sử của trang khen thưởng có hai giai đoạn nối liền', () => {
    expect(baseSalaryOn('2024-06-30')).toBeNull();
    expect(baseSalaryOn('2024-07-01')?.vnd).toBe(2_340_000);
    expect(baseSalaryOn('2026-06-30')?.vnd).toBe(2_340_000);
    expect(baseSalaryOn('2026-07-01')?.vnd).toBe(2_530_000);
    const history = amountHistory(award('lao-dong-tien-tien'), 'ca-nhan');
    expect(history.map((p) => [p.from, p.to, p.amount.known && p.amount.vnd])).toEqual([
      ['2025-07-01', '2026-06-30', 710_000],
      ['2026-07-01', null, 760_000],
    ]);
  });

  it('mỗi mức lương cơ sở dẫn một nghị định; nghị định có trong thư viện thì mục đó có thật', () => {
    const docs = new Set(loadDocs().map((d) => d.id));
    for (const b of BASE_SALARIES) {
      expect(b.citation).toMatch(/Nghị định \d+\/\d{4}\/NĐ-CP/);
      if (b.document) expect(docs.has(b.document), b.document).toBe(true);
      if (b.confidence !== 'high') expect(b.caution, b.from).toBeTruthy();
    }
  });
});
