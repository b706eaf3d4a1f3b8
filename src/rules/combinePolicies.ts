import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { rulesText } from '../i18n/errorMessages/rules.js';
import type { LocalizedText } from '../i18n/types.js';
import { definePolicy } from './definePolicy.js';
import type { Policy } from './types.js';
import { validatePolicy } from './validatePolicy.js';

/** Options of {@link combinePolicies}. */
export interface CombinePoliciesOptions {
  /** The combined policy's id; default the ids joined with `+`. */
  readonly id?: string;
  /** Its title; default the titles joined with ` + `. */
  readonly title?: LocalizedText;
  /**
   * A prefix for the rule (and precondition) ids of each policy, in the order of `policies`, so that
   * two policies with the same rules can be combined: the calendar-day and the working-day reading
   * of UU 25/2009, to alert on the earlier (`['kalender:', 'kerja:']` gives `kalender:uu25.decision`
   * and `kerja:uu25.decision`). Default: ids unchanged.
   */
  readonly ruleIdPrefixes?: readonly string[];
}

const EXPECTED_PREFIXES = /* @__PURE__ */ rulesText('rule_id_prefixes_expected');

/**
 * One policy with the rules and preconditions of several, in the order given: a complaint to a
 * regency that uses SP4N-LAPOR! is governed by UU 25/2009 *and* the LAPOR! practice at once, and the
 * report shows every clock and the earliest (binding) one.
 *
 * @param policies - the policies to combine; their rule ids must be distinct, or made so by `ruleIdPrefixes`
 * @param options - the combined id and title, and prefixes for the rule ids of each policy
 * @returns a frozen, validated policy
 * @throws PolicyError when two policies share a rule id (`details.field` is `'id'`)
 * @throws InvalidArgumentError when `ruleIdPrefixes` is not one string per policy
 * @example
 * ```ts
 * import { combinePolicies, createUu25Policy, uu25Policy, sp4nLaporPolicy } from 'pengaduan';
 * const both = combinePolicies([uu25Policy, sp4nLaporPolicy]);
 * both.id; //=> 'uu25-2009+sp4n-lapor'
 * both.rules.length; //=> 9
 *
 * // Both readings of "hari" at once: the report's binding clock is the earlier deadline.
 * const readings = combinePolicies([uu25Policy, createUu25Policy({ hari: 'working_days' })], {
 *   ruleIdPrefixes: ['kalender:', 'kerja:'],
 * });
 * readings.rules.map((r) => r.id).filter((id) => id.endsWith('uu25.decision'));
 * //=> ['kalender:uu25.decision', 'kerja:uu25.decision']
 * ```
 */
export function combinePolicies(policies: readonly Policy[], options: CombinePoliciesOptions = {}): Policy {
  if (!Array.isArray(policies as unknown)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'policies',
      value: policies,
      expected: rulesText('policy_list_expected'),
    });
  }
  // Each one whole before they are merged, so that a wrong value is named in its own policy.
  for (const policy of policies) validatePolicy(policy);
  const prefixes = options?.ruleIdPrefixes;
  if (
    prefixes !== undefined &&
    (!Array.isArray(prefixes) ||
      prefixes.length !== policies.length ||
      !prefixes.every((p) => typeof p === 'string'))
  ) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'ruleIdPrefixes',
      value: prefixes,
      expected: EXPECTED_PREFIXES,
    });
  }
  const prefixed = (id: string, index: number) => (prefixes === undefined ? id : `${prefixes[index]}${id}`);
  const preconditions = policies.flatMap((p, i) =>
    (p.preconditions ?? []).map((c) => (prefixes === undefined ? c : { ...c, id: prefixed(c.id, i) })),
  );
  const combinedOptions: Record<string, string | number | boolean | null> = {};
  for (const p of policies) {
    for (const [key, value] of Object.entries(p.options ?? {})) combinedOptions[`${p.id}.${key}`] = value;
  }
  return definePolicy({
    id: options?.id ?? policies.map((p) => p.id).join('+'),
    title: options?.title ?? {
      id: policies.map((p) => p.title.id).join(' + '),
      en: policies.map((p) => p.title.en).join(' + '),
    },
    rules: policies.flatMap((p, i) =>
      prefixes === undefined ? p.rules : p.rules.map((rule) => ({ ...rule, id: prefixed(rule.id, i) })),
    ),
    ...(preconditions.length > 0 ? { preconditions } : {}),
    options: combinedOptions,
  });
}
