/**
 * The ladder diagram (sơ đồ thang khen thưởng): built from the registry's `prerequisites`, never
 * drawn by hand. The generator is tested as a pure function on the real registry and on small
 * made-up registries; the built /khen-thuong/ page is checked for every award of every ladder.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../src/lib/eligibility/validate';
import { buildLadders, crossLaneEdges, ladderAwards, ladderTree, type Ladder, type LadderTreeNode } from '../src/lib/awards/ladders';
import { type AwardEntry } from '../src/lib/awards/labels';
import { layoutLadder, ladderSvg, wrapText } from '../src/lib/ladder-svg';
import { rawEntries } from './eligibility/registry';
import { htmlText, pageHtml } from './helpers/site';

const registry = loadRegistry(rawEntries(join(process.env.CONTENT_DIR ?? 'content', 'khen-thuong')));
const awards = registry.list;
const nameOf = (id: string) => registry.get(id)?.name ?? id;
const ladders = buildLadders(awards);
const href = (id: string) => `/khen-thuong/${id}/`;

/** A made-up registry entry with only what the ladder reads. */
function fake(id: string, prerequisites: [string, 'dieu-kien' | 'thang-bac'][] = [], over: Partial<AwardEntry> = {}): AwardEntry {
  return {
    id, name: over.name ?? `Danh hiệu ${id}`, kind: 'danh-hieu-thi-dua', subject: ['ca-nhan'], level: 'co-so', period: 'hang-nam',
    summary: 'một danh hiệu để thử sơ đồ thang', defined: [], decidedBy: [], dossier: [], amount: [], criteria: [],
    prerequisites: prerequisites.map(([award, relation]) => ({ award, relation, note: 'ghi chú để thử sơ đồ' })),
    ...over,
  } as AwardEntry;
}

function ladderWith(id: string): Ladder {
  const l = ladders.find((x) => ladderAwards(x).includes(id));
  if (!l) throw new Error(`"${id}" không nằm trên thang nào`);
  return l;
}
const stepOf = (l: Ladder, id: string) => l.layers.findIndex((layer) => layer.includes(id));

