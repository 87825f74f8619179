/** Site-wide constants and URL helpers (plain TypeScript). */
export const SITE_NAME = 'Cẩm nang Thi đua, Khen thưởng';
export const SITE_DESCRIPTION =
  'Sổ tay tra cứu công tác thi đua, khen thưởng: toàn văn chỉ thị, kế hoạch, Luật Thi đua, khen thưởng; trách nhiệm của từng cơ quan; tự kiểm tra tiêu chuẩn khen thưởng.';

/** URL of a document page: laws have their own section, everything else is under /van-ban/. */
export function documentUrl(id: string, kind?: string): string {
  return kind === 'luat' ? `/luat/${id}/` : `/van-ban/${id}/`;
}

/** Sections of the site as the search filters them (by URL prefix). */
export const SEARCH_SECTIONS = [
  { prefix: '/van-ban/', label: 'Văn bản' },
  { prefix: '/luat/', label: 'Văn bản' },
  { prefix: '/co-quan/', label: 'Cơ quan' },
  { prefix: '/khen-thuong/', label: 'Khen thưởng' },
  { prefix: '/thuat-ngu/', label: 'Thuật ngữ' },
] as const;
/** The section whose pages are the documents themselves. */
export const DOCUMENT_SECTION = 'Văn bản';
