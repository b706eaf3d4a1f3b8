import { localeOptionOf } from '../_lib/localeOptionOf.js';
import { type Complaint, ComplaintSchema } from './ComplaintSchema.js';
import type { ParseOptions, SafeParseResult } from './SafeParseResult.js';
import { safeParseWith } from './safeParseWith.js';

/**
 * Validates a complaint from untrusted input (a portal form, an SP4N-LAPOR! integration, an import)
 * and words the issues for the citizen or the clerk.
 *
 * @param input - the complaint as received
 * @param options - `locale`: `'id'` (default) or `'en'`
 * @returns the complaint with defaults filled in, or the error `parseComplaint` would throw and the issues
 * @see UU 25/2009 Pasal 42 ayat (3)
 * @example
 * import { safeParseComplaint } from 'pengaduan/schema';
 * const result = safeParseComplaint({ filing: 'formal', type: 'pengaduan', channel: 'web' });
 * result.success ? 'ok' : result.issues.map((issue) => issue.message)[0];
 * //=> 'Data pengadu wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf a)'
 */
export function safeParseComplaint(input: unknown, options: ParseOptions = {}): SafeParseResult<Complaint> {
  return safeParseWith(ComplaintSchema, input, { locale: localeOptionOf(options), scope: 'complaint' });
}
