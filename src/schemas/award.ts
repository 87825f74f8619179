/**
 * The award registry (danh mục danh hiệu thi đua và hình thức khen thưởng): one YAML file per
 * title or form of award under `content/khen-thuong/<id>.yaml`.
 *
 * The criteria are data, not prose: each criterion cites the article it comes from and carries a
 * `condition` written in the small condition language defined below, which the eligibility engine
 * (`src/lib/eligibility/`) evaluates against a profile. The language is documented with examples
 * in `docs/eligibility.md`.
 *
 * This file has no Astro imports (only `astro/zod`, which is plain Zod 4), so the same schema
 * validates the registry in the Astro collection, in the command `npm run eligibility` and in the
 * browser checker. Error messages say what to write instead (the fix).
 */
import { z } from 'astro/zod';
import {
  AWARD_KIND,
  AWARD_LEVEL,
  AWARD_PERIOD,
  CONFIDENCE as CONFIDENCE_VOCABULARY,
  type AchievementKind,
  type AwardSubject,
  type AwardType,
  type CollectiveField,
  type Confidence,
  type Rating,
  type Scope,
  type Sector,
} from '../lib/vocabulary';

const CONFIDENCE = CONFIDENCE_VOCABULARY.ids;
import { DEFINITIONS, conditionSchemas, type SchemaKit } from '../lib/eligibility/conditions/definitions';
import { provinceBySlug, provinceLabel } from '../lib/provinces';

// Vocabularies: declared once in src/lib/vocabulary.ts (ids, labels, codes); re-exported here
// under the names the schemas and their readers use.
// ---------------------------------------------------------------------------------------------

export { ACHIEVEMENT_KINDS, AWARD_SUBJECTS, AWARD_TYPES, INITIATIVE_KINDS, RATINGS, SCOPES, SECTORS } from '../lib/vocabulary';
import { AWARD_SUBJECTS, INITIATIVE_KINDS, RATINGS, SCOPES, SECTORS } from '../lib/vocabulary';
export type { AchievementKind, AwardSubject, AwardType, CollectiveField, Confidence, Rating, Scope, Sector };

const enumError = (name: string, values: readonly string[]) => ({ error: `${name} phải là một trong: ${values.join(', ')}` });

/** An award id: lower-case ASCII words joined by hyphens, the file name without ".yaml". */
export const awardId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'mã danh hiệu/hình thức khen thưởng chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ "chien-si-thi-dua-co-so"',
});

/** A full date "YYYY-MM-DD" that exists in the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'phải là ngày dạng YYYY-MM-DD, ví dụ "2026-10-01"' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: 'ngày không có thật trong lịch (ví dụ 30/02); sửa lại ngày' });

/** An anchor id in a document of the site ("dieu-23-khoan-1", "dieu-74-khoan-1-diem-dd"). */
const anchorId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'id neo chỉ gồm chữ thường không dấu, số và gạch nối, ví dụ "dieu-23-khoan-1" (điểm đ viết "diem-dd")',
});

/** A document id of the site (file name in content/van-ban/ without ".mdx"). */
const documentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'là id văn bản (tên tệp trong content/van-ban/ không có ".mdx"), ví dụ "nghi-dinh-152-2025-nd-cp"',
});

/**
 * Dates between which a rule applies, compared with the date the proposal is made (for the
 * achievements of year Y, the handbook takes 01/01 of year Y+1: proposals are made early in the
 * following year). Either end may be left out.
 */
export const effective = z
  .strictObject({
    /** First day the rule applies (inclusive). */
    from: isoDate.optional(),
    /** Last day the rule applies (inclusive). */
    to: isoDate.optional(),
  })
  .refine((e) => !e.from || !e.to || e.from <= e.to, { error: 'effective.from phải trước hoặc bằng effective.to' });
export type Effective = z.infer<typeof effective>;

// ---------------------------------------------------------------------------------------------
// The condition language.
// ---------------------------------------------------------------------------------------------

/**
 * A test applied to one year of the profile's history (used by chains and windows):
 * `{ ratingAtLeast: htt }` (rated at least HTT that year) or `{ title: chien-si-thi-dua-co-so }`
 * (received that title for that year).
 */
