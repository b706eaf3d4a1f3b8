import { weekdayOfDayNumber } from '../_lib/dayNumber.js';
import { readCivilDay } from '../_lib/readCivilDay.js';
import type { CivilDateInput, Weekday } from './types.js';

/**
 * The ISO weekday of a civil date: 1 = Monday (Senin) … 7 = Sunday (Minggu).
 *
 * @param date - the civil date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @returns the weekday
 * @throws {InvalidDateError} when `date` is not a valid date, or is a `Date` without a zone
 *
 * @example
 * import { weekdayOf } from 'pengaduan';
 *
 * weekdayOf('2025-03-27'); // Kamis
 * //=> 4
 */
export function weekdayOf(date: CivilDateInput): Weekday {
  return weekdayOfDayNumber(readCivilDay(date, 'date')) as Weekday;
}
