import { formatDayNumber } from '../_lib/formatDayNumber.js';
import { readCivilDay } from '../_lib/readCivilDay.js';
import { assertDayCount } from './_lib/assertDayCount.js';
import { enforceCoverage, uncoveredYearsIn } from './_lib/coverage.js';
import { calendarData, workingDayTable } from './_lib/internals.js';
import { enforceTentative, tentativeDaysIn } from './_lib/tentative.js';
import { assertInWindow, resultOutsideWindow, WINDOW_START } from './_lib/window.js';
import type { CivilDateInput, CoverageOptions, WorkingCalendar, WorkingDateResult } from './types.js';

/** Options of {@link addWorkingDays}. */
export interface AddWorkingDaysOptions extends CoverageOptions {}

const NONE: readonly never[] = Object.freeze([]);

/**
 * The n-th working day strictly after `date` (day 0 is `date` itself, which need not be a working
 * day); a negative `n` counts back to the n-th working day strictly before `date`; `n = 0` returns
 * `date` unchanged even when it is not a working day.
 *
 * This is the "paling lambat N hari kerja setelah …" of the rules: 3 hari kerja after a complaint
 * received on Thursday 27 March 2025 end on Thursday 10 April 2025. It is the inverse of
 * {@link countWorkingDays}: `countWorkingDays(d, addWorkingDays(d, n).date).days === n`. Cost: one
 * table lookup, whatever `n` is.
 *
 * @param date - the day the period starts from (day 0), `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param n - whole number of working days
 * @param calendar - the working calendar, e.g. `nationalCalendar`
 * @param options - `coverage: 'provisional'` (default) or `'strict'`; `tentative: 'mark'` (default) or
 *   `'strict'`
 * @returns the date; `provisional`/`uncoveredYears` if a day between `date` (exclusive) and the
 *   result (inclusive) lies in a year the calendar does not cover; `tentative`/`tentativeDays` if the
 *   date would differ were one tentative day (a lunar holiday before its isbat) one day earlier or later
 * @throws {InvalidDateError} when `date` is not a valid date, or is a `Date` without a zone
 * @throws {InvalidArgumentError} when `n` is not an integer or the result leaves 1900-2199
 * @throws {CalendarCoverageError} in strict mode, when the result would be provisional
 * @throws {CalendarTentativeError} with `tentative: 'strict'`, when the result would be tentative
 * @see SP4N-LAPOR! practice: verification and forwarding within 3 hari kerja
 *
 * @example
 * import { addWorkingDays, nationalCalendar } from 'pengaduan';
 *
 * // Cuti bersama 28 Mar, Nyepi 29 Mar, Idul Fitri 31 Mar-1 Apr, cuti bersama 2-4 and 7 Apr are skipped.
 * addWorkingDays('2025-03-27', 3, nationalCalendar);
 * //=> { date: '2025-04-10', provisional: false, uncoveredYears: [], tentative: false, tentativeDays: [] }
 *
 * // Idulfitri 1448 H (10-11 March 2027) awaits the sidang isbat: had it moved, so would the answer.
 * addWorkingDays('2027-03-05', 3, nationalCalendar).tentativeDays;
 * //=> ['2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12', '2027-03-15']
 *
 * // 2028 has no SKB yet: the answer is marked provisional.
 * addWorkingDays('2027-12-15', 20, nationalCalendar).uncoveredYears;
 * //=> [2028]
 */
export function addWorkingDays(
  date: CivilDateInput,
  n: number,
  calendar: WorkingCalendar,
  options?: AddWorkingDaysOptions,
): WorkingDateResult {
  const data = calendarData(calendar);
  const start = readCivilDay(date, 'date');
  assertInWindow(start, 'date');
  assertDayCount(n);
  if (n === 0) {
    // Day 0 touches no other day, so it is never provisional.
    enforceCoverage(calendar, options?.coverage, NONE);
    enforceTentative(calendar, options?.tentative, NONE);
    return {
      date: typeof date === 'string' ? date : formatDayNumber(start),
      provisional: false,
      uncoveredYears: NONE,
      tentative: false,
      tentativeDays: NONE,
    };
  }
  const { cumulative, workingOffsets } = workingDayTable(data);
  const offset = start - WINDOW_START;
  // cumulative[offset + 1] counts working days up to and including `date`: the next one has that index.
  const index = n > 0 ? cumulative[offset + 1]! + n - 1 : cumulative[offset]! + n;
  if (index < 0 || index >= workingOffsets.length) throw resultOutsideWindow('n', n);
  const result = workingOffsets[index]! + WINDOW_START;
  const first = n > 0 ? start + 1 : result;
  const last = n > 0 ? result : start - 1;
  const years = uncoveredYearsIn(data, first, last);
  enforceCoverage(calendar, options?.coverage, years);
  const tentativeDays = tentativeDaysIn(data, first, last, result);
  enforceTentative(calendar, options?.tentative, tentativeDays);
  // A fresh object per call, not frozen: freezing would double the cost of the call, and nothing is shared.
  return {
    date: formatDayNumber(result),
    provisional: years.length > 0,
    uncoveredYears: years,
    tentative: tentativeDays.length > 0,
    tentativeDays,
  };
}
