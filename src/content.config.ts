/**
 * Content collections. Everything the site shows is loaded from the top-level `content/`
 * folder (or from CONTENT_DIR, which the benchmark points at a synthetic corpus).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document';
import { contentDir } from './lib/content-dir';
import { termSchema } from './schemas/glossary';
import { agencySchema } from './schemas/agency';
import { taskFileSchema } from './schemas/task';
import { awardSchema } from './schemas/award';

const vanBan = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/van-ban` }),
  schema: documentSchema(reference('vanBan')),
});

/** Glossary terms: one YAML file per term under content/thuat-ngu/ (page /thuat-ngu/). */
const thuatNgu = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/thuat-ngu` }),
  schema: termSchema,
});

/** Agencies and group addressees: one YAML file per agency under content/co-quan/ (pages /co-quan/). */
const coQuan = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/co-quan` }),
  schema: agencySchema,
});

/** Tasks: one YAML file per document under content/nhiem-vu/, each task pointing at a clause anchor. */
const nhiemVu = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/nhiem-vu` }),
  schema: taskFileSchema,
});

/**
 * The award registry: one YAML file per title or form of award under content/khen-thuong/, with its
 * criteria as data for the eligibility engine (src/lib/eligibility/, docs/eligibility.md).
 */
const khenThuong = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/khen-thuong` }),
  schema: awardSchema,
});

export const collections = { vanBan, thuatNgu, coQuan, nhiemVu, khenThuong };
