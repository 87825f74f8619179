/**
 * Draft tasks (nhiệm vụ) from an imported text: one per assignment, with the clause it sits in,
 * the bodies named and their roles, and each body matched to an agency of the site (by name,
 * short name, aliases, within the document's province) or proposed as a new agency.
 *
 * Heuristics (docs/importer.md): the subject of an assignment is the words before its first
 * verb ("Sở Nội vụ hướng dẫn …", "Giao Sở Nội vụ chủ trì, phối hợp với …", "Công an tỉnh: …"),
 * or the heading of its item ("1. Các sở, ban, ngành:"); a sentence without a subject inherits the
 * subject of the sentence before it in the same clause, and in a task-assignment part or a
 * directive, the addressees of the opening paragraph ("… yêu cầu các cấp ủy, chính quyền …").
 */
import { fold, foldWords, slugify } from '../vi';
import { anchorLabel } from '../outline';
import { ASSIGNMENT_HEADING_RE, walkParts, type Node, type PartNode, type Section } from './parse';

export interface AgencyRef {
  id: string;
  name: string;
  shortName: string;
  aliases: string[];
  kind: string;
  /** Province as a plain name, or null for central bodies. */
  province: string | null;
}

export interface ProposedAgency {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  level: string;
  province: string;
  /** The words of the text that named it. */
  seenAs: string;
}

export interface DraftResponsibility { agency: string; role: string; inferred?: string }
export interface DraftTask {
  id: string;
  anchor: string;
  summary: string;
  sourceText: string;
  basis: 'giao' | 'de-nghi' | 'mo-ta' | 'du-thao';
  responsibilities: DraftResponsibility[];
  cadence: string | null;
}

/** Words that end the name of a body: the verbs an assignment starts with. */
const VERBS = [
  'chu tri', 'phoi hop', 'tham muu', 'theo doi', 'kiem tra', 'giam sat', 'huong dan', 'to chuc', 'lanh dao', 'chi dao',
  'thuc hien', 'trien khai', 'co trach nhiem', 'chiu trach nhiem', 'can cu', 'phat huy', 'tiep tuc', 'xay dung', 'day manh',
  'mo chuyen', 'tang cuong', 'chap hanh', 'xac dinh', 'bam sat', 'can phai', 'can duoc', 'can phat huy', 'phai', 'chu trong', 'tong hop', 'xac nhan',
  'phan cong', 'la co quan', 'quyet dinh', 'xet', 'tham dinh', 'bao cao', 'don doc', 'ra soat', 'nghien cuu', 'bien soan',
  'tuyen truyen', 'ban hanh', 'de xuat', 'thuong xuyen', 'chi phat dong', 'phat dong', 'quan triet', 'nang cao', 'doi moi',
  'ky ket', 'gui ho so', 'cung cap', 'bo tri', 'dam bao', 'bao dam', 'kip thoi', 'tich cuc', 'chu dong', 'hoan thanh',
  'tap trung', 'uu tien', 'lua chon', 'su dung', 'thong tin', 'cap nhat', 'dang ky', 'hoan thien', 'bo sung', 'tiep thu', 'lam ro', 'lay', 'khuyen khich', 'tao dieu kien',
];
const VERB_RE = new RegExp(`(?:^| )(?:${VERBS.map((v) => v.replace(/ /g, ' ')).join('|')})(?= |$)`);
/** Words that open the name of a body the site may not hold yet. */
const HEAD_WORDS = /^(?:Công đoàn|Chi cục|Liên hiệp|Sở|Ban|Ủy ban|Uỷ ban|UBND|Hội đồng|Công an|Thanh tra|Thuế|Bảo hiểm xã hội|Đài|Báo(?! cáo)|Văn phòng|Phòng|Trung tâm|Liên đoàn|Hội|Tỉnh đoàn|Đoàn|Bộ|Cục|Kho bạc|Ngân hàng|Đảng ủy|Đảng uỷ|Đảng đoàn|Ban Cán sự|Tòa án|Viện|Bộ Chỉ huy)(?![\p{L}])/u;
const LEAD_RE = /^(?:Giao|Đề nghị|Yêu cầu)\s+/u;
/** A subject that names a body or a group ("Các cơ quan, đơn vị", "Sở …"), as opposed to "Phong trào thi đua". */
const HEAD_OR_GROUP = /^(?:Các|Mỗi|Từng)\s+(?:cơ quan|đơn vị|sở|ban|ngành|cấp|địa phương|tổ chức|doanh nghiệp|hội|đoàn)|^(?:Sở|Ban|Ủy ban|UBND|Hội đồng|Công an|Thanh tra|Văn phòng|Đảng ủy|Đảng đoàn|Cơ quan|Công đoàn|Phòng|Chi cục|Trung tâm|Hội)\s/iu;

