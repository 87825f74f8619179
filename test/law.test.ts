/**
 * The Law on Emulation and Commendation (06/2022/QH15) as a navigable page: its structure
 * (8 chapters, 96 articles), the anchors other parts of the handbook cite, digests of the
 * articles the handbook relies on, visible cautions, the amendment notice; the implementing
 * decrees and their relations; the glossary.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { extractOutline, type OutlineEntry } from '../src/lib/outline';
import { AMENDMENT_2026, AMENDMENT_NOTICE_TEXT, RULES_CHECKED_ON, amendmentMayApply } from '../src/lib/legal-status';
import { termSchema } from '../src/schemas/glossary';
import { glossaryProblems, sortTerms } from '../src/lib/glossary';
import { pageHtml, mainText, htmlText } from './helpers/site';
import { articleDigests, digestSummary, digestSummaryText, NO_DIGEST, PARTIAL_DIGEST } from '../src/lib/law-digest';

const DIR = 'content/van-ban';
const LAW_ID = 'luat-thi-dua-khen-thuong-2022';
const LAW_URL = `/luat/${LAW_ID}/`;

function read(id: string) {
  const raw = readFileSync(join(DIR, `${id}.mdx`), 'utf8');
  const m = raw.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/)!;
  return { data: parseYaml(m[1]) as Record<string, any>, body: m[2] };
}

const law = read(LAW_ID);
const outline = extractOutline(law.body, LAW_ID);
const ids = new Set(outline.map((e) => e.id));
const articles = outline.filter((e) => e.tag === 'Dieu');
const chapters = outline.filter((e) => e.tag === 'Chuong');

/** The MDX source of one article, from its opening tag to its closing tag. */
function articleSource(n: number): string {
  const start = law.body.indexOf(`<Dieu id="dieu-${n}"`);
  return law.body.slice(start, law.body.indexOf('</Dieu>', start));
}

/** The chapter an article sits in. */
function chapterOf(article: OutlineEntry): OutlineEntry | undefined {
  const i = outline.indexOf(article);
  return outline.slice(0, i).reverse().find((e) => e.depth < article.depth);
}

/** Articles the handbook relies on: they must carry a digest, not "Chưa có tóm lược". */
const DIGESTED = [3, 5, 8, 9, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 42, 43, 44, 63, 73, 74, 75, 80, 84, 93];

/** Anchors cited by the award registry, the checker and the glossary (brief of the law page). */
const CITED_ANCHORS = [
  'dieu-19', 'dieu-20-khoan-1', 'dieu-21-khoan-1-diem-a', 'dieu-21-khoan-1-diem-b', 'dieu-21-khoan-2',
  'dieu-22-khoan-1-diem-a', 'dieu-22-khoan-1-diem-b', 'dieu-22-khoan-2', 'dieu-23-khoan-1', 'dieu-23-khoan-2',
  'dieu-24-khoan-1', 'dieu-24-khoan-1-diem-a', 'dieu-24-khoan-1-diem-b', 'dieu-24-khoan-2', 'dieu-24-khoan-3', 'dieu-24-khoan-4',
  'dieu-25-khoan-1', 'dieu-25-khoan-2', 'dieu-25-khoan-3', 'dieu-25-khoan-4', 'dieu-26-khoan-1', 'dieu-26-khoan-2', 'dieu-26-khoan-3',
  'dieu-27-khoan-1', 'dieu-27-khoan-2', 'dieu-27-khoan-3', 'dieu-28-khoan-1', 'dieu-28-khoan-2', 'dieu-28-khoan-3',
  'dieu-42', 'dieu-43-khoan-1', 'dieu-44-khoan-1', 'dieu-44-khoan-1-diem-e', 'dieu-44-khoan-1-diem-g', 'dieu-44-khoan-2',
  'dieu-73-khoan-1', 'dieu-73-khoan-1-diem-a', 'dieu-73-khoan-1-diem-b', 'dieu-73-khoan-1-diem-c', 'dieu-73-khoan-1-diem-d',
  'dieu-73-khoan-2', 'dieu-73-khoan-3', 'dieu-74-khoan-1', 'dieu-74-khoan-1-diem-a', 'dieu-74-khoan-1-diem-b',
  'dieu-74-khoan-1-diem-c', 'dieu-74-khoan-1-diem-d', 'dieu-74-khoan-1-diem-dd', 'dieu-74-khoan-2', 'dieu-74-khoan-6',
  'dieu-75-khoan-1', 'dieu-75-khoan-2', 'dieu-80-khoan-1', 'dieu-80-khoan-2', 'dieu-80-khoan-3', 'dieu-80-khoan-4', 'dieu-80-khoan-5',
  'dieu-84-khoan-1', 'dieu-84-khoan-1-diem-a', 'dieu-84-khoan-1-diem-b', 'dieu-84-khoan-1-diem-c', 'dieu-84-khoan-1-diem-d',
  'dieu-84-khoan-7', 'dieu-5-khoan-2', 'dieu-8', 'dieu-9', 'dieu-93-khoan-2', 'dieu-3-khoan-4', 'dieu-71-khoan-2',
];

