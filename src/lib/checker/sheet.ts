/**
 * The printed sheet's optional name and unit line: kept in the result's address, after "#", under
 * its own parameter (not an answer: the engine never reads it); a batch row's ho_ten fills it.
 */
export const NAME_PARAM = 'ten';
