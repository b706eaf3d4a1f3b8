import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { errorText } from '../../i18n/errorMessages/index.js';

/** Throws `InvalidArgumentError` unless `n` is a whole number (not NaN, not Infinity, not 1.5). */
export function assertDayCount(n: unknown, argument = 'n'): asserts n is number {
  if (!Number.isInteger(n)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument,
      value: n,
      expected: errorText('whole_days_expected'),
    });
  }
}
