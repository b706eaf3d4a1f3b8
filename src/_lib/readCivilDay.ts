import { InvalidDateError } from '../errors/InvalidDateError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from './dayNumber.js';
import { describeValue } from './describeValue.js';
import { parseDayNumber } from './parseDayNumber.js';
import { dayNumberInZone, isValidZone, ZONE_EXPECTED } from './zones.js';

const NO_ZONE = /* @__PURE__ */ errorText('date_without_zone');

const INVALID = /* @__PURE__ */ errorText('invalid_date_object');

/**
 * The day number of a civil-date argument: a `YYYY-MM-DD` string, or a `TZDate` (from @date-fns/tz),
 * whose date is read in its own zone. A `Date` without a zone is refused with an `InvalidDateError`
 * that says which zone to give: its civil date depends on a zone, and the host's is never read.
 * Strings take the first branch, so the calendar's speed on strings is unchanged.
 */
export function readCivilDay(value: unknown, argument: string): number {
  if (typeof value === 'string' || !(value instanceof Date)) return parseDayNumber(value, argument);
  const details = { argument, expected: 'YYYY-MM-DD or TZDate' };
  let ms: number;
  let zone: unknown;
  try {
    ms = Date.prototype.getTime.call(value);
    zone = (value as { readonly timeZone?: unknown }).timeZone;
  } catch {
    throw new InvalidDateError('invalid_date', { value, reason: INVALID, ...details });
  }
  if (Number.isNaN(ms)) throw new InvalidDateError('invalid_date', { value, reason: INVALID, ...details });
  if (zone === undefined) throw new InvalidDateError('invalid_date', { value, reason: NO_ZONE, ...details });
  if (!isValidZone(zone)) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: errorText('unknown_tzdate_zone', { zone: describeValue(zone), zoneExpected: ZONE_EXPECTED }),
      ...details,
    });
  }
  const day = dayNumberInZone(ms, zone);
  if (day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: errorText('year_out_of_range'),
      ...details,
    });
  }
  return day;
}
