/**
 * The URLs the browser checker builds: part of src/lib/urls.ts (which re-exports them), kept in
 * their own module so /kiem-tra/ bundles these few lines instead of loading urls.ts as a chunk
 * shared with the search box. Plain TypeScript, no Astro imports.
 */

export const CHECKER_URL = '/kiem-tra/';

/** A page URL with an anchor ("…/#dieu-24-khoan-1"), or the page itself when there is none. */
export function anchorUrl(pageUrl: string, anchor?: string | null): string {
  return anchor ? `${pageUrl}#${anchor}` : pageUrl;
}

/** The checker with its answers in the fragment ("#award=…"): the fragment is never sent to the server. */
export function checkerAnswersUrl(fragment = ''): string {
  return `${CHECKER_URL}${fragment}`;
}
