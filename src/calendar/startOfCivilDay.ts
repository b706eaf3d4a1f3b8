import { MS_PER_DAY } from '../_lib/dayNumber.js';
import { readCivilDay } from '../_lib/readCivilDay.js';
import { assertZone, formatInstantInZone, wallTimeToEpochMs } from '../_lib/zones.js';
import type { CivilDateInput, Instant } from './types.js';

/**
 * The first instant of a civil date in a zone, written with the zone's offset
 * (`2025-03-27T00:00:00.000+07:00`). Where midnight does not exist (a daylight-saving jump at 00:00,
 * unknown in Indonesia) it is the first instant that does.
 *
 * @param date - the civil date, `YYYY-MM-DD` or a `TZDate` (its date in its own zone)
 * @param zone - IANA zone, e.g. `'Asia/Makassar'` (WITA)
 * @returns the instant
 * @throws {InvalidDateError} when `date` is not a valid date, or is a `Date` without a zone
 * @throws {InvalidArgumentError} when the zone is unknown
 *
 * @example
 * import { startOfCivilDay, ZONES } from 'pengaduan';
 *
 * startOfCivilDay('2025-03-27', ZONES.WITA);
 * //=> '2025-03-27T00:00:00.000+08:00'
 */
export function startOfCivilDay(date: CivilDateInput, zone: string): Instant {
  const day = readCivilDay(date, 'date');
  assertZone(zone, 'zone');
  return formatInstantInZone(wallTimeToEpochMs(day * MS_PER_DAY, zone), zone);
}
