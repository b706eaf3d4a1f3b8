import { readCivilDay } from '../_lib/readCivilDay.js';
import { enforceCoverage, uncoveredYearsIn } from './_lib/coverage.js';
import { calendarData, workingDayTable } from './_lib/internals.js';
import { enforceTentative, tentativeDaysIn } from './_lib/tentative.js';
import { assertInWindow, WINDOW_START } from './_lib/window.js';
import type { CivilDateInput, CoverageOptions, WorkingCalendar, WorkingDayCount } from './types.js';

/** Options of {@link countWorkingDays}. */
export interface CountWorkingDaysOptions extends CoverageOptions {}

/**
 * The number of working days after `from` up to and including `to` (the half-open span
 * `(from, to]`): how many hari kerja have elapsed on `to` for a period that started on `from`.
 *
 * When `to` is before `from` the count is negative: minus the working days in `[to, from)`, so that
 * `countWorkingDays(d, addWorkingDays(d, n).date).days === n` for every `n`, positive or negative.
 * `from` itself is never counted; `to` always is. Cost: two table lookups, whatever the span.
 *
 * @param from - the start (day 0), `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param to - the end, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param calendar - the working calendar
 * @param options - `coverage: 'provisional'` (default) or `'strict'`; `tentative: 'mark'` (default) or
 *   `'strict'`
 * @returns the count; `provisional`/`uncoveredYears` if a day in the span lies in an uncovered year;
 *   `tentative`/`tentativeDays` if the count would differ were one tentative day moved by a day
 * @throws {InvalidDateError} when a date is not valid
 * @throws {CalendarCoverageError} in strict mode, when the count would be provisional
 * @throws {CalendarTentativeError} with `tentative: 'strict'`, when the count would be tentative
 *
 * @example
 * import { countWorkingDays, nationalCalendar } from 'pengaduan';
 *
 * // Lebaran 2025: of the 14 days after 27 March, only 8-10 April are working days.
 * countWorkingDays('2025-03-27', '2025-04-10', nationalCalendar).days;
 * //=> 3
 * countWorkingDays('2025-04-10', '2025-03-27', nationalCalendar).days;
 * //=> -3
 */
export function countWorkingDays(
  from: CivilDateInput,
  to: CivilDateInput,
  calendar: WorkingCalendar,
  options?: CountWorkingDaysOptions,
): WorkingDayCount {
  const data = calendarData(calendar);
  const start = readCivilDay(from, 'from');
  const end = readCivilDay(to, 'to');
  assertInWindow(start, 'from');
  assertInWindow(end, 'to');
  const { cumulative } = workingDayTable(data);
  const a = start - WINDOW_START;
  const b = end - WINDOW_START;
  const forward = end >= start;
  const days = forward ? cumulative[b + 1]! - cumulative[a + 1]! : cumulative[b]! - cumulative[a]!;
  const first = forward ? start + 1 : end;
  const last = forward ? end : start - 1;
  const years = uncoveredYearsIn(data, first, last);
  enforceCoverage(calendar, options?.coverage, years);
  const tentativeDays = tentativeDaysIn(data, first, last, Number.NaN);
  enforceTentative(calendar, options?.tentative, tentativeDays);
  return {
    days,
    provisional: years.length > 0,
    uncoveredYears: years,
    tentative: tentativeDays.length > 0,
    tentativeDays,
  };
}
