import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from '../_lib/dayNumber.js';
import { formatDayNumber } from '../_lib/formatDayNumber.js';
import { readCivilDay } from '../_lib/readCivilDay.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { assertDayCount } from './_lib/assertDayCount.js';
import type { CivilDate, CivilDateInput } from './types.js';

/**
 * The civil date `n` calendar days after `date` (before it for negative `n`), for the limits the
 * law states in plain "hari". Pure date arithmetic: no zone, no daylight-saving surprises, no calendar.
 *
 * @param date - the civil date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param n - whole number of days
 * @returns the civil date
 * @throws {InvalidDateError} when `date` is not a valid date, or is a `Date` without a zone
 * @throws {InvalidArgumentError} when `n` is not an integer or the result leaves years 0001-9999
 * @see UU 25/2009 Pasal 44 ayat (3): "paling lambat 14 (empat belas) hari"
 *
 * @example
 * import { addCalendarDays } from 'pengaduan';
 *
 * // 14 hari after a complaint received on Thursday 27 March 2025.
 * addCalendarDays('2025-03-27', 14);
 * //=> '2025-04-10'
 */
export function addCalendarDays(date: CivilDateInput, n: number): CivilDate {
  const start = readCivilDay(date, 'date');
  assertDayCount(n);
  const result = start + n;
  if (result < MIN_DAY_NUMBER || result > MAX_DAY_NUMBER) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'n',
      value: n,
      expected: errorText('result_outside_years'),
    });
  }
  return formatDayNumber(result);
}
