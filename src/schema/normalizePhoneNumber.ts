import { PHONE } from './_lib/patterns.js';
import { InvalidPhoneNumberError } from './InvalidPhoneNumberError.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

/**
 * Whether a value is an Indonesian phone number as `PhoneNumberSchema` accepts it.
 *
 * @param value - anything
 * @returns `true` for a string such as `'0812-3456-7890'` or `'+62 22 4234567'`
 * @example
 * import { isPhoneNumber } from 'pengaduan/schema';
 * isPhoneNumber('0812-3456-7890'); //=> true
 * isPhoneNumber('1708'); //=> false
 */
export function isPhoneNumber(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SCHEMA_LIMITS.phone && PHONE.test(value);
}

/**
 * Writes an Indonesian phone number in E.164: `+62` and the national number, without separators.
 * Accepts the forms people type: `+62 812-3456-7890`, `62812…`, `0812 3456 7890`, `022-4234567`.
 *
 * @param value - the number as typed
 * @returns the number in E.164, e.g. `'+6281234567890'`
 * @throws {InvalidPhoneNumberError} when the value is not such a number
 * @example
 * import { normalizePhoneNumber } from 'pengaduan/schema';
 * normalizePhoneNumber('0812-3456-7890'); //=> '+6281234567890'
 * normalizePhoneNumber('+62 22 4234567'); //=> '+62224234567'
 * normalizePhoneNumber('1708');
 * // throws InvalidPhoneNumberError: The phone number "1708" has the wrong format
 */
export function normalizePhoneNumber(value: string): string {
  if (!isPhoneNumber(value)) throw new InvalidPhoneNumberError(value);
  const digits = value.replace(/[^0-9]/g, '');
  // The pattern guarantees one of the three prefixes; after removing it the national number remains.
  const national = value.startsWith('0') ? digits.slice(1) : digits.slice(2);
  return `+62${national}`;
}
