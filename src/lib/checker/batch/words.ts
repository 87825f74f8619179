/**
 * Cells written in words, as officers write them ("sáng kiến cấp cơ sở năm 2025", "khiển trách
 * từ 10/3/2025"), read as the batch file's coded form. Plain TypeScript, no DOM imports.
 */
import { fold } from '../../vi';

/** The level named in words, most specific first ("cấp bộ, ngành, tỉnh", "toàn quốc", "cơ sở"). */
function scopeInWords(folded: string): string | undefined {
  if (/toan quoc/.test(folded)) return 'toan-quoc';
  if (/\b(bo|nganh|tinh)\b/.test(folded)) return 'bo-tinh';
  if (/co so/.test(folded)) return 'co-so';
  return undefined;
}

/** "sáng kiến cấp cơ sở năm 2025" → "sang-kien:2025:co-so"; undefined when a part is missing. */
export function initiativeInWords(text: string): string | undefined {
  const f = fold(text);
  const kind = /de tai|de an|cong trinh/.test(f) ? 'de-tai' : /sang kien/.test(f) ? 'sang-kien' : undefined;
  const year = /\b(\d{4})\b/.exec(f)?.[1];
  const level = scopeInWords(f.replace(/sang kien|de tai/g, ''));
  return kind && year && level ? `${kind}:${year}:${level}` : undefined;
}

/** The discipline levels in words (folded), for cells such as "khiển trách từ 10/3/2025". */
const DISCIPLINE_WORDS: [string, string][] = [
  ['khien trach', 'khien-trach'], ['canh cao', 'canh-cao'], ['ha bac luong', 'ha-bac-luong'], ['giang chuc', 'giang-chuc'],
  ['cach chuc', 'cach-chuc'], ['bai nhiem', 'bai-nhiem'], ['buoc thoi viec', 'buoc-thoi-viec'],
];

/** "khiển trách từ 10/3/2025 đến 10/9/2025" → "khien-trach:10/3/2025:10/9/2025"; undefined when a part is missing. */
export function disciplineInWords(text: string): string | undefined {
  const f = fold(text);
  const level = DISCIPLINE_WORDS.find(([w]) => f.includes(w))?.[1];
  const dates = f.match(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/g) ?? [];
  return level && dates.length >= 1 && dates.length <= 2 ? [level, ...dates].join(':') : undefined;
}
