/**
 * The ladder diagram (sơ đồ thang danh hiệu, hình thức khen thưởng) as SVG markup, generated from
 * a ladder of the registry (`buildLadders` in ./awards), never drawn by hand.
 *
 * The lowest awards are at the bottom and arrows climb to the higher ones; each box is a link to
 * the award's page with its name as text (wrapped over several <tspan> lines, each but the last
 * ending in a space so the link's accessible name is the name as written).
 * Solid arrows: the higher award requires the lower one on at least one route ("dieu-kien");
 * dashed arrows: the usual next step, not required ("thang-bac"). Colours come from classes the
 * page styles with its theme variables (dark mode, print); the presentation attributes are only a
 * fallback. Plain TypeScript, no Astro imports.
 */
import type { Ladder, LadderEdge } from './awards/ladders';

/** Layout constants (SVG user units ≈ CSS pixels at 100 %). */
export const LAYOUT = {
  boxWidth: 190,
  lineHeight: 18,
  padY: 10,
  fontSize: 14,
  gapX: 20,
  gapY: 46,
  margin: 10,
  /** Width of the lane on the right used by links that skip a step. */
  side: 28,
  /** Characters per line before wrapping (≈ box width / average glyph width). */
  maxChars: 26,
} as const;

export interface BoxLayout {
  id: string;
  name: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  step: number;
}

export interface EdgeLayout extends LadderEdge {
  /** SVG path data. */
  d: string;
}

