import type { z } from 'zod';
import { localeOptionOf } from '../_lib/localeOptionOf.js';
import { messagesFor } from '../i18n/messagesFor.js';
import type { Locale } from '../i18n/types.js';
import { describeIssue, type ValueAtPath } from './_lib/describeIssue.js';
import { type SchemaScope, scopeOf } from './SchemaScope.js';

/** Options of `localizedErrorMap`. */
export interface LocalizedErrorMapOptions {
  /** The language of the messages: `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The record being validated, for field labels and the articles quoted; default none: fields are labelled by their key alone and no article is quoted. */
  readonly scope?: SchemaScope;
}

/** The `scope` option, read without trusting it: one that throws when read means no scope. */
function readScope(options: LocalizedErrorMapOptions): unknown {
  try {
    return options.scope;
  } catch {
    return undefined;
  }
}

/**
 * A zod v4 error map that words every issue in one locale, for a single parse. Nothing is configured
 * globally: pass it where you parse, and another parse in another locale is unaffected.
 *
 * @param options - `locale`: `'id'` (default) or `'en'`; `scope`: the record being validated, for
 *   field labels and the articles quoted
 * @returns a function to pass as `error` in `schema.safeParse(input, { error })`
 * @example
 * import { ComplaintSchema, localizedErrorMap } from 'pengaduan/schema';
 * const result = ComplaintSchema.safeParse(
 *   { filing: 'formal', type: 'pengaduan', channel: 'web', complainant: { name: 'Siti Rahmawati' } },
 *   { error: localizedErrorMap({ locale: 'en', scope: 'complaint' }) },
 * );
 * result.error?.issues[0]?.message;
 * //=> "Complainant's full address is required (UU 25/2009 Pasal 42 ayat (3) huruf a)"
 */
export function localizedErrorMap(options: LocalizedErrorMapOptions = {}): z.core.$ZodErrorMap {
  const opts: LocalizedErrorMapOptions = options !== null && typeof options === 'object' ? options : {};
  const messages = messagesFor(localeOptionOf(opts));
  const known = scopeOf(readScope(opts));
  return (issue) => {
    let value: ValueAtPath = { known: true, present: issue.input !== undefined, value: issue.input };
    if (issue.code === 'invalid_union' && typeof issue.discriminator === 'string') {
      // The raw issue carries the whole object; the message is about its discriminator.
      const input = issue.input;
      const present =
        input !== null && typeof input === 'object' && Object.hasOwn(input, issue.discriminator);
      value = { known: true, present, value: undefined };
    }
    const path = issue.path ?? [];
    return describeIssue({ ...issue, path }, known, messages, value)
      .map((described) => described.message)
      .join('; ');
  };
}
