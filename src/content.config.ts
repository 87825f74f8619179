/**
 * Content collections. Everything the site shows is loaded from the top-level `content/`
 * folder (or from CONTENT_DIR, which the benchmark points at a synthetic corpus).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document';
import { contentDir } from './lib/content-dir';

const vanBan = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/van-ban` }),
  schema: documentSchema(reference('vanBan')),
});

export const collections = { vanBan };
