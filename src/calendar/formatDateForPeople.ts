import { formatDayForPeople } from '../_lib/formatForPeople.js';
import { readCivilDay } from '../_lib/readCivilDay.js';
import type { Locale } from '../i18n/types.js';
import type { CivilDateInput } from './types.js';

/** Options of {@link formatDateForPeople} and {@link formatInstantForPeople}. */
export interface FormatForPeopleOptions {
  /** `'id'` (default) or `'en'`; any other value falls back to `'id'`. */
  readonly locale?: Locale;
}

/**
 * Writes a civil date for a person to read, with its weekday, through date-fns `format` and its
 * `id` or `en` locale: "Jumat, 4 April 2025", "Friday, 4 April 2025". Day first in both locales, as
 * dates are written in Indonesia. For a value a program reads, keep the `YYYY-MM-DD` string.
 *
 * @param date - the civil date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone) (a due date, a holiday)
 * @param options - `locale`: `'id'` (default) or `'en'`
 * @returns the date in words
 * @throws {InvalidDateError} when `date` is not a valid date, or is a `Date` without a zone
 *
 * @example
 * import { formatDateForPeople } from 'pengaduan';
 *
 * formatDateForPeople('2025-04-04');
 * //=> 'Jumat, 4 April 2025'
 * formatDateForPeople('2025-03-31', { locale: 'en' });
 * //=> 'Monday, 31 March 2025'
 */
export function formatDateForPeople(date: CivilDateInput, options?: FormatForPeopleOptions): string {
  return formatDayForPeople(readCivilDay(date, 'date'), options?.locale ?? 'id');
}
