/**
 * The documents the 2026 fact sheet adds or corrects (sources/reference/legal-facts-turn2.md):
 * Thông tư 20/2025/TT-BNV (the ngành Nội vụ circular), Nghị định 161/2026/NĐ-CP (base salary),
 * Nghị định 73/2024/NĐ-CP (the base salary it replaces), Luật 06/2026/QH16 and the date of
 * Nghị định 129/2025/NĐ-CP. Each is a metadata-only entry whose relations resolve and whose
 * page says where its facts come from.
 */
import { describe, expect, it } from 'vitest';
import { loadDocs } from './helpers/responsibilities';
import { htmlText, mainText, pageHtml } from './helpers/site';

const docs = loadDocs();
const byId = new Map(docs.map((d) => [d.id, d]));
const doc = (id: string) => {
  const d = byId.get(id);
  expect(d, `content/van-ban/${id}.mdx`).toBeTruthy();
  return d!;
};
const NEW = ['thong-tu-20-2025-tt-bnv', 'nghi-dinh-161-2026-nd-cp', 'nghi-dinh-73-2024-nd-cp'];

describe('Văn bản mới theo bảng tổng hợp năm 2026', () => {
  it('mỗi mục mới chỉ có thông tin (fullText: false), ghi nguồn thông tin và mọi quan hệ trỏ đến văn bản có trong thư viện', () => {
    for (const id of NEW) {
      const { data } = doc(id);
      expect(data.fullText, id).toBe(false);
      expect(data.factsFrom, id).toMatch(/legal-facts/);
      for (const targets of Object.values(data.relations)) for (const t of targets) expect(byId.has(t), `${id} → ${t}`).toBe(true);
    }
  });

  it('Thông tư 20/2025/TT-BNV: ký 11/10/2025, hiệu lực 01/12/2025, quy định chi tiết Luật và Nghị định 152/2025/NĐ-CP cho ngành Nội vụ', () => {
    const { data, body } = doc('thong-tu-20-2025-tt-bnv');
    expect(data).toMatchObject({ number: '20/2025/TT-BNV', effective: '2025-12-01', issued: { value: '2025-10-11' } });
    expect(data.relations.details).toEqual(['luat-thi-dua-khen-thuong-2022', 'nghi-dinh-152-2025-nd-cp']);
    expect(data.summary).toMatch(/ngành Nội vụ/);
    expect(body).toMatch(/<Dieu id="dieu-8"/);
  });

  it('Nghị định 161/2026/NĐ-CP: lương cơ sở 2.530.000 đồng từ 01/7/2026, thay Nghị định 73/2024/NĐ-CP; độ tin cậy trung bình hiện trên trang', () => {
    const { data, body } = doc('nghi-dinh-161-2026-nd-cp');
    expect(data).toMatchObject({ effective: '2026-07-01', issued: { value: '2026-05-15' } });
    expect(data.relations.supersedes).toEqual(['nghi-dinh-73-2024-nd-cp']);
    expect(body).toMatch(/<ConfidenceNote level="med">/);
    expect(body).toContain('2.530.000');
  });

  it('Nghị định 129/2025/NĐ-CP ký ngày 11/6/2025 (sửa bảng tổng hợp cũ)', () => {
    expect(doc('nghi-dinh-129-2025-nd-cp').data.issued).toBe('2025-06-11');
  });

  it('trang đã build: Nghị định 73/2024/NĐ-CP nói đã được Nghị định 161/2026/NĐ-CP thay thế; Luật sửa đổi 2026 đang có hiệu lực, nội dung chưa xác minh', () => {
    const old = mainText(pageHtml('/van-ban/nghi-dinh-73-2024-nd-cp/'));
    expect(old).toMatch(/Hết hiệu lực từ 01\/07\/2026/);
    expect(old).toMatch(/Đã được thay thế bởi Nghị định 161\/2026\/NĐ-CP/);
    const law = pageHtml('/luat/luat-sua-doi-thi-dua-khen-thuong-2026/');
    expect(mainText(law)).toMatch(/Đang có hiệu lực từ 01\/10\/2026/);
    expect(htmlText(law.slice(law.indexOf('data-confidence="med"')))).toMatch(/chưa đọc được lời văn/);
    expect(pageHtml('/van-ban/thong-tu-20-2025-tt-bnv/')).toContain('id="dieu-8"');
  });
});
