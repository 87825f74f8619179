/**
 * The award pages and the registry export, as a reader and a re-user of the data meet them:
 * every entry of the registry has a page that lists each criterion with a link landing on an
 * anchor that exists on the law or decree page; cautions below HIGH confidence are visible;
 * the export has one valid row per entry. Plus the pure helpers of src/lib/awards/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadRegistry } from '../src/lib/eligibility/validate';
import { type Condition } from '../src/schemas/award';
import { awardAmount, dongText } from '../src/lib/amounts';
import { RULES_CHECKED_ON } from '../src/lib/legal-status';
import { LAW_ID, placeHref, placeProblems, placeRef } from '../src/lib/awards/places';
import { alternativesOf, criterionElementIds, splitByDate } from '../src/lib/awards/criteria';
import { endedBefore, LEVEL_LABEL } from '../src/lib/awards/labels';
import { groupAwards } from '../src/lib/awards/grouping';
import { neighbours } from '../src/lib/awards/ladders';
import { describeCondition } from '../src/lib/eligibility/conditions/definitions';
import { formatNumber } from '../src/lib/vi';
import { awardUrl } from '../src/lib/urls';
import { rawEntries } from './eligibility/registry';
import { htmlText, mainText, pageHtml } from './helpers/site';

const registry = loadRegistry(rawEntries(join(process.env.CONTENT_DIR ?? 'content', 'khen-thuong')));
const awards = registry.list;
const nameOf = (id: string) => registry.get(id)?.name ?? id;
const KINDS: Record<string, string> = { [LAW_ID]: 'luat' };
const kindOf = (id: string) => KINDS[id] ?? 'nghi-dinh';

/** Ids of every element of a built page, by URL path (cached). */
const idCache = new Map<string, Set<string>>();
function idsOn(path: string): Set<string> {
  if (!idCache.has(path)) idCache.set(path, new Set([...pageHtml(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return idCache.get(path)!;
}

/** The <li> of a criterion on a built award page, by its element id. */
function criterionHtml(html: string, elementId: string): string {
  const start = html.indexOf(`<li id="${elementId}"`);
  expect(start, `phần tử #${elementId}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</li>', html.indexOf('class="cite', start)) + 5);
}

/** The href of the citation link inside a criterion, or null when it has none. */
const citationHref = (fragment: string) => fragment.match(/<a href="([^"]+)"[^>]*data-citation/)?.[1] ?? null;

describe('Hàm thuần của danh mục khen thưởng', () => {
  it('căn cứ trong Luật dẫn đến /luat/…/#dieu-…, căn cứ trong nghị định dẫn đến /van-ban/…/#…, văn bản cẩm nang không có thì không có liên kết', () => {
    const base = { citation: 'x', confidence: 'high' as const };
    expect(placeHref({ ...base, article: 'dieu-23-khoan-2' }, kindOf)).toBe('/luat/luat-thi-dua-khen-thuong-2022/#dieu-23-khoan-2');
    expect(placeHref({ ...base, document: 'nghi-dinh-152-2025-nd-cp', anchor: 'dieu-4-khoan-4' }, kindOf)).toBe('/van-ban/nghi-dinh-152-2025-nd-cp/#dieu-4-khoan-4');
    expect(placeHref({ ...base, document: 'nghi-dinh-152-2025-nd-cp' }, kindOf)).toBe('/van-ban/nghi-dinh-152-2025-nd-cp/');
    expect(placeHref({ ...base, instrument: '01/2024/TT-BNV' }, kindOf)).toBeNull();
    expect(placeRef({ ...base, article: 'dieu-23-khoan-2' })).toBe('dieu-23-khoan-2');
    expect(placeRef({ ...base, document: 'nghi-dinh-152-2025-nd-cp', anchor: 'dieu-4-khoan-4' })).toBe('nghi-dinh-152-2025-nd-cp#dieu-4-khoan-4');
    expect(placeRef({ ...base, instrument: '01/2024/TT-BNV' })).toBeNull();
  });

  it('số viết kiểu Việt Nam: 3.510.000 đồng, 0,3 lần', () => {
    expect(dongText(3_510_000)).toBe('3.510.000 đồng');
    expect(formatNumber(0.3)).toBe('0,3');
    expect(formatNumber(12)).toBe('12');
  });

  it('neo không có thật trong Luật bị báo lỗi, thông báo nêu tệp, trường và cách sửa', () => {
    const broken = { ...registry.get('chien-si-thi-dua-co-so')!, criteria: [{ ...registry.get('chien-si-thi-dua-co-so')!.criteria[0], article: 'dieu-23-khoan-9' }] };
    const problems = placeProblems([broken], (id) => (id === LAW_ID ? new Set(['dieu-23', 'dieu-23-khoan-1']) : id === 'nghi-dinh-152-2025-nd-cp' ? new Set<string>() : null));
    expect(problems.join('\n')).toMatch(/content\/khen-thuong\/chien-si-thi-dua-co-so\.yaml: criteria\[0\] \(dieu-23-khoan-1\)\.article: .*"dieu-23-khoan-9".*sửa neo/);
  });

  it('mỗi mục của danh mục nằm trong đúng một nhóm, nhóm theo loại rồi theo đối tượng', () => {
    const grouped = groupAwards(awards);
    const listed = grouped.flatMap((k) => k.groups.flatMap((g) => g.awards.map((a) => a.id)));
    expect(listed.sort()).toEqual(registry.ids().sort());
    for (const k of grouped) for (const g of k.groups) for (const a of g.awards) {
      expect(a.kind).toBe(k.kind);
      expect([...a.subject].sort().join()).toBe([...g.subjects].sort().join());
    }
  });

  it('bậc trước và bậc sau khớp nhau: A là bậc trước của B khi và chỉ khi B là bậc sau của A', () => {
    for (const a of awards) {
      for (const e of neighbours(a, awards).before) expect(neighbours(registry.get(e.from)!, awards).after.map((x) => x.to)).toContain(a.id);
      for (const e of neighbours(a, awards).after) expect(registry.get(e.to)!.prerequisites.map((p) => p.award)).toContain(a.id);
    }
  });

  it('tiêu chí "một trong các tiêu chuẩn sau" được tách thành từng phương án, phương án chỉ ghi "điểm a" có thêm nội dung', () => {
    const anyOf: Condition = {
      type: 'any-of',
      of: [
        { type: 'all-of', label: 'điểm a', of: [{ type: 'rating-at-least', min: 'htxs' }] },
        { type: 'all-of', label: 'sáng kiến được cơ sở công nhận', of: [{ type: 'initiatives', atLeast: 1, filter: { kinds: ['sang-kien'], minLevel: 'co-so' }, window: 'proposal-year' }] },
        { type: 'any-of', label: 'điểm d', of: [{ type: 'title-times', title: 'chien-si-thi-dua-co-so', times: 2, link: { ratingAtLeast: 'htt' } }, { type: 'consecutive-years', test: { ratingAtLeast: 'htxs' }, count: 2 }] },
      ],
    };
    const alts = alternativesOf(anyOf, nameOf);
    expect(alts).toHaveLength(3);
    expect(alts[0]).toEqual({ label: 'điểm a', detail: 'được xếp loại hoàn thành xuất sắc nhiệm vụ', alternatives: [] });
    expect(alts[1]).toEqual({ label: 'sáng kiến được cơ sở công nhận', detail: null, alternatives: [] });
    expect(alts[2].alternatives.map((a) => a.detail)).toEqual(['02 lần liên tục đạt Chiến sĩ thi đua cơ sở', '02 năm liên tục hoàn thành xuất sắc nhiệm vụ']);
    expect(alternativesOf({ type: 'rating-at-least', min: 'htt' }, nameOf)).toEqual([]);
    expect(describeCondition({ type: 'rating-at-least', min: 'htt' }, nameOf)).toBe('được xếp loại hoàn thành tốt nhiệm vụ trở lên');
  });

  it('hai tiêu chí cùng mã (trước và sau 01/7/2025) có id phần tử khác nhau; tiêu chí hết áp dụng được tách riêng', () => {
    expect(criterionElementIds([{ id: 'tam-hoan-xet' }, { id: 'x' }, { id: 'tam-hoan-xet' }])).toEqual(['tieu-chi-tam-hoan-xet', 'tieu-chi-x', 'tieu-chi-tam-hoan-xet-2']);
    const split = splitByDate([{ effective: { to: '2025-06-30' } }, { effective: { from: '2025-07-01' } }, {}], '2026-11-01');
    expect(split.past).toHaveLength(1);
    expect(split.current).toHaveLength(2);
  });
});

describe('Mỗi mục của danh mục có trang riêng nêu đủ tiêu chí kèm căn cứ', () => {
  for (const a of awards) {
    const url = awardUrl(a.id);
    it(`${a.name}: trang ${url} nêu mọi tiêu chí, căn cứ của tiêu chí dẫn đến một neo có thật`, () => {
      const html = pageHtml(url);
      const text = mainText(html);
      expect(text).toContain(a.name);
      if (a.criteria.length === 0) {
        expect(text.toLowerCase()).toContain('chưa có tiêu chí trong cẩm nang');
        return;
      }
      const { current, past } = splitByDate(a.criteria, RULES_CHECKED_ON);
      const elementIds = criterionElementIds([...current, ...past]);
      for (const c of a.criteria) {
        const elementId = elementIds[[...current, ...past].indexOf(c)];
        const li = criterionHtml(html, elementId);
        expect(li).toContain(`data-criterion="${c.id}"`);
        expect(htmlText(li), `${c.id}: nội dung`).toContain(c.text);
        expect(htmlText(li), `${c.id}: trích dẫn`).toContain(c.citation);
        const href = citationHref(li);
        const expected = placeHref(c, kindOf);
        expect(href, `${c.id}: liên kết căn cứ`).toBe(expected);
        if (href) {
          const [path, anchor] = href.split('#');
          if (anchor) expect(idsOn(path).has(anchor), `${c.id}: ${path} có id="${anchor}"`).toBe(true);
          else pageHtml(path);
        }
        if (c.confidence !== 'high') {
          expect(li, `${c.id}: cảnh báo độ tin cậy`).toMatch(new RegExp(`data-confidence="${c.confidence}"`));
          expect(htmlText(li)).toContain(c.caution!);
        }
        for (const r of c.reportedChanges ?? []) expect(htmlText(li)).toContain(r.summary);
      }
    });
  }

  it('mọi trang mục nêu ai quyết định, hồ sơ, tiền thưởng, ngày đối chiếu quy định và liên kết "Tự kiểm tra tiêu chuẩn"', () => {
    for (const a of awards) {
      const html = pageHtml(awardUrl(a.id));
      const text = mainText(html);
      for (const d of a.decidedBy) expect(text, `${a.id}: thẩm quyền`).toContain(d.text);
      for (const d of a.dossier) expect(text, `${a.id}: hồ sơ`).toContain(d.text);
      // The page computes the money for a decision signed on its build date, written in <time datetime> of the section.
      const today = html.match(/class="award-money[^"]*"[^>]*data-today="(\d{4}-\d{2}-\d{2})"/)?.[1];
      if (a.amount.length) expect(today, `${a.id}: ngày tính tiền thưởng`).toBeTruthy();
      for (const m of a.amount) {
        for (const subject of m.subjects) {
          const amount = awardAmount(a, subject, today!);
          if (amount.known) expect(text, `${a.id}: tiền thưởng ${subject}`).toContain(dongText(amount.vnd));
        }
      }
      expect(html).toContain(`datetime="${RULES_CHECKED_ON}"`);
      expect(html).toContain(`href="/kiem-tra/#award=${a.id}"`);
      expect(text).toContain('Tự kiểm tra tiêu chuẩn');
    }
  });

  it('trang Chiến sĩ thi đua cơ sở có thông báo luật sửa đổi 2026 và nêu thay đổi dự thảo (bắt buộc sáng kiến) là chưa xác minh', () => {
    const html = pageHtml('/khen-thuong/chien-si-thi-dua-co-so/');
    expect(html).toContain('data-amendment-notice');
    expect(mainText(html)).toMatch(/Luật 06\/2026\/QH16 sửa đổi, có hiệu lực từ 01\/10\/2026, chưa được đối chiếu/);
    const li = htmlText(criterionHtml(html, 'tieu-chi-dieu-23-khoan-2'));
    expect(li).toMatch(/chưa xác minh/);
    expect(li).toMatch(/sáng kiến/);
    expect(li).toContain('Đáp ứng một trong các tiêu chuẩn sau');
  });

  it('tiêu chí có căn cứ dưới độ tin cậy cao hiện cảnh báo thấy được trên trang (ví dụ Điều 27, Tập thể lao động xuất sắc)', () => {
    const a = registry.get('tap-the-lao-dong-xuat-sac')!;
    const weak = a.criteria.filter((c) => c.confidence !== 'high');
    expect(weak.length).toBeGreaterThan(0);
    const html = pageHtml(awardUrl(a.id));
    expect((html.match(/class="caution confidence-note/g) ?? []).length).toBeGreaterThanOrEqual(weak.length);
  });

  it('trang mục là trang đọc: không tải JavaScript nào ngoài /lien-ket.js', () => {
    for (const a of awards) {
      const scripts = [...pageHtml(awardUrl(a.id)).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
      expect(scripts.every((s) => s.includes('src="/lien-ket.js"')), a.id).toBe(true);
    }
  });

  it('trang /khen-thuong/ liệt kê mọi mục với tóm tắt một dòng và cấp, chia theo danh hiệu thi đua / hình thức khen thưởng', () => {
    const html = pageHtml('/khen-thuong/');
    const items = [...html.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
    for (const a of awards) {
      const item = items.find((i) => i.includes(`class="award-name"`) && i.includes(`href="${awardUrl(a.id)}"`));
      expect(item, a.id).toBeDefined();
      expect(htmlText(item!), a.id).toContain(a.summary);
      expect(htmlText(item!), a.id).toContain(a.level ? LEVEL_LABEL[a.level] : 'Cấp: chưa xác định');
    }
    expect(html).toMatch(/<h3 id="loai-danh-hieu-thi-dua"[^>]*>Danh hiệu thi đua<\/h3>/);
    expect(html).toMatch(/<h3 id="loai-hinh-thuc-khen-thuong"[^>]*>Hình thức khen thưởng<\/h3>/);
    expect(html).toContain('href="/du-lieu/khen-thuong.json"');
  });
});

/** The contract of /du-lieu/khen-thuong.json, as documented in docs/exports.md. */
const confidence = z.enum(['high', 'med', 'low', 'unconfirmed']);
const subject = z.enum(['ca-nhan', 'tap-the', 'ho-gia-dinh']);
const sector = z.enum(['civil-service', 'armed-forces', 'worker-farmer', 'enterprise']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const article = z.string().regex(/^([a-z0-9-]+#)?[a-z0-9]+(-[a-z0-9]+)*$/).nullable();
const href = z.string().regex(/^\/(luat|van-ban)\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/).nullable();
const place = { citation: z.string().min(5), article, href, confidence };
const exportRow = z.strictObject({
  id: z.string(),
  name: z.string().min(3),
  kind: z.enum(['danh-hieu-thi-dua', 'hinh-thuc-khen-thuong']),
  subject: z.array(subject),
  level: z.enum(['co-so', 'bo-tinh', 'toan-quoc', 'nha-nuoc']).nullable(),
  period: z.enum(['hang-nam', 'theo-dot', 'theo-thanh-tich']).nullable(),
  summary: z.string().min(20),
  decidedBy: z.array(z.strictObject({ text: z.string(), subjects: z.array(subject).nullable(), sectors: z.array(sector).nullable(), from: isoDate.nullable(), to: isoDate.nullable(), ...place })),
  dossier: z.array(z.strictObject({ text: z.string(), subjects: z.array(subject).nullable(), sectors: z.array(sector).nullable(), ...place })),
  amount: z.array(z.strictObject({ subjects: z.array(subject).min(1), multiplier: z.number().positive(), ...place })),
  prerequisites: z.array(z.strictObject({ award: z.string(), relation: z.enum(['dieu-kien', 'thang-bac']) })),
  criteria: z.array(
    z.strictObject({
      id: z.string(),
      article,
      href,
      text: z.string().min(10),
      confidence,
      citation: z.string().min(5),
      role: z.enum(['standard', 'general']),
      from: isoDate.nullable(),
      to: isoDate.nullable(),
      reportedChanges: z.array(z.strictObject({ id: z.string(), summary: z.string(), from: isoDate, status: z.literal('chua-xac-minh') })),
    }),
  ),
  criteriaNote: z.string().nullable(),
  url: z.string().regex(/^\/khen-thuong\/[a-z0-9-]+\/$/),
});

describe('Dữ liệu mở /du-lieu/khen-thuong.json', () => {
  const rows = JSON.parse(pageHtml('/du-lieu/khen-thuong.json')) as unknown[];

  it('đúng lược đồ (Zod) và có đúng một dòng cho mỗi mục của danh mục', () => {
    const parsed = z.array(exportRow).safeParse(rows);
    if (!parsed.success) throw new Error(parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    expect(parsed.data.map((r) => r.id).sort()).toEqual(registry.ids().sort());
    expect(new Set(parsed.data.map((r) => r.id)).size).toBe(parsed.data.length);
  });

  it('mỗi dòng khớp mục trong danh mục: tên, số tiêu chí, nội dung và độ tin cậy từng tiêu chí', () => {
    for (const r of z.array(exportRow).parse(rows)) {
      const a = registry.get(r.id)!;
      expect(r.name).toBe(a.name);
      expect(r.criteria.map((c) => [c.id, c.text, c.confidence])).toEqual(a.criteria.map((c) => [c.id, c.text, c.confidence]));
      expect(r.decidedBy.map((d) => d.text)).toEqual(a.decidedBy.map((d) => d.text));
      expect(r.dossier.map((d) => d.text)).toEqual(a.dossier.map((d) => d.text));
    }
  });

  it('article là id neo trong Luật (dieu-23-khoan-2) hoặc "văn-bản#neo" với văn bản khác, href dẫn đến neo có trên trang; url dẫn đến trang của mục', () => {
    const parsed = z.array(exportRow).parse(rows);
    const withLaw = parsed.flatMap((r) => r.criteria).filter((c) => c.href?.startsWith(`/luat/${LAW_ID}/#`));
    expect(withLaw.length).toBeGreaterThan(0);
    for (const r of parsed) {
      pageHtml(r.url);
      const places = [...r.criteria, ...r.decidedBy, ...r.dossier, ...r.amount];
      for (const c of places) {
        expect(c.article === null, `${r.id}: article và href cùng có hoặc cùng không`).toBe(c.href === null);
        if (!c.href) continue;
        const [path, anchor] = c.href.split('#');
        if (path === `/luat/${LAW_ID}/`) expect(c.article).toBe(anchor);
        else expect(c.article).toBe(`${path.split('/')[2]}${anchor ? `#${anchor}` : ''}`);
        if (anchor) expect(idsOn(path).has(anchor), `${r.id}: ${c.href}`).toBe(true);
        else pageHtml(path);
      }
    }
    const csdtcs = parsed.find((r) => r.id === 'chien-si-thi-dua-co-so')!;
    expect(csdtcs.criteria.find((c) => c.id === 'dieu-23-khoan-2')!.article).toBe('dieu-23-khoan-2');
  });

  it('tiêu chí đã hết áp dụng vẫn có trong dữ liệu, kèm ngày hết áp dụng', () => {
    const ended = awards.flatMap((a) => a.criteria.filter((c) => endedBefore(c.effective, RULES_CHECKED_ON)));
    const exported = z.array(exportRow).parse(rows).flatMap((r) => r.criteria.filter((c) => c.to && c.to < RULES_CHECKED_ON));
    expect(exported).toHaveLength(ended.length);
  });
});
