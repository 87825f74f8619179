/**
 * How much of a law the handbook has digested, read from the MDX source of its page.
 *
 * The law pages hold a digest per article (`<Dieu id="dieu-N">…</Dieu>`), not the text. An
 * article without a digest says so in words a reader sees ("Chưa có tóm lược."); an article
 * whose source text was only partly read says "Tóm lược một phần". The table of contents counts
 * from these same words, so the number shown can never drift from what the page says.
 * Plain TypeScript, no Astro imports.
 */

/** What an article with no digest says, word for word. */
export const NO_DIGEST = 'Chưa có tóm lược.';
/** What an article digested from a partly read text says. */
export const PARTIAL_DIGEST = 'Tóm lược một phần';

export type DigestState = 'none' | 'partial' | 'full';

export interface ArticleDigest {
  /** Anchor id of the article ("dieu-23"). */
  id: string;
  state: DigestState;
}

export interface DigestSummary {
  /** Articles with a digest, full or partial. */
  digested: number;
  /** Of those, the ones digested from a partly read text. */
  partial: number;
  /** All articles on the page. */
  total: number;
}

const ARTICLE_RE = /<Dieu\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/Dieu>/g;

/** Every article of the page, in order, with whether it carries a digest. */
export function articleDigests(mdxBody: string): ArticleDigest[] {
  return [...mdxBody.matchAll(ARTICLE_RE)].map(([, id, text]) => ({
    id,
    state: text.includes(NO_DIGEST) ? 'none' : text.includes(PARTIAL_DIGEST) ? 'partial' : 'full',
  }));
}

/** Counts of digested articles; null when the page has no articles (not a law). */
export function digestSummary(mdxBody: string): DigestSummary | null {
  const all = articleDigests(mdxBody);
  if (all.length === 0) return null;
  const digested = all.filter((a) => a.state !== 'none');
  return { digested: digested.length, partial: digested.filter((a) => a.state === 'partial').length, total: all.length };
}

/** The sentence the table of contents shows: "Đã tóm lược 56/96 điều (12 điều mới tóm lược một phần)." */
export function digestSummaryText(s: DigestSummary): string {
  const partial = s.partial > 0 ? ` (${s.partial} điều mới tóm lược một phần)` : '';
  return `Đã tóm lược ${s.digested}/${s.total} điều${partial}.`;
}
