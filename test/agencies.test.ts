/**
 * Agencies: the data files validate, the finder finds a body however its name is typed, groups
 * and lineage resolve, and lineage facts are sourced or visibly unverified.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencySchema } from '../src/schemas/agency';
import {
  PROVINCE_NOTES, findAgencies, groupsOf, matchScore, membersOf, membershipCycle, predecessorsOf, provinceOf, searchKeys,
  successorChain, verifiedSuccessor, type Agency,
} from '../src/lib/agencies';
import { fold } from '../src/lib/vi';
import { SEEDS } from './helpers/site';
import { loadAgencies, rawAgencies } from './helpers/responsibilities';

const agencies = loadAgencies();
const byId = new Map(agencies.map((a) => [a.id, a]));
const names = (list: Agency[]) => list.map((a) => a.name);

describe('Dữ liệu cơ quan trong content/co-quan/', () => {
  it('mọi tệp hợp lệ theo lược đồ và tên tệp là id ASCII', () => {
    const problems = rawAgencies().flatMap(({ id, file, data }) => {
      const r = agencySchema.safeParse(data);
      const bad = r.success ? [] : [`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
      return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? bad : [...bad, `${file}: tên tệp không phải id ASCII`];
    });
    expect(problems).toEqual([]);
  });

  it('lược đồ từ chối cơ quan không phải nhóm mà có thành viên, và báo cách sửa', () => {
    const r = agencySchema.safeParse({ name: 'Sở X tỉnh Y', shortName: 'Sở X', kind: 'co-quan-nha-nuoc', level: 'tinh', province: 'Y', members: ['a'] });
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path.join('.') === 'members');
    expect(issue?.message).toMatch(/Sửa: đổi kind thành "nhom"/);
  });

  it('lược đồ từ chối một thông tin sắp xếp "đã xác minh" mà không ghi nguồn', () => {
    const r = agencySchema.safeParse({
      name: 'Ban A Tỉnh ủy Y', shortName: 'Ban A', kind: 'co-quan-dang', level: 'tinh', province: 'Y',
      lineage: [{ event: 'hop-nhat', date: null, successor: 'ban-b', verified: true, source: null, note: 'Hợp nhất vào Ban B.' }],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain('lineage.0.source');
  });

  it('lược đồ từ chối cơ quan cấp tỉnh không ghi tỉnh', () => {
    const r = agencySchema.safeParse({ name: 'Sở X', shortName: 'Sở X', kind: 'co-quan-nha-nuoc', level: 'tinh', province: null });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toMatch(/phải có province/);
  });

  it('cơ quan của mỗi tỉnh là cơ quan riêng: Ban Tuyên giáo Tỉnh ủy Hà Nam, Ninh Thuận, Nghệ An là ba trang', () => {
    const btg = agencies.filter((a) => a.kind !== 'nhom' && fold(a.name).startsWith('ban tuyen giao tinh uy'));
    expect(btg.map(provinceOf).sort()).toEqual(['Hà Nam', 'Nghệ An', 'Ninh Thuận']);
  });

  it('cơ quan trung ương không có tỉnh, cơ quan cấp tỉnh có tỉnh', () => {
    for (const a of agencies.filter((x) => x.kind !== 'nhom')) {
      expect(provinceOf(a) === null, a.id).toBe(a.level === 'trung-uong');
    }
  });
});

describe('Ô tìm cơ quan', () => {
  it('gõ "ban tuyen giao" (không dấu) thì kết quả đầu là một Ban Tuyên giáo Tỉnh ủy', () => {
    const found = findAgencies('ban tuyen giao', agencies);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].name).toMatch(/^Ban Tuyên giáo Tỉnh ủy /);
    expect(names(found)).toEqual(expect.arrayContaining(['Ban Tuyên giáo Tỉnh ủy Hà Nam', 'Ban Tuyên giáo Tỉnh ủy Ninh Thuận']));
  });

  it('gõ "mttq" thì ra Ủy ban Mặt trận Tổ quốc của các tỉnh trước các nhóm', () => {
    const found = findAgencies('mttq', agencies);
    expect(found[0].name).toMatch(/^Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh/);
    expect(names(found)).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Nam');
  });

  it('gõ "so noi vu" thì các kết quả đầu là Sở Nội vụ của từng tỉnh', () => {
    const each = names(agencies.filter((a) => a.shortName === 'Sở Nội vụ')).sort();
    expect(each).toEqual(expect.arrayContaining(['Sở Nội vụ tỉnh Hà Nam', 'Sở Nội vụ tỉnh Nghệ An']));
    const top = names(findAgencies('so noi vu', agencies)).slice(0, each.length).sort();
    expect(top).toEqual(each);
  });

  it('gõ viết tắt có dấu "HĐTĐKT" hay không dấu "hdtdkt" đều ra Hội đồng Thi đua – Khen thưởng', () => {
    for (const q of ['HĐTĐKT', 'hdtdkt']) expect(findAgencies(q, agencies)[0].name, q).toMatch(/^Hội đồng Thi đua/);
  });

  it('gõ "btv tinh uy" ra Ban Thường vụ Tỉnh ủy Ninh Thuận', () => {
    expect(findAgencies('btv tinh uy', agencies)[0].id).toBe('ban-thuong-vu-tinh-uy-ninh-thuan');
  });

  it('chữ đ được gập thành d: "dang uy ubnd" ra Đảng ủy UBND tỉnh Nghệ An', () => {
    expect(findAgencies('dang uy ubnd', agencies)[0].id).toBe('dang-uy-ubnd-nghe-an');
  });

  it('chuỗi không liên quan không khớp cơ quan nào', () => {
    expect(findAgencies('xyzzy', agencies)).toEqual([]);
    expect(matchScore('   ', searchKeys(byId.get('so-noi-vu-ha-nam')!))).toBe(0);
  });

  it('tên trùng khớp hoàn toàn xếp trên tên chỉ bắt đầu bằng chuỗi gõ', () => {
    const keys = searchKeys({ name: 'Sở Nội vụ tỉnh Hà Nam', shortName: 'Sở Nội vụ', aliases: ['Sở NV'] });
    expect(matchScore('sở nv', keys)).toBeGreaterThan(matchScore('so noi', keys));
    expect(matchScore('so noi', keys)).toBeGreaterThan(matchScore('noi tinh', keys));
    expect(matchScore('noi tinh', keys)).toBeGreaterThan(0);
  });
});

describe('Nhóm cơ quan và tư cách thành viên', () => {
  it('Sở Nội vụ Hà Nam thuộc "các sở, ban, ngành…" và, qua đó, "các cấp, các ngành" của tỉnh', () => {
    const groups = groupsOf('so-noi-vu-ha-nam', agencies);
    expect(groups.map((g) => g.group)).toEqual(expect.arrayContaining(['nhom-so-ban-nganh-ha-nam', 'nhom-cac-cap-cac-nganh-ha-nam']));
    expect(groups.find((g) => g.group === 'nhom-cac-cap-cac-nganh-ha-nam')!.path).toEqual(['nhom-so-ban-nganh-ha-nam', 'nhom-cac-cap-cac-nganh-ha-nam']);
  });

  it('Ban Tuyên giáo Tỉnh ủy Ninh Thuận là một trong "các Ban Đảng Tỉnh ủy" được phối hợp ở mục III.5', () => {
    expect(membersOf('nhom-ban-dang-tinh-uy-ninh-thuan', agencies)).toContain('ban-tuyen-giao-tinh-uy-ninh-thuan');
  });

  it('mọi nhóm có thành viên đều ghi căn cứ, và không nhóm nào chứa chính nó', () => {
    for (const a of agencies.filter((x) => x.members.length)) expect(a.membersBasis, a.id).toBeTruthy();
    expect(membershipCycle(agencies)).toBeNull();
  });

  it('phát hiện vòng lặp nhóm chứa chính nó', () => {
    const g = (id: string, members: string[]): Agency => ({ ...byId.get('nhom-doanh-nghiep')!, id, members });
    expect(membershipCycle([g('a', ['b']), g('b', ['c']), g('c', ['a'])])).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('Sắp xếp tổ chức năm 2025', () => {
  it('Ban Tuyên giáo và Ban Dân vận Tỉnh ủy Nghệ An nay là Ban Tuyên giáo và Dân vận, dẫn bản tin 27/02/2026', () => {
    for (const id of ['ban-tuyen-giao-tinh-uy-nghe-an', 'ban-dan-van-tinh-uy-nghe-an']) {
      const [step] = successorChain(id, agencies);
      expect(step.agency).toBe('ban-tgdv-nghe-an');
      expect(step.lineage.verified).toBe(true);
    }
    expect(predecessorsOf('ban-tgdv-nghe-an', agencies).map((p) => p.agency).sort()).toEqual(['ban-dan-van-tinh-uy-nghe-an', 'ban-tuyen-giao-tinh-uy-nghe-an']);
  });

  it('Ban Cán sự đảng UBND tỉnh Nghệ An nay là Đảng ủy UBND tỉnh (đã xác minh qua bản tin)', () => {
    expect(verifiedSuccessor(byId.get('ban-can-su-dang-ubnd-nghe-an')!)).toBe('dang-uy-ubnd-nghe-an');
  });

  it('mọi thông tin sắp xếp "đã xác minh" dẫn một nguồn có thật; nguồn là bản tin thì bản tin có tên cơ quan kế tục', () => {
    for (const a of agencies) {
      for (const l of a.lineage.filter((x) => x.verified)) {
        const seed = l.source!.match(/^\d{3}_[0-9a-f]{16}\.txt$/) ? join(SEEDS, l.source!) : null;
        if (seed) {
          expect(existsSync(seed), `${a.id}: ${l.source}`).toBe(true);
          const text = fold(readFileSync(seed, 'utf8'));
          const successor = byId.get(l.successor!)!;
          expect(text, `${a.id} → ${successor.shortName}`).toContain(fold(successor.shortName));
        } else {
          expect(l.source, a.id).toMatch(/legal-facts\.md|legal-verification\.md/);
        }
      }
    }
  });

  it('không nêu tỉnh kế tục của Hà Nam, Ninh Thuận như sự thật: thông tin đó "chưa xác minh"', () => {
    for (const p of ['Hà Nam', 'Ninh Thuận']) {
      expect(PROVINCE_NOTES[p].verified).toBe(false);
      expect(PROVINCE_NOTES[p].note).toMatch(/chưa xác minh/);
    }
    for (const a of agencies.filter((x) => ['Hà Nam', 'Ninh Thuận'].includes(provinceOf(x) ?? ''))) {
      expect(a.lineage.filter((l) => l.successor && l.verified), a.id).toEqual([]);
    }
  });

  it('mọi thông tin sắp xếp chưa xác minh nói rõ "chưa xác minh"', () => {
    for (const a of agencies) for (const l of a.lineage.filter((x) => !x.verified)) expect(l.note, a.id).toMatch(/chưa xác minh/);
  });

  it('cấp huyện của Hà Nam chấm dứt từ 01/7/2025, dẫn Nghị định 129/2025/NĐ-CP', () => {
    const [l] = byId.get('nhom-ubnd-huyen-ha-nam')!.lineage;
    expect(l).toMatchObject({ event: 'ket-thuc', date: '2025-07-01', verified: true });
    expect(l.source).toMatch(/129\/2025/);
  });
});
