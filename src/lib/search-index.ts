/**
 * What the search index holds beside each page's own words, computed once when the index is built
 * (scripts/search-index.ts) so that a query is one Pagefind search (docs/adr/0003-search-folding.md).
 *
 * Pagefind folds tone marks but keeps đ apart from d and knows no abbreviations. So each page gets
 * a hidden block of "twins": the d-spelling of its đ-words ("đường" → "duong"), the full form of
 * each abbreviation it uses ("UBND" → "ủy ban nhân dân") and the abbreviation of each full form
 * ("Mặt trận Tổ quốc" → "mttq"), plus, for the pages people look for by a task rather than by
 * their text (the checker, the glossary), the words people use for that task. The block is marked
 * so the search page never shows it in an excerpt (see excerptWithoutTwins in search-results.ts).
 * Plain TypeScript: unit-tested without a build.
 */
import { fold, foldWords } from './vi';

/** Abbreviations used in the documents, with their full form (each found through the other). */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'ủy ban nhân dân',
  hđnd: 'hội đồng nhân dân',
  mttq: 'mặt trận tổ quốc',
  ubmttq: 'ủy ban mặt trận tổ quốc',
  tđkt: 'thi đua khen thưởng',
  hđtđkt: 'hội đồng thi đua khen thưởng',
  btv: 'ban thường vụ',
  tu: 'tỉnh ủy',
  tw: 'trung ương',
  ct: 'chỉ thị',
  kh: 'kế hoạch',
  nđ: 'nghị định',
  cp: 'chính phủ',
  tt: 'thông tư',
  bnv: 'bộ nội vụ',
  qh: 'quốc hội',
  cstđcs: 'chiến sĩ thi đua cơ sở',
  lđtt: 'lao động tiên tiến',
  htxs: 'hoàn thành xuất sắc',
  htt: 'hoàn thành tốt',
};

/**
 * Pages found by what people want to do rather than by their text, with the words they type
 * (issue 13: "kiểm tra tiêu chuẩn" never showed the checker). Keyed by URL path.
 */
export const TASK_WORDS: Record<string, { title: string; words: string }> = {
  '/kiem-tra/': {
    title: 'Tự kiểm tra tiêu chuẩn khen thưởng',
    words: 'kiểm tra tiêu chuẩn, tự kiểm tra, kiểm tra điều kiện khen thưởng, có đủ tiêu chuẩn không, đủ điều kiện danh hiệu thi đua, tự đánh giá trước khi làm hồ sơ',
  },
  '/kiem-tra/hang-loat/': {
    title: 'Kiểm tra hàng loạt theo danh sách',
    words: 'kiểm tra hàng loạt, kiểm tra danh sách, mẫu danh sách, tải mẫu danh sách CSV Excel, kiểm tra nhiều người, tự kiểm tra cả đơn vị',
  },
  '/thuat-ngu/': {
    title: 'Thuật ngữ',
    words: 'thuật ngữ, giải thích từ ngữ, định nghĩa, nghĩa là gì, chữ viết tắt',
  },
};

/** The search section ("Loại trang" filter) of the task pages. */
export const TASK_SECTION = 'Công cụ';

/** Abbreviations of three letters or more with their full form folded and padded, for the contraction check. */
const FULL_FORMS = Object.entries(ABBREVIATIONS)
  .filter(([abbr]) => abbr.length > 2)
  .map(([abbr, full]) => [abbr, ` ${foldWords(full)} `] as const);

/**
 * Words every page of a section answers to, though its text may not say them: an agency page is
 * where a body's duties are ("trách nhiệm sở nội vụ"), its task list being left out of the index.
 */
const SECTION_WORDS: Record<string, string> = {
  '/co-quan/': 'trách nhiệm, nhiệm vụ được giao',
};

