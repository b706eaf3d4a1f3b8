import { z } from 'zod';
import { localeOptionOf } from '../_lib/localeOptionOf.js';
import { messagesFor } from '../i18n/messagesFor.js';
import { rewordIssues } from './_lib/rewordIssues.js';
import { formatIssues } from './formatIssues.js';
import type { LocalizedIssue } from './LocalizedIssue.js';
import type { ParseOptions, SafeParseResult } from './SafeParseResult.js';
import { type SchemaScope, scopeOf } from './SchemaScope.js';
import { SchemaValidationError } from './SchemaValidationError.js';

/** Options of `parseWith` and `safeParseWith`. */
export interface ParseWithOptions extends ParseOptions {
  /**
   * The record the schema describes; picks field labels and the articles quoted in messages; default none: fields are labelled by their key alone and no article is quoted.
   */
  readonly scope?: SchemaScope;
}

/**
 * Validates untrusted input against any schema of this package and words the issues for people.
 * Never throws for bad input; the input is not modified.
 *
 * @param schema - e.g. `ReceiptSchema`
 * @param input - anything, typically the result of `JSON.parse` or a form post
 * @param options - `locale` (`'id'` default) and `scope` (e.g. `'receipt'`)
 * @returns `{ success: true, data }` or `{ success: false, error, issues, zodError }`, `error` the
 *   `SchemaValidationError` `parseWith` would have thrown
 * @example
 * import { NikSchema, safeParseWith } from 'pengaduan/schema';
 * const result = safeParseWith(NikSchema, '3273019902850001', { scope: 'nik', locale: 'en' });
 * result.success ? result.data : result.issues[0]?.message;
 * //=> 'The NIK is not valid: digits 7 to 12 must be the birth date DDMMYY (women add 40 to the day)'
 */
export function safeParseWith<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  options: ParseWithOptions = {},
): SafeParseResult<z.output<TSchema>> {
  let locale: ParseOptions['locale'] = 'id';
  let scope: SchemaScope | undefined;
  try {
    // No error map during the parse: it would take every parse off zod's fast path. A failure is
    // worded afterwards, in the locale asked for; valid input reads no option and returns zod's own
    // result object (`{ success: true, data }`), so it costs what the bare schema costs.
    const result = schema.safeParse(input);
    if (result.success) return result;
    const opts: ParseWithOptions = options !== null && typeof options === 'object' ? options : {};
    locale = localeOptionOf(opts);
    scope = scopeOf(opts.scope);
    rewordIssues(result.error, input, locale, scope);
    const scoped = scope === undefined ? { input } : { input, scope };
    const both = {
      id: formatIssues(result.error, { ...scoped, locale: 'id' }),
      en: formatIssues(result.error, { ...scoped, locale: 'en' }),
    };
    return {
      success: false,
      error: new SchemaValidationError(scope, both),
      issues: both[locale],
      zodError: result.error,
    };
  } catch {
    // The input itself threw while it was read (a getter, a proxy), or was too deep to walk: it is
    // refused as a whole, never with the exception.
    return unreadable(locale, scope);
  }
}

/** The failure for input that could not be read at all. */
function unreadable(locale: ParseOptions['locale'], scope: SchemaScope | undefined): SafeParseResult<never> {
  const issue = (forLocale: 'id' | 'en'): LocalizedIssue => {
    const messages = messagesFor(forLocale);
    const message = messages.issues.invalid(messages.issues.wholeValue);
    return { path: [], code: 'invalid', field: messages.issues.wholeValue, message };
  };
  const both = { id: [issue('id')], en: [issue('en')] };
  const issues = both[locale ?? 'id'];
  return {
    success: false,
    error: new SchemaValidationError(scope, both),
    issues,
    zodError: new z.ZodError([
      { code: 'custom', path: [], message: issues[0]?.message ?? '', input: undefined },
    ]),
  };
}