export type YearTest = { ratingAtLeast: Rating } | { title: string };
export const yearTest: z.ZodType<YearTest> = z.union(
  [
    z.strictObject({
      /** Lowest rating that passes. */
      ratingAtLeast: z.enum(RATINGS, enumError('ratingAtLeast', RATINGS)),
    }),
    z.strictObject({
      /** Id of the title that must have been received for the year. */
      title: awardId,
    }),
  ],
  { error: 'phép thử theo năm là { ratingAtLeast: htt } hoặc { title: <mã danh hiệu> }' },
);

/** Which initiatives count: their kinds and the lowest recognised scope. */
export const initiativeFilter = z.strictObject({
  /** Kinds that count (sáng kiến, đề tài). Counted together. */
  kinds: z.array(z.enum(INITIATIVE_KINDS, enumError('kinds', INITIATIVE_KINDS))).min(1),
  /** Lowest recognised scope that counts ("co-so" accepts all). */
  minLevel: z.enum(SCOPES, enumError('minLevel', SCOPES)),
});
export type InitiativeFilter = z.infer<typeof initiativeFilter>;

/**
 * A requirement inside the period of a chain: `{ atLeast: 3, years: { title: … } }` (at least 3
 * years of the period pass the test) or `{ atLeast: 2, initiatives: { kinds, minLevel } }` (at
 * least 2 initiatives recognised in the period, not already used for another award).
 */
export type Within = { atLeast: number; years: YearTest } | { atLeast: number; initiatives: InitiativeFilter };
export const within: z.ZodType<Within> = z.union(
  [
    z.strictObject({
      /** How many years of the period must pass the test. */
      atLeast: z.int().min(1),
      /** The test. */
      years: yearTest,
    }),
    z.strictObject({
      /** How many initiatives recognised in the period are needed. */
      atLeast: z.int().min(1),
      /** Which initiatives count. */
      initiatives: initiativeFilter,
    }),
  ],
  { error: 'yêu cầu trong giai đoạn là { atLeast, years: … } hoặc { atLeast, initiatives: … }' },
);

/** The condition language. Each variant is documented where its schema is defined below. */
export type Condition =
  | { type: 'rating-at-least'; min: Rating }
  | { type: 'sector-in'; sectors: Sector[]; hint?: string }
  | { type: 'meets-standard'; award: string; armedForcesAward?: string }
  | { type: 'consecutive-years'; test: YearTest; count: number; within?: Within[]; freshAfterGrant?: boolean }
  | { type: 'title-times'; title: string; times: number; link: YearTest; freshAfterGrant?: boolean }
  | {
      type: 'base-award-chain';
      base: string[];
      excludeTypes: AwardType[];
      years: number;
      test: YearTest;
      within?: Within[];
      freshAfterGrant?: boolean;
    }
  | { type: 'initiatives'; atLeast: number; filter: InitiativeFilter; window: 'proposal-year' | 'since-last-grant' }
  | { type: 'achievement'; kinds: AchievementKind[]; minScope?: Scope; sufficient?: boolean; judgement: string }
  | { type: 'months-at-unit'; atLeast: number }
  | { type: 'collective-share'; field: CollectiveField; atLeastPercent: number }
  | { type: 'collective-count'; field: CollectiveField; atLeast?: number; atMost?: number }
  | { type: 'discipline-clear' }
  | { type: 'not-pending' }
  | { type: 'assumed'; what: string }
  | { type: 'unverifiable'; what: string; ask: string }
  | { type: 'all-of'; of: Condition[]; label?: string }
  | { type: 'any-of'; of: Condition[]; label?: string };

const conditionOf: SchemaKit['conditionOf'] = (type, fields) => z.strictObject({ type: z.literal(type), ...fields });
const vi = (min: number, what: string) => z.string().min(min, { error: `${what} (tiếng Việt, ít nhất ${min} ký tự)` });

/**
 * The schema of a condition: each type declares its own in src/lib/eligibility/conditions/<type>.ts
 * (documented there), built here with Zod so the handlers stay Zod-free.
 */
export const condition: z.ZodType<Condition> = z.lazy(
  () =>
    z.discriminatedUnion(
      'type',
      conditionSchemas({ z, conditionOf, enumOf: enumError, text: vi, awardId, yearTest, within, initiativeFilter, condition }) as unknown as [z.ZodObject, ...z.ZodObject[]],
      { error: `type của điều kiện phải là một trong: ${Object.keys(DEFINITIONS).join(', ')}` },
    ) as unknown as z.ZodType<Condition>,
);

// ---------------------------------------------------------------------------------------------
// Citations, criteria and the award entry.
// ---------------------------------------------------------------------------------------------

