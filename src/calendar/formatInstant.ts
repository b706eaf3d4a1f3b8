import { assertZone, formatInstantInZone } from '../_lib/zones.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { Instant } from './types.js';

// 0001-01-02 and 9999-12-30 UTC: a day of margin on each side, so that any zone's offset still gives a
// local date with a four-digit year.
const FIRST_WRITABLE_MS = -62_135_510_400_000;
const LAST_WRITABLE_MS = 253_402_127_999_999;

/**
 * Writes epoch milliseconds as an ISO 8601 instant in a zone's local time with its offset, the way
 * this library writes every instant (`2025-03-28T02:30:00.000+09:00`).
 *
 * @param epochMilliseconds - an integer, e.g. from {@link toEpochMilliseconds}
 * @param zone - IANA zone
 * @returns the instant
 * @throws {InvalidArgumentError} for a non-integer time or an unknown zone
 *
 * @example
 * import { formatInstant, toEpochMilliseconds, ZONES } from 'pengaduan';
 *
 * formatInstant(toEpochMilliseconds('2025-03-27T17:30:00Z'), ZONES.WIT);
 * //=> '2025-03-28T02:30:00.000+09:00'
 */
export function formatInstant(epochMilliseconds: number, zone: string): Instant {
  if (
    !Number.isInteger(epochMilliseconds) ||
    epochMilliseconds < FIRST_WRITABLE_MS ||
    epochMilliseconds > LAST_WRITABLE_MS
  ) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'epochMilliseconds',
      value: epochMilliseconds,
      expected: errorText('epoch_milliseconds_expected'),
    });
  }
  assertZone(zone, 'zone');
  return formatInstantInZone(epochMilliseconds, zone);
}
