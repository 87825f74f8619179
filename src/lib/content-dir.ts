/** Where content is read from: `content/` unless CONTENT_DIR points elsewhere (the benchmark does). */
export const contentDir: string = process.env.CONTENT_DIR ?? './content';