/** Tokens joined by "/" or "-" ("ct/tw", "41-ct/tw", "kh-ubnd"), in lower-case text; plain ASCII and đ, for speed. */
const PAIR_RE = /[a-zđ0-9]+(?:[/-][a-zđ0-9]+)+/g;
const NOT_WORD_RE = /[^\p{L}\p{N}]+/u;

/** Each abbreviation under its own spelling and its folded one ("hđnd", "hdnd"): looked up without folding every word of a page. */
const ABBREVIATION_KEYS = new Map(
  Object.entries(ABBREVIATIONS).flatMap(([abbr, full]) => [[abbr, { abbr, full }], [fold(abbr), { abbr, full }]] as const),
);

/**
 * The full form of an abbreviation ("ubnd", "UBND", "hdnd"), or null. Two-letter abbreviations
 * (ct, kh, tu, tw …) count only inside a pair such as "CT/TW": alone they are ordinary unaccented
 * words ("tu tuong" is "tư tưởng", not "tỉnh ủy tưởng").
 */
export function expandAbbreviation(token: string, inPair = false): string | null {
  const lower = token.toLowerCase();
  const hit = ABBREVIATION_KEYS.get(lower) ?? (lower.length <= 8 ? ABBREVIATION_KEYS.get(fold(lower)) : undefined);
  return hit && (inPair || hit.abbr.length > 2) ? hit.full : null;
}

/**
 * The words to index beside a text so that any spelling of a query finds it with one search:
 * d-spellings of đ-words, full forms of abbreviations (as written, and d-spelled) and
 * abbreviations of full forms. Distinct, lower case, in first-seen order; the text's own words
 * are not repeated.
 */
export function twinWords(text: string): string[] {
  // Whole-string passes (lower case, split, fold): a build indexes 7,000 pages at 100×.
  const lower = text.toLowerCase();
  const own = new Set(lower.split(NOT_WORD_RE));
  const out = new Set<string>();
  const add = (phrase: string) => {
    for (const w of phrase.split(' ')) {
      if (!own.has(w)) out.add(w);
      if (w.includes('đ')) {
        const d = fold(w);
        if (!own.has(d)) out.add(d);
      }
    }
  };
  for (const w of own) {
    // đ-words: Pagefind already folds their tone marks; only đ → d is missing.
    if (w.includes('đ')) add(w);
    // Abbreviations written in the text → their full form.
    const hit = w.length <= 8 ? ABBREVIATION_KEYS.get(w) : undefined;
    if (hit && hit.abbr.length > 2) add(hit.full);
  }
  // Pairs such as "CT/TW", "41-CT/TW": both parts abbreviations.
  for (const m of lower.matchAll(PAIR_RE)) {
    const parts = m[0].split(/[/-]/);
    for (let i = 0; i + 1 < parts.length; i++) {
      const a = expandAbbreviation(parts[i], true);
      const b = expandAbbreviation(parts[i + 1], true);
      if (a && b) add(`${a} ${b}`);
    }
  }
  // Full forms written in the text → their abbreviation (three letters or more; "ct" alone is no word to search).
  const folded = ` ${foldWords(lower)} `;
  for (const [abbr, full] of FULL_FORMS) if (folded.includes(full)) add(abbr);
  out.delete('');
  return [...out];
}