const confidence = z.enum(CONFIDENCE, enumError('confidence', CONFIDENCE));

/**
 * Where a rule is written. `article` is an anchor in the Law's page
 * (luat-thi-dua-khen-thuong-2022); `document` + `anchor` point into another document of the site;
 * `instrument` is the official number of an instrument the site does not hold ("01/2024/TT-BNV").
 */
const placeFields = {
  /** Anchor id of the article, clause or point in the Law 06/2022/QH15 page, e.g. "dieu-23-khoan-1". */
  article: anchorId.optional(),
  /** Id of another document of the site holding the rule, e.g. "nghi-dinh-152-2025-nd-cp". */
  document: documentId.optional(),
  /** Anchor id inside `document`, e.g. "dieu-4-khoan-3". */
  anchor: anchorId.optional(),
  /**
   * Official number of an instrument the rule rests on that the site does not hold ("638/QĐ-BNV",
   * "129/2025/NĐ-CP"); listed in the result's `ruleset.sources` beside the Law and the decree.
   */
  instrument: z.string().min(3).optional(),
  /** The citation in Vietnamese, e.g. "khoản 1 Điều 23 Luật Thi đua, khen thưởng 2022". */
  citation: vi(5, 'citation: trích dẫn, ví dụ "khoản 1 Điều 23 Luật Thi đua, khen thưởng 2022"'),
  /** How sure the handbook is (from legal-verification.md, which wins over legal-facts.md). */
  confidence,
  /** Required below "high": why, shown to users as a caution. */
  caution: z.string().min(10).optional(),
};

function checkPlace(
  v: { article?: string; document?: string; anchor?: string; confidence: Confidence; caution?: string },
  ctx: z.RefinementCtx,
) {
  if (v.article && (v.document || v.anchor)) {
    ctx.addIssue({ code: 'custom', message: 'ghi article (neo trong Luật) HOẶC document + anchor, không ghi cả hai', path: ['article'] });
  }
  if (v.anchor && !v.document) ctx.addIssue({ code: 'custom', message: 'anchor cần đi kèm document', path: ['anchor'] });
  if (v.confidence !== 'high' && !v.caution) {
    ctx.addIssue({ code: 'custom', message: 'độ tin cậy dưới "high" phải có caution: nêu lý do để hiển thị cảnh báo cho người dùng', path: ['caution'] });
  }
}

/** Who a rule applies to; a criterion whose `appliesTo` does not match the profile is left out. */
const appliesTo = z.strictObject({
  /** Subjects it applies to; all when absent. */
  subjects: z.array(z.enum(AWARD_SUBJECTS, enumError('subjects', AWARD_SUBJECTS))).min(1).optional(),
  /** Sectors it applies to; all when absent. */
  sectors: z.array(z.enum(SECTORS, enumError('sectors', SECTORS))).min(1).optional(),
});

/**
 * A change reported by the press or secondary sources but not verified in an official text. The
 * engine evaluates the criterion both ways when the proposal date falls on or after `from`; if the
 * two readings give different verdicts the result is "needs-info" and says which change decides.
 */
export const reportedChange = z.strictObject({
  /** Stable id shared by the criteria the same change would touch, e.g. "sua-doi-2026-dieu-23". */
  id: anchorId,
  /** What would change, in plain Vietnamese. */
  summary: vi(20, 'summary: nội dung thay đổi được đưa tin'),
  /** Where it was reported, e.g. "legal-verification.md §4 (dự thảo BNV 12/2025; dantri 16/12/2025)". */
  source: vi(5, 'source: nguồn đưa tin'),
  /** Always "chua-xac-minh": not seen in an official text. */
  status: z.literal('chua-xac-minh', { error: 'status của thay đổi được đưa tin là "chua-xac-minh"' }),
  /** The site's entry for the (reported) amending text, e.g. "luat-sua-doi-thi-dua-khen-thuong-2026". */
  document: documentId.optional(),
  /** First proposal date it would apply to (e.g. "2026-10-01", the reported effective date). */
  from: isoDate,
  /** The criterion's condition under the changed text. */
  condition,
});

