import { describeValue } from '../_lib/describeValue.js';
import type { LocalizedText } from '../i18n/types.js';
import { PengaduanError } from './PengaduanError.js';

/**
 * A civil date (`YYYY-MM-DD`) or an instant (ISO 8601 with an offset) that is malformed or does not
 * exist, such as `'2025-02-30'`, `'27/03/2025'`, `'2025-3-7'` or `'2025-03-27 10:00'`.
 *
 * `code` is `'invalid_date'`; `details.value` is the value received, `details.expected` what was
 * expected (in English), `details.reason` why the value was refused.
 */
export class InvalidDateError extends PengaduanError {
  override readonly name: string = 'InvalidDateError';

  /**
   * @param value - the value that was refused
   * @param reason - why, in Bahasa Indonesia and English, ending with what was expected
   * @param details - more context, e.g. `{ argument: 'date' }`
   */
  constructor(value: unknown, reason: LocalizedText, details: Record<string, unknown> = {}) {
    const shown = describeValue(value);
    super(
      'invalid_date',
      { id: `Tanggal tidak valid ${shown}: ${reason.id}`, en: `Invalid date ${shown}: ${reason.en}` },
      { value, reason: reason.en, ...details },
    );
  }
}
