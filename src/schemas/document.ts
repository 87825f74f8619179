/**
 * The schema of a document (văn bản) in the library: one MDX file under `content/van-ban/`.
 *
 * This file has no Astro imports so the same schema validates content in unit tests. The
 * collection (`src/content.config.ts`) passes Astro's `reference('vanBan')` as `ref`; tests pass
 * a plain string schema. Every error message says what to write instead (the fix), because
 * Astro prints it next to the file name and the field path.
 */
import { z } from 'astro/zod';
import { CONFIDENCE as CONFIDENCE_VOCABULARY } from '../lib/vocabulary';

/** Kinds of document, in the order the index lists them. Keys are ASCII (used in URLs and filters). */
export const DOCUMENT_KINDS = {
  'luat': 'Luật',
  'nghi-dinh': 'Nghị định',
  'thong-tu': 'Thông tư',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  /** A decision (quyết định), e.g. one promulgating a provincial regulation on thi đua, khen thưởng. */
  'quyet-dinh': 'Quyết định',
  /** A regulation or rules (quy định, quy chế) issued on its own rather than attached to a decision. */
  'quy-dinh': 'Quy định',
  /** A resolution (nghị quyết) of a Party committee or a People's Council. */
  'nghi-quyet': 'Nghị quyết',
  /** An urgent dispatch (công điện). */
  'cong-dien': 'Công điện',
  /** A notice (thông báo), e.g. of a leader's conclusions. */
  'thong-bao': 'Thông báo',
  /** Guidance (hướng dẫn) issued by a board or department. */
  'huong-dan': 'Hướng dẫn',
  /** A programme (chương trình hành động, chương trình công tác). */
  'chuong-trinh': 'Chương trình',
  'bai-viet': 'Bài viết',
  'tin-tuc': 'Tin tức',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** Legal status of a document. */
export const DOCUMENT_STATUSES = {
  'ban-hanh': 'Đã ban hành',
  'dang-co-hieu-luc': 'Đang có hiệu lực',
  'chua-co-hieu-luc': 'Đã thông qua, chưa có hiệu lực',
  'du-thao': 'Dự thảo',
  'het-hieu-luc': 'Hết hiệu lực',
  'chua-xac-minh': 'Chưa xác minh',
  'da-dang': 'Đã đăng',
} as const;
export type DocumentStatus = keyof typeof DOCUMENT_STATUSES;

/** How sure the handbook is of a fact taken from the reference sheets (legal-facts.md). */
export const CONFIDENCE = CONFIDENCE_VOCABULARY.ids;

const statusKeys = Object.keys(DOCUMENT_STATUSES) as [DocumentStatus, ...DocumentStatus[]];

/**
 * A date as precise as the source gives it: "2014-10-14", "2025-01" (the Ninh Thuận plan leaves
 * the day blank) or "2018". Never fill in a part the source does not state.
 */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'phải là ngày dạng YYYY-MM-DD, YYYY-MM hoặc YYYY (chỉ ghi phần nguồn có nêu), ví dụ "2014-10-14"',
  });

/**
 * A value the source does not state but the handbook infers. Written either as the bare value
 * (stated by the source) or as `{ value, inferred: "why" }`, so a reader always sees which
 * metadata is the source's and which is ours.
 */
export function inferable<T extends z.ZodType>(schema: T) {
  return z.union([
    schema,
    z.strictObject({
      /** The inferred value. */
      value: schema,
      /** Why we believe it, in Vietnamese, naming the evidence (e.g. the signer's office). */
      inferred: z.string().min(10, { error: 'ghi rõ căn cứ suy luận (ít nhất một câu ngắn)' }),
    }),
  ]);
}

/** The person who signed, as printed under the signature block. */
const signer = z.strictObject({
  /** Full name, e.g. "Mai Tiến Dũng". */
  name: z.string().min(1),
  /** Office as printed ("CHỦ TỊCH", "T/M BAN THƯỜNG VỤ – BÍ THƯ"); null when no source gives it. */
  title: z.string().min(1).nullable(),
});

/** A line of the seed that is not part of the document (crawl timestamp, comment-form chrome). */
const omittedLine = z.strictObject({
  /** The exact line as it stands in the seed file. */
  text: z.string().min(1),
  /** Why it is left out. */
  reason: z.string().min(3),
});

/** A place where the handbook keeps the source's wording although it looks wrong. */
const sourceNote = z.strictObject({
  /** The text exactly as in the source, e.g. "Chi thị". */
  text: z.string().min(1),
  /** What it probably means, e.g. "Chỉ thị (lỗi chính tả trong nguồn, giữ nguyên)". */
  note: z.string().min(3),
});

/**
 * Builds the document schema. `ref` is the schema of a reference to another document:
 * Astro's `reference('vanBan')` in the collection, `z.string()` in tests.
 */
