import { describeName, describeValue } from '../_lib/describeValue.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { LocalizedText } from '../i18n/types.js';
import type { InvalidArgumentErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** What an `InvalidArgumentError` is built from. */
export interface InvalidArgumentErrorInput {
  /** The parameter's name, e.g. `'n'` or `'zone'`. */
  readonly argument: string;
  /** The value that was refused. */
  readonly value: unknown;
  /** What the parameter accepts, in Bahasa Indonesia and English (kept in English in `details.expected`). */
  readonly expected: LocalizedText;
  /** More context, e.g. `reason: 'another_copy'`. */
  readonly [key: string]: unknown;
}

/**
 * An argument that is not a date but is still wrong: a non-integer or non-finite number of days, an
 * unknown time zone, a date outside the range the calendar can compute, an object that is not a
 * calendar (`details.reason` is `'another_copy'` when it is a calendar of another copy of pengaduan:
 * the ESM and CommonJS builds mixed, or two versions installed). Plays the part of a
 * `RangeError`/`TypeError` with a stable `code`: `'invalid_argument'`.
 *
 * `details.argument` names the parameter, `details.value` the value received, `details.expected`
 * what was expected (in English).
 */
export class InvalidArgumentError extends PengaduanError {
  override readonly name: string = 'InvalidArgumentError';
  declare readonly code: InvalidArgumentErrorCode;

  /**
   * @param code - `'invalid_argument'`
   * @param input - the parameter, the value refused, what was expected, more context
   * @param options - `cause`
   */
  constructor(code: InvalidArgumentErrorCode, input: InvalidArgumentErrorInput, options?: ErrorOptions) {
    const { argument, value, expected, ...details } = input;
    const shown = describeValue(value);
    const name = describeName(argument);
    super(
      code,
      errorText('invalid_argument', { name, shown, expected }),
      { argument, value, expected: expected.en, ...details },
      options,
    );
  }
}
