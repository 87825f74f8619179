/** Site-wide constants (plain TypeScript). URLs are built in ./urls.ts. */
import { AGENCIES_URL, AWARDS_URL, DOCUMENTS_URL, GLOSSARY_URL, LAWS_SECTION } from './urls';

export const SITE_NAME = 'Cẩm nang Thi đua, Khen thưởng';
export const SITE_DESCRIPTION =
  'Sổ tay tra cứu công tác thi đua, khen thưởng: toàn văn chỉ thị, kế hoạch, Luật Thi đua, khen thưởng; trách nhiệm của từng cơ quan; tự kiểm tra tiêu chuẩn khen thưởng.';

/** Sections of the site as the search filters them (by URL prefix). */
export const SEARCH_SECTIONS = [
  { prefix: DOCUMENTS_URL, label: 'Văn bản' },
  { prefix: LAWS_SECTION, label: 'Văn bản' },
  { prefix: AGENCIES_URL, label: 'Cơ quan' },
  { prefix: AWARDS_URL, label: 'Khen thưởng' },
  { prefix: GLOSSARY_URL, label: 'Thuật ngữ' },
] as const;
/** The section whose pages are the documents themselves. */
export const DOCUMENT_SECTION = 'Văn bản';
