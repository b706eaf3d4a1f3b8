import { readCivilDay } from '../_lib/readCivilDay.js';
import type { CivilDateInput } from './types.js';

/**
 * The day number of a civil date: days since 1970-01-01 (negative before it). Subtracting two day
 * numbers gives the calendar days between the dates; no `Date`, no zone is involved.
 *
 * @param date - the civil date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @returns the day number
 * @throws {InvalidDateError} when `date` is not a valid date, or is a `Date` without a zone
 *
 * @example
 * import { toDayNumber } from 'pengaduan';
 *
 * toDayNumber('2025-03-27');
 * //=> 20174
 * toDayNumber('2025-04-10') - toDayNumber('2025-03-27');
 * //=> 14
 */
export function toDayNumber(date: CivilDateInput): number {
  return readCivilDay(date, 'date');
}
