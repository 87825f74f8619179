/**
 * Phrases the condition handlers share to describe a condition on award pages ("05 năm liên
 * tục hoàn thành tốt nhiệm vụ trở lên"). Labels come from the vocabulary. Zod-free.
 */
import type { Within, YearTest } from '../../../schemas/award';
import { COLLECTIVE_COUNT, INITIATIVE_KIND, RATING, SCOPE, SECTOR, type CollectiveField, type InitiativeKind, type Rating, type Scope, type Sector } from '../../vocabulary';
import { listVi } from '../../vi-format';

// Labels as award pages word them: functions, not tables, so that the browser checker, which
// imports the handlers but never describes a condition, carries none of them.
export const ratingLabel = (r: Rating) => RATING.full[r];
export const sectorLabel = (s: Sector) => SECTOR.short[s];
export const scopeLabel = (s: Scope) => SCOPE.short[s];
export const initiativeLabel = (k: InitiativeKind) => INITIATIVE_KIND.full[k];
/** "thành viên đạt Chiến sĩ thi đua cơ sở". */
export const collectiveLabel = (f: CollectiveField) => `thành viên ${COLLECTIVE_COUNT.short[f]}`;

/** "hoàn thành tốt nhiệm vụ trở lên", "đạt Chiến sĩ thi đua cơ sở". */
export function yearTestText(t: YearTest, nameOf: (id: string) => string): string {
  return 'ratingAtLeast' in t ? `${ratingLabel(t.ratingAtLeast)}${t.ratingAtLeast === 'htxs' ? '' : ' trở lên'}` : `đạt ${nameOf(t.title)}`;
}

/** ", trong thời gian đó có 02 sáng kiến …", or '' without requirements. */
export function withinText(within: Within[] | undefined, nameOf: (id: string) => string): string {
  if (!within?.length) return '';
  const parts = within.map((w) =>
    'years' in w
      ? `${String(w.atLeast).padStart(2, '0')} năm ${yearTestText(w.years, nameOf)}`
      : `${String(w.atLeast).padStart(2, '0')} ${w.initiatives.kinds.map(initiativeLabel).join(' hoặc ')} được công nhận ở phạm vi ${scopeLabel(w.initiatives.minLevel)} trở lên`,
  );
  return `, trong thời gian đó có ${listVi(parts)}`;
}
