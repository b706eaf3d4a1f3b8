import { daysFromCivil } from '../../_lib/dayNumber.js';
import { formatDayNumber } from '../../_lib/formatDayNumber.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';

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

const WINDOW_EXPECTED = {
  id: `diharapkan tanggal antara ${WINDOW_FIRST_YEAR}-01-01 dan ${WINDOW_LAST_YEAR}-12-31 (rentang yang dapat dihitung kalender)`,
  en: `expected a date between ${WINDOW_FIRST_YEAR}-01-01 and ${WINDOW_LAST_YEAR}-12-31 (the span the calendar can compute)`,
} as const;

/** Throws `InvalidArgumentError` unless the day number lies inside the window. */
export function assertInWindow(dayNumber: number, argument: string): void {
  if (dayNumber < WINDOW_START || dayNumber > WINDOW_END) {
    throw new InvalidArgumentError(argument, formatDayNumber(dayNumber), WINDOW_EXPECTED);
  }
}

/** The error for a result that would fall outside the window (e.g. adding 200 000 working days). */
export function resultOutsideWindow(argument: string, value: unknown): InvalidArgumentError {
  return new InvalidArgumentError(argument, value, {
    id: `hasilnya jatuh di luar ${WINDOW_FIRST_YEAR}-01-01 … ${WINDOW_LAST_YEAR}-12-31, rentang yang dapat dihitung kalender`,
    en: `the result falls outside ${WINDOW_FIRST_YEAR}-01-01 … ${WINDOW_LAST_YEAR}-12-31, the span the calendar can compute`,
  });
}
