/**
 * The input profile of the eligibility check (contract: docs/eligibility-cli.md) and
 * its validation. Unknown fields and impossible values are errors; the messages name the profile
 * index, the field path and what is expected, in Vietnamese.
 *
 * Zod (`astro/zod`), no Node imports. The browser imports only its types (erased), never this
 * module's values: see validate.ts for the entry points.
 */
import { z } from 'astro/zod';
import {
  ACHIEVEMENT_KINDS,
  AWARD_TYPES,
  INITIATIVE_KINDS,
  RATINGS,
  SCOPES,
  SECTORS,
  isoDate,
  type AwardSubject,
} from '../../schemas/award';
import { DISCIPLINE_LEVEL, SUBJECT, countsAboveMembers } from '../vocabulary';
import { parseProvince, provinceError } from '../provinces';
import type { Registry } from './registry';
import { excerpt } from './json-input';
import { expectedWords, formatPath, valueAt, valueWords } from '../issue-words';

import { MAX_YEAR, MIN_YEAR } from './years';

export { MAX_YEAR, MIN_YEAR };

/** Disciplinary measures (hình thức kỷ luật) a profile can state; "khac" for any other. */
export const DISCIPLINE_LEVELS = DISCIPLINE_LEVEL.ids;

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const oneOf = (values: readonly string[]) => ({ error: `phải là một trong: ${list(values)}` });

const year = z.int({ error: `phải là một năm (số nguyên) từ ${MIN_YEAR} đến ${MAX_YEAR}` }).min(MIN_YEAR, {
  error: `phải là một năm từ ${MIN_YEAR} trở đi`,
}).max(MAX_YEAR, { error: `phải là một năm không quá ${MAX_YEAR}` });

/**
 * A date of the profile: a real calendar day whose year is within the format's bounds. With four-digit
 * years the engine's YYYY-MM-DD comparisons are date comparisons; "9999-07-01" is a typo, refused.
 */
const profileDate = isoDate.refine((d) => Number(d.slice(0, 4)) >= MIN_YEAR && Number(d.slice(0, 4)) <= MAX_YEAR, {
  error: (issue) => `năm của ngày phải từ ${MIN_YEAR} đến ${MAX_YEAR}; đang là "${String(issue.input)}"`,
});

/** A province, by slug ("bac-ninh") or Vietnamese name ("Bắc Ninh"); which rules apply is the engine's concern. */
/**
 * Fields the contract lists that the handbook refuses, with the reason and the fix
 * (docs/eligibility-cli.md, project note). `sickLeaveDays`: no rule in force weighs sick leave
 * (legal-facts.md: UNCONFIRMED; the 40-day rule of TT 12/2019/TT-BNV is superseded), so a value
 * would be accepted and silently ignored.
 */
const REFUSED_FIELDS: Record<string, string> = {
  sickLeaveDays:
    'không dùng được: chưa thấy quy định hiện hành nào (Nghị định 152/2025/NĐ-CP, Thông tư 15/2025/TT-BNV) tính ngày nghỉ ốm khi xét danh hiệu, quy định cũ (nghỉ từ 40 ngày trở lên thì không xét, Thông tư 12/2019/TT-BNV) đã hết hiệu lực; bỏ trường này (thời gian thực tế làm việc ghi ở monthsWorked)',
};

const historyYear = z.strictObject({
  year,
  rating: z.enum(RATINGS, oneOf(RATINGS)).optional(),
  titles: z.array(z.string({ error: 'phải là mã danh hiệu (chuỗi), ví dụ "lao-dong-tien-tien"' })).optional(),
  monthsWorked: z.number({ error: 'phải là số tháng từ 0 đến 12' }).min(0, { error: 'phải là số tháng từ 0 đến 12' }).max(12, { error: 'phải là số tháng từ 0 đến 12' }).optional(),
  maternityLeaveMonths: z.number({ error: 'phải là số tháng từ 0 đến 12' }).min(0, { error: 'phải là số tháng từ 0 đến 12' }).max(12, { error: 'phải là số tháng từ 0 đến 12' }).optional(),
});

