import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from '../_lib/dayNumber.js';
import { formatDayNumber } from '../_lib/formatDayNumber.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { CivilDate } from './types.js';

/**
 * The civil date of a day number (days since 1970-01-01), the inverse of {@link toDayNumber}.
 *
 * @param dayNumber - an integer between -719162 (0001-01-01) and 2932896 (9999-12-31)
 * @returns the civil date, `YYYY-MM-DD`
 * @throws {InvalidArgumentError} for a non-integer or out-of-range day number
 *
 * @example
 * import { fromDayNumber } from 'pengaduan';
 *
 * fromDayNumber(20188);
 * //=> '2025-04-10'
 */
export function fromDayNumber(dayNumber: number): CivilDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'dayNumber',
      value: dayNumber,
      expected: errorText('day_number_expected', {
        minDayNumber: MIN_DAY_NUMBER,
        maxDayNumber: MAX_DAY_NUMBER,
      }),
    });
  }
  return formatDayNumber(dayNumber);
}
