import { PengaduanError } from '../errors/PengaduanError.js';
import { en } from '../i18n/en.js';
import { id } from '../i18n/id.js';
import { PHONE } from './_lib/patterns.js';

/** Thrown by `normalizePhoneNumber` for a value that is not an Indonesian phone number. */
export class InvalidPhoneNumberError extends PengaduanError {
  override readonly name = 'InvalidPhoneNumberError';

  constructor(value: unknown) {
    // The value is untrusted: show at most 40 characters of it, escaped.
    const kept = typeof value === 'string' ? value.slice(0, 40) : typeof value;
    const shown = JSON.stringify(kept);
    super(
      'invalid_phone_number',
      {
        id: id.issues.invalidFormat(`${id.fields.phone} ${shown}`, id.formats.phone),
        en: en.issues.invalidFormat(`${en.fields.phone} ${shown}`, en.formats.phone),
      },
      { value: kept, expected: PHONE.source },
    );
  }
}
