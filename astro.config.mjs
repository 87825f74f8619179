// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCitations from './src/lib/remark-citations.ts';
import sitemap from '@astrojs/sitemap';

// The remark/rehype (unified) pipeline is chosen on purpose; see README, "Kiến trúc".
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
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
