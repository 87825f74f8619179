/**
 * The 34 provincial units (tỉnh, thành phố trực thuộc trung ương) in force since 01/07/2025, as
 * the eligibility profile's `province` names them: an ASCII slug ("bac-ninh") or the Vietnamese
 * name ("Bắc Ninh", "tỉnh Bắc Ninh", "TP Hồ Chí Minh"). A province's own rule set (for example
 * Bắc Ninh's Quyết định 86/2025/QĐ-UBND) applies only to profiles that name it.
 *
 * Plain data, no Zod or Astro imports: the browser checker reads it.
 */
import { foldWords } from './vi';

/** Where the list comes from, shown wherever the list is documented. */
export const PROVINCES_SOURCE = {
  instrument: '202/2025/QH15',
  citation: 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh (thông qua ngày 12/6/2025; chính quyền tỉnh mới hoạt động từ 01/7/2025)',
  confidence: 'med',
  caution: 'số 34 đơn vị (28 tỉnh, 6 thành phố) và tên các tỉnh theo nhiều bản tin thống nhất (bảng tổng hợp pháp lý đợt 2, mục 3); chưa đối chiếu văn bản Nghị quyết',
} as const;

export interface Province {
  /** ASCII slug: the value saved in links and written in profiles. */
  slug: string;
  /** Vietnamese name without "tỉnh" / "thành phố". */
  name: string;
  /** Thành phố trực thuộc trung ương or tỉnh. */
  kind: 'thanh-pho' | 'tinh';
}

const p = (name: string, kind: Province['kind'] = 'tinh'): Province => ({ slug: foldWords(name).replace(/ /g, '-'), name, kind });

/** The 34 units, cities first, then provinces in Vietnamese alphabetical order. */
export const PROVINCES: readonly Province[] = [
  p('Hà Nội', 'thanh-pho'),
  p('Hồ Chí Minh', 'thanh-pho'),
  p('Hải Phòng', 'thanh-pho'),
  p('Đà Nẵng', 'thanh-pho'),
  p('Huế', 'thanh-pho'),
  p('Cần Thơ', 'thanh-pho'),
  p('An Giang'),
  p('Bắc Ninh'),
  p('Cà Mau'),
  p('Cao Bằng'),
  p('Điện Biên'),
  p('Đắk Lắk'),
  p('Đồng Nai'),
  p('Đồng Tháp'),
  p('Gia Lai'),
  p('Hà Tĩnh'),
  p('Hưng Yên'),
  p('Khánh Hòa'),
  p('Lai Châu'),
  p('Lạng Sơn'),
  p('Lào Cai'),
  p('Lâm Đồng'),
  p('Nghệ An'),
  p('Ninh Bình'),
  p('Phú Thọ'),
  p('Quảng Ngãi'),
  p('Quảng Ninh'),
  p('Quảng Trị'),
  p('Sơn La'),
  p('Tây Ninh'),
  p('Thái Nguyên'),
  p('Thanh Hóa'),
  p('Tuyên Quang'),
  p('Vĩnh Long'),
];

/**
 * Former provinces merged away on 01/07/2025 that the fact sheets name, with the province they
 * are now part of: a profile naming one is refused with this hint rather than guessed.
 */
export const FORMER_PROVINCES: Readonly<Record<string, string>> = {
  'ha-nam': 'ninh-binh',
  'nam-dinh': 'ninh-binh',
  'ninh-thuan': 'khanh-hoa',
  'kon-tum': 'quang-ngai',
  'quang-binh': 'quang-tri',
  'bac-giang': 'bac-ninh',
  'hai-duong': 'hai-phong',
};

const BY_SLUG = new Map(PROVINCES.map((x) => [x.slug, x]));

/** Words a writer may put before the name ("tỉnh Bắc Ninh", "TP. Hồ Chí Minh", "thành phố Huế"). */
const PREFIX = /^(tinh|thanh pho|tp|t p)\s+/;

/** The slug a written value folds to: "Bắc Ninh", "tỉnh Bắc Ninh", "bac-ninh" → "bac-ninh". */
function keyOf(value: string): string {
  return foldWords(value.slice(0, 100)).replace(PREFIX, '').replace(/ /g, '-');
}

/** The province a profile names, or undefined when the value names none of the 34. */
export function parseProvince(value: string): Province | undefined {
  return BY_SLUG.get(keyOf(value));
}

/** The province with this slug. */
export function provinceBySlug(slug: string): Province | undefined {
  return BY_SLUG.get(slug);
}

/** "tỉnh Bắc Ninh", "thành phố Hà Nội": the name as it reads inside a sentence. */
export function provinceLabel(x: Province): string {
  return `${x.kind === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${x.name}`;
}

/** Why a written value is not accepted, with the fix (Vietnamese). */
export function provinceError(value: string): string {
  const key = keyOf(value);
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const now = FORMER_PROVINCES[key] ? BY_SLUG.get(FORMER_PROVINCES[key]) : undefined;
  const basis = `Nghị quyết ${PROVINCES_SOURCE.instrument}`;
  if (now) return `"${shown}" không còn là đơn vị hành chính cấp tỉnh từ 01/7/2025 (${basis}); nay thuộc ${provinceLabel(now)}: ghi "${now.slug}" hoặc "${now.name}"`;
  return `"${shown}" không phải một trong ${PROVINCES.length} tỉnh, thành phố hiện nay (${basis}); ghi mã hoặc tên tiếng Việt, ví dụ "bac-ninh" hoặc "Bắc Ninh", "nghe-an" hoặc "Nghệ An"; bỏ trường này khi không rõ`;
}
