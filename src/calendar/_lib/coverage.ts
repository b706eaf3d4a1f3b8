import { yearOfDayNumber } from '../../_lib/dayNumber.js';
import { CalendarCoverageError } from '../../errors/CalendarCoverageError.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { errorText } from '../../i18n/errorMessages/index.js';
import type { CoverageMode, WorkingCalendar } from '../types.js';
import type { CalendarData } from './internals.js';

const NONE: readonly number[] = Object.freeze([]);

/**
 * The years in the span of day numbers `first … last` (inclusive) that the calendar's coverage does
 * not include, ascending; a shared frozen empty array when there are none (the common case costs two
 * comparisons of day numbers). An empty span (`first > last`) touches no year.
 */
export function uncoveredYearsIn(data: CalendarData, first: number, last: number): readonly number[] {
  if (first > last || (first >= data.coverageFirstDay && last <= data.coverageLastDay)) return NONE;
  const fromYear = yearOfDayNumber(first);
  const toYear = yearOfDayNumber(last);
  const { coverage } = data;
  const years: number[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    if (year < coverage.fromYear || year > coverage.toYear) years.push(year);
  }
  return Object.freeze(years);
}

/** Throws `CalendarCoverageError` in strict mode when the computation touched uncovered years. */
export function enforceCoverage(
  calendar: WorkingCalendar,
  mode: CoverageMode | undefined,
  years: readonly number[],
): void {
  if (mode !== undefined && mode !== 'provisional' && mode !== 'strict') {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.coverage',
      value: mode,
      expected: errorText('coverage_mode_expected'),
    });
  }
  if (years.length > 0 && mode === 'strict') {
    throw new CalendarCoverageError('calendar_coverage', {
      years,
      calendarId: calendar.id,
      dataVersion: calendar.dataVersion,
      coverage: calendar.coverage,
    });
  }
}
