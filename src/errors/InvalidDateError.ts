import { describeValue } from '../_lib/describeValue.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { LocalizedText } from '../i18n/types.js';
import type { InvalidDateErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** What an `InvalidDateError` is built from. */
export interface InvalidDateErrorInput {
  /** The value that was refused. */
  readonly value: unknown;
  /** Why, in Bahasa Indonesia and English, ending with what was expected (kept in English in `details.reason`). */
  readonly reason: LocalizedText;
  /** More context, e.g. `argument: 'date'`. */
  readonly [key: string]: unknown;
}

/**
 * A civil date (`YYYY-MM-DD`) or an instant (ISO 8601 with an offset) that is malformed or does not
 * exist, such as `'2025-02-30'`, `'27/03/2025'`, `'2025-3-7'` or `'2025-03-27 10:00'`.
 *
 * `code` is `'invalid_date'`; `details.value` is the value received, `details.expected` what was
 * expected (in English), `details.reason` why the value was refused.
 */
export class InvalidDateError extends PengaduanError {
  override readonly name: string = 'InvalidDateError';
  declare readonly code: InvalidDateErrorCode;

  /**
   * @param code - `'invalid_date'`
   * @param input - the value, why it was refused, and more context (e.g. `argument: 'date'`)
   * @param options - `cause`
   */
  constructor(code: InvalidDateErrorCode, input: InvalidDateErrorInput, options?: ErrorOptions) {
    const { value, reason, ...details } = input;
    const shown = describeValue(value);
    super(
      code,
      errorText('invalid_date', { shown, reason }),
      { value, reason: reason.en, ...details },
      options,
    );
  }
}
