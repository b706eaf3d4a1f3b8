import { localeOptionOf } from '../_lib/localeOptionOf.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { messagesFor } from '../i18n/messagesFor.js';
import type { Locale } from '../i18n/types.js';
import { describeIssue, type IssueLike } from './_lib/describeIssue.js';
import { valueAt } from './_lib/valueAt.js';
import type { LocalizedIssue } from './LocalizedIssue.js';
import { type SchemaScope, scopeOf } from './SchemaScope.js';

/** Options of `formatIssues`. */
export interface FormatIssuesOptions {
  /** The language of the messages: `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The record the value was validated as; picks field labels and the articles quoted; default none: fields are labelled by their key alone and no article is quoted. */
  readonly scope?: SchemaScope;
  /**
   * The value that was validated. With it, a missing field is told apart from a field of the wrong
   * type ("wajib diisi" rather than "wajib diisi dengan teks") and a NIK's wrong part is named.
   */
  readonly input?: unknown;
}

/**
 * Words the issues of a zod error for people, in Bahasa Indonesia (default) or English. Works on any
 * `ZodError` from these schemas, whatever error map produced its messages.
 *
 * @param error - a `ZodError` (or anything with an `issues` array of zod issues)
 * @param options - `locale` (`'id'` default, or `'en'`), and the scope and the input, for precise
 *   labels and messages
 * @returns the issues, one per problem (one per unknown key), in the order zod found them
 * @throws {InvalidArgumentError} when `error` has no `issues` list
 * @example
 * import { ComplaintSchema, formatIssues } from 'pengaduan/schema';
 * const input = { filing: 'formal', type: 'pengaduan', channel: 'web', complainant: { name: 'Siti Rahmawati' } };
 * const issues = formatIssues(ComplaintSchema.safeParse(input).error!, { locale: 'id', scope: 'complaint', input });
 * issues[0]?.message;
 * //=> 'Alamat lengkap pengadu wajib diisi (UU 25/2009 Pasal 42 ayat (3) huruf a)'
 */
export function formatIssues(
  error: { readonly issues: readonly IssueLike[] },
  options: FormatIssuesOptions = {},
): LocalizedIssue[] {
  const issues = error !== null && typeof error === 'object' ? error.issues : undefined;
  if (!Array.isArray(issues)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'error',
      value: error,
      expected: errorText('zod_error_expected'),
    });
  }
  const opts: FormatIssuesOptions = options !== null && typeof options === 'object' ? options : {};
  const messages = messagesFor(localeOptionOf(opts));
  const hasInput = Object.hasOwn(opts, 'input');
  const scope = scopeOf(opts.scope);
  return issues.flatMap((issue: IssueLike) =>
    issue !== null && typeof issue === 'object'
      ? describeIssue(
          issue,
          scope,
          messages,
          hasInput ? valueAt(opts.input, Array.isArray(issue.path) ? issue.path : []) : { known: false },
        )
      : [],
  );
}