const initiative = z.strictObject({
  id: z.string({ error: 'phải là một nhãn (chuỗi), duy nhất trong hồ sơ, ví dụ "sk-1"' }).min(1, { error: 'không được để trống' }),
  year,
  kind: z.enum(INITIATIVE_KINDS, oneOf(INITIATIVE_KINDS)),
  level: z.enum(SCOPES, oneOf(SCOPES)),
  usedFor: z.array(z.string({ error: 'phải là chuỗi dạng "MÃ_DANH_HIỆU:NĂM", ví dụ "chien-si-thi-dua-co-so:2025"' })).optional(),
});

const awardReceived = z.strictObject({
  award: z.string({ error: 'phải là mã hình thức khen thưởng, ví dụ "bang-khen-bo-nganh-tinh"' }),
  year,
  type: z.enum(AWARD_TYPES, oneOf(AWARD_TYPES)).default('cong-trang'),
});

const achievement = z.strictObject({
  kind: z.enum(ACHIEVEMENT_KINDS, oneOf(ACHIEVEMENT_KINDS)),
  year,
  scope: z.enum(SCOPES, oneOf(SCOPES)),
});

const discipline = z.strictObject({
  level: z.enum(DISCIPLINE_LEVELS, oneOf(DISCIPLINE_LEVELS)),
  from: profileDate,
  to: profileDate.optional(),
});

const count = z.int({ error: 'phải là số người (số nguyên không âm)' }).min(0, { error: 'phải là số người (số nguyên không âm)' });

const collective = z.strictObject({
  rating: z.enum(RATINGS, oneOf(RATINGS)).optional(),
  members: z.int({ error: 'phải là tổng số thành viên (số nguyên từ 1)' }).min(1, { error: 'phải là tổng số thành viên (số nguyên từ 1)' }).optional(),
  laoDongTienTien: count.optional(),
  chienSiThiDuaCoSo: count.optional(),
  completedTasks: count.optional(),
  disciplinedWarningOrAbove: count.optional(),
});

const pending = z
  .strictObject({
    disciplineReview: z.boolean({ error: 'phải là true hoặc false' }).default(false),
    investigation: z.boolean({ error: 'phải là true hoặc false' }).default(false),
    complaint: z.boolean({ error: 'phải là true hoặc false' }).default(false),
  })
  .default({ disciplineReview: false, investigation: false, complaint: false });

const SUBJECTS = ['individual', 'collective'] as const;

const baseProfile = z.strictObject({
  award: z.string({ error: 'phải là mã danh hiệu hoặc hình thức khen thưởng (chuỗi), ví dụ "chien-si-thi-dua-co-so"' }),
  year,
  subject: z.enum(SUBJECTS, oneOf(SUBJECTS)).default('individual'),
  sector: z.enum(SECTORS, oneOf(SECTORS)).default('civil-service'),
  // A slug or a Vietnamese name, kept as the slug (src/lib/provinces.ts).
  province: z
    .string({ error: 'phải là tên hoặc mã tỉnh, thành phố (chuỗi), ví dụ "bac-ninh" hoặc "Bắc Ninh"' })
    .max(60, { error: 'tối đa 60 ký tự: ghi mã hoặc tên tỉnh, ví dụ "bac-ninh" hoặc "Bắc Ninh"' })
    .transform((v, ctx) => {
      const found = parseProvince(v);
      if (!found) ctx.addIssue({ code: 'custom', message: provinceError(v) });
      return found?.slug ?? v;
    })
    .optional(),
  joinedOn: profileDate.optional(),
  history: z.array(historyYear, { error: 'phải là một danh sách (mảng) các năm' }).optional(),
  initiatives: z.array(initiative, { error: 'phải là một danh sách (mảng), có thể rỗng' }).optional(),
  awards: z.array(awardReceived, { error: 'phải là một danh sách (mảng), có thể rỗng' }).optional(),
  achievements: z.array(achievement, { error: 'phải là một danh sách (mảng), có thể rỗng' }).optional(),
  discipline: z.array(discipline, { error: 'phải là một danh sách (mảng), có thể rỗng' }).optional(),
  pending,
  collective: collective.optional(),
});