export function documentSchema<R extends z.ZodType>(ref: R) {
  const relations = z
    .strictObject({
      /** Documents this one carries out (a plan implementing a directive). */
      implements: z.array(ref).default([]),
      /** Documents it cites without implementing them. */
      references: z.array(ref).default([]),
      /** Documents it replaces (thay thế). */
      supersedes: z.array(ref).default([]),
      /** The document that replaced this one, when known. */
      replacedBy: z.array(ref).default([]),
      /** Documents whose articles it details or guides (quy định chi tiết, hướng dẫn thi hành). */
      details: z.array(ref).default([]),
      /** Documents it amends (sửa đổi, bổ sung). */
      amends: z.array(ref).default([]),
    })
    .default({ implements: [], references: [], supersedes: [], replacedBy: [], details: [], amends: [] });

  /** Fields every document has. */
  const common = {
    /**
     * Title as the source gives it (without the kind word when the source sets it apart). A source
     * with no title (a crawled news item) gets a descriptive title written `{ value, inferred }`.
     */
    title: inferable(z.string().min(1, { error: 'tiêu đề không được để trống' })),
    /** A short name for lists and links, e.g. "Kế hoạch 1813/KH-UBND của UBND tỉnh Hà Nam". */
    shortTitle: z.string().min(1),
    /** One sentence in the handbook's own words on what the document is about. */
    summary: z.string().min(10),
    /** Legal status; see DOCUMENT_STATUSES. */
    status: z.enum(statusKeys, {
      error: `phải là một trong: ${statusKeys.join(', ')}`,
    }),
    /** Province the document belongs to (null for national documents). */
    province: inferable(z.string().min(1)).nullable(),
    /**
     * The source text under `sources/` the page was transcribed or imported from: a seed's file
     * name ("004_6d61f39329962a69.txt", in sources/seeds/) or "documents/<name>.txt|.docx" (in
     * sources/documents/); null when there is none. The transcription test reads it.
     */
    source: z
      .string()
      .regex(/^(?:\d{3}_[0-9a-f]{16}\.txt|documents\/[a-z0-9][a-z0-9.-]*\.(?:txt|docx))$/, {
        error: 'là tên tệp trong sources/seeds/ ("004_6d61f39329962a69.txt") hoặc "documents/<tên tệp>.txt" trong sources/documents/, hoặc null',
      })
      .nullable(),
    /** Whether the body holds the full text. False renders the "chưa có toàn văn" label. */
    fullText: z.boolean(),
    /** Link to an official or authoritative copy of the text, when known. */
    officialUrl: z.url({ error: 'phải là một địa chỉ URL đầy đủ (https://…)' }).optional(),
    /** Where the facts about a metadata-only entry come from (e.g. "legal-facts.md §2"). */
    factsFrom: z.string().optional(),
    /** Relations to other documents, each an id of a file in content/van-ban/. */
    relations,
    /** Seed lines left out of the transcription, with the reason (checked by the transcription test). */
    omitted: z.array(omittedLine).default([]),
    /** Source wording kept as is although it looks wrong. */
    sourceNotes: z.array(sourceNote).default([]),
  };

  /** Fields of an official document (chỉ thị, kế hoạch, quyết định, luật, nghị định, thông tư …). */
  const official = {
    ...common,
    /** Official number ("1813/KH-UBND", "06/2022/QH15"); null where the source leaves it blank. */
    number: z.string().min(1).nullable(),
    /**
     * Set when `number` is not read from the document or an official page but inferred: why we
     * believe it, naming the evidence (e.g. "hai nguồn không chính thức cùng ghi …"). Omit when
     * the number is the source's own.
     */
    numberInferred: z.string().min(10, { error: 'ghi rõ căn cứ suy luận số hiệu (ít nhất một câu ngắn), hoặc bỏ trường này' }).optional(),
    /** The body that issued it, as the source names it ("Ban Thường vụ Tỉnh ủy"). */
    issuer: inferable(z.string().min(1)).nullable(),
    /** Signer, or null when the source shows none. */
    signer: signer.nullable(),
    /** Date of issue (or of passing, for a law); null when the source does not state it. */
    issued: inferable(partialDate).nullable(),
    /** Date it takes effect, when known. */
    effective: partialDate.nullable().default(null),
    /** Date it ceased to have effect, when known. */
    expired: partialDate.nullable().default(null),
    /** Place of issue as printed ("Hà Nam", "Ninh Thuận"). */
    place: z.string().min(1).nullable(),
  };

  /** Fields of a press article or news report. */
  const press = {
    ...common,
    number: z.null().default(null),
    /** Author as credited ("Kim Oanh"), or null. */
    author: z.string().min(1).nullable(),
    /** Outlet or source credited ("BÁO QUÂN KHU", "nghean.gov.vn"). */
    outlet: z.string().min(1).nullable(),
    /** Publication date as the page states it. */
    issued: inferable(partialDate).nullable(),
    place: z.string().min(1).nullable().default(null),
  };

  const kindError = { error: `kind phải là một trong: ${Object.keys(DOCUMENT_KINDS).join(', ')}` };
  return z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('luat'), ...official }),
      z.strictObject({ kind: z.literal('nghi-dinh'), ...official }),
      z.strictObject({ kind: z.literal('thong-tu'), ...official }),
      z.strictObject({ kind: z.literal('chi-thi'), ...official }),
      z.strictObject({ kind: z.literal('ke-hoach'), ...official }),
      z.strictObject({ kind: z.literal('quyet-dinh'), ...official }),
      z.strictObject({ kind: z.literal('quy-dinh'), ...official }),
      z.strictObject({ kind: z.literal('nghi-quyet'), ...official }),
      z.strictObject({ kind: z.literal('cong-dien'), ...official }),
      z.strictObject({ kind: z.literal('thong-bao'), ...official }),
      z.strictObject({ kind: z.literal('huong-dan'), ...official }),
      z.strictObject({ kind: z.literal('chuong-trinh'), ...official }),
      z.strictObject({ kind: z.literal('bai-viet'), ...press }),
      z.strictObject({ kind: z.literal('tin-tuc'), ...press }),
    ],
    kindError,
  );
}

export type DocumentData = z.infer<ReturnType<typeof documentSchema<z.ZodString>>>;
export type RelationKind = keyof DocumentData['relations'];