interface Key { agency: AgencyRef; words: string[] }

/** Words after which a body's name may start. */
const LINK_WORDS = new Set(['va', 'cac', 'cua', 'voi', 'cung', 'cho', 've', 'den', 'tai', 'giao', 'nghi', 'cau', 'moi', 'tung', 'la', 'gom', 'do', 'giua', 'huong dan', 'chi dao', 'lanh dao', 'thi', 'trong', 'toi', 'len', 'trach nhiem', 'vai tro', 'uy ban']);

/**
 * Group addressees the site models for every province ("các sở, ban, ngành", "UBND các xã,
 * phường"): proposed for a province that has none yet.
 */
const GROUPS: { re: RegExp; id: string; name: string; level: string }[] = [
  { re: /các (?:sở, ban, ngành|ban, sở, ngành|sở, ngành)(?:, đoàn thể)?/iu, id: 'nhom-so-ban-nganh', name: 'Các sở, ban, ngành', level: 'tinh' },
  { re: /(?:Ủy ban nhân dân|UBND) các xã, phường/u, id: 'nhom-ubnd-xa-phuong', name: 'Ủy ban nhân dân các xã, phường', level: 'xa' },
  { re: /các cơ quan, đơn vị, địa phương/iu, id: 'nhom-co-quan-don-vi-dia-phuong', name: 'Các cơ quan, đơn vị, địa phương', level: 'cac-cap' },
  { re: /các cơ quan, đơn vị(?!, địa phương)/iu, id: 'nhom-co-quan-don-vi', name: 'Các cơ quan, đơn vị', level: 'cac-cap' },
  { re: /(?:các )?Cụm, Khối thi đua/iu, id: 'nhom-cum-khoi', name: 'Các cụm, khối thi đua', level: 'tinh' },
  { re: /Hội đồng Thi đua\s*[-–]\s*Khen thưởng (?:các cấp|cấp cơ sở|các cơ quan, đơn vị, địa phương)/u, id: 'nhom-hoi-dong-tdkt', name: 'Hội đồng Thi đua - Khen thưởng các cấp', level: 'cac-cap' },
  { re: /các tổ chức chính trị\s*-\s*xã hội/iu, id: 'nhom-to-chuc-ctxh', name: 'Các tổ chức chính trị - xã hội', level: 'tinh' },
];