/** One criterion (tiêu chí) of an award. */
export const criterion = z
  .strictObject({
    /** Stable id, unique within the award for a given date, e.g. "dieu-23-khoan-1". */
    id: anchorId,
    ...placeFields,
    /** The criterion in plain Vietnamese, in the handbook's own words (never the official wording). */
    text: vi(10, 'text: nội dung tiêu chí bằng lời của cẩm nang'),
    /**
     * "standard" (default): part of the award's own standard, re-used when another award requires
     * "meeting the standard" of this one; "general": a general rule (discipline, pending review).
     */
    role: z.enum(['standard', 'general'], enumError('role', ['standard', 'general'])).default('standard'),
    /** Who the criterion applies to. */
    appliesTo: appliesTo.optional(),
    /** Dates (of the proposal) the criterion applies to; always when absent. */
    effective: effective.optional(),
    /** Reported, unverified changes to this criterion. */
    reportedChanges: z.array(reportedChange).optional(),
    /** The machine-checkable condition. */
    condition,
  })
  .superRefine(checkPlace);
export type Criterion = z.infer<typeof criterion>;

/** Who decides (thẩm quyền quyết định) for some subjects and sectors. */
const decider = z
  .strictObject({
    /** Who it applies to; the first matching entry is used. */
    appliesTo: appliesTo.optional(),
    /** Dates of the proposal this entry applies to. */
    effective: effective.optional(),
    /** Who decides, in Vietnamese. */
    text: vi(10, 'text: ai quyết định'),
    ...placeFields,
  })
  .superRefine(checkPlace);

/** One item of the dossier (hồ sơ đề nghị). */
const dossierItem = z
  .strictObject({
    /** Who it applies to; all when absent. */
    appliesTo: appliesTo.optional(),
    /**
     * The routes it belongs to: labels of the alternatives of a "one of" criterion of this award
     * (`label` of an `any-of` part), when the law asks this paper only for that route (e.g. điểm d
     * khoản 1 Điều 84: the recognition of the initiative). The checker shows it only when that
     * route was met, or when none was met yet. For every route when absent.
     */
    routes: z.array(z.string().min(3)).min(1).optional(),
    /** The item, in Vietnamese. */
    text: vi(5, 'text: thành phần hồ sơ'),
    ...placeFields,
  })
  .superRefine(checkPlace);

/** Award money as a multiple of the base salary (lương cơ sở). */
const amount = z
  .strictObject({
    /** Who receives this amount. */
    subjects: z.array(z.enum(AWARD_SUBJECTS, enumError('subjects', AWARD_SUBJECTS))).min(1),
    /** Multiple of the base salary, e.g. 0.3. */
    multiplier: z.number().positive(),
    ...placeFields,
  })
  .superRefine(checkPlace);

/** A link to another award on the ladder (thang danh hiệu, hình thức khen thưởng). */
const prerequisite = z.strictObject({
  /** The lower award. */
  award: awardId,
  /**
   * "dieu-kien": a criterion of this award requires the lower one (at least on one route);
   * "thang-bac": the usual next step up, not required (ND 152 Điều 4 k1: a higher award does not
   * need the lower one first).
   */
  relation: z.enum(['dieu-kien', 'thang-bac'], enumError('relation', ['dieu-kien', 'thang-bac'])),
  /** How the two are linked, in Vietnamese, with the citation. */
  note: vi(10, 'note: quan hệ giữa hai danh hiệu/hình thức'),
});

/**
 * The clause by which the Law leaves an award's details to ministries and provinces ("khoản 3
 * Điều 27"). Where a profile names no province whose rule set the handbook holds, the result says
 * that the province sets the details and cites this clause.
 */
const delegation = z.strictObject({ ...placeFields }).superRefine(checkPlace);

/**
 * A province's own regulation of an award, applied only to profiles whose `province` names it
 * (docs/adr/0007-provincial-rule-sets.md). Its criteria replace the Law-level criteria of role
 * "standard" (the general rules stay); its `decidedBy`, when given, is used before the Law-level
 * one. Every place it cites is in `document` (the province's decision on the site).
 */
