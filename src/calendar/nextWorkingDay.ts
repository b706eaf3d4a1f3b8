import { addWorkingDays } from './addWorkingDays.js';
import type { CivilDateInput, CoverageOptions, WorkingCalendar, WorkingDateResult } from './types.js';

/** Options of {@link nextWorkingDay}. */
export interface NextWorkingDayOptions extends CoverageOptions {}

/**
 * The first working day strictly after `date` (the same as `addWorkingDays(date, 1, calendar)`).
 *
 * @param date - the civil date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param calendar - the working calendar
 * @param options - `coverage: 'provisional'` (default) or `'strict'`; `tentative: 'mark'` (default) or
 *   `'strict'`
 * @returns the date, with `provisional`/`uncoveredYears` and `tentative`/`tentativeDays`
 * @throws {InvalidDateError} when `date` is not a valid date, or is a `Date` without a zone
 * @throws {CalendarCoverageError} in strict mode, when the result would be provisional
 * @throws {CalendarTentativeError} with `tentative: 'strict'`, when the result would be tentative
 *
 * @example
 * import { nextWorkingDay, nationalCalendar } from 'pengaduan';
 *
 * // Idul Fitri 1445 H: cuti bersama 8-9 Apr, Idul Fitri 10-11 Apr, cuti bersama 12 and 15 Apr 2024.
 * nextWorkingDay('2024-04-05', nationalCalendar).date;
 * //=> '2024-04-16'
 */
export function nextWorkingDay(
  date: CivilDateInput,
  calendar: WorkingCalendar,
  options?: NextWorkingDayOptions,
): WorkingDateResult {
  return addWorkingDays(date, 1, calendar, options);
}
