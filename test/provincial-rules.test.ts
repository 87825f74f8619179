/**
 * A province's own rules (docs/adr/0007-provincial-rule-sets.md): the 34 provinces a profile may
 * name, the checker asking the province only where a province's rule set would apply, saved links
 * without a province, and the award pages listing the provinces whose rules the handbook holds.
 */
import { describe, expect, it } from 'vitest';
import { registry } from './eligibility/registry';
import { FORMER_PROVINCES, PROVINCES, parseProvince, provinceError } from '../src/lib/provinces';
import { questionFlow, route } from '../src/lib/checker/flow';
import { readAnswers, urlParams, writeFragment } from '../src/lib/checker/answers';
import { checkAnswers } from '../src/lib/checker/check-answers';
import { htmlText, pageHtml } from './helpers/site';

const reg = registry();

describe('Tỉnh của hồ sơ: 34 tỉnh, thành phố từ 01/7/2025', () => {
  it('có đúng 34 đơn vị, gồm 6 thành phố trực thuộc trung ương, mã không trùng', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.kind === 'thanh-pho').map((p) => p.name).sort()).toEqual(['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế', 'Đà Nẵng'].sort());
    expect(new Set(PROVINCES.map((p) => p.slug)).size).toBe(34);
  });

  it('nhận mã, tên có dấu, tên kèm "tỉnh" hay "TP." và chữ hoa thường bất kỳ', () => {
    for (const v of ['bac-ninh', 'Bắc Ninh', 'tỉnh Bắc Ninh', 'BẮC NINH', '  bắc   ninh ']) expect(parseProvince(v)?.slug, v).toBe('bac-ninh');
    expect(parseProvince('TP. Hồ Chí Minh')?.slug).toBe('ho-chi-minh');
    expect(parseProvince('thành phố Đà Nẵng')?.slug).toBe('da-nang');
  });

  it('tỉnh cũ đã sáp nhập không được nhận, và lời báo chỉ tỉnh hiện nay', () => {
    expect(parseProvince('Hà Nam')).toBeUndefined();
    expect(provinceError('Hà Nam')).toContain('nay thuộc tỉnh Ninh Bình');
    expect(provinceError('Ninh Thuận')).toContain('nay thuộc tỉnh Khánh Hòa');
    for (const now of Object.values(FORMER_PROVINCES)) expect(PROVINCES.some((p) => p.slug === now), now).toBe(true);
  });

  it('lời báo chỉ trích một đoạn ngắn của giá trị sai', () => {
    expect(provinceError('x'.repeat(10_000)).length).toBeLessThan(400);
  });
});

describe('Công cụ tự kiểm tra hỏi tỉnh khi tỉnh quyết định kết quả', () => {
  const kinds = (a: Record<string, string>) => questionFlow(a, reg).map((q) => q.kind);

  it('Tập thể lao động tiên tiến năm 2025 hỏi tỉnh, đưa ra các tỉnh cẩm nang có quy định (cùng lựa chọn "Tỉnh khác / không rõ")', () => {
    const q = questionFlow({ award: 'tap-the-lao-dong-tien-tien', year: '2025', sector: 'civil-service' }, reg).find((x) => x.kind === 'province');
    expect(q?.provinces).toEqual([['bac-ninh', 'tỉnh Bắc Ninh']]);
  });

  it('không hỏi tỉnh khi không tỉnh nào có quy định cho danh hiệu đó (Chiến sĩ thi đua cơ sở)', () => {
    expect(kinds({ award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service' })).not.toContain('province');
  });

  it('không hỏi tỉnh cho thành tích năm 2024: quy định của Bắc Ninh áp dụng từ 15/12/2025', () => {
    expect(kinds({ award: 'tap-the-lao-dong-tien-tien', year: '2024', sector: 'civil-service' })).not.toContain('province');
  });

  it('chọn Bắc Ninh thì kết quả dẫn Quyết định 86/2025/QĐ-UBND; chọn "tỉnh khác" thì theo Luật', () => {
    const base = { award: 'tap-the-lao-dong-tien-tien', year: '2025', crating: 'htt', members: '20', laoDongTienTien: '14', disciplinedWarningOrAbove: '1', discipline: 'khong', pending: 'khong' };
    const bn = checkAnswers({ ...base, province: 'bac-ninh' }, reg);
    expect(bn.criteria.find((c) => c.id === 'bac-ninh-dieu-4-khong-ky-luat-canh-cao')?.status).toBe('not-met');
    expect(bn.ruleset.province?.kind).toBe('province-rules');
    const other = checkAnswers({ ...base, province: 'khac' }, reg);
    expect(other.criteria.some((c) => c.id.startsWith('bac-ninh-'))).toBe(false);
    expect(other.ruleset.province?.note).toContain('tiêu chuẩn chung của Luật');
  });

  it('địa chỉ lưu trước khi có câu hỏi tỉnh vẫn mở được, giữ các câu trả lời và hỏi thêm tỉnh', () => {
    const old = '#award=tap-the-lao-dong-xuat-sac&year=2025&crating=htxs&members=20&laoDongTienTien=15&chienSiThiDuaCoSo=1&completedTasks=20&discipline=khong&pending=khong';
    const answers = readAnswers(urlParams('', old), reg);
    const r = route(answers, reg);
    expect(r.kind === 'question' && r.question.kind).toBe('province');
    expect(checkAnswers(answers, reg).verdict).toBe('eligible');
    const withProvince = readAnswers(urlParams('', writeFragment({ ...answers, province: 'bac-ninh' }, [])), reg);
    expect(withProvince.province).toBe('bac-ninh');
    expect(route(withProvince, reg).kind).toBe('result');
  });
});

describe('Trang danh hiệu nêu các tỉnh cẩm nang có quy định riêng (trang đã build)', () => {
  it('trang Giấy khen có mục "Quy định riêng của tỉnh" liên kết đến khoản 3 Điều 4 Quyết định 86/2025/QĐ-UBND', () => {
    const html = pageHtml('/khen-thuong/giay-khen/');
    expect(html).toContain('id="quy-dinh-tinh"');
    expect(html).toMatch(/href="[^"]*quyet-dinh-86-2025-qd-ubnd-bac-ninh\/#dieu-4-khoan-3-diem-a"/);
    expect(htmlText(html)).toContain('Cẩm nang có quy định riêng của: tỉnh Bắc Ninh');
  });

  it('trang Chiến sĩ thi đua cơ sở không có mục quy định riêng của tỉnh', () => {
    expect(pageHtml('/khen-thuong/chien-si-thi-dua-co-so/')).not.toContain('id="quy-dinh-tinh"');
  });

  it('thẩm quyền chung trên trang Tập thể lao động xuất sắc không dẫn quyết định của Bắc Ninh', () => {
    const html = pageHtml('/khen-thuong/tap-the-lao-dong-xuat-sac/');
    const general = html.slice(html.indexOf('id="tham-quyen"'), html.indexOf('id="quy-dinh-tinh"'));
    expect(general.length).toBeGreaterThan(0);
    expect(general).not.toContain('86/2025');
  });
});