/** Matches names of bodies in text against the site's agencies. */
export class AgencyMatcher {
  private keys: Key[];
  private rank: Map<Key, number>;
  private byFirstWord = new Map<string, Key[]>();
  constructor(agencies: AgencyRef[], private province: string | null) {
    // A provincial text names the province's own groups ("các sở, ban, ngành"); the nationwide
    // groups of the 2018 article are for texts without a province.
    const inScope = agencies.filter((a) => a.province === province || (a.province === null && !(province && a.kind === 'nhom')));
    const keys: Key[] = [];
    for (const a of inScope) {
      // "(cả nước)", "(tỉnh Hà Nam)" qualify a name for the site's lists; the text never prints them.
      const names = [a.name, a.shortName, ...a.aliases].map((n) => n.replace(/\s*\([^)]*\)/gu, '').trim());
      if (a.province) names.push(a.name.replace(new RegExp(`\\s+(?:tỉnh|thành phố)\\s+${a.province}$`, 'u'), ''));
      for (const n of new Set(names)) {
        const words = fold(n).replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
        if (words.length) keys.push({ agency: a, words });
      }
    }
    // Longer names first; on a tie the province's own body before a national one.
    this.keys = keys.sort((x, y) => y.words.length - x.words.length || Number(y.agency.province !== null) - Number(x.agency.province !== null) || x.agency.id.localeCompare(y.agency.id));
    this.rank = new Map(this.keys.map((key, n) => [key, n]));
    for (const key of this.keys) {
      const list = this.byFirstWord.get(key.words[0]) ?? [];
      list.push(key);
      this.byFirstWord.set(key.words[0], list);
    }
  }

  /**
   * Every agency named in a phrase, longest names first, without overlaps. A name starts the
   * phrase or follows a separator or a linking word (",", "và", "các", "của", "với" …), so
   * "người đứng đầu cơ quan, đơn vị" is one body, not also "cơ quan, đơn vị".
   */
  findAll(phrase: string): { agency: AgencyRef; text: string }[] {
    const tokens = fold(phrase).replace(/[^a-z0-9,;:]+/g, ' ').replace(/([,;:])/g, ' $1 ').trim().split(/\s+/).filter(Boolean);
    const isSep = (t: string) => t === ',' || t === ';' || t === ':';
    // Every place a name matches, then the longest first without overlaps (as if keys were tried longest first).
    const hits: { key: Key; from: number; to: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (isSep(tokens[i])) continue;
      const before = tokens[i - 1];
      if (i > 0 && !isSep(before) && !LINK_WORDS.has(before) && !(i > 1 && LINK_WORDS.has(`${tokens[i - 2]} ${before}`))) continue;
      for (const k of this.byFirstWord.get(tokens[i]) ?? []) {
        let j = i;
        let ok = true;
        for (const w of k.words) {
          while (j < tokens.length && isSep(tokens[j])) j++;
          if (j >= tokens.length || tokens[j] !== w) { ok = false; break; }
          j++;
        }
        if (ok) hits.push({ key: k, from: i, to: j });
      }
    }
    hits.sort((a, b) => this.rank.get(a.key)! - this.rank.get(b.key)! || a.from - b.from);
    const used = new Array(tokens.length).fill(false);
    const found: { agency: AgencyRef; at: number; text: string }[] = [];
    for (const h of hits) {
      if (used.slice(h.from, h.to).some(Boolean)) continue;
      for (let x = h.from; x < h.to; x++) used[x] = true;
      if (!found.some((f) => f.agency.id === h.key.agency.id)) found.push({ agency: h.key.agency, at: h.from, text: h.key.words.join(' ') });
    }
    return found.sort((a, b) => a.at - b.at).map(({ agency, text }) => ({ agency, text }));
  }

}

const PERSON_RE = /^(?:Phó\s|Trưởng\s|Chủ tịch\s|Giám đốc\s|Bí thư\s|Đồng chí\s|Ông\s|Bà\s|Chánh\s)/u;
const VERB_AT_START = new RegExp(`^(?:${VERBS.join('|')})(?= |$)`);
/** Words after which a "verb" is part of a name ("Ban xây dựng Đảng", "Ủy ban Kiểm tra"). */
const NAME_WORDS = new Set(['ban', 'so', 'phong', 'cuc']);
/** "tổ chức" as a noun: "tổ chức đảng", "tổ chức chính trị - xã hội", "tổ chức thành viên". */
const NOUN_TO_CHUC = /^to chuc (?:dang|chinh tri|thanh vien|xa hoi|doan the|hoi|co so)/;

