/**
 * Phrases the condition handlers share to describe a condition on award pages ("05 năm liên
 * tục hoàn thành tốt nhiệm vụ trở lên"). Labels come from the vocabulary. Zod-free.
 */
import type { Within, YearTest } from '../../../schemas/award';
import { COLLECTIVE_COUNT, INITIATIVE_KIND, RATING, SCOPE, SECTOR, type CollectiveField } from '../../vocabulary';
import { joinVi } from '../copy';

export const RATING_LABEL = RATING.full;
export const SECTOR_LABEL = SECTOR.short;
export const SCOPE_LABEL = SCOPE.short;
export const INITIATIVE_LABEL = INITIATIVE_KIND.full;
/** "thành viên đạt Chiến sĩ thi đua cơ sở". */
export const COLLECTIVE_LABEL = Object.fromEntries(COLLECTIVE_COUNT.ids.map((f) => [f, `thành viên ${COLLECTIVE_COUNT.short[f]}`])) as Record<CollectiveField, string>;

/** "hoàn thành tốt nhiệm vụ trở lên", "đạt Chiến sĩ thi đua cơ sở". */
export function yearTestText(t: YearTest, nameOf: (id: string) => string): string {
  return 'ratingAtLeast' in t ? `${RATING_LABEL[t.ratingAtLeast]}${t.ratingAtLeast === 'htxs' ? '' : ' trở lên'}` : `đạt ${nameOf(t.title)}`;
}

/** ", trong thời gian đó có 02 sáng kiến …", or '' without requirements. */
export function withinText(within: Within[] | undefined, nameOf: (id: string) => string): string {
  if (!within?.length) return '';
  const parts = within.map((w) =>
    'years' in w
      ? `${String(w.atLeast).padStart(2, '0')} năm ${yearTestText(w.years, nameOf)}`
      : `${String(w.atLeast).padStart(2, '0')} ${w.initiatives.kinds.map((k) => INITIATIVE_LABEL[k]).join(' hoặc ')} được công nhận ở phạm vi ${SCOPE_LABEL[w.initiatives.minLevel]} trở lên`,
  );
  return `, trong thời gian đó có ${joinVi(parts)}`;
}
