import { Open311RequestError } from '../errors/Open311RequestError.js';
import { PengaduanError } from '../errors/PengaduanError.js';
import { localeOf } from './_lib/locale.js';
import type { Open311Error } from './types.js';

/**
 * An error as the body of an Open311 error response: one entry per problem of an
 * `Open311RequestError` (HTTP 400), one entry for any other `PengaduanError` (400: the request was
 * refused), and a bare `500` for anything else, whose message is not shown to clients.
 *
 * @param error - what was thrown
 * @param options - the language: `'id'` (default) or `'en'`
 * @returns the error list (serialise it with `toOpen311Xml('errors', …)` or `JSON.stringify`)
 * @example
 * ```ts
 * import { fromOpen311Request, toOpen311Errors } from 'pengaduan/interop';
 * let caught: unknown;
 * try {
 *   fromOpen311Request({ service_code: 'jalan_rusak', lat: -6.9 }, { receivedAt: '2025-04-10T21:14:00+07:00' });
 * } catch (error) {
 *   caught = error;
 * }
 * toOpen311Errors(caught, { locale: 'en' }).map((e) => e.description.split(':')[0]);
 * //=> ['service_code', 'long', 'attribute[service_name]', 'description']
 * ```
 */
export function toOpen311Errors(
  error: unknown,
  options: { readonly locale?: 'id' | 'en' } = {},
): readonly Open311Error[] {
  const locale = localeOf(options);
  if (error instanceof Open311RequestError) {
    return Object.freeze(
      error.issues[locale].map((issue) =>
        Object.freeze({ code: 400, description: `${issue.field}: ${issue.message}` }),
      ),
    );
  }
  if (error instanceof PengaduanError)
    return Object.freeze([Object.freeze({ code: 400, description: error.text[locale] })]);
  return Object.freeze([
    Object.freeze({ code: 500, description: locale === 'id' ? 'Kesalahan server' : 'Server error' }),
  ]);
}
