import { MS_PER_DAY } from '../_lib/dayNumber.js';
import { readCivilDay } from '../_lib/readCivilDay.js';
import { assertZone, formatInstantInZone, wallTimeToEpochMs } from '../_lib/zones.js';
import type { CivilDateInput, Instant } from './types.js';

/**
 * The last instant (to the millisecond) of a civil date in a zone, written with the zone's offset:
 * the moment a deadline that falls on that date expires for an office in that zone.
 *
 * Defined as one millisecond before the next day starts, so it is right even on days whose length
 * is not 24 hours (daylight-saving zones abroad).
 *
 * @param date - the civil date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param zone - IANA zone, e.g. `'Asia/Jayapura'` (WIT)
 * @returns the instant
 * @throws {InvalidDateError} when `date` is not a valid date, or is a `Date` without a zone
 * @throws {InvalidArgumentError} when the zone is unknown
 *
 * @example
 * import { endOfCivilDay, ZONES } from 'pengaduan';
 *
 * endOfCivilDay('2025-04-10', ZONES.WIB);
 * //=> '2025-04-10T23:59:59.999+07:00'
 * endOfCivilDay('2025-04-10', ZONES.WIT);
 * //=> '2025-04-10T23:59:59.999+09:00'
 */
export function endOfCivilDay(date: CivilDateInput, zone: string): Instant {
  const day = readCivilDay(date, 'date');
  assertZone(zone, 'zone');
  const nextStart = wallTimeToEpochMs((day + 1) * MS_PER_DAY, zone);
  return formatInstantInZone(nextStart - 1, zone);
}
