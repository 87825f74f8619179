/** Dated legal parameters (src/lib/legal-parameters.ts): the right text on each date, each with its source. */
import { describe, expect, it } from 'vitest';
import { GENERAL_DECREE, LAW, SOURCES, generalDecree } from '../src/lib/legal-parameters';

describe('Dated legal parameters', () => {
  it('Nghị định 98/2023/NĐ-CP governs proposals until 30/06/2025, Nghị định 152/2025/NĐ-CP from 01/07/2025', () => {
    expect(generalDecree('2024-01-01').number).toBe('98/2023/NĐ-CP');
    expect(generalDecree('2025-06-30').number).toBe('98/2023/NĐ-CP');
    expect(generalDecree('2025-07-01').number).toBe('152/2025/NĐ-CP');
    expect(generalDecree('2027-01-01').id).toBe('nghi-dinh-152-2025-nd-cp');
  });

  it('the decrees follow each other without a gap or an overlap', () => {
    for (let i = 1; i < GENERAL_DECREE.length; i++) {
      const end = new Date(`${GENERAL_DECREE[i - 1].to}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      expect(end.toISOString().slice(0, 10)).toBe(GENERAL_DECREE[i].from);
    }
  });

  it('every parameter names its source', () => {
    expect(SOURCES.GENERAL_DECREE).toHaveLength(GENERAL_DECREE.length);
    for (const source of [SOURCES.LAW, SOURCES.RULES_CHECKED_ON, ...SOURCES.GENERAL_DECREE]) expect(source).toMatch(/legal-|Điều \d+/);
    expect(LAW.value.number).toBe('06/2022/QH15');
  });
});
