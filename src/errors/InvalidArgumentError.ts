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
  constructor(code: InvalidArgumentErrorCode, input: InvalidArgumentErrorInput, options?: ErrorOptions);
  /**
   * @deprecated The 0.x order; use `(code, { argument, value, expected, ... }, options?)`.
   */
  constructor(argument: string, value: unknown, expected: LocalizedText, details?: Record<string, unknown>);
  constructor(
    first: string,
    second: unknown,
    third?: LocalizedText | ErrorOptions,
    fourth: Record<string, unknown> = {},
  ) {
    const modern = isModern(first, second, third);
    const { argument, value, expected, ...details } = modern
      ? (second as InvalidArgumentErrorInput)
      : { ...fourth, argument: first, value: second, expected: third as LocalizedText };
    const shown = describeValue(value);
    const name = describeName(argument);
    super(
      'invalid_argument',
      errorText('invalid_argument', { name, shown, expected }),
      { argument, value, expected: expected.en, ...details },
      modern ? (third as ErrorOptions | undefined) : undefined,
    );
  }
}

/** `(code, input, options?)`, as opposed to the deprecated `(argument, value, expected, details?)`. */
function isModern(first: string, second: unknown, third: unknown): boolean {
  if (first !== 'invalid_argument' || typeof second !== 'object' || second === null) return false;
  const input = second as Partial<InvalidArgumentErrorInput>;
  const expected = input.expected as Partial<LocalizedText> | undefined;
  const oldExpected = third as Partial<LocalizedText> | undefined;
  return (
    typeof input.argument === 'string' &&
    typeof expected?.id === 'string' &&
    !(typeof oldExpected?.id === 'string' && typeof oldExpected.en === 'string')
  );
}