describe('Cấu trúc Luật Thi đua, khen thưởng 2022', () => {
  it('có đúng 8 chương (I–VIII) và 96 điều, mỗi điều từ dieu-1 đến dieu-96 xuất hiện đúng một lần, theo thứ tự', () => {
    expect(chapters.map((c) => c.id)).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'].map((r) => `chuong-${r}`));
    expect(articles.map((a) => a.id)).toEqual(Array.from({ length: 96 }, (_, i) => `dieu-${i + 1}`));
    for (const a of articles) expect(a.so).toBe(`Điều ${a.id.slice(5)}.`);
  });

  it('mọi điều nằm trong một chương; các chương đã xác minh có đúng phạm vi điều', () => {
    for (const a of articles) expect(chapterOf(a)?.tag, a.id).toBe('Chuong');
    const range = (chuong: string) => articles.filter((a) => chapterOf(a)?.id === chuong).map((a) => Number(a.id.slice(5)));
    expect(range('chuong-i')).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(range('chuong-ii')).toEqual(Array.from({ length: 17 }, (_, i) => i + 16));
    expect(range('chuong-v')).toEqual([86, 87]);
    expect(range('chuong-vii')).toEqual([93]);
    expect(range('chuong-viii')).toEqual([94, 95, 96]);
    expect(range('chuong-iii')[0]).toBe(33);
    expect(range('chuong-iii')).toContain(75);
    expect(range('chuong-iv')).toContain(77);
  });

  it('tên Chương III chưa được xác minh nên không ghi tên đoán, và trang nói rõ ranh giới Chương III/IV chưa chắc', () => {
    const iii = chapters.find((c) => c.id === 'chuong-iii')!;
    expect(iii.ten ?? '').not.toMatch(/Đối tượng, tiêu chuẩn/);
    expect(iii.ten ?? '').toMatch(/chưa được xác minh/);
    expect(law.body).toMatch(/Ranh giới giữa Chương III và Chương IV chưa được xác minh/);
  });

  it('chỉ ghi tên điều khi tên đã được thấy: Điều 25 (chỉ có bản tiếng Anh), 26, 27, 28, 74, 75 không có tên', () => {
    for (const n of [25, 26, 27, 28, 42, 43, 44, 74, 75]) expect(articles[n - 1].ten, `Điều ${n}`).toBeNull();
    expect(articles[22].ten).toBe('Danh hiệu “Chiến sĩ thi đua cơ sở”');
    expect(articles[72].ten).toBe('“Bằng khen của Thủ tướng Chính phủ”');
  });

  it('có neo cho mọi khoản, điểm mà bộ khen thưởng và trang thuật ngữ dẫn chiếu', () => {
    expect(CITED_ANCHORS.filter((a) => !ids.has(a))).toEqual([]);
  });

  it('các điều cẩm nang dùng đến đều có tóm lược, không ghi “Chưa có tóm lược”', () => {
    for (const n of DIGESTED) expect(articleSource(n), `Điều ${n}`).not.toMatch(/chưa có tóm lược/i);
  });

  it('mỗi điều hoặc nói rõ “Chưa có tóm lược.”, hoặc có tóm lược kèm mức độ tin cậy và nguồn đã đọc', () => {
    for (const a of articles) {
      const src = articleSource(Number(a.id.slice(5)));
      if (src.includes(NO_DIGEST)) continue;
      // A digest names how sure it is: in words ("Độ tin cậy cao …") or with a visible caution.
      expect(src, a.id).toMatch(/độ tin cậy|<ConfidenceNote level=/i);
    }
  });

  it('điều chỉ tóm lược một phần có lời cảnh báo hiển thị về phần chưa thấy', () => {
    const partial = articleDigests(law.body).filter((a) => a.state === 'partial');
    for (const a of partial) expect(articleSource(Number(a.id.slice(5))), a.id).toMatch(/<ConfidenceNote level="(med|low|unconfirmed)">/);
  });

  it('Chiến sĩ thi đua cơ sở cần cả hai khoản của Điều 23, và Chiến sĩ thi đua toàn quốc cần 02 lần liên tục (không phải 03)', () => {
    expect(articleSource(23)).toMatch(/cả hai khoản/);
    expect(articleSource(21)).toMatch(/02 lần liên tục/);
    expect(articleSource(22)).toMatch(/03 lần liên tục/);
  });

  it('Tập thể lao động xuất sắc (khoản 1 Điều 27): 100% hoàn thành nhiệm vụ, từ 70% Lao động tiên tiến, có Chiến sĩ thi đua cơ sở, và không có điều kiện kỷ luật', () => {
    const k1 = law.body.slice(law.body.indexOf('id="dieu-27-khoan-1"'), law.body.indexOf('id="dieu-27-khoan-2"'));
    expect(k1).toMatch(/100%[\s\S]*70%[\s\S]*“Lao động tiên tiến”/);
    expect(k1).toMatch(/id="dieu-27-khoan-1-diem-d"[\s\S]*“Chiến sĩ thi đua cơ sở”/);
    expect(k1).toMatch(/không có điều kiện về kỷ luật/);
    for (const p of ['a', 'b', 'c', 'd', 'dd']) expect(ids.has(`dieu-27-khoan-1-diem-${p}`), p).toBe(true);
  });

  it('Anh hùng Lao động (Điều 63): cá nhân cần đủ năm tiêu chuẩn, trong đó có đóng góp từ 10 năm trở lên', () => {
    const k1 = law.body.slice(law.body.indexOf('id="dieu-63-khoan-1"'), law.body.indexOf('id="dieu-63-khoan-2"'));
    expect(k1).toMatch(/đủ cả năm/);
    expect(k1.match(/^- /gm)).toHaveLength(5);
    expect(k1).toMatch(/từ 10 năm trở lên/);
  });

  it('điểm d khoản 1 Điều 84 không được ghi là bao gồm xác nhận hoàn thành xuất sắc nhiệm vụ', () => {
    const d = law.body.slice(law.body.indexOf('id="dieu-84-khoan-1-diem-d"'));
    expect(d.slice(0, d.indexOf('</Diem>'))).toMatch(/không nhắc đến kết quả hoàn thành xuất sắc nhiệm vụ[\s\S]*638\/QĐ-BNV/);
  });

  it('điều có nội dung dưới mức tin cậy cao (hoặc chưa thấy lời văn) đều có lời cảnh báo hiển thị', () => {
    for (const n of [25, 26, 27, 28, 42, 74, 75]) expect(articleSource(n), `Điều ${n}`).toMatch(/<ConfidenceNote level="(med|low|unconfirmed)">/);
    for (const n of [26, 27, 28, 42]) expect(articleSource(n), `Điều ${n}`).toMatch(/Chưa thấy lời văn/i);
    const k3 = law.body.slice(law.body.indexOf('id="dieu-73-khoan-3"'));
    expect(k3.slice(0, k3.indexOf('</Khoan>'))).toMatch(/chưa thấy lời văn/);
  });

  it('Điều 80 nêu thay đổi của Điều 59 Nghị định 129/2025/NĐ-CP: Chủ tịch UBND cấp xã tặng cả Chiến sĩ thi đua cơ sở từ 01/7/2025', () => {
    expect(articleSource(80)).toMatch(/01\/7\/2025[\s\S]*Điều 59 Nghị định 129\/2025\/NĐ-CP[\s\S]*“Chiến sĩ thi đua cơ sở”/);
  });

  it('trang Luật bắt đầu bằng thông báo về luật sửa đổi 2026 và thay thế Luật 2003', () => {
    expect(law.body.trimStart().startsWith('<AmendmentNotice')).toBe(true);
    expect(law.data.relations.supersedes).toContain('luat-thi-dua-khen-thuong-2003');
  });
});

