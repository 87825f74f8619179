/**
 * The award registry (content/khen-thuong/*.yaml): valid against src/schemas/award.ts, every
 * citation pointing at an anchor that exists on the site, the ladder a diagram can be drawn from,
 * and the thresholds the reference sheets give (not the wrong ones circulating in public apps).
 */
import { describe, expect, it } from 'vitest';
import { awardSchema, condition, type Award, type Condition } from '../src/schemas/award';
import { LAW_DOCUMENT } from '../src/lib/eligibility';
import { loadRegistry, RegistryError } from '../src/lib/eligibility/validate';
import { rawEntries, registry } from './eligibility/registry';
import { placeProblems } from '../src/lib/awards/places';
import { documentAnchors } from '../src/lib/registry-files';

const reg = registry();
const byId = (id: string): Award => {
  const a = reg.get(id);
  if (!a) throw new Error(`Thiếu ${id} trong danh mục`);
  return a;
};

/** Names of the spec's award table, exactly. */
const SPEC_NAMES: Record<string, string> = {
  'lao-dong-tien-tien': 'Lao động tiên tiến',
  'chien-si-tien-tien': 'Chiến sĩ tiên tiến',
  'chien-si-thi-dua-co-so': 'Chiến sĩ thi đua cơ sở',
  'chien-si-thi-dua-bo-nganh-tinh': 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
  'chien-si-thi-dua-toan-quoc': 'Chiến sĩ thi đua toàn quốc',
  'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
  'tap-the-lao-dong-xuat-sac': 'Tập thể lao động xuất sắc',
  'co-thi-dua-bo-nganh-tinh': 'Cờ thi đua của bộ, ban, ngành, tỉnh',
  'co-thi-dua-chinh-phu': 'Cờ thi đua của Chính phủ',
  'giay-khen': 'Giấy khen',
  'bang-khen-bo-nganh-tinh': 'Bằng khen của bộ, ban, ngành, tỉnh',
  'bang-khen-thu-tuong': 'Bằng khen của Thủ tướng Chính phủ',
  'huan-chuong-lao-dong-hang-ba': 'Huân chương Lao động hạng Ba',
};

function walk(c: Condition, f: (c: Condition) => void) {
  f(c);
  if (c.type === 'all-of' || c.type === 'any-of') c.of.forEach((x) => walk(x, f));
}
function conditionsOf(a: Award): Condition[] {
  const out: Condition[] = [];
  for (const k of a.criteria) walk(k.condition, (c) => out.push(c));
  return out;
}

