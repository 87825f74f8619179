/**
 * Content collections. Everything the site shows is loaded from the top-level `content/`
 * folder (or from CONTENT_DIR, which the benchmark points at a synthetic corpus).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { documentSchema } from './schemas/document';
import { contentDir } from './lib/content-dir';
import { termSchema } from './schemas/glossary';
import { agencySchema } from './schemas/agency';
import { taskFileSchema } from './schemas/task';
import { awardSchema } from './schemas/award';

/** The files matching `pattern` under content/<folder>/, one entry each, checked by `schema`. */
const filesIn = <S extends z.core.$ZodType>(folder: string, pattern: string, schema: S) =>
  defineCollection({ loader: glob({ pattern, base: `${contentDir}/${folder}` }), schema });

export const collections = {
  /** Documents (văn bản): one MDX file each under content/van-ban/. */
  vanBan: filesIn('van-ban', '**/*.mdx', documentSchema(reference('vanBan'))),
  /** Glossary terms: one YAML file per term under content/thuat-ngu/ (page /thuat-ngu/). */
  thuatNgu: filesIn('thuat-ngu', '**/*.yaml', termSchema),
  /** Agencies and group addressees: one YAML file per agency under content/co-quan/ (pages /co-quan/). */
  coQuan: filesIn('co-quan', '**/*.yaml', agencySchema),
  /** Tasks: one YAML file per document under content/nhiem-vu/, each task pointing at a clause anchor. */
  nhiemVu: filesIn('nhiem-vu', '**/*.yaml', taskFileSchema),
  /**
   * The award registry: one YAML file per title or form of award under content/khen-thuong/, with its
   * criteria as data for the eligibility engine (src/lib/eligibility/, docs/eligibility.md).
   */
  khenThuong: filesIn('khen-thuong', '*.yaml', awardSchema),
};