export const ruleSet = z
  .strictObject({
    /** The province's slug (src/lib/provinces.ts), e.g. "bac-ninh". */
    province: z.string().refine((s) => !!provinceBySlug(s), { error: 'province phải là mã một trong 34 tỉnh, thành phố trong src/lib/provinces.ts, ví dụ "bac-ninh"' }),
    /** The province's decision on the site, e.g. "quyet-dinh-86-2025-qd-ubnd-bac-ninh". */
    document: documentId,
    /** The official number, e.g. "86/2025/QĐ-UBND" (listed in the result's sources). */
    number: z.string().min(3),
    /** Dates of the proposal the rule set applies to (the decision's own effective dates). */
    effective: effective.optional(),
    /** Sectors it applies to (a province does not regulate the armed forces); all when absent. */
    appliesTo: appliesTo.optional(),
    /** The province's criteria (replace the Law-level "standard" criteria). */
    criteria: z.array(criterion).min(1).optional(),
    /** Who decides in this province; the first matching entry is used, else the Law-level one. */
    decidedBy: z.array(decider).optional(),
    /** Derived from `province` (below); accepted so validated data can be validated again. */
    name: z.string().optional(),
  })
  .superRefine((r, ctx) => {
    const places = [...(r.criteria ?? []), ...(r.decidedBy ?? [])];
    places.forEach((x, i) => {
      if (x.article || (x.document && x.document !== r.document)) {
        ctx.addIssue({ code: 'custom', message: `quy định của tỉnh chỉ trích văn bản của tỉnh: ghi document: ${r.document} và anchor (mục ${i + 1})`, path: ['criteria'] });
      }
    });
  })
  // The province's name ("tỉnh Bắc Ninh"), derived here so the browser needs no list of provinces.
  .transform((r) => ({ ...r, name: provinceLabel(provinceBySlug(r.province)!) }));
export type RuleSet = z.infer<typeof ruleSet>;

/** Kinds of entry, levels and periods, with their labels (src/lib/vocabulary.ts). */
export const AWARD_KINDS = AWARD_KIND.full;
export const AWARD_LEVELS = AWARD_LEVEL.full;
export const AWARD_PERIODS = AWARD_PERIOD.full;

const kindKeys = AWARD_KIND.ids;
const levelKeys = AWARD_LEVEL.ids;
const periodKeys = AWARD_PERIOD.ids;

/** The phrase an entry without criteria must contain. */
export const NO_CRITERIA_PHRASE = 'chưa có tiêu chí trong cẩm nang';

/** One award entry: `content/khen-thuong/<id>.yaml`. */
export const awardSchema = z
  .strictObject({
    /** The id, equal to the file name without ".yaml" (used in URLs, profiles and links). */
    id: awardId,
    /** Exact Vietnamese name, e.g. 'Danh hiệu "Chiến sĩ thi đua cơ sở"' is written "Chiến sĩ thi đua cơ sở". */
    name: vi(3, 'name: tên chính xác bằng tiếng Việt'),
    /** Emulation title or form of award. */
    kind: z.enum(kindKeys, enumError('kind', kindKeys)),
    /** Who can receive it; empty when the reference sheets do not say (then any profile subject is accepted). */
    subject: z.array(z.enum(AWARD_SUBJECTS, enumError('subject', AWARD_SUBJECTS))),
    /** Level; null where the reference sheets do not say. */
    level: z.enum(levelKeys, enumError('level', levelKeys)).nullable(),
    /** How often it is considered; null where the reference sheets do not say. */
    period: z.enum(periodKeys, enumError('period', periodKeys)).nullable(),
    /** One line in the handbook's own words. */
    summary: vi(20, 'summary: một câu tóm tắt'),
    /** Articles that define the award (for the award page), e.g. the list article and its own article. */
    defined: z.array(z.strictObject({ ...placeFields }).superRefine(checkPlace)).min(1),
    /** Who decides, per sector and level (after the 2025 reforms); the first matching entry is used. */
    decidedBy: z.array(decider),
    /** The dossier items. */
    dossier: z.array(dossierItem),
    /** Award money (× lương cơ sở), where the sheets give it. */
    amount: z.array(amount),
    /** Links to lower awards on the ladder (for the diagram). */
    prerequisites: z.array(prerequisite),
    /** The criteria; empty when the handbook has none yet (then `criteriaNote` says so). */
    criteria: z.array(criterion),
    /** Why there are no criteria (must contain "chưa có tiêu chí trong cẩm nang"), or a note on the criteria. */
    criteriaNote: z.string().min(10).optional(),
    /** The Law's clause leaving the details to ministries and provinces, when it does. */
    delegation: delegation.optional(),
    /** Provinces' own rule sets for this award (at most one per province and date). */
    ruleSets: z.array(ruleSet).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.criteria.length === 0 && !a.criteriaNote?.toLowerCase().includes(NO_CRITERIA_PHRASE)) {
      ctx.addIssue({ code: 'custom', message: `mục chưa có tiêu chí phải có criteriaNote chứa cụm "${NO_CRITERIA_PHRASE}"`, path: ['criteriaNote'] });
    }
  });

export type Award = z.infer<typeof awardSchema>;
