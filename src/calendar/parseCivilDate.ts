import { parseDayNumber } from '../_lib/parseDayNumber.js';

/**
 * Validates an untrusted value as a civil date and returns its day number (days since 1970-01-01),
 * like {@link toDayNumber} but typed for input of unknown shape (a form field, a JSON body).
 *
 * Accepts only `YYYY-MM-DD` naming a day that exists: `'2025-02-30'`, `'27/03/2025'`, `'2025-3-7'`
 * and `'2025-03-27T00:00:00Z'` are refused.
 *
 * @param value - anything
 * @returns the day number
 * @throws {InvalidDateError} naming the value and what was expected
 *
 * @example
 * import { parseCivilDate } from 'pengaduan';
 *
 * parseCivilDate('2024-02-29');
 * //=> 19782
 * parseCivilDate('2025-02-29');
 * // throws InvalidDateError: Invalid date "2025-02-29": 2025-02 has 28 days (expected a day 01-28)
 */
export function parseCivilDate(value: unknown): number {
  return parseDayNumber(value, 'date');
}
