import { formatDayNumber } from '../_lib/formatDayNumber.js';
import { readInstantArgument } from '../_lib/readInstantArgument.js';
import { assertZone, dayNumberInZone } from '../_lib/zones.js';
import type { CivilDate, InstantInput } from './types.js';

/**
 * The civil date of an instant in a zone: the day on the wall calendar of an office in that zone when
 * the instant happened. A complaint's day 0 is the civil date of its receipt in the handling unit's
 * zone, not in the server's.
 *
 * @param instant - ISO 8601 with an offset or `Z`, or a `Date` / `TZDate`, e.g. `'2025-03-27T17:30:00Z'`
 * @param zone - IANA zone, e.g. `'Asia/Jayapura'` (WIT); see `ZONES`
 * @returns the civil date, `YYYY-MM-DD`
 * @throws {InvalidDateError} when the instant is malformed or has no offset
 * @throws {InvalidArgumentError} when the zone is unknown
 *
 * @example
 * import { civilDateOf, ZONES } from 'pengaduan';
 *
 * // 17:30 UTC is already 02:30 on 28 March in Jayapura, 01:30 in Makassar, 00:30 in Jakarta.
 * civilDateOf('2025-03-27T17:30:00Z', ZONES.WIT);
 * //=> '2025-03-28'
 * civilDateOf('2025-03-27T16:30:00Z', ZONES.WIB);
 * //=> '2025-03-27'
 */
export function civilDateOf(instant: InstantInput, zone: string): CivilDate {
  const epochMs = readInstantArgument(instant, 'instant');
  assertZone(zone, 'zone');
  return formatDayNumber(dayNumberInZone(epochMs, zone));
}