describe('Đếm số điều đã tóm lược (src/lib/law-digest.ts)', () => {
  const body = [
    '<Dieu id="dieu-1" so="Điều 1.">', '', 'Chưa có tóm lược.', '', '</Dieu>',
    '<Dieu id="dieu-2" so="Điều 2." ten="Đối tượng áp dụng">', '', 'Luật áp dụng cho ba nhóm.', '', '</Dieu>',
    '<Dieu id="dieu-3" so="Điều 3.">', '', 'Tóm lược một phần: chỉ thấy khoản 5.', '', '</Dieu>',
  ].join('\n');

  it('điều ghi “Chưa có tóm lược.” không được tính; điều “Tóm lược một phần” được tính và đếm riêng', () => {
    expect(articleDigests(body)).toEqual([
      { id: 'dieu-1', state: 'none' }, { id: 'dieu-2', state: 'full' }, { id: 'dieu-3', state: 'partial' },
    ]);
    const s = digestSummary(body)!;
    expect(s).toEqual({ digested: 2, partial: 1, total: 3 });
    expect(digestSummaryText(s)).toBe('Đã tóm lược 2/3 điều (1 điều mới tóm lược một phần).');
  });

  it('văn bản không chia điều (không phải luật) thì không có con số', () => {
    expect(digestSummary('<Khoan id="muc-1" so="1.">\n\nNội dung.\n\n</Khoan>')).toBeNull();
  });

  it('trang Luật đếm đủ 96 điều, và con số khớp với số điều không ghi “Chưa có tóm lược.”', () => {
    const s = digestSummary(law.body)!;
    expect(s.total).toBe(96);
    expect(s.digested).toBe(articles.filter((a) => !articleSource(Number(a.id.slice(5))).includes(NO_DIGEST)).length);
    expect(s.partial).toBe(articles.filter((a) => {
      const src = articleSource(Number(a.id.slice(5)));
      return !src.includes(NO_DIGEST) && src.includes(PARTIAL_DIGEST);
    }).length);
  });
});

