import type { z } from 'zod';
import { type ParseWithOptions, safeParseWith } from './safeParseWith.js';

/**
 * Validates input against a schema and returns the data, or throws a `SchemaValidationError` whose
 * issues are worded in both languages. For code paths where bad input is a bug (replaying a stored
 * history, a host's own configuration), not a citizen's typo; `safeParseWith` returns the same error
 * instead of throwing it.
 *
 * @param schema - any schema of this package
 * @param input - the value to check
 * @param options - `scope`, the record it describes, for labels and quoted articles (the error
 *   carries the issues in both languages whatever the `locale`)
 * @returns the parsed data
 * @throws {SchemaValidationError} with `code: 'schema_validation'`
 * @example
 * import { HistoryEventSchema, parseWith } from 'pengaduan/schema';
 * parseWith(HistoryEventSchema, { type: 'complaint.resumed', at: '2025-04-14T08:00:00+07:00', actor: { role: 'system' }, data: {} }, { scope: 'event' }).type;
 * //=> 'complaint.resumed'
 * parseWith(HistoryEventSchema, { type: 'complaint.resumed', at: '2025-04-14', actor: { role: 'system' }, data: {} }, { scope: 'event' });
 * // throws SchemaValidationError: Event time has the wrong format
 */
export function parseWith<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  options: ParseWithOptions = {},
): z.output<TSchema> {
  const result = safeParseWith(schema, input, options);
  if (result.success) return result.data;
  throw result.error;
}