/** The subject of a sentence: the words before its first verb (or before ":"), or null. */
export function subjectOf(sentence: string): { subject: string; rest: string; lead: string } | null {
  const lead = sentence.match(LEAD_RE)?.[0] ?? '';
  let s = sentence.slice(lead.length);
  // An opening adverbial ("Trong quá trình triển khai thực hiện, …") is not the subject.
  const adverbial = s.match(/^(?:Trong|Khi|Sau khi|Đối với)\s[^,]{3,80},\s*/u);
  if (adverbial) s = s.slice(adverbial[0].length);
  const capital = adverbial ? /^\p{L}/u : /^\p{Lu}/u;
  const colon = s.match(/^([^:;.]{3,120}):\s*(.*)$/u);
  // A person speaking ("Phó Chủ tịch UBND tỉnh …") is not a body the text assigns.
  // …unless the office is given a duty ("Chánh Văn phòng …, Giám đốc Sở … chịu trách nhiệm thi hành").
  if (PERSON_RE.test(s) && !/(?:chịu|có) trách nhiệm/u.test(s)) {
    // "… đề nghị / yêu cầu Sở Nội vụ tiếp thu …": the body asked is the subject.
    const asked = s.match(/\s(?:yêu cầu|đề nghị)\s+(\p{Lu}.*)$/u);
    return asked ? subjectOf(asked[1]) : null;
  }
  if (colon && /^\p{Lu}/u.test(colon[1]) && !VERB_AT_START.test(foldWords(colon[1]))) return { subject: colon[1], rest: colon[2], lead };
  const words = s.split(/\s+/);
  if (VERB_AT_START.test(foldWords(s))) return null;
  // "…, Phó Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ tiếp thu …": the body asked is the subject.
  const askedLater = s.match(/\s(?:yêu cầu|đề nghị)\s+((?:Sở|Ban|Ủy ban|UBND|Hội đồng|Công an|Văn phòng)\s.*)$/u);
  if (askedLater && !lead) return subjectOf(askedLater[1]);
  for (let n = 1; n < Math.min(words.length, 32); n++) {
    // A modal before the verb ("cần hoàn thiện", "phải bám sát") belongs to the predicate.
    const folded = foldWords(words.slice(n).join(' '));
    const tail = VERB_AT_START.test(folded) ? folded : folded.replace(/^(?:can|phai|se|deu) (?=\S)/, '');
    if (!VERB_AT_START.test(tail) || NOUN_TO_CHUC.test(tail)) continue;
    // "Ban xây dựng Đảng": a verb between a head word and a capital is part of a name.
    if (/^\p{Lu}/u.test(words[n]) || (NAME_WORDS.has(foldWords(words[n - 1])) && /^\p{Lu}/u.test(words[n + 2] ?? ''))) continue;
    const subject = words.slice(0, n).join(' ').replace(/[,;]\s*$/u, '');
    if (!capital.test(subject)) return null;
    // "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai …": the bodies asked do the work.
    const asks = subject.match(/^(.+?)\s+(đề nghị|yêu cầu|giao)\s+(\p{L}.*)$/u);
    if (asks) {
      const inner = subjectOf(`${asks[3]} ${words.slice(n).join(' ')}`.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi')));
      if (inner) return { ...inner, subject: `${asks[3].charAt(0)}${inner.subject.slice(1)}`, lead: asks[2] === 'đề nghị' ? 'Đề nghị ' : lead };
    }
    return { subject, rest: words.slice(n).join(' '), lead };
  }
  return null;
}

/** Names of bodies in a subject that match no agency and look like a body's name ("Sở Văn hóa, Thể thao và Du lịch"). */
export function unknownBodies(subject: string, matched: string[]): string[] {
  const out: string[] = [];
  // Split on separators, keeping "Sở Văn hóa, Thể thao và Du lịch" whole (a comma followed by a capitalised non-head word).
  const pieces: string[] = [];
  const offices = '(?:Giám đốc|Thủ trưởng|Chủ tịch|Chánh|Trưởng|Thành viên|Phó Giám đốc|Phó Chủ tịch)\\s';
  const heads = '(?:Sở|Ban|Ủy ban|Uỷ ban|UBND|Hội đồng|Công an|Thanh tra|Thuế|Bảo hiểm|Đài|Báo|Văn phòng|Phòng|Hội|Đoàn|Liên đoàn|Tỉnh đoàn|Đảng ủy|Đảng đoàn|Trung tâm|Kho bạc|Công đoàn|Chi cục)(?![\\p{L}])';
  const separator = new RegExp(`\\s*;\\s*|,\\s*(?=${heads}|${offices}|\\p{Ll}|\\p{Lu}{2})|\\s+và\\s+(?=${heads}|${offices})`, 'u');
  for (const raw of subject.split(separator)) pieces.push(raw.trim());
  for (const piece of pieces) {
    // "Giám đốc Sở Nội vụ", "Thành viên Hội đồng …", "Chủ tịch Ủy ban nhân dân …": the body is what follows the office.
    const p = piece.replace(/^(?:Thành viên|Giám đốc|Thủ trưởng|Chủ tịch|Chánh|Trưởng|Phó Chủ tịch|Phó Giám đốc)\s+(?=\p{Lu})/u, '');
    if (!HEAD_WORDS.test(p)) continue;
    // A body's name goes on in capitals ("Hội đồng Thi đua", "Sở Y tế") or ends with its level
    // ("Công an tỉnh"); "Hội đồng hoạt động theo …" is a sentence about a body already named.
    const after = p.replace(HEAD_WORDS, '').trim();
    if (after && !/^\p{Lu}/u.test(after) && !/^(?:tỉnh|thành phố|xã|phường|cấp tỉnh|cấp xã)$/u.test(after)) continue;
    const name = nameOnly(p);
    if (/\d/.test(name) || name.split(/\s+/).length > 12) continue;
    const f = fold(name).replace(/[^a-z0-9]+/g, ' ').trim();
    if (matched.some((m) => f.includes(m) || m.includes(f))) continue;
    out.push(name.replace(/^các\s+/iu, ''));
  }
  return out;
}

/**
 * The name in a phrase that starts with one ("Ban Thường vụ Tỉnh ủy xem xét" → "Ban Thường vụ Tỉnh
 * ủy"): a capitalised syllable may take one lower-case syllable ("Nội vụ", "Tỉnh ủy"); "và", "-",
 * level words ("tỉnh", "xã") and "xã hội" go on; any other lower-case word ends the name.
 */
export function nameOnly(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    const prev = kept.at(-1);
    const ok = /^\p{Lu}/u.test(w) || /^[-–]$/u.test(w) || /^(?:và|tỉnh|thành|phố|xã|phường|hội|cấp|nhân|dân)$/u.test(w) || (prev !== undefined && /^\p{Lu}/u.test(prev));
    if (!ok) break;
    kept.push(w);
  }
  return kept.join(' ').replace(/[,;:]$/u, '').replace(/\s+(?:và|[-–])$/u, '');
}