describe('Tình trạng pháp lý dùng chung (src/lib/legal-status.ts)', () => {
  it('Luật 06/2026/QH16 có hiệu lực từ 01/10/2026 nhưng nội dung chưa xác minh; có mục riêng trong thư viện và sửa đổi Luật 2022', () => {
    expect(AMENDMENT_2026.verified).toBe(false);
    const entry = read(AMENDMENT_2026.id);
    expect(entry.data.status).toBe('dang-co-hieu-luc');
    expect(entry.data.issued).toMatchObject({ value: AMENDMENT_2026.dated });
    expect(entry.body).toMatch(/<ConfidenceNote level="med">[^<]*chưa đọc được lời văn/);
    expect(entry.data.number).toBe(AMENDMENT_2026.number);
    expect(entry.data.numberInferred).toMatch(/loại trừ[\s\S]*không chính thức/);
    expect(entry.data.effective).toBe(AMENDMENT_2026.effective);
    expect(entry.data.relations.amends).toEqual([LAW_ID]);
    expect(entry.body).toMatch(/Chiến sĩ thi đua cơ sở[\s\S]*hoàn thành xuất sắc nhiệm vụ[\s\S]*sáng kiến/);
  });

  it('hồ sơ nộp từ 01/10/2026 có thể chịu luật sửa đổi; hồ sơ trước đó thì không', () => {
    expect(amendmentMayApply('2026-09-30')).toBe(false);
    expect(amendmentMayApply('2026-10-01')).toBe(true);
  });
});

