import { readInstantArgument } from '../_lib/readInstantArgument.js';
import type { InstantInput } from './types.js';

/**
 * Milliseconds since 1970-01-01T00:00:00Z of an instant, after checking that it carries an offset.
 * Use it to compare instants written in different zones.
 *
 * @param instant - ISO 8601 with an offset or `Z`, or a `Date` / `TZDate`
 * @returns epoch milliseconds
 * @throws {InvalidDateError} when the instant is malformed or has no offset (`'2025-03-27 10:00'`)
 *
 * @example
 * import { toEpochMilliseconds } from 'pengaduan';
 *
 * toEpochMilliseconds('2025-03-28T02:30:00+09:00') === toEpochMilliseconds('2025-03-27T17:30:00Z');
 * //=> true
 */
export function toEpochMilliseconds(instant: InstantInput): number {
  return readInstantArgument(instant, 'instant');
}
