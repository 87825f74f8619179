/**
 * The batch checker's CSV codes of the vocabulary (src/lib/vocabulary.ts): folded, hyphenated
 * ("vu-trang"), one for every term of the enumerations a CSV cell or column names. Apart from
 * vocabulary.ts because only the batch checker (src/lib/checker/batch/) reads them: the step-by-step checker, which
 * shares vocabulary.ts with the batch page, does not load them. No Zod, no Astro imports.
 */
import { COLLECTIVE_COUNT, PENDING_FLAG, SECTOR, type Vocabulary } from './vocabulary';

/** The batch file's codes of a vocabulary's terms (src/lib/checker/batch/). */
export interface CsvCodes<Id extends string> {
  csv(id: Id): string;
  /** The id whose CSV code is `code`. */
  fromCsv(code: string): Id | undefined;
}

function csvCodes<Id extends string>(v: Vocabulary<Id>, codes: Readonly<Record<Id, string>>): CsvCodes<Id> {
  const csv = (id: Id) => codes[id];
  return { csv, fromCsv: (code) => v.ids.find((id) => csv(id) === code) };
}

/** Sectors in the batch file (Vietnamese codes). */
export const SECTOR_CSV = /* @__PURE__ */ csvCodes(SECTOR, { 'civil-service': 'co-quan', 'armed-forces': 'vu-trang', 'worker-farmer': 'cong-nhan-nong-dan', enterprise: 'doanh-nghiep' });

/** Pending reviews in the batch file. */
export const PENDING_FLAG_CSV = /* @__PURE__ */ csvCodes(PENDING_FLAG, { disciplineReview: 'xem-xet-ky-luat', investigation: 'dieu-tra', complaint: 'khieu-nai' });

/** The batch file's column of each count. */
export const COLLECTIVE_COUNT_CSV = /* @__PURE__ */ csvCodes(COLLECTIVE_COUNT, { laoDongTienTien: 'tt_lao_dong_tien_tien', chienSiThiDuaCoSo: 'tt_chien_si_thi_dua_co_so', completedTasks: 'tt_hoan_thanh_nhiem_vu', disciplinedWarningOrAbove: 'tt_ky_luat_canh_cao' });
