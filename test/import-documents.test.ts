/**
 * The two real documents of sources/documents/ stay in the site as imported and then reviewed by
 * hand. What the review had to change after `npm run import` is recorded in
 * test/fixtures/import-known-errors.json: those are the importer's known errors. Re-importing
 * each source (in memory) and comparing with the reviewed files must find those changes and no
 * other, so the list cannot grow silently; an importer fix that removes one fails too, until the
 * entry is removed from the list.
 *
 * Compared: frontmatter fields (except `summary`, always rewritten by a person), each line of the
 * text, each task by clause and quoted text (bodies, roles, basis, cadence; not the id or the
 * summary), and each agency the import proposed (name, short name, kind, level, province,
 * parent, members).
 */
import { describe, expect, it } from 'vitest';
import { KNOWN, reviewChanges } from './helpers/import-review';

describe('Hai văn bản thật nhập bằng công cụ rồi duyệt tay', () => {
  for (const [id, known] of Object.entries(KNOWN)) {
    const places = reviewChanges(id, known);
    console.log(`${id}: ${places.length} chỗ phải sửa sau khi nhập (lỗi đã biết của công cụ: ${known.changes.length})`);

    it(`${id}: mọi chỗ phải sửa sau khi nhập đều có trong danh sách lỗi đã biết (không tăng)`, () => {
      const listed = new Set(known.changes.map((c) => c.place));
      expect(places.filter((p) => !listed.has(p)), 'chỗ sửa mới: công cụ nhập làm sai thêm, hoặc bản duyệt bị sửa mà chưa ghi lý do').toEqual([]);
      expect(places.length).toBeLessThanOrEqual(known.changes.length);
    });

    it(`${id}: mỗi lỗi đã biết vẫn còn (nếu công cụ đã sửa được, xóa mục đó khỏi danh sách)`, () => {
      const found = new Set(places);
      expect(known.changes.filter((c) => !found.has(c.place)).map((c) => c.place)).toEqual([]);
    });

    it(`${id}: mỗi lỗi đã biết ghi lý do`, () => {
      for (const c of known.changes) expect(c.why.length, c.place).toBeGreaterThan(10);
    });
  }
});
