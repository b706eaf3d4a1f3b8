import { formatMomentForPeople } from '../_lib/formatForPeople.js';
import { readInstantArgument } from '../_lib/readInstantArgument.js';
import { assertZone } from '../_lib/zones.js';
import type { FormatForPeopleOptions } from './formatDateForPeople.js';
import type { InstantInput } from './types.js';

/**
 * Writes an instant for a person to read, as the wall clock of a zone shows it, through date-fns
 * `format` and its `id` or `en` locale: "Jumat, 4 April 2025 pukul 23.59 WIT". Indonesia's zones are
 * named WIB, WITA and WIT (Keppres 41/1987); any other zone shows its offset (`UTC+05:30`, `UTC`).
 * Minutes are shown, seconds are not: a deadline that ends at 23:59:59.999 reads "pukul 23.59".
 *
 * @param instant - ISO 8601 with an offset or `Z`, or a `Date` / `TZDate`, e.g. a clock's `dueAt`
 * @param zone - IANA zone whose wall clock to show, e.g. `'Asia/Jayapura'` (WIT); see `ZONES`
 * @param options - `locale`: `'id'` (default) or `'en'`
 * @returns the instant in words
 * @throws {InvalidDateError} when the instant is malformed or has no offset
 * @throws {InvalidArgumentError} when the zone is unknown
 *
 * @example
 * import { formatInstantForPeople, ZONES } from 'pengaduan';
 *
 * formatInstantForPeople('2025-04-04T23:59:59.999+09:00', ZONES.WIT);
 * //=> 'Jumat, 4 April 2025 pukul 23.59 WIT'
 * // The same instant on an office clock in Jakarta, in English:
 * formatInstantForPeople('2025-04-04T23:59:59.999+09:00', ZONES.WIB, { locale: 'en' });
 * //=> 'Friday, 4 April 2025 at 21:59 WIB'
 */
export function formatInstantForPeople(
  instant: InstantInput,
  zone: string,
  options?: FormatForPeopleOptions,
): string {
  const epochMs = readInstantArgument(instant, 'instant');
  assertZone(zone, 'zone');
  return formatMomentForPeople(epochMs, zone, options?.locale ?? 'id');
}
