import { describeName, describeValue } from '../_lib/describeValue.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { LocalizedText } from '../i18n/types.js';
import type { PolicyErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** Where a policy problem is and what was wrong with it. */
export interface PolicyErrorDetails {
  /** The policy's id, when it has a usable one. */
  readonly policyId?: string;
  /** The rule's id (or its index as `rules[3]` when the id itself is the problem). */
  readonly ruleId?: string;
  /** The field, e.g. `'limit.amount'` or `'stopOn[1]'`. */
  readonly field: string;
  /** The value received. */
  readonly value: unknown;
  /** What the field accepts, in English. */
  readonly expected: string;
}

/**
 * A policy (a preset combined with others, or a host's own Perbup or SOP) that cannot be evaluated
 * safely: a rule without a source, a negative or fractional limit, an unknown event, a duplicate rule
 * id. Thrown by `definePolicy`, `validatePolicy` and `combinePolicies`, and by `evaluateSla` when it
 * is given a policy that was never validated.
 *
 * `code` is `'invalid_policy'`; `details` names the rule and the field.
 */
export class PolicyError extends PengaduanError {
  override readonly name: string = 'PolicyError';
  declare readonly code: PolicyErrorCode;
  declare readonly details: Readonly<PolicyErrorDetails>;

  /**
   * @param code - `'invalid_policy'`
   * @param input - the policy, rule and field concerned, the value, and what the field accepts in
   *   Bahasa Indonesia and English (kept in English in `details.expected`)
   * @param options - `cause`
   */
  constructor(
    code: PolicyErrorCode,
    input: Omit<PolicyErrorDetails, 'expected'> & { readonly expected: LocalizedText },
    options?: ErrorOptions,
  ) {
    const { expected, ...details } = input;
    // Ids and fields come from the host's policy: quoted bounded, like the value.
    super(
      code,
      errorText('invalid_policy', {
        policy: details.policyId === undefined ? undefined : describeName(details.policyId),
        rule: details.ruleId === undefined ? undefined : describeName(details.ruleId),
        field: describeName(details.field),
        shown: describeValue(details.value),
        expected,
      }),
      { ...details, expected: expected.en },
      options,
    );
  }
}
