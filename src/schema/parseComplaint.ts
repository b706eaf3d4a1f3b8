import { localeOptionOf } from '../_lib/localeOptionOf.js';
import { type Complaint, ComplaintSchema } from './ComplaintSchema.js';
import type { ParseOptions } from './SafeParseResult.js';
import { safeParseWith } from './safeParseWith.js';

/**
 * Validates a complaint like `safeParseComplaint`, but returns the data or throws: for code paths
 * where bad input is a bug rather than a person's typo.
 *
 * @param input - the value as received
 * @param options - `locale`: `'id'` (default) or `'en'`, the language of the issues' wording in zod's error
 * @returns the complaint with defaults filled in
 * @throws {SchemaValidationError} with every issue in both languages
 * @example
 * import { parseComplaint } from 'pengaduan/schema';
 * parseComplaint({ filing: 'formal', type: 'pengaduan', channel: 'web' });
 * // throws SchemaValidationError: Complainant (pengadu) is required
 */
export function parseComplaint(input: unknown, options: ParseOptions = {}): Complaint {
  const result = safeParseWith(ComplaintSchema, input, {
    locale: localeOptionOf(options),
    scope: 'complaint',
  });
  if (result.success) return result.data;
  throw result.error;
}
