import { readCivilDay } from '../_lib/readCivilDay.js';
import { enforceCoverage, uncoveredYearsIn } from './_lib/coverage.js';
import { calendarData, workingDayTable } from './_lib/internals.js';
import { enforceTentative, tentativeDaysIn } from './_lib/tentative.js';
import { assertInWindow, WINDOW_START } from './_lib/window.js';
import type { CivilDateInput, CoverageOptions, WorkingCalendar } from './types.js';

/** Options of {@link isWorkingDay}. */
export interface IsWorkingDayOptions extends CoverageOptions {}

/**
 * Whether a date is a working day (hari kerja) on a calendar: its weekday is a working weekday and it
 * is not an official non-working day, or it is an extra working day.
 *
 * For a year outside the calendar's coverage the answer rests on the calendar's `uncoveredYears`
 * assumption; use {@link describeDate} to see that it is provisional, or `{ coverage: 'strict' }` to
 * throw instead.
 *
 * @param date - the civil date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param calendar - the working calendar, e.g. `nationalCalendar`
 * @param options - `coverage: 'provisional'` (default) or `'strict'`; `tentative: 'strict'` to refuse a
 *   date whose answer a tentative day's move would flip (use {@link describeDate} to see `tentative`)
 * @returns `true` for a working day
 * @throws {InvalidDateError} when `date` is not a valid `YYYY-MM-DD` date
 * @throws {CalendarCoverageError} in strict mode, for a date in an uncovered year
 * @throws {CalendarTentativeError} with `tentative: 'strict'`, when the answer would be tentative
 *
 * @example
 * import { isWorkingDay, nationalCalendar } from 'pengaduan';
 *
 * isWorkingDay('2025-04-02', nationalCalendar); // cuti bersama Idul Fitri 1446 H
 * //=> false
 * isWorkingDay('2025-04-08', nationalCalendar);
 * //=> true
 */
export function isWorkingDay(
  date: CivilDateInput,
  calendar: WorkingCalendar,
  options?: IsWorkingDayOptions,
): boolean {
  const data = calendarData(calendar);
  const day = readCivilDay(date, 'date');
  assertInWindow(day, 'date');
  enforceCoverage(calendar, options?.coverage, uncoveredYearsIn(data, day, day));
  const { cumulative } = workingDayTable(data);
  if (options?.tentative !== undefined)
    enforceTentative(calendar, options.tentative, tentativeDaysIn(data, day, day, Number.NaN));
  const offset = day - WINDOW_START;
  return cumulative[offset + 1]! - cumulative[offset]! === 1;
}
