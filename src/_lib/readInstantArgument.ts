import { InvalidDateError } from '../errors/InvalidDateError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { MAX_OFFSET_MINUTES } from './instantDefinition.js';
import { FIRST_INSTANT_YEAR, INSTANT_EXPECTED, LAST_INSTANT_YEAR, parseInstant } from './parseInstant.js';

// The instants a valid string can name (src/_lib/instantDefinition.ts): its years as written, with the
// widest offset either way. A `Date` is accepted over the same span, so that the two forms agree.
const FIRST_MS = Date.UTC(FIRST_INSTANT_YEAR, 0, 1) - MAX_OFFSET_MINUTES * 60_000;
const LAST_MS = Date.UTC(LAST_INSTANT_YEAR + 1, 0, 1) + MAX_OFFSET_MINUTES * 60_000 - 1;

const DATE_EXPECTED = /* @__PURE__ */ errorText('instant_date_expected', {
  firstInstantYear: FIRST_INSTANT_YEAR,
  lastInstantYear: LAST_INSTANT_YEAR,
  instantExpected: INSTANT_EXPECTED,
});

/**
 * Epoch milliseconds of a `Date` (a `TZDate` too: its zone does not change the instant). An Invalid
 * Date, an object that only pretends to be a `Date`, or an instant outside the span a valid instant
 * string can name is refused with an `InvalidDateError`.
 */
export function epochMsOfDate(value: Date, argument: string): number {
  let ms: number;
  try {
    // The prototype's method, not the object's own: a subclass or a fake cannot answer for it.
    ms = Date.prototype.getTime.call(value);
  } catch {
    ms = Number.NaN;
  }
  if (!(ms >= FIRST_MS && ms <= LAST_MS)) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: DATE_EXPECTED,
      argument,
      expected: 'Date or ISO 8601 instant with offset',
    });
  }
  return ms;
}

/**
 * Epoch milliseconds of an instant argument: an ISO 8601 string with an offset (the one definition,
 * `parseInstant`) or a `Date` / `TZDate`, which is an instant already. Converted once, here.
 */
export function readInstantArgument(value: unknown, argument: string): number {
  return value instanceof Date ? epochMsOfDate(value, argument) : parseInstant(value, argument);
}
