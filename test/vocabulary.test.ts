/**
 * The vocabulary (src/lib/vocabulary.ts): each enumeration declared once, and the places that
 * read a term (pages, the engine's explanations, the checker, the CSV, the URL) agree on it.
 */
import { describe, expect, it } from 'vitest';
import * as vocabulary from '../src/lib/vocabulary';
import { COLLECTIVE_COUNT, CONFIDENCE, PENDING_FLAG, SECTOR, SUBJECT, countsAboveMembers, type Vocabulary } from '../src/lib/vocabulary';
import { COLLECTIVE_COUNT_CSV, PENDING_FLAG_CSV, SECTOR_CSV } from '../src/lib/vocabulary-csv';
import { CONFIDENCE_LABEL, SECTOR_LABEL } from '../src/lib/awards/labels';
import { CONFIDENCE_VI, SECTOR_VI } from '../src/lib/eligibility/copy';
import { SECTOR_LABEL as CHECKER_SECTOR_LABEL } from '../src/lib/checker/script-copy';

const all = (Object.entries(vocabulary) as [string, unknown][]).filter((e): e is [string, Vocabulary<string>] => typeof e[1] === 'object' && e[1] !== null && 'fromCli' in e[1]);

describe('Vocabulary', () => {
  it('every code (URL, command) names one term and reads back to it', () => {
    expect(all.length).toBeGreaterThanOrEqual(15);
    for (const [name, v] of all) {
      const codes = v.ids.map((id) => v.cli(id));
      expect(new Set(codes).size, `${name}.cli`).toBe(codes.length);
      for (const id of v.ids) expect(v.fromCli(v.cli(id)), `${name} ${id}`).toBe(id);
      // The URL code is the command's value unless declared otherwise; every id has one.
      for (const id of v.ids) expect(v.fromUrl(v.cli(id)), `${name} ${id}`).toBe(id);
    }
  });

  it('a sector reads the same on award pages, in the engine and in the checker (the short label begins the full one)', () => {
    for (const s of SECTOR.ids) {
      expect(SECTOR_VI[s].startsWith(SECTOR_LABEL[s]), s).toBe(true);
      expect(CHECKER_SECTOR_LABEL[s].toLowerCase()).toBe(SECTOR_VI[s].toLowerCase());
    }
  });

  it('confidence "unconfirmed" reads "chưa xác nhận" on pages and in the engine, never "chưa xác minh" (kept for unverified changes)', () => {
    expect(CONFIDENCE_LABEL.unconfirmed).toBe('chưa xác nhận');
    expect(CONFIDENCE_VI.unconfirmed).toBe('chưa xác nhận');
    expect(CONFIDENCE.full.unconfirmed).not.toMatch(/xác minh/);
  });

  it('the command says individual / collective; the registry ca-nhan / tap-the', () => {
    expect(SUBJECT.fromCli('individual')).toBe('ca-nhan');
    expect(SUBJECT.fromCli('collective')).toBe('tap-the');
    expect(SUBJECT.cli('tap-the')).toBe('collective');
  });

  it('the CSV codes of pending reviews are Vietnamese', () => {
    expect(PENDING_FLAG_CSV.fromCsv('khieu-nai')).toBe('complaint');
    expect(SECTOR_CSV.fromCsv('vu-trang')).toBe('armed-forces');
  });

  it('every CSV code names one term of its vocabulary and reads back to it', () => {
    const tables = [[SECTOR, SECTOR_CSV], [PENDING_FLAG, PENDING_FLAG_CSV], [COLLECTIVE_COUNT, COLLECTIVE_COUNT_CSV]] as const;
    for (const [v, t] of tables as unknown as [Vocabulary<string>, { csv(id: string): string; fromCsv(code: string): string | undefined }][]) {
      const codes = v.ids.map((id) => t.csv(id));
      expect(new Set(codes).size).toBe(codes.length);
      for (const id of v.ids) expect(t.fromCsv(t.csv(id)), id).toBe(id);
    }
  });

  it('a count of members cannot exceed the members; unknown members allow any count', () => {
    expect(countsAboveMembers({ members: 10, laoDongTienTien: 12, chienSiThiDuaCoSo: 10 })).toEqual(['laoDongTienTien']);
    expect(countsAboveMembers({ laoDongTienTien: 12 })).toEqual([]);
  });
});
