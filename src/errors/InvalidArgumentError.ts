import { describeName, describeValue } from '../_lib/describeValue.js';
import type { LocalizedText } from '../i18n/types.js';
import { PengaduanError } from './PengaduanError.js';

/**
 * An argument that is not a date but is still wrong: a non-integer or non-finite number of days, an
 * unknown time zone, a date outside the range the calendar can compute, an object that is not a
 * calendar. Plays the part of a `RangeError`/`TypeError` with a stable `code`: `'invalid_argument'`.
 *
 * `details.argument` names the parameter, `details.value` the value received, `details.expected`
 * what was expected (in English).
 */
export class InvalidArgumentError extends PengaduanError {
  override readonly name: string = 'InvalidArgumentError';

  /**
   * @param argument - the parameter's name, e.g. `'n'` or `'zone'`
   * @param value - the value that was refused
   * @param expected - what the parameter accepts, in Bahasa Indonesia and English
   * @param details - more context
   */
  constructor(
    argument: string,
    value: unknown,
    expected: LocalizedText,
    details: Record<string, unknown> = {},
  ) {
    const shown = describeValue(value);
    const name = describeName(argument);
    super(
      'invalid_argument',
      {
        id: `Argumen \`${name}\` tidak valid (${shown}): ${expected.id}`,
        en: `Invalid argument \`${name}\` (${shown}): ${expected.en}`,
      },
      { argument, value, expected: expected.en, ...details },
    );
  }
}
