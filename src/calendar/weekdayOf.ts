import { weekdayOfDayNumber } from '../_lib/dayNumber.js';
import { parseDayNumber } from '../_lib/parseDayNumber.js';
import type { CivilDate, Weekday } from './types.js';

/**
 * The ISO weekday of a civil date: 1 = Monday (Senin) … 7 = Sunday (Minggu).
 *
 * @param date - the civil date, `YYYY-MM-DD`
 * @returns the weekday
 * @throws {InvalidDateError} when `date` is not a valid date
 *
 * @example
 * import { weekdayOf } from 'pengaduan';
 *
 * weekdayOf('2025-03-27'); // Kamis
 * //=> 4
 */
export function weekdayOf(date: CivilDate): Weekday {
  return weekdayOfDayNumber(parseDayNumber(date, 'date')) as Weekday;
}
