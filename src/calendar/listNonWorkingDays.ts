import { formatDayNumber } from '../_lib/formatDayNumber.js';
import { readCivilDay } from '../_lib/readCivilDay.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { calendarData } from './_lib/internals.js';
import type { CivilDateInput, NonWorkingDay, WorkingCalendar } from './types.js';

/** Index of the first element of a sorted array that is >= value. */
function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The calendar's official non-working days from `from` to `to`, both included, sorted by date, with
 * their names, kinds and decrees. Weekends are not listed (they are not decreed), nor are the days
 * assumed for uncovered years; two holidays on one date are two entries.
 *
 * @param from - first date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param to - last date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone), not before `from`
 * @param calendar - the working calendar
 * @returns the entries, frozen
 * @throws {InvalidDateError} when a date is not valid
 * @throws {InvalidArgumentError} when `to` is before `from`
 *
 * @example
 * import { listNonWorkingDays, nationalCalendar } from 'pengaduan';
 *
 * listNonWorkingDays('2025-12-24', '2025-12-31', nationalCalendar).map((d) => `${d.date} ${d.kind}`);
 * //=> ['2025-12-25 national_holiday', '2025-12-26 collective_leave']
 */
export function listNonWorkingDays(
  from: CivilDateInput,
  to: CivilDateInput,
  calendar: WorkingCalendar,
): readonly NonWorkingDay[] {
  const data = calendarData(calendar);
  const first = readCivilDay(from, 'from');
  const last = readCivilDay(to, 'to');
  if (last < first) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'to',
      value: to,
      expected: errorText('date_not_before_from', { first: formatDayNumber(first) }),
    });
  }
  const start = lowerBound(data.nonWorkingDayNumbers, first);
  const end = lowerBound(data.nonWorkingDayNumbers, last + 1);
  return Object.freeze(data.nonWorkingDays.slice(start, end));
}
