import { parseDayNumber } from '../_lib/parseDayNumber.js';
import type { CivilDate } from './types.js';

/**
 * Whether a value is a valid civil date string, `YYYY-MM-DD`, naming a day that exists.
 *
 * @param value - anything
 * @returns `true` for a valid civil date
 *
 * @example
 * import { isCivilDate } from 'pengaduan';
 *
 * isCivilDate('2025-03-27');
 * //=> true
 * isCivilDate('2025-02-30');
 * //=> false
 */
export function isCivilDate(value: unknown): value is CivilDate {
  try {
    parseDayNumber(value);
    return true;
  } catch {
    return false;
  }
}