/** Attribute that marks the twin block in the indexed HTML; the search page drops its words from excerpts. */
const TWIN_MARK = 'data-search-twins';
/** A word that opens the twin block in Pagefind's `content`, so the search page can cut it off. */
export const TWIN_SENTINEL = 'zzsearchtwinszz';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** The text Pagefind indexes in an HTML page: inside data-pagefind-body, outside data-pagefind-ignore, scripts and styles. */
export function indexedText(html: string): { text: string; title: string } {
  const at = html.indexOf('data-pagefind-body');
  let body = html;
  if (at >= 0) {
    const open = html.lastIndexOf('<', at);
    const close = closingTagIndex(html, open);
    body = html.slice(open, close < 0 ? undefined : close);
  }
  // Ignored parts (table of contents, relations, quoted task sources) do not nest an element of their own name.
  body = body
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<([a-z][\w-]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  const title = body.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i)?.[1] ?? '';
  const plain = (s: string) => decode(s.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return { text: plain(body), title: plain(title) };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML handed to Pagefind for one page: the page as built, plus the twin block at the end of
 * its data-pagefind-body (the title's twins weighted like a title). Task pages (TASK_WORDS) that
 * the site keeps out of the index otherwise are indexed for the words people use. Returns null for
 * pages that stay out of the index.
 */
export function htmlForIndex(html: string, path: string): string | null {
  const task = TASK_WORDS[path];
  let page = html;
  if (!page.includes('data-pagefind-body')) {
    if (!task) return null;
    page = page.replace(/<main\b/, '<main data-pagefind-body');
    if (!page.includes('data-pagefind-body')) return null;
  }
  // Agency pages restate the tasks the documents set (for 6,000 bodies at 100×, most of the index):
  // left out, so a task's words find the document's clause, which names the bodies, and agency
  // pages are found by name, other names and summary. (A task list holds no nested <div>.)
  page = page.replace(/<div class="duty-doc"[\s\S]*?<\/div>/g, '');
  const { text, title } = indexedText(page);
  const titleTwins = twinWords(title);
  const bodyTwins = twinWords(text).filter((w) => !titleTwins.includes(w));
  const blocks: string[] = [];
  let attrs = '';
  if (task) {
    attrs = ` data-pagefind-meta="title:${escapeHtml(task.title).replace(/"/g, '&quot;')}"`;
    blocks.push(`<span data-pagefind-filter="section">${TASK_SECTION}</span>`);
    blocks.push(`<p data-pagefind-weight="7">${escapeHtml(task.words)}</p>`);
    const taskTwins = twinWords(task.words).filter((w) => !bodyTwins.includes(w) && !titleTwins.includes(w));
    if (taskTwins.length) blocks.push(`<p data-pagefind-weight="7">${escapeHtml(taskTwins.join(' '))}</p>`);
  }
  const sectionWords = Object.entries(SECTION_WORDS).find(([prefix]) => path.startsWith(prefix))?.[1];
  if (sectionWords) {
    blocks.push(`<p>${escapeHtml(sectionWords)}</p>`);
    const twins = twinWords(sectionWords).filter((w) => !bodyTwins.includes(w));
    if (twins.length) blocks.push(`<p>${escapeHtml(twins.join(' '))}</p>`);
  }
  if (titleTwins.length) blocks.push(`<p data-pagefind-weight="7">${escapeHtml(titleTwins.join(' '))}</p>`);
  if (bodyTwins.length) blocks.push(`<p>${escapeHtml(bodyTwins.join(' '))}</p>`);
  const block = blocks.length ? `<div hidden ${TWIN_MARK}${attrs}><p>${TWIN_SENTINEL}</p>${blocks.join('')}</div>` : '';
  // Pagefind gets the page's <html> tag (its language) and the indexed element only, with the twin
  // block closing it (after everything an excerpt shows).
  const open = page.lastIndexOf('<', page.indexOf('data-pagefind-body'));
  const close = closingTagIndex(page, open);
  if (close < 0) return null;
  const htmlTag = page.match(/<html\b[^>]*>/i)?.[0] ?? '<html lang="vi">';
  return `<!doctype html>${htmlTag}<body>${page.slice(open, close)}${block}${page.slice(close, page.indexOf('>', close) + 1)}</body></html>`;
}

/** Index of the closing tag of the element that opens at `open` (same-name nesting counted). */
function closingTagIndex(html: string, open: number): number {
  const name = html.slice(open + 1).match(/^[a-zA-Z][\w-]*/)?.[0].toLowerCase();
  if (!name) return -1;
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  re.lastIndex = open;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return -1;
}
