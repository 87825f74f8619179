/**
 * The registry grouped for the index page: by kind, then by the set of subjects an award is given
 * to, each group ordered by level and name. Plain TypeScript, no Astro imports.
 */
import { AWARD_KINDS, AWARD_LEVELS, AWARD_SUBJECTS, type AwardSubject } from '../../schemas/award';
import { KIND_LABEL, capitalize, subjectText, type AwardEntry, type AwardKind } from './labels';

const LEVEL_ORDER = Object.keys(AWARD_LEVELS);
const KIND_ORDER = Object.keys(AWARD_KINDS) as AwardKind[];

/** Order inside a group: by level (lowest first; unknown last), then by name. */
export function compareAwards(a: AwardEntry, b: AwardEntry): number {
  const la = a.level ? LEVEL_ORDER.indexOf(a.level) : LEVEL_ORDER.length;
  const lb = b.level ? LEVEL_ORDER.indexOf(b.level) : LEVEL_ORDER.length;
  return la - lb || a.name.localeCompare(b.name, 'vi');
}

export interface SubjectGroup {
  /** Anchor-friendly key: the subjects joined ("ca-nhan", "ca-nhan-tap-the"), or "chua-xac-dinh". */
  key: string;
  /** "Cá nhân", "Cá nhân và tập thể", "Chưa xác định đối tượng". */
  label: string;
  /** The subjects, in the schema's order ([] when the registry does not say). */
  subjects: AwardSubject[];
  awards: AwardEntry[];
}
export interface KindGroup {
  kind: AwardKind;
  label: string;
  groups: SubjectGroup[];
}

/**
 * The registry grouped by kind (danh hiệu thi đua, hình thức khen thưởng), then by the set of
 * subjects it is given to (cá nhân; tập thể; cá nhân và tập thể…). Single subjects come first,
 * in the schema's order; entries whose subjects are unknown come last; empty groups are left out.
 */
export function groupAwards(awards: AwardEntry[]): KindGroup[] {
  const out: KindGroup[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = awards.filter((a) => a.kind === kind);
    if (!ofKind.length) continue;
    const bySubjects = new Map<string, SubjectGroup>();
    for (const a of ofKind) {
      const subjects = AWARD_SUBJECTS.filter((s) => a.subject.includes(s));
      const key = subjects.length ? subjects.join('-') : 'chua-xac-dinh';
      if (!bySubjects.has(key)) {
        bySubjects.set(key, { key, label: subjects.length ? capitalize(subjectText(subjects)!) : 'Chưa xác định đối tượng', subjects, awards: [] });
      }
      bySubjects.get(key)!.awards.push(a);
    }
    const size = (g: SubjectGroup) => g.subjects.length || AWARD_SUBJECTS.length + 1;
    const rank = (g: SubjectGroup) => g.subjects.map((s) => AWARD_SUBJECTS.indexOf(s)).join(',');
    const groups = [...bySubjects.values()].sort((x, y) => size(x) - size(y) || rank(x).localeCompare(rank(y)));
    for (const g of groups) g.awards.sort(compareAwards);
    out.push({ kind, label: KIND_LABEL[kind], groups });
  }
  return out;
}