describe('Văn bản hướng dẫn thi hành', () => {
  it('Nghị định 152/2025/NĐ-CP: ký 14/6/2025, hiệu lực 01/7/2025, quy định chi tiết Luật và thay thế Nghị định 98/2023/NĐ-CP', () => {
    const { data, body } = read('nghi-dinh-152-2025-nd-cp');
    expect([data.issued, data.effective, data.status]).toEqual(['2025-06-14', '2025-07-01', 'dang-co-hieu-luc']);
    expect(data.relations).toMatchObject({ details: [LAW_ID], supersedes: ['nghi-dinh-98-2023-nd-cp'] });
    const anchors = new Set(extractOutline(body).map((e) => e.id));
    for (let k = 1; k <= 7; k++) expect(anchors.has(`dieu-4-khoan-${k}`), `khoản ${k} Điều 4`).toBe(true);
    for (const a of ['dieu-6-khoan-2-diem-c', 'dieu-9', 'dieu-21', 'dieu-50-khoan-1-diem-a', 'dieu-50-khoan-2-diem-c', 'dieu-54', 'dieu-59', 'dieu-60']) {
      expect(anchors.has(a), a).toBe(true);
    }
    expect(body).toMatch(/4,5 lần[\s\S]*3,0 lần[\s\S]*1,0 lần[\s\S]*0,3 lần/);
  });

  it('Nghị định 98/2023/NĐ-CP đã hết hiệu lực từ 01/7/2025 và có ghi chú khoản 7, khoản 9 Điều 30', () => {
    const { data, body } = read('nghi-dinh-98-2023-nd-cp');
    expect([data.issued, data.expired, data.status]).toEqual(['2023-12-31', '2025-07-01', 'het-hieu-luc']);
    expect(data.relations.replacedBy).toEqual(['nghi-dinh-152-2025-nd-cp']);
    const anchors = new Set(extractOutline(body).map((e) => e.id));
    expect(['dieu-4', 'dieu-30-khoan-7', 'dieu-30-khoan-9'].filter((a) => !anchors.has(a))).toEqual([]);
  });

  it('Thông tư 15/2025/TT-BNV: ngày hiệu lực chỉ có một nguồn (độ tin cậy thấp) nên không ghi như một dữ kiện', () => {
    const { data, body } = read('thong-tu-15-2025-tt-bnv');
    expect(data.issued).toBe('2025-08-04');
    expect(data.signer.name).toBe('Phạm Thị Thanh Trà');
    expect(data.effective).toBeNull();
    expect(body).toMatch(/<ConfidenceNote level="low">[^<]*05\/8\/2025/);
    expect(data.relations.supersedes).toEqual(['thong-tu-01-2024-tt-bnv']);
    expect(body).toMatch(/<ConfidenceNote level="med">[^<]*thay thế Thông tư 01\/2024\/TT-BNV/);
  });

  it('các mục chỉ có thông tin ghi fullText: false', () => {
    for (const id of ['nghi-dinh-98-2023-nd-cp', 'nghi-dinh-129-2025-nd-cp', 'thong-tu-15-2025-tt-bnv', 'thong-tu-01-2024-tt-bnv', AMENDMENT_2026.id]) {
      expect(read(id).data.fullText, id).toBe(false);
    }
  });
});

