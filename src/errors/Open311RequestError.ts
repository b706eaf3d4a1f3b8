import { errorText } from '../i18n/errorMessages/index.js';
import type { Open311RequestErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** One problem of an incoming Open311 request, named by the Open311 field a client sent. */
export interface Open311Issue {
  /** The Open311 field: `service_code`, `lat`, `attribute[loss_kind]` … */
  readonly field: string;
  /** What is wrong with it, in the language of the list it is in. */
  readonly message: string;
}

/** The problems of an Open311 request, in Bahasa Indonesia and English (same order, same fields). */
export interface Open311Issues {
  /** In Bahasa Indonesia. */
  readonly id: readonly Open311Issue[];
  /** In English. */
  readonly en: readonly Open311Issue[];
}

/**
 * An incoming Open311 GeoReport v2 request (a POST of a new service request) that cannot become a
 * complaint: an unknown `service_code`, a missing location part, an attribute the service does not
 * define, or a value the complaint schema refuses. `code` is `'open311_invalid_request'`;
 * `issues.id` and `issues.en` list every problem by Open311 field, in the same order. A host answers
 * with HTTP 400 and `toOpen311Errors(error)`.
 */
export class Open311RequestError extends PengaduanError {
  override readonly name: string = 'Open311RequestError';
  declare readonly code: Open311RequestErrorCode;
  /** Every problem by Open311 field, in Bahasa Indonesia and English (same order, same fields). Frozen. */
  readonly issues: {
    /** In Bahasa Indonesia. */
    readonly id: readonly Open311Issue[];
    /** In English. */
    readonly en: readonly Open311Issue[];
  };

  /**
   * @param code - `'open311_invalid_request'`
   * @param input - every problem by Open311 field, in both languages, in the same order
   * @param options - `cause`
   */
  constructor(
    code: Open311RequestErrorCode,
    input: { readonly issues: Open311Issues },
    options?: ErrorOptions,
  ) {
    const { issues } = input;
    const describe = (issue: Open311Issue | undefined) =>
      issue === undefined ? undefined : `${issue.field}: ${issue.message}`;
    const text = errorText('open311_invalid_request', {
      first: { id: describe(issues.id[0]), en: describe(issues.en[0]) },
      count: issues.id.length,
    });
    const frozen = Object.freeze({
      id: Object.freeze(issues.id.map((i) => Object.freeze({ ...i }))),
      en: Object.freeze(issues.en.map((i) => Object.freeze({ ...i }))),
    });
    super(code, text, { issues: frozen }, options);
    this.issues = frozen;
  }
}
