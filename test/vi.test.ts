/**
 * Numbers and lists written the Vietnamese way (src/lib/vi.ts, Intl.NumberFormat('vi-VN') and
 * Intl.ListFormat('vi')), as award pages, the checker's reasons and the exports show them.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, listVi, twoDigits } from '../src/lib/vi';
import { yearList } from '../src/lib/eligibility/copy';

describe('Số và danh sách viết theo kiểu Việt Nam', () => {
  it('số nghìn tách bằng dấu chấm, phần thập phân sau dấu phẩy', () => {
    expect(formatNumber(2_340_000)).toBe('2.340.000');
    expect(formatNumber(1.5)).toBe('1,5');
    expect(formatNumber(66.7)).toBe('66,7');
    expect(formatNumber(0.125)).toBe('0,125');
  });

  it('số lần, số năm trong tiêu chuẩn viết hai chữ số như Luật: "02 lần", "05 năm"', () => {
    expect(`${twoDigits(2)} lần`).toBe('02 lần');
    expect(`${twoDigits(5)} năm`).toBe('05 năm');
    expect(twoDigits(12)).toBe('12');
  });

  it('danh sách nối bằng dấu phẩy và "và" (hoặc "hoặc") trước mục cuối', () => {
    expect(listVi(['cá nhân', 'tập thể', 'hộ gia đình'])).toBe('cá nhân, tập thể và hộ gia đình');
    expect(listVi(['sáng kiến', 'đề tài'], 'hoặc')).toBe('sáng kiến hoặc đề tài');
    expect(listVi(['cá nhân'])).toBe('cá nhân');
    expect(listVi([])).toBe('');
  });

  it('các năm trong lời giải thích xếp tăng dần và không tách nghìn', () => {
    expect(yearList([2025, 2021, 2023])).toBe('2021, 2023 và 2025');
  });
});
