import { localeOptionOf } from '../_lib/localeOptionOf.js';
import type { History } from '../history/types.js';
import { HistorySchema } from './HistoryEventSchema.js';
import type { ParseOptions, SafeParseResult } from './SafeParseResult.js';
import { safeParseWith } from './safeParseWith.js';

/**
 * Validates a whole history (a list of events, oldest first). Issue paths start with the position
 * of the event in the list.
 *
 * @param input - the list as received
 * @param options - `locale`: `'id'` (default) or `'en'`
 * @returns the history typed as `History`, or the error `parseHistory` would throw with the issues worded for people
 * @example
 * import { safeParseHistory } from 'pengaduan/schema';
 * const result = safeParseHistory([{ type: 'complaint.resumed', at: '2025-04-14', actor: { role: 'system' }, data: {} }], { locale: 'en' });
 * result.success ? 'ok' : result.issues[0]?.message;
 * //=> 'Event time (item 1) has the wrong format: expected an ISO 8601 time with seconds and an explicit offset or Z, e.g. 2025-03-27T16:30:00+07:00, in the years 1970-2099, offset at most ±14:00, at most 9 fraction digits'
 */
export function safeParseHistory(input: unknown, options: ParseOptions = {}): SafeParseResult<History> {
  return safeParseWith(HistorySchema, input, { locale: localeOptionOf(options), scope: 'history' });
}
