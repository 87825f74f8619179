/**
 * The schema of a glossary term (thuật ngữ): one YAML file under `content/thuat-ngu/`, whose
 * file name is the term's id and its anchor on /thuat-ngu/ (e.g. `sang-kien.yaml` →
 * /thuat-ngu/#sang-kien). No Astro imports, so tests validate the data with the same schema.
 */
import { z } from 'astro/zod';
import { CONFIDENCE } from '../lib/vocabulary';
import { ANCHOR_ID_RE } from '../lib/outline';
import { LAW_2022 } from '../lib/legal-status';

/** How sure the handbook is of the definition (the lowest confidence of the facts it states). */
export const TERM_CONFIDENCE = CONFIDENCE.ids;

/** Where a term comes from: an anchor of a document in content/van-ban/. */
export const termCitation = z.strictObject({
  /** Id of the document (file name in content/van-ban/ without .mdx). Default: the 2022 Law. */
  document: z.string().regex(ANCHOR_ID_RE, { error: 'là id của một tệp trong content/van-ban/, ví dụ "nghi-dinh-152-2025-nd-cp"' }).default(LAW_2022.id),
  /** Anchor id in that document ("dieu-3-khoan-4"); it must exist (checked when the page is built). */
  anchor: z.string().regex(ANCHOR_ID_RE, { error: 'là id neo trong văn bản, ví dụ "dieu-3-khoan-4"' }),
  /** The citation as readers write it ("khoản 4 Điều 3 Luật Thi đua, khen thưởng"). */
  label: z.string().min(3, { error: 'ghi trích dẫn đầy đủ, ví dụ "khoản 4 Điều 3 Luật Thi đua, khen thưởng"' }),
});

export const termSchema = z
  .strictObject({
    /** The term as shown, with Vietnamese diacritics ("Sáng kiến"). */
    term: z.string().min(1, { error: 'ghi thuật ngữ, ví dụ "Sáng kiến"' }),
    /** Other names and abbreviations readers search for ("HTXS"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** A short definition in the handbook's own words (never the official wording). */
    definition: z.string().min(20, { error: 'viết định nghĩa ngắn bằng lời của cẩm nang (ít nhất một câu)' }),
    /** Confidence per the reference sheets: high, med, low or unconfirmed. */
    confidence: z.enum(TERM_CONFIDENCE, { error: `phải là một trong: ${TERM_CONFIDENCE.join(', ')}` }),
    /** What is not confirmed; required when confidence is below high, shown as a visible caution. */
    caution: z.string().min(10).optional(),
    /** Where the term is defined or used, as links (at least one). */
    citations: z.array(termCitation).min(1, { error: 'cần ít nhất một trích dẫn (document, anchor, label)' }),
    /** Ids of related terms (file names in content/thuat-ngu/). */
    related: z.array(z.string().regex(ANCHOR_ID_RE)).default([]),
  })
  .refine((t) => t.confidence === 'high' || !!t.caution, {
    error: 'độ tin cậy dưới "high" thì phải có caution: ghi rõ điều gì chưa được xác nhận',
    path: ['caution'],
  });
export type TermData = z.infer<typeof termSchema>;
