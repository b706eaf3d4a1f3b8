import { localeOptionOf } from '../_lib/localeOptionOf.js';
import type { HistoryEvent } from '../history/types.js';
import { HistoryEventSchema } from './HistoryEventSchema.js';
import type { ParseOptions } from './SafeParseResult.js';
import { safeParseWith } from './safeParseWith.js';

/**
 * Validates one history event like `safeParseHistoryEvent`, but returns the data or throws: for code paths
 * where bad input is a bug rather than a person's typo.
 *
 * @param input - the value as received
 * @param options - `locale`: `'id'` (default) or `'en'`, the language of the issues' wording in zod's error
 * @returns the event typed as `HistoryEvent`
 * @throws {SchemaValidationError} with every issue in both languages
 * @example
 * import { parseHistoryEvent } from 'pengaduan/schema';
 * parseHistoryEvent({ type: 'complaint.held', at: '2025-04-14T08:00:00+07:00', actor: { role: 'admin_instansi' }, data: {} });
 * // throws SchemaValidationError: Reason is required
 */
export function parseHistoryEvent(input: unknown, options: ParseOptions = {}): HistoryEvent {
  const result = safeParseWith(HistoryEventSchema, input, {
    locale: localeOptionOf(options),
    scope: 'event',
  });
  if (result.success) return result.data;
  throw result.error;
}
