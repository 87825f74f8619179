/** Site-wide constants and URL helpers (plain TypeScript). */
export const SITE_NAME = 'Cẩm nang Thi đua, Khen thưởng';
export const SITE_DESCRIPTION =
  'Sổ tay tra cứu công tác thi đua, khen thưởng: toàn văn chỉ thị, kế hoạch, Luật Thi đua, khen thưởng; trách nhiệm của từng cơ quan; tự kiểm tra tiêu chuẩn khen thưởng.';

/** URL of a document page: laws have their own section, everything else is under /van-ban/. */
export function documentUrl(id: string, kind?: string): string {
  return kind === 'luat' ? `/luat/${id}/` : `/van-ban/${id}/`;
}
