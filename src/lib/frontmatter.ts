/** The frontmatter of an MDX file: the YAML between the two "---" lines at its top. */
export const FRONTMATTER_RE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The body of an MDX file with its frontmatter replaced by as many empty lines, so that the
 * outline reader's line numbers are the file's (line 48 of the file, not line 20 of the body).
 */
export function bodyWithFileLines(raw: string): string {
  const m = FRONTMATTER_RE.exec(raw);
  return m ? '\n'.repeat(m[0].split('\n').length - 1) + raw.slice(m[0].length) : raw;
}
