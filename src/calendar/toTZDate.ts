import { TZDate } from '@date-fns/tz';
import { MS_PER_DAY } from '../_lib/dayNumber.js';
import { parseDayNumber } from '../_lib/parseDayNumber.js';
import { readInstantArgument } from '../_lib/readInstantArgument.js';
import { assertZone, wallTimeToEpochMs } from '../_lib/zones.js';
import type { CivilDate, InstantInput } from './types.js';

/**
 * Turns an answer of this library into a `TZDate` (from `@date-fns/tz`) in the handling unit's zone, so
 * that code written with date-fns works on it: `isBefore`, `differenceInCalendarDays`, `format`,
 * `formatDistance` with the `id` locale. A civil date (`YYYY-MM-DD`, such as a clock's `dueDate`)
 * becomes the start of that day in the zone; an instant (a clock's `dueAt`, an event's `at`, a `Date`)
 * becomes the same instant seen in the zone. To ask whether a deadline has passed, compare with the
 * clock's `dueAt` (the end of its due date), not with its `dueDate` (the start).
 *
 * @param value - a civil date `YYYY-MM-DD`, an ISO 8601 instant with an offset, or a `Date` / `TZDate`
 * @param zone - IANA zone, e.g. `'Asia/Jayapura'` (WIT); see `ZONES`
 * @returns a new `TZDate` in `zone`
 * @throws {InvalidDateError} when `value` is neither a valid date, a valid instant nor a valid `Date`
 * @throws {InvalidArgumentError} when the zone is unknown
 *
 * @example
 * import { toTZDate, ZONES } from 'pengaduan';
 *
 * toTZDate('2025-04-10', ZONES.WIT).toISOString();
 * //=> '2025-04-10T00:00:00.000+09:00'
 * toTZDate('2025-04-10T23:59:59.999+09:00', ZONES.WIB).toISOString();
 * //=> '2025-04-10T21:59:59.999+07:00'
 */
export function toTZDate(value: CivilDate | InstantInput, zone: string): TZDate {
  let ms: number;
  if (typeof value === 'string' && value.length === 10) {
    const day = parseDayNumber(value, 'value');
    assertZone(zone, 'zone');
    ms = wallTimeToEpochMs(day * MS_PER_DAY, zone);
  } else {
    ms = readInstantArgument(value, 'value');
    assertZone(zone, 'zone');
  }
  return new TZDate(ms, zone);
}