/** The attribute values of every element of a tag in an SVG/HTML string. */
function tags(markup: string, tag: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

/** The text of the link to an award inside an SVG (what a screen reader reads as its name). */
function linkText(svg: string, id: string): string {
  const m = svg.match(new RegExp(`<a [^>]*href="${href(id)}"[^>]*>([\\s\\S]*?)</a>`));
  // Tags removed without adding spaces: the spaces must be in the text itself.
  return m ? htmlText(m[1].replace(/<[^>]+>/g, '')) : '';
}

describe('Thang khen thưởng dựng từ dữ liệu bậc dưới của danh mục', () => {
  it('thang danh hiệu cá nhân đi lên từ Lao động tiên tiến qua Chiến sĩ thi đua cơ sở, cấp bộ, tỉnh đến toàn quốc (Điều 21–24 Luật)', () => {
    const chain = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-bo-nganh-tinh', 'chien-si-thi-dua-toan-quoc'];
    const l = ladderWith(chain[0]);
    const steps = chain.map((id) => stepOf(l, id));
    expect(steps.every((s) => s >= 0), 'cả bốn danh hiệu trên cùng một thang').toBe(true);
    for (let i = 1; i < steps.length; i++) expect(steps[i], `${chain[i]} cao hơn ${chain[i - 1]}`).toBeGreaterThan(steps[i - 1]);
  });

  it('thang hình thức khen thưởng đi lên từ Giấy khen qua Bằng khen bộ, tỉnh, Bằng khen Thủ tướng đến Huân chương Lao động hạng Ba', () => {
    const chain = ['giay-khen', 'bang-khen-bo-nganh-tinh', 'bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba'];
    const l = ladderWith(chain[0]);
    const steps = chain.map((id) => stepOf(l, id));
    expect(steps.every((s) => s >= 0)).toBe(true);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]);
    // The higher classes, where the registry links them, sit above class Ba.
    for (const id of ['huan-chuong-lao-dong-hang-nhi', 'huan-chuong-lao-dong-hang-nhat']) {
      if (stepOf(l, id) >= 0) expect(stepOf(l, id)).toBeGreaterThan(stepOf(l, 'huan-chuong-lao-dong-hang-ba'));
    }
  });

  it('Tập thể lao động tiên tiến đứng dưới Tập thể lao động xuất sắc, trên một thang riêng của tập thể', () => {
    const l = ladderWith('tap-the-lao-dong-tien-tien');
    expect(stepOf(l, 'tap-the-lao-dong-xuat-sac')).toBeGreaterThan(stepOf(l, 'tap-the-lao-dong-tien-tien'));
    expect(ladderAwards(l)).not.toContain('lao-dong-tien-tien');
    expect(l.title).toMatch(/tập thể/);
  });

  it('mọi quan hệ bậc dưới cùng loại trở thành một mũi tên trên đúng một thang; quan hệ khác loại được liệt kê riêng', () => {
    const drawn = ladders.flatMap((l) => l.edges.map((e) => `${e.from}>${e.to}`));
    const cross = crossLaneEdges(awards).map((e) => `${e.from}>${e.to}`);
    const all = awards.flatMap((a) => a.prerequisites.map((p) => `${p.award}>${a.id}`));
    expect(new Set(drawn).size, 'không mũi tên nào vẽ hai lần').toBe(drawn.length);
    expect([...drawn, ...cross].sort()).toEqual([...all].sort());
    expect(drawn.filter((e) => cross.includes(e))).toEqual([]);
  });

  it('mỗi danh hiệu nằm cao hơn mọi bậc dưới của nó trên cùng thang', () => {
    for (const l of ladders) for (const e of l.edges) expect(stepOf(l, e.to), `${e.from} → ${e.to}`).toBeGreaterThan(stepOf(l, e.from));
  });

  it('danh sách thay thế (danh sách lồng nhau) nêu đủ mọi danh hiệu của thang', () => {
    const collect = (nodes: LadderTreeNode[]): string[] => nodes.flatMap((n) => [n.id, ...collect(n.next)]);
    for (const l of ladders) expect(new Set(collect(ladderTree(l)))).toEqual(new Set(ladderAwards(l)));
  });

  it('dữ liệu bậc dưới vòng tròn (A dưới B, B dưới A) bị từ chối, thông báo nêu tên mục', () => {
    expect(() => buildLadders([fake('a', [['b', 'dieu-kien']]), fake('b', [['a', 'dieu-kien']])])).toThrow(/vòng lặp qua "(a|b)"/);
  });
});