function roleOf(rest: string): string {
  const f = fold(rest).replace(/[^a-z0-9 ]+/g, ' ').trim();
  if (/^chu tri/.test(f) || /phoi hop voi/.test(f.split(' ').slice(0, 6).join(' '))) return 'chu-tri';
  if (/^tham muu/.test(f)) return 'tham-muu';
  if (/^(?:theo doi|kiem tra|giam sat|don doc)/.test(f)) return 'theo-doi';
  return 'thuc-hien';
}

function guessKind(name: string): { kind: string; level: string } {
  const level = /(?<![\p{L}])(?:xã|phường)(?![\p{L}])/u.test(name) ? 'xa' : 'tinh';
  if (/^(?:Ban .*Tỉnh ủy|Đảng ủy|Đảng uỷ|Đảng đoàn|Ban Cán sự)/u.test(name)) return { kind: /^Ban /u.test(name) ? 'co-quan-dang' : 'cap-uy', level };
  if (/^Hội đồng/u.test(name)) return { kind: 'hoi-dong', level };
  if (/^(?:Báo|Đài)/u.test(name)) return { kind: 'bao-chi', level };
  if (/^(?:Hội|Liên đoàn|Tỉnh đoàn|Đoàn|Ủy ban Mặt trận)/u.test(name)) return { kind: 'mat-tran-doan-the', level };
  return { kind: 'co-quan-nha-nuoc', level };
}

interface Unit { anchor: string; text: string; parents: PartNode[]; part: PartNode | null }

function unitsOf(nodes: Node[], parents: PartNode[], out: Unit[]): void {
  for (const n of nodes) {
    if (n.type === 'part') unitsOf(n.children, [...parents, n], out);
    else if (n.type === 'para' || n.type === 'dash' || n.type === 'plus') {
      const part = parents.at(-1) ?? null;
      if (part) out.push({ anchor: part.id, text: n.text, parents, part });
    }
  }
}

/** Splits a paragraph into sentences (". " followed by a capital) and clauses ("; "). */
function sentences(text: string): string[] {
  // "; tăng cường …" starts a new clause; "; cơ quan, đơn vị tham mưu …" goes on listing bodies.
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .flatMap((sentence) => {
      const parts = sentence.split(/(?<=;)\s+/u);
      const out: string[] = [];
      for (const p of parts) {
        if (out.length && !VERB_AT_START.test(foldWords(p))) out[out.length - 1] += ` ${p}`;
        else out.push(p);
      }
      return out;
    })
    .filter((s) => s.trim());
}

