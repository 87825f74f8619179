/**
 * What the search page shows for one Pagefind result: the part of a long page that answers
 * (the article or clause, from Pagefind's anchors: headings and parts with ids), and an excerpt
 * in the page's own words with the query's words marked — never the twin words the index keeps
 * beside the text (src/lib/search-index.ts). Plain TypeScript: unit-tested without a browser.
 */
import { fold } from './vi';
import { TWIN_SENTINEL } from './search-index';

/** An element with an id, as Pagefind reports it in a result's data. */
export interface Anchor {
  element: string;
  id: string;
  /** Text of a heading. */
  text?: string;
  /** data-pagefind-title of a titled element (the numbered parts). */
  title?: string;
  /** Index of the first word after it in the content's words. */
  location: number;
}

/** A part of a page that answers the query. */
export interface Part {
  id: string;
  title: string;
  /** Word range [from, to) in the page's words. */
  from: number;
  to: number;
}

/** One piece of an excerpt: text, marked or not. */
export interface Piece {
  text: string;
  mark: boolean;
}

/** A page's own words (Pagefind's content split on spaces, without the twin block) and the same words folded for matching. */
export interface PageText {
  words: string[];
  /** words[i] folded, punctuation removed ("Đảng." → "dang"). */
  folded: string[];
}

const SEP = '\u0001';

/** Reads a result's content once: a long law page has some 8,000 words, so folding is done in whole-string passes. */
export function pageText(content: string): PageText {
  const all = content.split(/\s+/).filter(Boolean);
  const cut = all.findIndex((w) => w.startsWith(TWIN_SENTINEL));
  const words = cut < 0 ? all : all.slice(0, cut);
  const folded = fold(words.join(SEP)).replace(/[^a-z0-9\u0001]/g, '').split(SEP);
  return { words, folded };
}

/** Whether a folded page word matches one of the query's folded words (the last query word may be a prefix, as Pagefind reads it). */
function matcher(terms: string[]): (folded: string) => boolean {
  const exact = new Set(terms);
  const last = terms.at(-1) ?? '';
  return (f) => f !== '' && (exact.has(f) || (last.length >= 3 && f.startsWith(last)));
}

/**
 * The part of a long page that best answers the query: the part whose id is asked for
 * (`wanted`, e.g. "dieu-23"), else the titled part holding the most distinct query words (at
 * least two, or the only one), then the most matches. Null when no titled part does.
 */
export function bestPart({ words, folded }: PageText, anchors: Anchor[], terms: string[], wanted?: string | null): Part | null {
  // Numbered parts only (<section id data-pagefind-title>): not the page's own headings ("Toàn văn", "Ghi chú").
  const titled = anchors.filter((a) => a.element === 'section' && a.title && a.location < words.length).sort((a, b) => a.location - b.location);
  const parts: Part[] = titled.map((a, i) => ({ id: a.id, title: a.title!.trim(), from: a.location, to: titled[i + 1]?.location ?? words.length }));
  if (wanted) {
    const exact = parts.find((p) => p.id === wanted);
    if (exact) return exact;
  }
  if (!terms.length || !parts.length) return null;
  const matches = matcher(terms);
  let best: { part: Part; distinct: number; hits: number } | null = null;
  for (const part of parts) {
    const seen = new Set<string>();
    let hits = 0;
    for (let i = part.from; i < part.to; i++) {
      if (matches(folded[i])) {
        hits++;
        seen.add(folded[i]);
      }
    }
    const distinct = seen.size;
    if (!hits) continue;
    if (!best || distinct > best.distinct || (distinct === best.distinct && hits > best.hits)) best = { part, distinct, hits };
  }
  const needed = Math.min(2, new Set(terms).size);
  return best && best.distinct >= needed ? best.part : null;
}

/**
 * An excerpt of about `length` words from words[from, to): the window with the most query words,
 * those words marked.
 */
export function excerpt({ words, folded }: PageText, terms: string[], length = 30, from = 0, to = words.length): Piece[] {
  const matches = matcher(terms);
  const hit = (i: number) => i >= from && i < to && matches(folded[i]);
  let bestStart = from;
  let bestCount = -1;
  let count = 0;
  for (let i = from; i < to; i++) {
    if (hit(i)) count++;
    if (i - length >= from && hit(i - length)) count--;
    if (count > bestCount) {
      bestCount = count;
      bestStart = Math.max(from, i - length + 1);
    }
  }
  const start = bestCount > 0 ? bestStart : from;
  const end = Math.min(to, start + length);
  const pieces: Piece[] = [];
  if (start > from) pieces.push({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    const text = i + 1 < end ? `${words[i]} ` : words[i];
    const last = pieces.at(-1);
    if (hit(i)) pieces.push({ text: words[i], mark: true }, ...(i + 1 < end ? [{ text: ' ', mark: false }] : []));
    else if (last && !last.mark) last.text += text;
    else pieces.push({ text, mark: false });
  }
  if (end < to) pieces.push({ text: ' …', mark: false });
  return pieces;
}
