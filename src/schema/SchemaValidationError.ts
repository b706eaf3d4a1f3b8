import { PengaduanError } from '../errors/PengaduanError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { LocalizedIssue } from './LocalizedIssue.js';
import type { SchemaScope } from './SchemaScope.js';

/**
 * Thrown by `parseWith`, `parseComplaint`, `parseHistory` and `parseHistoryEvent` (and returned as
 * `error` by their `safeParse…` variants) when input fails a schema. `text` gives the first issue (and how many
 * more) in both languages; `details.issues` holds every issue in both languages.
 */
export class SchemaValidationError extends PengaduanError {
  override readonly name = 'SchemaValidationError';
  /** Every issue, worded in Bahasa Indonesia and in English (same order, same paths). */
  readonly issues: {
    /** The issues worded in Bahasa Indonesia. */
    readonly id: readonly LocalizedIssue[];
    /** The issues worded in English. */
    readonly en: readonly LocalizedIssue[];
  };

  constructor(
    scope: SchemaScope | undefined,
    issues: { readonly id: readonly LocalizedIssue[]; readonly en: readonly LocalizedIssue[] },
  ) {
    const first = { id: issues.id[0]?.message, en: issues.en[0]?.message };
    super('schema_validation', errorText('schema_validation', { first, count: issues.id.length }), {
      scope,
      issues,
    });
    this.issues = Object.freeze({ id: Object.freeze([...issues.id]), en: Object.freeze([...issues.en]) });
  }
}
