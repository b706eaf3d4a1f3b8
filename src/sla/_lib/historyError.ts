import { InvalidHistoryError } from '../../errors/InvalidHistoryError.js';
import { PengaduanError } from '../../errors/PengaduanError.js';
import { slaText } from '../../i18n/errorMessages/sla.js';
import type { LocalizedText } from '../../i18n/types.js';

/**
 * The refusal of a history: the event's index (none for the history itself), the field, the value
 * and what was expected, with the reason of the parser that refused it when it gave one.
 */
export function historyError(
  index: number | undefined,
  field: string,
  value: unknown,
  expected: LocalizedText,
  cause?: unknown,
): InvalidHistoryError {
  return new InvalidHistoryError('invalid_history', {
    ...(index === undefined ? {} : { index }),
    field,
    value,
    expected:
      cause instanceof PengaduanError
        ? slaText('expected_with_cause', { expected, reason: cause.text })
        : expected,
  });
}

export const INSTANT_EXPECTED = /* @__PURE__ */ slaText('offset_instant_expected');
export const DATE_EXPECTED = /* @__PURE__ */ slaText('iso_date_expected');
