import { civilFromDays, dayOfPacked, monthOfPacked, weekdayOfDayNumber } from '../_lib/dayNumber.js';
import { formatDayNumber } from '../_lib/formatDayNumber.js';
import { readCivilDay } from '../_lib/readCivilDay.js';
import { enforceCoverage, uncoveredYearsIn } from './_lib/coverage.js';
import { calendarData, workingDayTable } from './_lib/internals.js';
import { enforceTentative, tentativeDaysIn } from './_lib/tentative.js';
import { assertInWindow, WINDOW_START } from './_lib/window.js';
import { FIXED_DATE_HOLIDAYS, type FixedDateHoliday } from './fixedDateHolidays.js';
import type {
  CivilDate,
  CivilDateInput,
  CoverageOptions,
  ExtraWorkingDay,
  NonWorkingDay,
  Weekday,
  WorkingCalendar,
} from './types.js';

/** Options of {@link describeDate}. */
export interface DescribeDateOptions extends CoverageOptions {}

/** Everything a calendar says about one date. */
export interface DateDescription {
  /** The date described, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: Weekday;
  /** `true` when the date is a working day of the calendar. */
  readonly working: boolean;
  /** `true` when the date's year is outside the calendar's coverage. */
  readonly provisional: boolean;
  /** The years outside the calendar's coverage the answer depends on; empty when none. */
  readonly uncoveredYears: readonly number[];
  /**
   * `true` when `working` would flip if one tentative day moved one day earlier or later: the date is
   * a tentative day itself, or the day before or after one.
   */
  readonly tentative: boolean;
  /** Those tentative days, ascending; empty when not tentative. */
  readonly tentativeDays: readonly CivilDate[];
  /** The official entries on this date (none for an ordinary weekend day). */
  readonly nonWorking: readonly NonWorkingDay[];
  /** Present when the date is an extra working day (hari kerja pengganti). */
  readonly extraWorking?: ExtraWorkingDay;
  /** Present when the date is off only because of the `'fixed_date_holidays'` assumption. */
  readonly assumedHoliday?: FixedDateHoliday;
}

/**
 * Describes a date on a calendar: its weekday, whether it is a working day and why not, and whether
 * the answer is provisional. Useful for showing a deadline's reasoning to a person.
 *
 * @param date - the civil date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param calendar - the working calendar
 * @param options - `coverage: 'provisional'` (default) or `'strict'`; `tentative: 'mark'` (default) or
 *   `'strict'`
 * @returns the description, frozen
 * @throws {InvalidDateError} when `date` is not a valid date, or is a `Date` without a zone
 * @throws {CalendarCoverageError} in strict mode, for a date in an uncovered year
 * @throws {CalendarTentativeError} with `tentative: 'strict'`, when `working` would be tentative
 *
 * @example
 * import { describeDate, nationalCalendar } from 'pengaduan';
 *
 * const d = describeDate('2021-05-13', nationalCalendar);
 * [d.weekday, d.working, d.nonWorking.map((h) => h.name.id)];
 * //=> [4, false, ['Hari Raya Idul Fitri 1442 Hijriah', 'Kenaikan Isa Al Masih']]
 */
export function describeDate(
  date: CivilDateInput,
  calendar: WorkingCalendar,
  options?: DescribeDateOptions,
): DateDescription {
  const data = calendarData(calendar);
  const day = readCivilDay(date, 'date');
  assertInWindow(day, 'date');
  const years = uncoveredYearsIn(data, day, day);
  enforceCoverage(calendar, options?.coverage, years);
  const { cumulative } = workingDayTable(data);
  const offset = day - WINDOW_START;
  const working = cumulative[offset + 1]! - cumulative[offset]! === 1;
  const tentativeDays = tentativeDaysIn(data, day, day, Number.NaN);
  enforceTentative(calendar, options?.tentative, tentativeDays);
  const nonWorking = data.nonWorkingDays.filter((_, i) => data.nonWorkingDayNumbers[i] === day);
  const extraIndex = data.extraWorkingDayNumbers.indexOf(day);
  let assumedHoliday: FixedDateHoliday | undefined;
  if (years.length > 0 && data.uncoveredYears === 'fixed_date_holidays' && extraIndex < 0) {
    const packed = civilFromDays(day);
    const month = monthOfPacked(packed);
    const dayOfMonth = dayOfPacked(packed);
    assumedHoliday = FIXED_DATE_HOLIDAYS.find((h) => h.month === month && h.day === dayOfMonth);
  }
  return Object.freeze({
    date: typeof date === 'string' ? date : formatDayNumber(day),
    weekday: weekdayOfDayNumber(day) as Weekday,
    working,
    provisional: years.length > 0,
    uncoveredYears: years,
    tentative: tentativeDays.length > 0,
    tentativeDays,
    nonWorking: Object.freeze(nonWorking),
    ...(extraIndex < 0 ? {} : { extraWorking: data.extraWorkingDays[extraIndex] }),
    ...(assumedHoliday === undefined ? {} : { assumedHoliday }),
  });
}