export interface LadderLayout {
  width: number;
  height: number;
  boxes: BoxLayout[];
  edges: EdgeLayout[];
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Greedy word wrap; a word longer than the line stays whole on its own line. */
export function wrapText(text: string, maxChars: number = LAYOUT.maxChars): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Positions the boxes and routes the arrows. Steps are rows, the lowest at the bottom; each row
 * is centred. An arrow between adjacent rows is a smooth curve; one that skips rows runs up the
 * right-hand lane so it never crosses a box.
 */
export function layoutLadder(ladder: Ladder, nameOf: (id: string) => string): LadderLayout {
  const L = LAYOUT;
  const rows = ladder.layers.map((ids) => ids.map((id) => ({ id, name: nameOf(id), lines: wrapText(nameOf(id)) })));
  const rowHeight = rows.map((r) => Math.max(...r.map((b) => b.lines.length)) * L.lineHeight + 2 * L.padY);
  const step = new Map<string, number>();
  ladder.layers.forEach((ids, i) => ids.forEach((id) => step.set(id, i)));
  const skips = ladder.edges.some((e) => step.get(e.to)! - step.get(e.from)! > 1);
  const maxCols = Math.max(...rows.map((r) => r.length));
  const contentWidth = maxCols * L.boxWidth + (maxCols - 1) * L.gapX;
  const width = 2 * L.margin + contentWidth + (skips ? L.side : 0);
  const height = 2 * L.margin + rowHeight.reduce((s, h) => s + h, 0) + (rows.length - 1) * L.gapY;

  const boxes: BoxLayout[] = [];
  // Row 0 (lowest) at the bottom.
  let yBottom = height - L.margin;
  rows.forEach((row, i) => {
    const h = rowHeight[i];
    const rowWidth = row.length * L.boxWidth + (row.length - 1) * L.gapX;
    let x = L.margin + (contentWidth - rowWidth) / 2;
    for (const b of row) {
      boxes.push({ ...b, x, y: yBottom - h, width: L.boxWidth, height: h, step: i });
      x += L.boxWidth + L.gapX;
    }
    yBottom -= h + L.gapY;
  });

  const boxOf = new Map(boxes.map((b) => [b.id, b]));
  // Spread the ends of several arrows along a box edge.
  const slot = (list: LadderEdge[], e: LadderEdge, b: BoxLayout) => {
    const i = list.indexOf(e);
    return b.x + (b.width * (i + 1)) / (list.length + 1);
  };
  const order = (a: LadderEdge, b: LadderEdge, key: 'from' | 'to') => boxOf.get(a[key])!.x - boxOf.get(b[key])!.x;
  const outOf = new Map<string, LadderEdge[]>();
  const into = new Map<string, LadderEdge[]>();
  for (const e of ladder.edges) {
    (outOf.get(e.from) ?? outOf.set(e.from, []).get(e.from)!).push(e);
    (into.get(e.to) ?? into.set(e.to, []).get(e.to)!).push(e);
  }
  for (const l of outOf.values()) l.sort((a, b) => order(a, b, 'to'));
  for (const l of into.values()) l.sort((a, b) => order(a, b, 'from'));

  const r = (n: number) => Math.round(n * 10) / 10;
  const edges: EdgeLayout[] = ladder.edges.map((e) => {
    const lo = boxOf.get(e.from)!;
    const hi = boxOf.get(e.to)!;
    const x1 = slot(outOf.get(e.from)!, e, lo);
    const y1 = lo.y;
    const x2 = slot(into.get(e.to)!, e, hi);
    const y2 = hi.y + hi.height;
    let d: string;
    if (hi.step - lo.step > 1) {
      const sideX = L.margin + contentWidth + L.side / 2;
      d = `M${r(x1)} ${r(y1)}V${r(y1 - L.gapY / 3)}H${r(sideX)}V${r(y2 + L.gapY / 3)}H${r(x2)}V${r(y2)}`;
    } else {
      const ym = (y1 + y2) / 2;
      d = `M${r(x1)} ${r(y1)}C${r(x1)} ${r(ym)} ${r(x2)} ${r(ym)} ${r(x2)} ${r(y2)}`;
    }
    return { ...e, d };
  });
  return { width, height, boxes, edges };
}

export interface LadderSvgOptions {
  /** Prefix of the element ids inside the SVG (unique on the page). Default: the ladder id. */
  idPrefix?: string;
  /** URL of an award's page. */
  href: (id: string) => string;
  /** The relation in words, for the description. */
  relationText?: (e: LadderEdge) => string;
}

/**
 * The SVG markup of a ladder: <title> and <desc> (the ladder in words), one link per award with
 * its name as text, and one arrow per link of the ladder.
 */
export function ladderSvg(ladder: Ladder, nameOf: (id: string) => string, options: LadderSvgOptions): string {
  const { width, height, boxes, edges } = layoutLadder(ladder, nameOf);
  const id = options.idPrefix ?? ladder.id;
  const L = LAYOUT;
  const relation = options.relationText ?? ((e: LadderEdge) => (e.relation === 'dieu-kien' ? 'điều kiện' : 'bậc tiếp theo, không bắt buộc'));
  const desc =
    'Từ thấp (dưới) lên cao (trên): ' +
    edges.map((e) => `${nameOf(e.from)} → ${nameOf(e.to)} (${relation(e)})`).join('; ') +
    '. Mũi tên nét liền: danh hiệu, hình thức cao hơn đòi hỏi danh hiệu, hình thức thấp hơn trên ít nhất một tuyến xét; nét đứt: bậc tiếp theo thường gặp, không bắt buộc. Mỗi ô là liên kết đến trang của danh hiệu, hình thức đó.';

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="ladder-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc" data-ladder="${escapeXml(ladder.id)}">`,
  );
  out.push(`<title id="${id}-title">${escapeXml(`Sơ đồ: ${ladder.title}`)}</title>`);
  out.push(`<desc id="${id}-desc">${escapeXml(desc)}</desc>`);
  out.push(
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="ladder-arrowhead" d="M0 0L10 5L0 10z" fill="#1d1b18"/></marker></defs>`,
  );
  for (const e of edges) {
    const dashed = e.relation === 'thang-bac';
    out.push(
      `<path class="ladder-edge${dashed ? ' ladder-edge-optional' : ''}" d="${e.d}" fill="none" stroke="#1d1b18" stroke-width="1.6"${dashed ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#${id}-arrow)" data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}" data-relation="${e.relation}"/>`,
    );
  }
  // Boxes from the lowest step up, so keyboard order follows the climb.
  for (const b of boxes) {
    const textTop = b.y + L.padY + (b.height - 2 * L.padY - b.lines.length * L.lineHeight) / 2;
    const cx = b.x + b.width / 2;
    const tspans = b.lines
      .map((line, i) => `<tspan x="${cx}" y="${Math.round((textTop + (i + 0.75) * L.lineHeight) * 10) / 10}">${escapeXml(line)}${i < b.lines.length - 1 ? ' ' : ''}</tspan>`)
      .join('');
    out.push(
      `<a class="ladder-node" href="${escapeXml(options.href(b.id))}" data-award="${escapeXml(b.id)}">` +
        `<rect class="ladder-box" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="6" fill="#ffffff" stroke="#1d1b18" stroke-width="1.4"/>` +
        `<text class="ladder-label" text-anchor="middle" font-size="${L.fontSize}" fill="#1d1b18">${tspans}</text>` +
        `</a>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
