import { daysFromCivil } from '../../_lib/dayNumber.js';
import { formatDayNumber } from '../../_lib/formatDayNumber.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { errorText } from '../../i18n/errorMessages/index.js';

/**
 * The span of dates working-day arithmetic can answer for: 1900-01-01 to 2199-12-31. Tables are
 * precomputed over it, which is what makes every lookup O(1). Outside it the calendar says so.
 */
export const WINDOW_FIRST_YEAR = 1900;
export const WINDOW_LAST_YEAR = 2199;
export const WINDOW_START = daysFromCivil(WINDOW_FIRST_YEAR, 1, 1);
export const WINDOW_END = daysFromCivil(WINDOW_LAST_YEAR, 12, 31);
/** Number of days in the window. */
export const WINDOW_LENGTH = WINDOW_END - WINDOW_START + 1;

const WINDOW_EXPECTED = /* @__PURE__ */ errorText('window_date_expected', {
  windowFirstYear: WINDOW_FIRST_YEAR,
  windowLastYear: WINDOW_LAST_YEAR,
});

/** Throws `InvalidArgumentError` unless the day number lies inside the window. */
export function assertInWindow(dayNumber: number, argument: string): void {
  if (dayNumber < WINDOW_START || dayNumber > WINDOW_END) {
    throw new InvalidArgumentError('invalid_argument', {
      argument,
      value: formatDayNumber(dayNumber),
      expected: WINDOW_EXPECTED,
    });
  }
}

/** The error for a result that would fall outside the window (e.g. adding 200 000 working days). */
export function resultOutsideWindow(argument: string, value: unknown): InvalidArgumentError {
  return new InvalidArgumentError('invalid_argument', {
    argument,
    value,
    expected: errorText('result_outside_window', {
      windowFirstYear: WINDOW_FIRST_YEAR,
      windowLastYear: WINDOW_LAST_YEAR,
    }),
  });
}
