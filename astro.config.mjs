// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCitations from './src/lib/remark-citations.ts';
import sitemap from '@astrojs/sitemap';

// The site's public address: canonical links, the sitemap and exports use it. The handbook has no
// public address of its own yet, so none is invented: a deployment sets SITE_URL (a province's own
// copy, a staging host); without it the build uses the local preview address, and printed pages
// show the page's path instead of that address (src/layouts/Base.astro).
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// The remark/rehype (unified) pipeline is chosen on purpose; see README, "Kiến trúc".
export default defineConfig({
  site,
  trailingSlash: 'always',
  // OUT_DIR / CACHE_DIR let parallel builds (tests, the benchmark) use their own folders.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Keep HTML-aware whitespace handling: Vietnamese text has many inline elements (links,
  // citations) and JSX whitespace rules would glue words together.
  compressHTML: true,
  markdown: {
    // Citations ("khoản 1 Điều 24 Luật Thi đua, khen thưởng") become links; see src/lib/citations.ts.
    processor: unified({ smartypants: false, remarkPlugins: [[remarkCitations, { defaultLawId: 'luat-thi-dua-khen-thuong-2022' }]] }),
  },
  // sitemap-index.xml + sitemap-0.xml from every built page (404 excluded by the integration).
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts: the Content-Security-Policy allows only the site's own files.
      assetsInlineLimit: 0,
      rollupOptions: {
        output: {
          // /kiem-tra/'s script and the checker module it imports in one chunk: the batch page
          // imports the checker too, so without this the page gets a one-line entry file that
          // loads a shared chunk (one request and ~50 B gzip more; test/gates/budgets.test.ts).
          // Astro names a component's script "…Checker.astro?astro&type=script…"; if that ever
          // changes, the build only goes back to the two files.
          manualChunks(id) {
            if (id.includes('Checker.astro?astro&type=script') || id.includes('/components/checker/checker-app.ts')) return 'checker-app';
          },
        },
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler's notice
        // about it repeats once per document and hides real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
