import type { z } from 'zod';
import type { Locale } from '../i18n/types.js';
import type { LocalizedIssue } from './LocalizedIssue.js';

/** The outcome of validating untrusted input: the data, or the issues worded for people. */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | {
      readonly success: false;
      /** The issues in the requested locale. */
      readonly issues: readonly LocalizedIssue[];
      /** zod's own error, its messages in the same locale (for `z.flattenError`, form libraries …). */
      readonly error: z.ZodError;
    };

/** Options of the `parse…` helpers. */
export interface ParseOptions {
  /** The language of the messages: `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
}