export type Profile = z.infer<typeof baseProfile>;
export type HistoryYear = z.infer<typeof historyYear>;
export type Initiative = z.infer<typeof initiative>;
export type Discipline = z.infer<typeof discipline>;

/** The id nearest to a mistyped one (edit distance at most 3), to suggest a fix. */
function closest(input: string, ids: string[]): string | null {
  if (input.length > 80) return null; // no id is that long; the distance would cost seconds on megabytes
  const dist = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = tmp;
      }
    }
    return row[b.length];
  };
  let best: string | null = null;
  let bestD = 4;
  for (const id of ids) {
    const d = dist(input, id);
    if (d < bestD) [best, bestD] = [id, d];
  }
  return best;
}

/** The award subject of a profile ("individual" → "ca-nhan"). */
export function profileSubject(p: Pick<Profile, 'subject'>): AwardSubject {
  return SUBJECT.fromCli(p.subject) ?? 'ca-nhan';
}

const SUBJECT_VI = SUBJECT.short;

/**
 * The profile schema for a registry: award ids, titles and awards received must be known, and the
 * cross-field rules hold (no duplicate years or initiative ids, counts not above the members…).
 */
export function profileSchema(registry: Registry) {
  return baseProfile.superRefine((p, ctx) => {
    const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const award = registry.get(p.award);
    const subject = profileSubject(p);
    if (!award) {
      const near = closest(p.award, registry.ids());
      add(['award'], `mã "${excerpt(p.award)}" không có trong danh mục khen thưởng; ${near ? `có phải "${near}"? ` : ''}xem danh sách mã trong docs/eligibility.md (ví dụ "lao-dong-tien-tien", "chien-si-thi-dua-co-so", "bang-khen-bo-nganh-tinh")`);
    } else if (award.subject.length && !award.subject.includes(subject)) {
      const forWhom = award.subject.map((s) => SUBJECT_VI[s]).join(', ');
      const fix = award.subject.includes('tap-the') ? 'đặt "subject": "collective"' : award.subject.includes('ca-nhan') ? 'đặt "subject": "individual"' : 'định dạng hồ sơ hiện chưa hỗ trợ hộ gia đình';
      add(['subject'], `"${award.name}" dành cho ${forWhom}, không dành cho ${SUBJECT_VI[subject]}; ${fix}`);
    }
    if (p.subject === 'collective' && !p.collective) {
      add(['collective'], 'bắt buộc khi "subject" là "collective": ghi số liệu của tập thể cho năm xét (rating, members, laoDongTienTien…)');
    }
    if (p.subject === 'individual' && p.collective) {
      add(['collective'], 'chỉ dùng khi "subject" là "collective"; bỏ trường này hoặc đặt "subject": "collective"');
    }
    if (p.collective) {
      for (const f of countsAboveMembers(p.collective)) add(['collective', f], `không thể lớn hơn tổng số thành viên (members = ${p.collective.members}); đang là ${p.collective[f]}`);
    }
    const afterYear = (path: (string | number)[], y: number) =>
      y > p.year && add(path, `năm ${y} sau năm xét ${p.year}: hồ sơ xét thành tích năm ${p.year} chỉ dùng thông tin đến hết năm ${p.year}; bỏ mục này hoặc sửa năm`);
    const seenYears = new Map<number, number>();
    (p.history ?? []).forEach((h, i) => {
      // The collective's rating for the proposal year given twice with two values: a contradiction
      // the user must resolve; the engine never settles it by taking one of them.
      if (p.collective?.rating && h.year === p.year && h.rating && h.rating !== p.collective.rating) {
        add(['history', i, 'rating'], `mâu thuẫn với collective.rating ("${p.collective.rating}"): cả hai là xếp loại của tập thể năm ${p.year}; ghi một lần, ở collective.rating`);
      }
      if (seenYears.has(h.year)) add(['history', i, 'year'], `năm ${h.year} đã có ở history[${seenYears.get(h.year)}]; mỗi năm chỉ ghi một lần`);
      seenYears.set(h.year, i);
      afterYear(['history', i, 'year'], h.year);
      const months = (h.monthsWorked ?? 0) + (h.maternityLeaveMonths ?? 0);
      if (months > 12 && (h.monthsWorked ?? 0) <= 12 && (h.maternityLeaveMonths ?? 0) <= 12) add(['history', i, 'monthsWorked'], `monthsWorked + maternityLeaveMonths không thể quá 12 tháng trong một năm; đang là ${months}`);
      const seenTitles = new Set<string>();
      (h.titles ?? []).forEach((t, j) => {
        const title = registry.get(t);
        if (!title || title.kind !== 'danh-hieu-thi-dua') {
          add(['history', i, 'titles', j], `"${excerpt(t)}" không phải mã danh hiệu thi đua trong danh mục; ví dụ "lao-dong-tien-tien", "chien-si-thi-dua-co-so"${title ? ' (hình thức khen thưởng ghi ở "awards")' : ''}`);
        } else if (!title.subject.includes(subject)) {
          add(['history', i, 'titles', j], `"${title.name}" không phải danh hiệu dành cho ${SUBJECT_VI[subject]}`);
        }
        if (seenTitles.has(t)) add(['history', i, 'titles', j], `danh hiệu "${excerpt(t)}" ghi hai lần trong cùng năm`);
        seenTitles.add(t);
      });
    });
    const seenIds = new Map<string, number>();
    (p.initiatives ?? []).forEach((it, i) => {
      if (seenIds.has(it.id)) add(['initiatives', i, 'id'], `nhãn "${excerpt(it.id)}" đã dùng ở initiatives[${seenIds.get(it.id)}]; mỗi sáng kiến, đề tài một nhãn riêng`);
      seenIds.set(it.id, i);
      afterYear(['initiatives', i, 'year'], it.year);
      (it.usedFor ?? []).forEach((u, j) => {
        const m = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d{4})$/.exec(u);
        if (!m) {
          add(['initiatives', i, 'usedFor', j], `phải có dạng "MÃ_DANH_HIỆU:NĂM", ví dụ "chien-si-thi-dua-co-so:2025"; đang là "${excerpt(u)}"`);
        } else if (!registry.get(m[1])) {
          add(['initiatives', i, 'usedFor', j], `mã "${excerpt(m[1])}" không có trong danh mục khen thưởng`);
        } else if (Number(m[2]) < MIN_YEAR || Number(m[2]) > MAX_YEAR) {
          add(['initiatives', i, 'usedFor', j], `năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`);
        } else afterYear(['initiatives', i, 'usedFor', j], Number(m[2]));
      });
    });
    (p.awards ?? []).forEach((a, i) => {
      afterYear(['awards', i, 'year'], a.year);
      const received = registry.get(a.award);
      if (!received) add(['awards', i, 'award'], `mã "${excerpt(a.award)}" không có trong danh mục khen thưởng; ví dụ "bang-khen-bo-nganh-tinh", "giay-khen"`);
      else if (received.kind !== 'hinh-thuc-khen-thuong') add(['awards', i, 'award'], `"${received.name}" là danh hiệu thi đua: ghi ở history[].titles của năm được tặng, không ghi ở "awards"`);
    });
    (p.achievements ?? []).forEach((a, i) => afterYear(['achievements', i, 'year'], a.year));
    (p.discipline ?? []).forEach((d, i) => {
      if (d.to && d.to < d.from) add(['discipline', i, 'to'], `ngày hết thời hạn kỷ luật (${d.to}) phải sau ngày bắt đầu (${d.from})`);
    });
  });
}

