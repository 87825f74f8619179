/**
 * Legal parameters that change with time, as dated data in one place (in the manner of
 * OpenFisca's parameters): which law and which general decree apply on a date, and the date the
 * rules were last checked. Each value carries its source. Code asks `generalDecree(date)`, never
 * compares a date with a hard-coded one. (Award amounts and the base salary: src/lib/amounts.ts.)
 *
 * Plain TypeScript, no Zod or Astro imports: the browser checker reads it.
 */

/** A value with the dates it applies between (inclusive; open when absent) and where it comes from. */
export interface Dated<T> {
  value: T;
  from?: string;
  to?: string;
  /** Where the value and its dates come from (article, reference sheet). */
  source: string;
}

/** A legal instrument the engine names. */
export interface Instrument {
  /** Id of its entry in content/van-ban/. */
  id: string;
  /** Official number, e.g. "152/2025/NĐ-CP". */
  number: string;
  /** How explanations name it, e.g. "Nghị định 152/2025/NĐ-CP". */
  name: string;
}

/** The value in force on `date` (YYYY-MM-DD), or undefined when none is. */
export function valueOn<T>(history: readonly Dated<T>[], date: string): T | undefined {
  return history.find((h) => (!h.from || h.from <= date) && (!h.to || date <= h.to))?.value;
}

/** The Law on Emulation and Commendation 2022: the base text of every rule in the handbook. */
export const LAW: Dated<Instrument> = {
  value: { id: 'luat-thi-dua-khen-thuong-2022', number: '06/2022/QH15', name: 'Luật Thi đua, khen thưởng' },
  from: '2024-01-01',
  source: 'Điều 94 Luật Thi đua, khen thưởng 2022 (hiệu lực từ 01/01/2024); legal-facts.md §1.1, độ tin cậy cao',
};

/**
 * The decree holding the general principles (Điều 4: discipline, maternity leave, the types of
 * award that cannot ground a higher one), by proposal date.
 */
export const GENERAL_DECREE: readonly Dated<Instrument>[] = [
  {
    value: { id: 'nghi-dinh-98-2023-nd-cp', number: '98/2023/NĐ-CP', name: 'Nghị định 98/2023/NĐ-CP' },
    to: '2025-06-30',
    source: 'Nghị định 98/2023/NĐ-CP, thay thế từ 01/7/2025 (Điều 59 Nghị định 152/2025/NĐ-CP); legal-facts.md §1.8',
  },
  {
    value: { id: 'nghi-dinh-152-2025-nd-cp', number: '152/2025/NĐ-CP', name: 'Nghị định 152/2025/NĐ-CP' },
    from: '2025-07-01',
    source: 'Điều 59 Nghị định 152/2025/NĐ-CP (hiệu lực từ 01/7/2025, thay thế Nghị định 98/2023/NĐ-CP); legal-facts.md §1.8, độ tin cậy cao',
  },
];

/** The general decree on a proposal date. */
export function generalDecree(date: string): Instrument {
  return valueOn(GENERAL_DECREE, date) ?? GENERAL_DECREE[0].value;
}

/** The date (YYYY-MM-DD) the award rules were last compared with the reference sheets. */
export const RULES_CHECKED: Dated<string> = {
  value: '2026-11-01',
  source: 'đối chiếu của nhóm biên soạn với legal-facts.md, legal-verification.md và legal-facts-turn2.md',
};

/** Date the rules were last checked; the `ruleset.asOf` of every result. */
export const RULES_CHECKED_ON = RULES_CHECKED.value;
export const RULESET_AS_OF = RULES_CHECKED.value;

/** The first proposal date the registry's rules cover: the Law's entry into force. */
export const RULESET_FROM = LAW.from!;

/** Id of the Law's page; criteria's `article` anchors point into it. */
export const LAW_DOCUMENT = LAW.value.id;

/** Official numbers of the documents of the site that rules point into. */
export const DOCUMENT_NUMBERS: Readonly<Record<string, string>> = {
  [LAW.value.id]: LAW.value.number,
  ...Object.fromEntries(GENERAL_DECREE.map((d) => [d.value.id, d.value.number])),
  'nghi-dinh-129-2025-nd-cp': '129/2025/NĐ-CP',
  'thong-tu-01-2024-tt-bnv': '01/2024/TT-BNV',
  'thong-tu-15-2025-tt-bnv': '15/2025/TT-BNV',
  'luat-sua-doi-thi-dua-khen-thuong-2026': '06/2026/QH16',
};