describe('Bộ tạo SVG (hàm thuần)', () => {
  for (const l of ladders) {
    it(`sơ đồ "${l.title}" có mọi danh hiệu của thang, mỗi ô là liên kết có tên đầy đủ`, () => {
      const svg = ladderSvg(l, nameOf, { href });
      const links = tags(svg, 'a');
      expect(links.map((a) => a.href).sort()).toEqual(ladderAwards(l).map(href).sort());
      for (const id of ladderAwards(l)) {
        // The visible label, which is also the link's name: the wrapped lines of the name.
        expect(linkText(svg, id)).toBe(nameOf(id));
        expect(wrapText(nameOf(id)).join(' ')).toBe(nameOf(id));
      }
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
      expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
    });
  }

  it('mũi tên nét liền cho điều kiện, nét đứt cho bậc tiếp theo không bắt buộc, mỗi quan hệ một mũi tên', () => {
    for (const l of ladders) {
      const paths = tags(ladderSvg(l, nameOf, { href }), 'path').filter((p) => p['data-from']);
      expect(paths).toHaveLength(l.edges.length);
      for (const e of l.edges) {
        const p = paths.find((x) => x['data-from'] === e.from && x['data-to'] === e.to)!;
        expect(p, `${e.from} → ${e.to}`).toBeDefined();
        expect('stroke-dasharray' in p).toBe(e.relation === 'thang-bac');
      }
    }
  });

  it('các ô không chồng lên nhau và nằm trong khung hình', () => {
    const check = (l: Ladder) => {
      const { width, height, boxes } = layoutLadder(l, nameOf);
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
        expect(b.y + b.height).toBeLessThanOrEqual(height);
      }
      for (const a of boxes) for (const b of boxes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} và ${b.id} chồng nhau`).toBe(true);
      }
    };
    ladders.forEach(check);
    // A wide made-up ladder: four awards under one.
    check(buildLadders([fake('a'), fake('b'), fake('c'), fake('d'), fake('e', [['a', 'dieu-kien'], ['b', 'dieu-kien'], ['c', 'thang-bac'], ['d', 'dieu-kien']])])[0]);
  });

  it('bậc thấp ở dưới, bậc cao ở trên', () => {
    for (const l of ladders) {
      const { boxes } = layoutLadder(l, nameOf);
      for (const e of l.edges) {
        const lo = boxes.find((b) => b.id === e.from)!;
        const hi = boxes.find((b) => b.id === e.to)!;
        expect(hi.y + hi.height).toBeLessThan(lo.y);
      }
    }
  });

  it('mũi tên vượt bậc đi vòng bên phải, không cắt qua ô ở giữa', () => {
    const l = buildLadders([fake('a'), fake('b', [['a', 'dieu-kien']]), fake('c', [['b', 'dieu-kien'], ['a', 'thang-bac']])])[0];
    const { boxes, edges } = layoutLadder(l, nameOf);
    const skip = edges.find((e) => e.from === 'a' && e.to === 'c')!;
    const side = Number(skip.d.match(/H([\d.]+)/)![1]);
    expect(side).toBeGreaterThan(Math.max(...boxes.map((b) => b.x + b.width)));
  });

  it('tên có ký tự đặc biệt được thoát đúng, tên dài được xuống dòng', () => {
    const l = buildLadders([fake('a', [], { name: 'Giải "A" & <B>' }), fake('b', [['a', 'dieu-kien']], { name: 'Một danh hiệu có tên rất dài để buộc phải xuống dòng trong ô' })])[0];
    const svg = ladderSvg(l, (id) => (id === 'a' ? 'Giải "A" & <B>' : 'Một danh hiệu có tên rất dài để buộc phải xuống dòng trong ô'), { href });
    expect(svg).toContain('Giải &quot;A&quot; &amp; &lt;B&gt;');
    expect(svg).not.toContain('<B>');
    expect(wrapText('Một danh hiệu có tên rất dài để buộc phải xuống dòng trong ô').length).toBeGreaterThan(1);
  });

  it('danh hiệu không có quan hệ bậc dưới nào không nằm trên thang', () => {
    const alone = awards.filter((a) => !a.prerequisites.length && !awards.some((b) => b.prerequisites.some((p) => p.award === a.id)));
    const on = new Set(ladders.flatMap(ladderAwards));
    for (const a of alone) expect(on.has(a.id), a.id).toBe(false);
  });
});

describe('Sơ đồ trên trang /khen-thuong/ đã build', () => {
  const html = pageHtml('/khen-thuong/');
  const svgs = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]).filter((s) => s.includes('data-ladder='));

  it('có một sơ đồ cho mỗi thang, sơ đồ nằm ngay trong trang (SVG nội tuyến, có title và desc)', () => {
    expect(svgs.map((s) => s.match(/data-ladder="([^"]+)"/)![1]).sort()).toEqual(ladders.map((l) => l.id).sort());
    for (const s of svgs) {
      expect(s).toMatch(/<title id="[^"]+">/);
      expect(s).toMatch(/aria-labelledby="[^"]+"/);
    }
  });

  it('mọi danh hiệu có trên một thang đều có trong sơ đồ đã build, là liên kết đến trang của nó', () => {
    const all = svgs.join('');
    for (const id of ladders.flatMap(ladderAwards)) {
      expect(all, id).toContain(`href="${href(id)}"`);
      expect(linkText(all, id), id).toBe(nameOf(id));
    }
  });

  it('phần danh sách thay thế cũng nêu mọi danh hiệu của mỗi thang', () => {
    for (const l of ladders) {
      const section = html.match(new RegExp(`<section[^>]*data-ladder-section="${l.id}"[\\s\\S]*?</section>`))![0];
      const list = section.slice(section.indexOf('<details'));
      for (const id of ladderAwards(l)) expect(htmlText(list), id).toContain(nameOf(id));
    }
  });
});
