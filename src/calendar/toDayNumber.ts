import { parseDayNumber } from '../_lib/parseDayNumber.js';
import type { CivilDate } from './types.js';

/**
 * The day number of a civil date: days since 1970-01-01 (negative before it). Subtracting two day
 * numbers gives the calendar days between the dates; no `Date`, no zone is involved.
 *
 * @param date - the civil date, `YYYY-MM-DD`
 * @returns the day number
 * @throws {InvalidDateError} when `date` is not a valid date
 *
 * @example
 * import { toDayNumber } from 'pengaduan';
 *
 * toDayNumber('2025-03-27');
 * //=> 20174
 * toDayNumber('2025-04-10') - toDayNumber('2025-03-27');
 * //=> 14
 */
export function toDayNumber(date: CivilDate): number {
  return parseDayNumber(date, 'date');
}
