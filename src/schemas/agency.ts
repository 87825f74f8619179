/**
 * The schema of an agency (cơ quan, tổ chức) or a group addressee ("các sở, ban, ngành"): one
 * YAML file under `content/co-quan/`, whose file name is the agency's stable ASCII id.
 *
 * No Astro imports, so unit tests validate the same files. Ids that point at other agencies
 * (parent, members, lineage successors) are plain strings here; src/lib/responsibilities/integrity.ts
 * checks that they resolve and the build stops with a message naming the file, field and fix.
 */
import { z } from 'astro/zod';
import { CONFIDENCE, inferable, partialDate } from './document';
import { AGENCY_KIND, AGENCY_LEVEL, LINEAGE_EVENT, type AgencyKind, type AgencyLevel } from '../lib/vocabulary';

/** Labels of the kinds of agency, the levels and the reorganisation events (src/lib/vocabulary.ts). */
export const AGENCY_KINDS = AGENCY_KIND.full;
export const AGENCY_LEVELS = AGENCY_LEVEL.full;
export const LINEAGE_EVENTS = LINEAGE_EVENT.full;
export type { AgencyKind, AgencyLevel };

/** Agency ids: lower-case ASCII words joined by hyphens, like the file name. */
export const AGENCY_ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const agencyId = z.string().regex(AGENCY_ID_RE, {
  error: 'phải là id của một tệp trong content/co-quan/ (chữ thường không dấu, số, gạch nối), ví dụ "so-noi-vu-ha-nam"',
});

const kindKeys = AGENCY_KIND.ids;
const levelKeys = AGENCY_LEVEL.ids;
const eventKeys = LINEAGE_EVENT.ids;

/**
 * One fact about the body's fate in a reorganisation: which body took over (if any), from what
 * date, on what legal basis, and how sure the handbook is. A fact shown by a source carries its
 * `source`; `confidence: unconfirmed` marks a fact no source shows, and the page says "chưa xác
 * minh". An unknown date or basis is null and the page says "chưa rõ": never filled in by guess.
 */
export const lineageSchema = z
  .strictObject({
    /** What happened: hop-nhat (merged into), doi-ten (became), chuyen-giao (its functions moved to), ket-thuc (abolished), sap-xep (affected, outcome unknown). */
    event: z.enum(eventKeys, { error: `event phải là một trong: ${eventKeys.join(', ')}` }),
    /** Id of the successor body, or null when there is none or it is not known. */
    successor: agencyId.nullable(),
    /** Date the successor took over (or the body ended), as precise as a source gives it; null when no source states it. */
    from: partialDate.nullable(),
    /** The legal basis in official form ("Nghị quyết 202/2025/QH15"); null when no source names it. */
    basis: z.string().min(5).nullable(),
    /** Id of the basis in content/van-ban/, when the handbook holds it (the page links to it). */
    basisDocument: z.string().regex(AGENCY_ID_RE).nullable().default(null),
    /** How sure the handbook is, per the reference sheets: high, med, low, unconfirmed. */
    confidence: z.enum(CONFIDENCE, { error: `confidence phải là một trong: ${CONFIDENCE.join(', ')}` }),
    /** The source: a seed file, a section of a fact sheet in sources/reference/, or a document id; null only when unconfirmed. */
    source: z.string().min(3).nullable(),
    /** One or two sentences in Vietnamese for the page: what is known and what is not. */
    note: z.string().min(10, { error: 'ghi một câu giải thích (điều đã biết, điều chưa rõ)' }),
  })
  .refine((l) => l.confidence === 'unconfirmed' || l.source !== null, {
    error: 'thông tin sắp xếp có độ tin cậy (confidence khác unconfirmed) phải có source. Sửa: ghi nguồn (ví dụ "002_a33a534af9abeb6b.txt" hoặc "legal-facts-turn2.md §3") hoặc đặt confidence: unconfirmed.',
    path: ['source'],
  })
  .refine((l) => l.event === 'ket-thuc' || l.event === 'sap-xep' || l.successor !== null, {
    error: 'hợp nhất, chuyển thành, chuyển giao phải nêu successor. Sửa: ghi id cơ quan kế tục, hoặc đổi event thành "sap-xep" nếu chưa rõ cơ quan kế tục.',
    path: ['successor'],
  });

/** An agency or a group of agencies. */
export const agencySchema = z
  .strictObject({
    /** Official name with its province, e.g. "Sở Nội vụ tỉnh Hà Nam". */
    name: z.string().min(3),
    /** Short name used on chips beside clauses, e.g. "Sở Nội vụ". */
    shortName: z.string().min(2),
    /** Other names, short forms and abbreviations users type ("Sở NV", "UBMTTQ", "HĐTĐKT"). */
    aliases: z.array(z.string().min(2)).default([]),
    /** Kind; see AGENCY_KINDS. A group addressee has kind "nhom". */
    kind: z.enum(kindKeys, { error: `kind phải là một trong: ${kindKeys.join(', ')}` }),
    /** Level; see AGENCY_LEVELS. */
    level: z.enum(levelKeys, { error: `level phải là một trong: ${levelKeys.join(', ')}` }),
    /**
     * Province of a provincial (or lower) body; null for national bodies. Written
     * `{ value, inferred }` where the source does not name the province.
     */
    province: inferable(z.string().min(2)).nullable(),
    /** Id of the body it belongs to (a Tỉnh ủy for its boards), when the source makes it clear. */
    parent: agencyId.nullable().default(null),
    /** Members of a group (ids of agencies or of other groups). Only for kind "nhom". */
    members: z.array(agencyId).default([]),
    /** Why these are the members: the source's words or the reasoning. Required when members are listed. */
    membersBasis: z.string().min(10).nullable().default(null),
    /** What became of the body in a reorganisation (renamed, merged, abolished). */
    lineage: z.array(lineageSchema).default([]),
    /** A short note for the page (for example "the source does not name the body"). */
    note: z.string().min(10).nullable().default(null),
    /**
     * True for an entry the importer (`npm run import`) proposed because a document names a body
     * the site did not hold; a person checks name, kind, level and parent, then removes the mark.
     */
    proposed: z.boolean().default(false),
  })
  .refine((a) => a.members.length === 0 || a.kind === 'nhom', {
    error: 'chỉ nhóm (kind: nhom) mới có members. Sửa: đổi kind thành "nhom" hoặc xóa members.',
    path: ['members'],
  })
  .refine((a) => a.members.length === 0 || a.membersBasis !== null, {
    error: 'nhóm có members phải có membersBasis. Sửa: ghi căn cứ xác định thành viên (lời văn bản hoặc lý do).',
    path: ['membersBasis'],
  })
  .refine((a) => (a.level === 'trung-uong') === (a.province === null) || a.kind === 'nhom', {
    error: 'cơ quan trung ương không có province; cơ quan cấp tỉnh trở xuống phải có province. Sửa: ghi province (ví dụ "Hà Nam") hoặc đặt level: trung-uong.',
    path: ['province'],
  });

