/**
 * Content collections. Everything the site shows is loaded from the top-level `content/`
 * folder (or from CONTENT_DIR, which the benchmark points at a synthetic corpus).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document';
import { contentDir } from './lib/content-dir';
import { termSchema } from './schemas/glossary';

const vanBan = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/van-ban` }),
  schema: documentSchema(reference('vanBan')),
});

/** Glossary terms: one YAML file per term under content/thuat-ngu/ (page /thuat-ngu/). */
const thuatNgu = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/thuat-ngu` }),
  schema: termSchema,
});

export const collections = { vanBan, thuatNgu };
