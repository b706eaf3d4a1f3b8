import { describeName, describeValue } from '../_lib/describeValue.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { LocalizedText } from '../i18n/types.js';
import type { InvalidHistoryErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** Which event is wrong, and how. */
export interface InvalidHistoryErrorDetails {
  /** Position of the event in the history (0-based); absent when the history itself is not an array. */
  readonly index?: number;
  /** The field, e.g. `'at'`, `'type'`, `'data.unitId'`. */
  readonly field: string;
  /** The value found there, as received. */
  readonly value: unknown;
  /** What was expected, in English. */
  readonly expected: string;
}

/**
 * A complaint history the deadline engine refuses to evaluate: not an array, an event of an unknown
 * type, an `at` that is not an ISO 8601 instant with an offset, a malformed date or instant in the
 * data a clock reads, or events out of order. Out-of-order histories are refused rather than sorted:
 * an audit must evaluate exactly the record it was given.
 *
 * `code` is `'invalid_history'`; `details.index` and `details.field` point at the event and field.
 */
export class InvalidHistoryError extends PengaduanError {
  override readonly name: string = 'InvalidHistoryError';
  declare readonly code: InvalidHistoryErrorCode;
  declare readonly details: Readonly<InvalidHistoryErrorDetails>;

  /**
   * @param code - `'invalid_history'`
   * @param input - the event's index and field, the value and what was expected, in Bahasa Indonesia
   *   and English (kept in English in `details.expected`)
   * @param options - `cause`
   */
  constructor(
    code: InvalidHistoryErrorCode,
    input: Omit<InvalidHistoryErrorDetails, 'expected'> & { readonly expected: LocalizedText },
    options?: ErrorOptions,
  ) {
    const { expected, ...details } = input;
    super(
      code,
      errorText('invalid_history', {
        index: details.index,
        field: describeName(details.field),
        shown: describeValue(details.value),
        expected,
      }),
      { ...details, expected: expected.en },
      options,
    );
  }
}
