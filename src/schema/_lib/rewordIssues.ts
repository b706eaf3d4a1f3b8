import type { z } from 'zod';
import { messagesFor } from '../../i18n/messagesFor.js';
import type { Locale } from '../../i18n/types.js';
import type { SchemaScope } from '../SchemaScope.js';
import { describeIssue, type IssueLike } from './describeIssue.js';
import { valueAt } from './valueAt.js';

/**
 * Rewrites the messages of a zod error in a locale, after the parse, from the issues and the input
 * (the same words `localizedErrorMap` gives). Wording after the fact rather than passing an error map
 * to `safeParse` keeps a valid input on zod's fast path: an `error` parameter makes every parse about
 * three times slower, valid or not.
 */
export function rewordIssues(error: z.ZodError, input: unknown, locale: Locale, scope?: SchemaScope): void {
  const messages = messagesFor(locale);
  for (const issue of error.issues) {
    try {
      const value = valueAt(input, issue.path);
      const worded = describeIssue(issue as IssueLike, scope, messages, value)
        .map((described) => described.message)
        .join('; ');
      (issue as { message: string }).message = worded;
    } catch {
      // An input that throws when read keeps zod's own message for that issue.
    }
  }
}
