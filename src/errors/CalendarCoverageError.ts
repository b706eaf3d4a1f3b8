import { describeName } from '../_lib/describeValue.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { CalendarCoverageErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** What the coverage error reports: the years that were needed and what the calendar covers. */
export interface CalendarCoverageErrorDetails {
  /** The years the computation had to classify that the calendar has no official data for. */
  readonly years: readonly number[];
  /** The calendar's `id` (e.g. the national calendar's). */
  readonly calendarId: string;
  /** The calendar's `dataVersion`, the version of its holiday data. */
  readonly dataVersion: string;
  /** The years the calendar's official data covers, both included. */
  readonly coverage: {
    /** The first covered year. */
    readonly fromYear: number;
    /** The last covered year. */
    readonly toYear: number;
  };
}

/**
 * A computation in `{ coverage: 'strict' }` mode needed a day of a year that the calendar's official
 * data does not cover (for the national calendar: before 2018 or after 2026). The fix is to add that
 * year's SKB with `calendar.extend({ ..., coverage: { fromYear, toYear } })`, or to accept a
 * provisional answer by leaving the default `{ coverage: 'provisional' }`.
 *
 * `code` is `'calendar_coverage'`; `details.years` lists the uncovered years.
 */
export class CalendarCoverageError extends PengaduanError {
  override readonly name: string = 'CalendarCoverageError';
  declare readonly code: CalendarCoverageErrorCode;
  declare readonly details: Readonly<CalendarCoverageErrorDetails>;

  /**
   * @param code - `'calendar_coverage'`
   * @param details - the uncovered years, the calendar and its coverage
   * @param options - `cause`
   */
  constructor(
    code: CalendarCoverageErrorCode,
    details: CalendarCoverageErrorDetails,
    options?: ErrorOptions,
  ) {
    const years = details.years.slice(0, 10).join(', ') + (details.years.length > 10 ? ', …' : '');
    const calendar = describeName(details.calendarId);
    const version = describeName(details.dataVersion);
    const covered = `${details.coverage.fromYear}-${details.coverage.toYear}`;
    super(
      code,
      errorText('calendar_coverage', { calendar, version, covered, years }),
      { ...details, years: Object.freeze([...details.years]) },
      options,
    );
  }
}