/** The schema of each registry, built once: building one costs more than checking a profile (a list streams millions). */
const schemas = new WeakMap<Registry, ReturnType<typeof profileSchema>>();
function schemaFor(registry: Registry): ReturnType<typeof profileSchema> {
  let schema = schemas.get(registry);
  if (!schema) schemas.set(registry, (schema = profileSchema(registry)));
  return schema;
}

/** One validation problem: which profile, which field, what is expected. */
export interface ProfileIssue {
  /** Index of the profile in the input (0 for a single object). */
  index: number;
  /** Field path, e.g. "history[1].monthsWorked" ("" for the whole profile). */
  path: string;
  /** What is expected, in Vietnamese. */
  message: string;
}

/** "là 13", "là một danh sách", "bị thiếu": what a value is, after "đang". */
const describe = (value: unknown) => (value === undefined ? 'bị thiếu' : `là ${valueWords(value, 'json')}`);

/** Vietnamese messages for the generic issues a field has no message of its own for. */
function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'trường bắt buộc bị thiếu';
      return `phải là ${expectedWords(issue.expected, 'json')}; đang ${describe(input)}`;
    case 'unrecognized_keys':
      return 'không có trong đặc tả hồ sơ';
    default:
      return issue.message;
  }
}

export type ValidationResult = { ok: true; profiles: Profile[] } | { ok: false; issues: ProfileIssue[] };

