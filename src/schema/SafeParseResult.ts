import type { z } from 'zod';
import type { Locale } from '../i18n/types.js';
import type { LocalizedIssue } from './LocalizedIssue.js';
import type { SchemaValidationError } from './SchemaValidationError.js';

/**
 * The outcome of validating untrusted input with a `safeParse…` helper: the data, or the error the
 * matching `parse…` helper would have thrown, with the issues worded for people beside it.
 */
export type SafeParseResult<T> =
  | {
      /** `true`: the input is valid. */
      readonly success: true;
      /** The parsed value, as the schema outputs it. */
      readonly data: T;
    }
  | {
      /** `false`: the input is not valid. */
      readonly success: false;
      /** The error `parse…` would have thrown: every issue in both languages. */
      readonly error: SchemaValidationError;
      /** The issues in the requested locale. */
      readonly issues: readonly LocalizedIssue[];
      /** zod's own error, its messages in the same locale (for `z.flattenError`, form libraries …). */
      readonly zodError: z.ZodError;
    };

/** Options of the `parse…` and `safeParse…` helpers. */
export interface ParseOptions {
  /** The language of the messages: `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
}
