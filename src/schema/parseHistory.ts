import { localeOptionOf } from '../_lib/localeOptionOf.js';
import type { History } from '../history/types.js';
import { HistorySchema } from './HistoryEventSchema.js';
import type { ParseOptions } from './SafeParseResult.js';
import { safeParseWith } from './safeParseWith.js';

/**
 * Validates a whole history like `safeParseHistory`, but returns the data or throws: for code paths
 * where bad input is a bug rather than a person's typo.
 *
 * @param input - the value as received
 * @param options - `locale`: `'id'` (default) or `'en'`, the language of the issues' wording in zod's error
 * @returns the history typed as `History`
 * @throws {SchemaValidationError} with every issue in both languages
 * @example
 * import { parseHistory } from 'pengaduan/schema';
 * parseHistory([{ type: 'complaint.resumed', at: '2025-04-14T08:00:00+07:00', actor: { role: 'system' }, data: {} }])[0]?.type;
 * //=> 'complaint.resumed'
 */
export function parseHistory(input: unknown, options: ParseOptions = {}): History {
  const result = safeParseWith(HistorySchema, input, { locale: localeOptionOf(options), scope: 'history' });
  if (result.success) return result.data;
  throw result.error;
}