describe('Thuật ngữ', () => {
  const files = readdirSync('content/thuat-ngu').filter((f) => f.endsWith('.yaml'));
  const terms = files.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: termSchema.parse(parseYaml(readFileSync(join('content/thuat-ngu', f), 'utf8'))) }));

  it('có các thuật ngữ cốt lõi, mỗi thuật ngữ dẫn đến một neo có thật', () => {
    for (const id of ['sang-kien', 'danh-hieu-thi-dua', 'hinh-thuc-khen-thuong', 'khen-thuong-cong-trang', 'khen-thuong-dot-xuat', 'khen-thuong-chuyen-de',
      'khen-thuong-qua-trinh-cong-hien', 'cum-khoi-thi-dua', 'giao-uoc-thi-dua', 'hoi-dong-thi-dua-khen-thuong', 'hoan-thanh-xuat-sac-nhiem-vu',
      'hoan-thanh-tot-nhiem-vu', 'hoan-thanh-nhiem-vu', 'lien-tuc']) {
      expect(terms.some((t) => t.id === id), id).toBe(true);
    }
    const cache = new Map<string, Set<string> | null>();
    const anchorsOf = (docId: string) => {
      if (!cache.has(docId)) cache.set(docId, existsSync(join(DIR, `${docId}.mdx`)) ? new Set(extractOutline(read(docId).body).map((e) => e.id)) : null);
      return cache.get(docId)!;
    };
    expect(glossaryProblems(terms, anchorsOf)).toEqual([]);
  });

  it('sáng kiến dẫn khoản 4 Điều 3; "liên tục" là cách hiểu (độ tin cậy trung bình) có cảnh báo', () => {
    const byId = new Map(terms.map((t) => [t.id, t.data]));
    expect(byId.get('sang-kien')!.citations[0].anchor).toBe('dieu-3-khoan-4');
    expect(byId.get('lien-tuc')!.confidence).toBe('med');
    expect(byId.get('lien-tuc')!.caution).toMatch(/cách hiểu/);
    expect(byId.get('hoan-thanh-xuat-sac-nhiem-vu')!.caution).toMatch(/không thấy Luật định nghĩa/);
  });

  it('thuật ngữ dưới mức tin cậy cao mà thiếu lời cảnh báo thì bị lược đồ từ chối', () => {
    const r = termSchema.safeParse({ term: 'Thử', definition: 'Một định nghĩa đủ dài để qua kiểm tra.', confidence: 'med', citations: [{ anchor: 'dieu-3', label: 'Điều 3 Luật' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['caution']);
  });

  it('xếp theo thứ tự chữ cái tiếng Việt (Đ sau D, Ư sau U)', () => {
    const mk = (term: string) => ({ id: term, data: { term } as never });
    expect(sortTerms([mk('Đột xuất'), mk('Ưu tiên'), mk('Danh hiệu'), mk('Uy tín'), mk('Cụm')]).map((t) => t.id)).toEqual(['Cụm', 'Danh hiệu', 'Đột xuất', 'Uy tín', 'Ưu tiên']);
  });
});

describe('Trang đã build', () => {
  it('trang Luật có thông báo luật sửa đổi (liên kết đến mục luật 2026), ngày đối chiếu và đủ 96 neo điều', () => {
    const html = pageHtml(LAW_URL);
    const text = mainText(html);
    expect(text).toContain(AMENDMENT_NOTICE_TEXT);
    expect(html).toContain(`href="/luat/${AMENDMENT_2026.id}/"`);
    expect(text).toContain(`đối chiếu lần cuối ngày ${RULES_CHECKED_ON.split('-').reverse().join('/')}`);
    for (let n = 1; n <= 96; n++) expect(html, `dieu-${n}`).toContain(`id="dieu-${n}"`);
    // The table of contents says how many articles are digested, counted from the page source.
    const toc = htmlText(html.slice(html.indexOf('class="toc"'), html.indexOf('</nav>', html.indexOf('class="toc"'))));
    expect(toc).toContain(digestSummaryText(digestSummary(law.body)!));
    expect(CITED_ANCHORS.filter((a) => !html.includes(`id="${a}"`))).toEqual([]);
  });

  it('trích dẫn trong trang Luật trở thành liên kết: trong cùng trang và sang Nghị định 152/2025/NĐ-CP', () => {
    const html = pageHtml(LAW_URL);
    expect(html).toMatch(/<a href="\/luat\/luat-thi-dua-khen-thuong-2022\/#dieu-24"[^>]*>Điều 24<\/a>/);
    expect(html).toMatch(/<a href="\/van-ban\/nghi-dinh-152-2025-nd-cp\/#dieu-4-khoan-3"[^>]*>khoản 3 Điều 4<\/a>/);
    // No link in a heading: the article headings keep their plain text.
    expect(html).not.toMatch(/<h[2-5][^>]*>(?:(?!<\/h).)*class="trich-dan"/s);
  });

  it('trang Nghị định 152/2025/NĐ-CP liệt kê quan hệ: quy định chi tiết Luật, thay thế Nghị định 98/2023/NĐ-CP, được Thông tư 15/2025/TT-BNV hướng dẫn', () => {
    const html = pageHtml('/van-ban/nghi-dinh-152-2025-nd-cp/');
    const rel = htmlText(html.slice(html.indexOf('class="relations"')));
    expect(rel).toMatch(/Quy định chi tiết, hướng dẫn Luật Thi đua, khen thưởng 2022/);
    expect(rel).toMatch(/Thay thế Nghị định 98\/2023\/NĐ-CP/);
    expect(rel).toMatch(/Được quy định chi tiết, hướng dẫn bởi[^.]*Thông tư 15\/2025\/TT-BNV/);
    expect(rel).toMatch(/Được quy định chi tiết, hướng dẫn bởi[^.]*Thông tư 20\/2025\/TT-BNV/);
    expect(html).toContain(`href="${LAW_URL}"`);
  });

  it('trang Nghị định 98/2023/NĐ-CP cho biết đã hết hiệu lực và bị thay thế', () => {
    const text = mainText(pageHtml('/van-ban/nghi-dinh-98-2023-nd-cp/'));
    expect(text).toMatch(/Hết hiệu lực từ 01\/07\/2025/);
    expect(text).toMatch(/Đã được thay thế bởi Nghị định 152\/2025\/NĐ-CP/);
  });

  it('trang thuật ngữ có neo cho từng thuật ngữ, liên kết căn cứ đến Luật, và có trong thanh điều hướng', () => {
    const html = pageHtml('/thuat-ngu/');
    for (const id of ['sang-kien', 'lien-tuc', 'hoan-thanh-xuat-sac-nhiem-vu', 'giao-uoc-thi-dua']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain(`href="${LAW_URL}#dieu-3-khoan-4"`);
    expect(html).toMatch(/<nav aria-label="Điều hướng chính">[\s\S]*href="\/thuat-ngu\/"/);
    expect(mainText(html)).toMatch(/Liên tục[\s\S]*Độ tin cậy trung bình/);
  });
});
