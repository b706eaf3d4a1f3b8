import type { z } from 'zod';
import { formatIssues } from './formatIssues.js';
import type { SchemaScope } from './SchemaScope.js';
import { SchemaValidationError } from './SchemaValidationError.js';

/**
 * Validates input against a schema and returns the data, or throws a `SchemaValidationError` whose
 * issues are worded in both languages. For code paths where bad input is a bug (replaying a stored
 * history, a host's own configuration), not a citizen's typo.
 *
 * @param schema - any schema of this package
 * @param input - the value to check
 * @param scope - the record it describes, for labels and quoted articles
 * @returns the parsed data
 * @throws {SchemaValidationError} with `code: 'schema_validation'`
 * @example
 * import { HistoryEventSchema, parseOrThrow } from 'pengaduan/schema';
 * parseOrThrow(HistoryEventSchema, { type: 'complaint.resumed', at: '2025-04-14T08:00:00+07:00', actor: { role: 'system' }, data: {} }, 'event').type;
 * //=> 'complaint.resumed'
 * parseOrThrow(HistoryEventSchema, { type: 'complaint.resumed', at: '2025-04-14', actor: { role: 'system' }, data: {} }, 'event');
 * // throws SchemaValidationError: Event time has the wrong format
 */
export function parseOrThrow<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  scope?: SchemaScope,
): z.output<TSchema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const options = scope === undefined ? { input } : { input, scope };
  throw new SchemaValidationError(scope, {
    id: formatIssues(result.error, 'id', options),
    en: formatIssues(result.error, 'en', options),
  });
}
