import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';

/** Throws `InvalidArgumentError` unless `n` is a whole number (not NaN, not Infinity, not 1.5). */
export function assertDayCount(n: unknown, argument = 'n'): asserts n is number {
  if (!Number.isInteger(n)) {
    throw new InvalidArgumentError(argument, n, {
      id: 'diharapkan bilangan bulat hari (mis. 3 atau -5)',
      en: 'expected a whole number of days (e.g. 3 or -5)',
    });
  }
}
