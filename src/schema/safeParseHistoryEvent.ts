import { localeOptionOf } from '../_lib/localeOptionOf.js';
import type { HistoryEvent } from '../history/types.js';
import { HistoryEventSchema } from './HistoryEventSchema.js';
import type { ParseOptions, SafeParseResult } from './SafeParseResult.js';
import { safeParseWith } from './safeParseWith.js';

/**
 * Validates one history event from untrusted input (a queue message, an API call, a stored row).
 *
 * @param input - the event as received
 * @param options - `locale`: `'id'` (default) or `'en'`
 * @returns the event typed as `HistoryEvent`, or the error `parseHistoryEvent` would throw with the issues worded for people
 * @example
 * import { safeParseHistoryEvent } from 'pengaduan/schema';
 * const result = safeParseHistoryEvent(
 *   { type: 'complaint.held', at: '2025-04-14T08:00:00+07:00', actor: { role: 'admin_instansi' }, data: {} },
 *   { locale: 'id' },
 * );
 * result.success ? 'ok' : result.issues[0]?.message;
 * //=> 'Alasan wajib diisi'
 */
export function safeParseHistoryEvent(
  input: unknown,
  options: ParseOptions = {},
): SafeParseResult<HistoryEvent> {
  return safeParseWith(HistoryEventSchema, input, { locale: localeOptionOf(options), scope: 'event' });
}