describe('Danh mục khen thưởng hợp lệ', () => {
  it('mỗi tệp YAML đạt lược đồ, id trùng tên tệp, không trùng id', () => {
    expect(() => loadRegistry(rawEntries())).not.toThrow();
    for (const { data, file } of rawEntries()) {
      const r = awardSchema.safeParse(data);
      expect(r.success, `${file}: ${r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
    }
  });

  it('lỗi trong danh mục nêu tên tệp, trường và cách sửa', () => {
    const [first] = rawEntries();
    const broken = { ...(first.data as object), level: 'cap-huyen' };
    expect(() => loadRegistry([{ file: 'content/khen-thuong/x.yaml', data: broken }])).toThrow(RegistryError);
    try {
      loadRegistry([{ file: 'content/khen-thuong/x.yaml', data: broken }]);
    } catch (e) {
      expect((e as Error).message).toMatch(/content\/khen-thuong\/x\.yaml: level: level phải là một trong: co-so, bo-tinh/);
    }
  });

  it('một điều kiện có trường viết sai tên bị từ chối, không bị bỏ qua (cout thay cho count: chuỗi năm không còn ngưỡng)', () => {
    const run = { type: 'consecutive-years', test: { ratingAtLeast: 'htt' }, count: 2 };
    expect(condition.safeParse(run).success).toBe(true);
    const typo = condition.safeParse({ ...run, cout: 3 });
    expect(typo.success).toBe(false);
    expect(typo.error?.issues.some((i) => i.code === 'unrecognized_keys' && i.keys.includes('cout'))).toBe(true);
    expect(condition.safeParse({ type: 'consecutive-years', test: { ratingAtLeast: 'htt' }, cout: 2 }).success).toBe(false);
    // A condition with no field of its own accepts none either.
    expect(condition.safeParse({ type: 'discipline-clear' }).success).toBe(true);
    expect(condition.safeParse({ type: 'discipline-clear', year: 2025 }).success).toBe(false);
  });

  it('có đủ 13 mã của đặc tả, đúng tên tiếng Việt', () => {
    for (const [id, name] of Object.entries(SPEC_NAMES)) expect(byId(id).name).toBe(name);
  });

  it('có các hình thức, danh hiệu khác được nêu tại Điều 9, Điều 20 dưới dạng mục chưa có tiêu chí', () => {
    for (const id of ['huan-chuong-lao-dong-hang-nhat', 'huan-chuong-sao-vang', 'huy-chuong-quan-ky-quyet-thang', 'giai-thuong-ho-chi-minh', 'ky-niem-chuong', 'thon-to-dan-pho-van-hoa', 'gia-dinh-van-hoa', 'xa-phuong-thi-tran-tieu-bieu']) {
      const a = byId(id);
      expect(a.criteria, id).toEqual([]);
      expect(a.criteriaNote?.toLowerCase(), id).toContain('chưa có tiêu chí trong cẩm nang');
    }
  });

  it('Anh hùng Lao động có tiêu chí theo khoản 1, 2 Điều 63 và mức thưởng tập thể 31 lần lương cơ sở (Điều 52 Nghị định 152/2025/NĐ-CP)', () => {
    const a = byId('anh-hung-lao-dong');
    expect(new Set(a.criteria.map((c) => c.article))).toEqual(new Set(['dieu-63-khoan-1', 'dieu-63-khoan-2']));
    expect(a.amount.find((m) => m.subjects.includes('tap-the'))).toMatchObject({ multiplier: 31, anchor: 'dieu-52' });
  });

  it('không quy định nào của một tỉnh được ghi như quy định chung: chỉ ruleSets trích văn bản của tỉnh', () => {
    const provincial = new Set(reg.list.flatMap((a) => (a.ruleSets ?? []).map((r) => r.document)));
    const national = reg.list.flatMap((a) => [...a.criteria, ...a.decidedBy, ...a.dossier].filter((p) => (p.document && provincial.has(p.document)) || /86\/2025\/QĐ-UBND/.test(p.instrument ?? '')).map((p) => `${a.id}: ${p.citation}`));
    expect(national).toEqual([]);
  });

  it('tên danh hiệu tập thể cấp xã theo Luật là "thị trấn", ghi chú Nghị định 152/2025 dùng "đặc khu"', () => {
    const a = byId('xa-phuong-thi-tran-tieu-bieu');
    expect(a.name).toBe('Xã, phường, thị trấn tiêu biểu');
    expect(a.summary).toContain('đặc khu');
  });
});

describe('Mọi trích dẫn trỏ tới neo có thật trên trang', () => {
  it('mỗi neo Điều, khoản, điểm của Luật và mỗi văn bản, neo của nghị định, thông tư mà danh mục trích dẫn có trong content/van-ban/', () => {
    // The same check as the award pages, the eligibility command and npm run check:content.
    expect(placeProblems(reg.list, documentAnchors('content/van-ban'))).toEqual([]);
  });

  it('một trích dẫn tới neo hoặc văn bản không có được báo với tệp, trường và cách sửa', () => {
    const problems = placeProblems(reg.list, (doc) => (doc === LAW_DOCUMENT ? new Set(['dieu-23']) : null));
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/khen-thuong\/lao-dong-tien-tien\.yaml: criteria\[\d+\] \(dieu-24-khoan-1-diem-a\)\.article: văn bản "luat-thi-dua-khen-thuong-2022" không có neo "dieu-24-khoan-1-diem-a"; sửa neo/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/\.document: không có văn bản "nghi-dinh-152-2025-nd-cp" trong content\/van-ban\/; sửa id văn bản/));
    expect(problems).toContainEqual(expect.stringMatching(/criteria\[\d+\]\.reportedChanges\[\d+\]\.document: không có văn bản "luat-sua-doi-thi-dua-khen-thuong-2026"/));
  });

  it('tiêu chí từ nghị định mang neo của nghị định (ví dụ nghi-dinh-152-2025-nd-cp#dieu-4-khoan-4)', () => {
    const k = byId('lao-dong-tien-tien').criteria.find((c) => c.id === 'tam-hoan-xet' && c.document === 'nghi-dinh-152-2025-nd-cp');
    expect(k?.anchor).toBe('dieu-4-khoan-4');
  });
});

describe('Thang danh hiệu, hình thức khen thưởng vẽ được sơ đồ', () => {
  const edges = reg.list.flatMap((a) => a.prerequisites.map((p) => [p.award, a.id] as const));
  const has = (from: string, to: string) => edges.some(([f, t]) => f === from && t === to);

  it('có các bậc Lao động tiên tiến → Chiến sĩ thi đua cơ sở → bộ, ngành, tỉnh → toàn quốc', () => {
    expect(has('lao-dong-tien-tien', 'chien-si-thi-dua-co-so')).toBe(true);
    expect(has('chien-si-thi-dua-co-so', 'chien-si-thi-dua-bo-nganh-tinh')).toBe(true);
    expect(has('chien-si-thi-dua-bo-nganh-tinh', 'chien-si-thi-dua-toan-quoc')).toBe(true);
  });

  it('có các bậc Giấy khen → Bằng khen bộ, tỉnh → Bằng khen Thủ tướng → Huân chương Lao động hạng Ba → hạng Nhì', () => {
    expect(has('giay-khen', 'bang-khen-bo-nganh-tinh')).toBe(true);
    expect(has('bang-khen-bo-nganh-tinh', 'bang-khen-thu-tuong')).toBe(true);
    expect(has('bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba')).toBe(true);
    expect(has('huan-chuong-lao-dong-hang-ba', 'huan-chuong-lao-dong-hang-nhi')).toBe(true);
    expect(has('tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac')).toBe(true);
  });

  it('sơ đồ không có vòng lặp', () => {
    const next = new Map<string, string[]>();
    for (const [f, t] of edges) next.set(f, [...(next.get(f) ?? []), t]);
    const state = new Map<string, 1 | 2>();
    const cycle = (n: string): boolean => {
      if (state.get(n) === 1) return true;
      if (state.get(n) === 2) return false;
      state.set(n, 1);
      const found = (next.get(n) ?? []).some(cycle);
      state.set(n, 2);
      return found;
    };
    expect(reg.ids().filter(cycle)).toEqual([]);
  });
});

describe('Ngưỡng theo đúng bảng tổng hợp pháp lý', () => {
  it('Chiến sĩ thi đua toàn quốc cần 02 lần (không phải 03) Chiến sĩ thi đua bộ, ngành, tỉnh, theo Điều 21', () => {
    const times = conditionsOf(byId('chien-si-thi-dua-toan-quoc')).filter((c) => c.type === 'title-times');
    expect(times.map((c) => c.type === 'title-times' && [c.title, c.times])).toEqual([['chien-si-thi-dua-bo-nganh-tinh', 2]]);
    expect(byId('chien-si-thi-dua-toan-quoc').criteria.map((c) => c.article)).toContain('dieu-21-khoan-1-diem-a');
  });

  it('Chiến sĩ thi đua bộ, ngành, tỉnh cần 03 lần liên tục Chiến sĩ thi đua cơ sở, theo Điều 22', () => {
    const c = conditionsOf(byId('chien-si-thi-dua-bo-nganh-tinh')).find((x) => x.type === 'consecutive-years');
    expect(c?.type === 'consecutive-years' && [c.count, c.test]).toEqual([3, { title: 'chien-si-thi-dua-co-so' }]);
  });

  it('Chiến sĩ thi đua cơ sở theo Luật 2022 không bắt buộc sáng kiến: hoàn thành xuất sắc nhiệm vụ là một lựa chọn của khoản 2 Điều 23', () => {
    const k2 = byId('chien-si-thi-dua-co-so').criteria.find((c) => c.id === 'dieu-23-khoan-2')!;
    expect(k2.condition.type).toBe('any-of');
    expect(JSON.stringify(k2.condition)).toContain('"min":"htxs"');
    expect(k2.reportedChanges?.[0].status).toBe('chua-xac-minh');
    expect(k2.reportedChanges?.[0].from).toBe('2026-10-01');
  });

  it('Tập thể lao động xuất sắc cần 70% Lao động tiên tiến và 100% hoàn thành nhiệm vụ, không có mốc "70% hoàn thành xuất sắc"', () => {
    const shares = conditionsOf(byId('tap-the-lao-dong-xuat-sac')).filter((c) => c.type === 'collective-share');
    expect(shares.map((c) => c.type === 'collective-share' && [c.field, c.atLeastPercent]).sort()).toEqual([
      ['completedTasks', 100],
      ['laoDongTienTien', 70],
    ]);
  });

  it('Bằng khen của Thủ tướng điểm b: Bằng khen bộ, tỉnh không phải chuyên đề, đột xuất, rồi 05 năm hoàn thành tốt nhiệm vụ với 03 lần Chiến sĩ thi đua cơ sở', () => {
    const c = conditionsOf(byId('bang-khen-thu-tuong')).find((x) => x.type === 'base-award-chain');
    expect(c?.type === 'base-award-chain' && [c.base, [...c.excludeTypes].sort(), c.years, c.test, c.within]).toEqual([
      ['bang-khen-bo-nganh-tinh'],
      ['chuyen-de', 'dot-xuat'],
      5,
      { ratingAtLeast: 'htt' },
      [{ atLeast: 3, years: { title: 'chien-si-thi-dua-co-so' } }],
    ]);
  });

  it('mức tiền thưởng (× lương cơ sở) đúng Điều 50 Nghị định 152/2025/NĐ-CP', () => {
    const m = (id: string) => byId(id).amount.map((x) => x.multiplier);
    expect(m('lao-dong-tien-tien')).toEqual([0.3]);
    expect(m('chien-si-thi-dua-co-so')).toEqual([1]);
    expect(m('chien-si-thi-dua-bo-nganh-tinh')).toEqual([3]);
    expect(m('chien-si-thi-dua-toan-quoc')).toEqual([4.5]);
    expect(m('tap-the-lao-dong-tien-tien')).toEqual([0.8]);
    expect(m('tap-the-lao-dong-xuat-sac')).toEqual([1.5]);
    expect(m('co-thi-dua-bo-nganh-tinh')).toEqual([8]);
    expect(m('co-thi-dua-chinh-phu')).toEqual([12]);
  });

  it('hồ sơ Chiến sĩ thi đua cơ sở: xác nhận hoàn thành xuất sắc nhiệm vụ lấy từ QĐ 638/QĐ-BNV, không từ điểm d khoản 1 Điều 84', () => {
    const dossier = byId('chien-si-thi-dua-co-so').dossier;
    const htxs = dossier.filter((d) => d.text.includes('hoàn thành xuất sắc'));
    expect(htxs.map((d) => d.instrument)).toEqual(['638/QĐ-BNV']);
    const d = dossier.find((x) => x.article === 'dieu-84-khoan-1-diem-d')!;
    expect(d.text).not.toContain('hoàn thành xuất sắc');
  });

  it('thẩm quyền sau 01/7/2025 ở cấp xã dẫn Điều 59 Nghị định 129/2025/NĐ-CP', () => {
    for (const id of ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien', 'giay-khen']) {
      const after = byId(id).decidedBy.filter((d) => d.effective?.from === '2025-07-01');
      expect(after.length, id).toBeGreaterThan(0);
      for (const d of after) expect(d.citation, id).toContain('Điều 59 Nghị định 129/2025/NĐ-CP');
    }
  });
});