/**
 * Validates one profile or an array of profiles. Every issue of every profile is reported, up to
 * `maxIssues` (the command stops there: a list of bad profiles must be refused fast). Values
 * are echoed in messages so the user sees what to change ("đang là 13").
 */
export function validateProfiles(input: unknown, registry: Registry, maxIssues = Infinity): ValidationResult {
  const schema = schemaFor(registry);
  const items = Array.isArray(input) ? input : [input];
  if (Array.isArray(input) && input.length === 0) {
    return { ok: false, issues: [{ index: 0, path: '', message: 'danh sách hồ sơ rỗng: cần ít nhất một hồ sơ' }] };
  }
  const issues: ProfileIssue[] = [];
  const profiles: Profile[] = [];
  items.forEach((item, index) => {
    if (issues.length >= maxIssues) return;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.push({ index, path: '', message: `mỗi hồ sơ phải là một đối tượng JSON { "award": …, "year": … }; đang ${describe(item)}` });
      return;
    }
    const r = schema.safeParse(item);
    if (r.success) {
      profiles.push(r.data);
      return;
    }
    for (const issue of r.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const message = REFUSED_FIELDS[key] ?? 'trường không có trong định dạng hồ sơ; bỏ trường này hoặc sửa tên cho đúng (xem docs/eligibility.md)';
          issues.push({ index, path: formatPath([...issue.path, excerpt(key)]), message });
        }
        continue;
      }
      const value = valueAt(item, issue.path);
      const isDefault = /^(Invalid|Too (big|small)|Unrecognized|Expected)/.test(issue.message);
      let message = isDefault ? issueMessage(issue, value) : issue.message;
      if (value === undefined && issue.code === 'invalid_type') {
        message = isDefault ? 'trường bắt buộc bị thiếu' : `trường bắt buộc bị thiếu; ${issue.message}`;
      } else if (value !== undefined && issue.code !== 'custom' && !message.includes('đang')) {
        message += `; đang ${describe(value)}`;
      }
      issues.push({ index, path: formatPath(issue.path), message });
    }
  });
  return issues.length ? { ok: false, issues } : { ok: true, profiles };
}

/** "Hồ sơ #1, trường history[0].monthsWorked: phải là số tháng từ 0 đến 12; đang là 13". */
export function formatIssue(issue: ProfileIssue): string {
  return issue.path ? `Hồ sơ #${issue.index}, trường ${issue.path}: ${issue.message}` : `Hồ sơ #${issue.index}: ${issue.message}`;
}
