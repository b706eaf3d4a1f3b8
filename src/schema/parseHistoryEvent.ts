import type { HistoryEvent } from '../history/types.js';
import { localeOption } from './_lib/localeOption.js';
import { HistoryEventSchema } from './HistoryEventSchema.js';
import type { ParseOptions, ParseResult } from './ParseResult.js';
import { parseWith } from './parseWith.js';

/**
 * Validates one history event from untrusted input (a queue message, an API call, a stored row).
 *
 * @param input - the event as received
 * @param options - `locale`: `'id'` (default) or `'en'`
 * @returns the event typed as `HistoryEvent`, or the issues worded for people
 * @example
 * import { parseHistoryEvent } from 'pengaduan/schema';
 * const result = parseHistoryEvent(
 *   { type: 'complaint.held', at: '2025-04-14T08:00:00+07:00', actor: { role: 'admin_instansi' }, data: {} },
 *   { locale: 'id' },
 * );
 * result.success ? 'ok' : result.issues[0]?.message;
 * //=> 'Alasan wajib diisi'
 */
export function parseHistoryEvent(input: unknown, options: ParseOptions = {}): ParseResult<HistoryEvent> {
  return parseWith(HistoryEventSchema, input, { locale: localeOption(options), scope: 'event' });
}
