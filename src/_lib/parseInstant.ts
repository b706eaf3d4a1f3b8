import { InvalidDateError } from '../errors/InvalidDateError.js';
import { lastInstantProblem, readInstant } from './instantDefinition.js';

export {
  FIRST_INSTANT_YEAR,
  INSTANT_EXPECTED,
  LAST_INSTANT_YEAR,
  MAX_FRACTION_DIGITS,
  MAX_OFFSET_MINUTES,
} from './instantDefinition.js';

/**
 * Milliseconds since the epoch of a valid instant. Anything else, including instants without an
 * offset (`'2025-03-27T10:00:00'`, whose reading would depend on the host's zone) and instants
 * outside the years 1970-2099, is refused with an `InvalidDateError` that says why.
 */
export function parseInstant(value: unknown, argument = 'instant'): number {
  const ms = readInstant(value);
  if (Number.isNaN(ms)) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: lastInstantProblem(),
      argument,
      expected: 'ISO 8601 instant with offset',
    });
  }
  return ms;
}
