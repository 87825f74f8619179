/**
 * Legal parameters that change with time, as dated data in one place (in the manner of
 * OpenFisca's parameters): which law and which general decree apply on a date, and the date the
 * rules were last checked. Each value carries its source. Code asks `generalDecree(date)`, never
 * compares a date with a hard-coded one. (Award amounts and the base salary: src/lib/amounts.ts.)
 *
 * Plain TypeScript, no Zod or Astro imports: the browser checker reads it.
 */

/**
 * A value with the dates it applies between (inclusive; open when absent). Where each value and
 * its dates come from is in SOURCES, under the parameter's name (kept apart so the browser
 * checker, which reads the values, does not carry the citations).
 */
export interface Dated<T> {
  value: T;
  from?: string;
  to?: string;
}

/** A legal instrument the engine names. */
export interface Instrument {
  /** Id of its entry in content/van-ban/. */
  id: string;
  /** Official number, e.g. "152/2025/NĐ-CP". */
  number: string;
}

/** Whether something in force between these dates (inclusive, open ends) applies on `date`. */
export function inEffect(e: { from?: string; to?: string } | undefined, date: string): boolean {
  return (!e?.from || e.from <= date) && (!e?.to || date <= e.to);
}

/** The value in force on `date` (YYYY-MM-DD), or undefined when none is. */
export function valueOn<T>(history: readonly Dated<T>[], date: string): T | undefined {
  return history.find((h) => inEffect(h, date))?.value;
}

/** The Law on Emulation and Commendation 2022: the base text of every rule in the handbook. */
export const LAW: Dated<Instrument> = {
  value: { id: 'luat-thi-dua-khen-thuong-2022', number: '06/2022/QH15' },
  from: '2024-01-01',
};

/**
 * The decree holding the general principles (Điều 4: discipline, maternity leave, the types of
 * award that cannot ground a higher one), by proposal date.
 */
export const GENERAL_DECREE: readonly Dated<Instrument>[] = [
  {
    value: { id: 'nghi-dinh-98-2023-nd-cp', number: '98/2023/NĐ-CP' },
    to: '2025-06-30',
  },
  {
    value: { id: 'nghi-dinh-152-2025-nd-cp', number: '152/2025/NĐ-CP' },
    from: '2025-07-01',
  },
];

/** The general decree on a proposal date. */
export function generalDecree(date: string): Instrument {
  return valueOn(GENERAL_DECREE, date) ?? GENERAL_DECREE[0].value;
}

/** The date (YYYY-MM-DD) the award rules were last compared with the reference sheets; the `ruleset.asOf` of every result. */
export const RULES_CHECKED_ON = '2026-11-01';
export const RULESET_AS_OF = RULES_CHECKED_ON;

/** The first proposal date the registry's rules cover: the Law's entry into force. */
export const RULESET_FROM = LAW.from!;

/** Id of the Law's page; criteria's `article` anchors point into it. */
export const LAW_DOCUMENT = LAW.value.id;

/** Official numbers of the documents of the site that rules point into. */
export const DOCUMENT_NUMBERS: Readonly<Record<string, string>> = {
  'luat-thi-dua-khen-thuong-2022': '06/2022/QH15',
  'nghi-dinh-98-2023-nd-cp': '98/2023/NĐ-CP',
  'nghi-dinh-152-2025-nd-cp': '152/2025/NĐ-CP',
  'nghi-dinh-129-2025-nd-cp': '129/2025/NĐ-CP',
  'thong-tu-01-2024-tt-bnv': '01/2024/TT-BNV',
  'thong-tu-15-2025-tt-bnv': '15/2025/TT-BNV',
  'luat-sua-doi-thi-dua-khen-thuong-2026': '06/2026/QH16',
};

/** Where each parameter above comes from (for GENERAL_DECREE, one source per period, in order). */
export const SOURCES: { [K in 'LAW' | 'RULES_CHECKED_ON']: string } & { GENERAL_DECREE: string[] } = {
  LAW: 'Điều 94 Luật Thi đua, khen thưởng 2022 (hiệu lực từ 01/01/2024); legal-facts.md §1.1, độ tin cậy cao',
  GENERAL_DECREE: [
    'Nghị định 98/2023/NĐ-CP, thay thế từ 01/7/2025 (Điều 59 Nghị định 152/2025/NĐ-CP); legal-facts.md §1.8',
    'Điều 59 Nghị định 152/2025/NĐ-CP (hiệu lực từ 01/7/2025, thay thế Nghị định 98/2023/NĐ-CP); legal-facts.md §1.8, độ tin cậy cao',
  ],
  RULES_CHECKED_ON: 'đối chiếu của nhóm biên soạn với legal-facts.md, legal-verification.md và legal-facts-turn2.md',
};
