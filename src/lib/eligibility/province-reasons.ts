/**
 * Why a profile's province gets the Law-level rules of an award (docs/adr/0007): the handbook
 * holds no rule set of that province, or holds one that does not govern the sector or was not in
 * force on the proposal date. Server side (the command, the tests): it reads the list of the 34
 * provinces, which the browser checker does not need (it offers only provinces whose rules apply).
 */
import type { Award, Sector } from '../../schemas/award';
import { provinceBySlug, provinceLabel } from '../provinces';
import { date as dmy } from './copy';

export function whyLawLevel(award: Award, province: string, date: string, sector: Sector): string {
  const p = provinceBySlug(province);
  const name = p ? provinceLabel(p) : province;
  const own = award.ruleSets?.find((r) => r.province === province);
  if (!own) return `Cẩm nang chưa có quy định riêng của ${name} về ${award.name}`;
  const head = `Quy định riêng của ${name} (Quyết định ${own.number}) không áp dụng cho`;
  if (own.appliesTo?.sectors && !own.appliesTo.sectors.includes(sector)) return `${head} khu vực này`;
  const e = own.effective ?? {};
  return `${head} đề nghị ngày ${dmy(date)} (quy định áp dụng${e.from ? ` từ ${dmy(e.from)}` : ''}${e.to ? ` đến ${dmy(e.to)}` : ''}); quy định của tỉnh khi đó cẩm nang chưa có`;
}