export interface TaskResult {
  tasks: DraftTask[];
  matched: Map<string, AgencyRef>;
  proposed: Map<string, ProposedAgency>;
  unmatched: string[];
}

/** Draft tasks from the main section of a document. */
export function extractTasks(
  section: Section,
  matcher: AgencyMatcher,
  options: { docId: string; province: string | null; kind: string; press: boolean; provinceUnit?: 'tỉnh' | 'thành phố' },
): TaskResult {
  const tasks: DraftTask[] = [];
  const matched = new Map<string, AgencyRef>();
  const proposed = new Map<string, ProposedAgency>();
  const unmatched: string[] = [];
  const prefix = options.docId.split('-').filter((w) => !/^(ke|hoach|chi|thi|quyet|dinh|kh|ubnd|qd|tu|ct)$/.test(w)).slice(0, 3).join('-') || 'vb';

  const bodiesIn = (phrase: string): string[] => {
    const found = matcher.findAll(phrase);
    for (const f of found) matched.set(f.agency.id, f.agency);
    const ids = found.map((f) => f.agency.id);
    const province = options.province;
    // "tỉnh Nghệ An", or "thành phố Đà Nẵng" for a city under central authority.
    const label = `${options.provinceUnit ?? 'tỉnh'} ${province}`;
    if (province) {
      for (const name of unknownBodies(phrase, found.map((f) => f.text))) {
        const clean = new RegExp(province, 'u').test(name) ? name : `${name.replace(/\s+(?:tỉnh|thành phố)$/u, '')} ${label}`;
        const id = slugify(`${name.replace(/^Ủy ban nhân dân tỉnh$/u, 'UBND tỉnh').replace(/^(?!UBND tỉnh$)(.*)\s+tỉnh$/u, '$1')} ${province}`);
        if (!proposed.has(id)) proposed.set(id, { id, name: clean, shortName: name, ...guessKind(name), province, seenAs: name });
        if (!ids.includes(id)) ids.push(id);
      }
      for (const g of GROUPS) {
        const m = phrase.match(g.re);
        if (!m || matcher.findAll(m[0]).length) continue;
        const id = `${g.id}-${slugify(province)}`;
        if (!proposed.has(id)) proposed.set(id, { id, name: `${g.name} ${label}`, shortName: g.name, kind: 'nhom', level: g.level, province, seenAs: m[0] });
        if (!ids.includes(id)) ids.push(id);
      }
    } else {
      for (const name of unknownBodies(phrase, found.map((f) => f.text))) unmatched.push(name);
    }
    return ids;
  };

  // Addressees of the opening paragraph of a directive ("… yêu cầu các cấp ủy …, các ban, sở, ngành … thực hiện").
  let defaults: { ids: string[]; reason: string } | null = null;
  for (const n of section.body) {
    if (n.type === 'part') break;
    if (n.type === 'para') {
      const m = n.text.match(/(?:yêu cầu|đề nghị|giao)\s+(.+?)\s+(?:thực hiện|triển khai|tập trung)/u);
      if (m) {
        const ids = bodiesIn(m[1]);
        if (ids.length) defaults = { ids, reason: `Câu không nêu chủ thể; lời dẫn của văn bản yêu cầu ${m[1]} thực hiện.` };
      }
    }
  }
  const units: Unit[] = [];
  unitsOf(section.body, [], units);
  // In a plan, the first item of the assignment part that names a group is the default addressee.
  if (!defaults) {
    for (const p of walkParts(section.body)) {
      if (p.parents.some((x) => ASSIGNMENT_HEADING_RE.test(x.ten ?? '')) && p.part.ten && /:$/.test(p.part.ten)) {
        const ids = bodiesIn(p.part.ten.replace(/:$/, ''));
        if (ids.length) { defaults = { ids, reason: `Câu không nêu chủ thể; ${p.part.so.replace(/\.$/, '')} của phần tổ chức thực hiện giao ${p.part.ten.replace(/:$/, '').toLocaleLowerCase('vi')} tổ chức thực hiện.` }; break; }
      }
    }
  }
  // Otherwise the first subject made only of groups ("Cấp ủy, chính quyền các cấp …") is the plan's addressee.
  // Otherwise the first subject made only of groups ("Cấp ủy, chính quyền các cấp …", "Các cơ quan,
  // đơn vị …") is the plan's addressee.
  if (!defaults && !options.press && !['quyet-dinh', 'quy-dinh', 'luat', 'nghi-dinh', 'thong-tu'].includes(options.kind)) {
    for (const u of units) {
      const subj = subjectOf(sentences(u.text)[0] ?? '');
      if (!subj) continue;
      const ids = bodiesIn(subj.subject);
      const isGroup = (id: string) => (matched.get(id)?.kind ?? (proposed.get(id)?.kind)) === 'nhom';
      if (ids.length && ids.every(isGroup)) {
        defaults = { ids, reason: `Câu không nêu chủ thể; văn bản giao việc chung cho ${subj.subject.toLocaleLowerCase('vi')} (${anchorLabel(u.anchor).toLocaleLowerCase('vi')}).` };
        break;
      }
    }
  }

  const seen = new Map<string, number>();
  /** Subjects that name a body or group the importer could not match: reported, never guessed. */
  const unmatchedSubjects: string[] = [];
  // A subject carries to the following sentences of its paragraph; the subject that opens a
  // clause carries to the clause's later paragraphs that have none.
  const clauseSubject = new Map<string, { ids: string[]; reason: string } | null>();
  for (const u of units) {
    const inAssignment = u.parents.some((p) => ASSIGNMENT_HEADING_RE.test(p.ten ?? '')) && !/^thời gian/iu.test([...u.parents].reverse().find((p) => p.ten)?.ten ?? '');
    const inDutiesPart = inAssignment || u.parents.some((p) => /^(?:các\s+)?(?:nhiệm vụ|giải pháp)/iu.test(p.ten ?? '')) || (options.kind === 'chi-thi' && !u.parents.some((p) => p.tag === 'Phan')) || options.kind === 'bai-viet';
    // An item headed by a body ("1. Các sở, ban, ngành:", "3. Sở Khoa học và Công nghệ") assigns its text to it.
    const headingSubject = [...u.parents].reverse().find(
      (p) => p.ten && (/:$/.test(p.ten) || (HEAD_WORDS.test(p.ten) && nameOnly(p.ten) === p.ten)) && matcher.findAll(p.ten).length + unknownBodies(p.ten, []).length > 0,
    );
    let paragraphSubject: { ids: string[]; reason: string } | null = null;
    const firstOfClause = !clauseSubject.has(u.anchor);
    sentences(u.text).forEach((sentence, index) => {
      // A news report assigns nothing; a sentence asking for something ("đề nghị", "cần") reports a proposal.
      const inDuties = inDutiesPart || (options.kind === 'tin-tuc' && /(?<!\p{L})(?:đề nghị|yêu cầu|cần)(?!\p{L})/u.test(sentence));
      const subj = subjectOf(sentence);
      let ids: string[] = [];
      let role = 'thuc-hien';
      let inferred: string | undefined;
      const partners: string[] = [];
      const reportTo: string[] = [];
      const doersOf: string[] = [];
      if (subj) {
        ids = bodiesIn(subj.subject);
        role = roleOf(subj.rest);
      }
      const clause = clauseSubject.get(u.anchor);
      let named: { agency: AgencyRef; text: string }[] = [];
      if (subj && !ids.length && HEAD_OR_GROUP.test(subj.subject)) {
        unmatchedSubjects.push(subj.subject);
        return;
      }
      if (ids.length) {
        paragraphSubject = { ids, reason: `Câu không nêu chủ thể; câu trước trong cùng đoạn giao cho ${subj!.subject}.` };
        if (firstOfClause && index === 0) clauseSubject.set(u.anchor, { ids, reason: `Câu không nêu chủ thể; câu mở đầu của mục giao cho ${subj!.subject}.` });
      } else if (headingSubject) {
        ids = bodiesIn(headingSubject.ten!.replace(/^(?:Giao|Đề nghị|Yêu cầu)\s+/u, '').replace(/:$/, ''));
        role = roleOf(sentence);
      } else if (inDuties && paragraphSubject) {
        ({ ids } = paragraphSubject);
        inferred = (paragraphSubject as { reason: string }).reason;
      } else if (inDuties && (named = matcher.findAll(sentence)).length) {
        ids = named.map((n) => n.agency.id);
        for (const n of named) matched.set(n.agency.id, n.agency);
        inferred = `Câu không có chủ ngữ; cẩm nang quy việc cho cơ quan được câu nêu (${named.map((n) => n.agency.shortName).join(', ')}).`;
      } else if (inDuties && clause) {
        ids = clause.ids;
        inferred = clause.reason;
      } else if (inDuties && defaults) {
        ids = defaults.ids;
        inferred = defaults.reason;
      }
      if (!clauseSubject.has(u.anchor)) clauseSubject.set(u.anchor, null);
      if (!ids.length || sentence.trim().length < 15) return;
      const f = fold(sentence);
      // "X lãnh đạo, chỉ đạo Y tổ chức …": X leads (chủ trì), Y carries it out.
      const led = subj ? subj.rest.match(/^lãnh đạo,?\s*(?:chỉ đạo)?\s+(.+?)\s+(?:tổ chức|triển khai|thực hiện)\s/u) : null;
      if (led && !NOUN_TO_CHUC.test(foldWords(led[1]))) {
        const doers = bodiesIn(led[1]).filter((id) => !ids.includes(id));
        if (doers.length) { role = 'chu-tri'; doersOf.push(...doers); }
      }
      const with_ = sentence.match(/phối hợp (?:chặt chẽ )?với\s+(.+?)(?=\s+(?:để|trong|tổ chức|triển khai|tiếp tục|thường xuyên|theo dõi|thực hiện)(?![\p{L}])|[;.]|$)/u);
      if (with_) partners.push(...bodiesIn(with_[1]).filter((id) => !ids.includes(id)));
      const to = sentence.match(/báo cáo(?: kết quả)?(?: thực hiện)?(?: về| lên| gửi)?\s+(.+?)(?=\s+(?:để|trước|theo)(?![\p{L}])|[;.,]|$)/u);
      if (to && /báo cáo/u.test(sentence)) reportTo.push(...bodiesIn(to[1]).filter((id) => !ids.includes(id)));
      const lead = subj?.lead ?? (headingSubject?.ten?.match(/^(?:Giao|Đề nghị|Yêu cầu)/u)?.[0] ?? '');
      const basis: DraftTask['basis'] = options.press ? (options.kind === 'tin-tuc' && /dự thảo/iu.test(u.text + sentence) ? 'du-thao' : 'mo-ta') : /^Đề nghị/u.test(lead) ? 'de-nghi' : 'giao';
      const responsibilities: DraftResponsibility[] = [
        ...ids.map((agency) => ({ agency, role, ...(inferred ? { inferred } : {}) })),
        ...doersOf.map((agency) => ({ agency, role: 'thuc-hien' })),
        ...partners.filter((id) => !doersOf.includes(id)).map((agency) => ({ agency, role: 'phoi-hop' })),
        ...reportTo.map((agency) => ({ agency, role: 'bao-cao' })),
      ];
      const base = `${prefix}-${u.anchor.replace(/^muc-/, '').replace(/(?:^|-)(?:khoan|diem|dieu|doan)-/g, '-')}`.replace(/-+/g, '-').replace(/^-|-$/g, '');
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const cadence = f.match(/\b(hang nam|dinh ky|thuong xuyen|tu dau nam|hang quy|hang thang|06 thang)\b/);
      tasks.push({
        id: `${base}-${count}`,
        anchor: u.anchor,
        summary: `Bản nháp (cần viết lại bằng lời của cẩm nang): ${sentence.length > 160 ? `${sentence.slice(0, 157).replace(/\s+\S*$/u, '')}…` : sentence}`,
        sourceText: sentence.trim(),
        basis,
        responsibilities,
        cadence: cadence ? cadenceWords(sentence, cadence[1]) : null,
      });
    });
  }
  unmatched.push(...new Set(unmatchedSubjects));
  return { tasks, matched, proposed, unmatched };
}

/** The cadence words as printed ("hàng năm", "định kỳ"). */
function cadenceWords(sentence: string, folded: string): string | null {
  const words = sentence.split(/\s+/);
  const n = folded.split(' ').length;
  for (let i = 0; i + n <= words.length; i++) {
    const w = words.slice(i, i + n).join(' ').replace(/[,.;:]$/u, '');
    if (fold(w) === folded) return w;
  }
  return null;
}
