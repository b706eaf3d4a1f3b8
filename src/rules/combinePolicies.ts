import type { LocalizedText } from '../i18n/types.js';
import { definePolicy } from './definePolicy.js';
import type { Policy } from './types.js';

/** Options of {@link combinePolicies}. */
export interface CombinePoliciesOptions {
  /** The combined policy's id; default the ids joined with `+`. */
  readonly id?: string;
  /** Its title; default the titles joined with ` + `. */
  readonly title?: LocalizedText;
}

/**
 * One policy with the rules and preconditions of several, in the order given: a complaint to a
 * regency that uses SP4N-LAPOR! is governed by UU 25/2009 *and* the LAPOR! practice at once, and the
 * report shows every clock and the earliest (binding) one.
 *
 * @param policies - the policies to combine; their rule ids must be distinct
 * @param options - the combined id and title
 * @returns a frozen, validated policy
 * @throws PolicyError when two policies share a rule id (`details.field` is `'id'`)
 * @example
 * ```ts
 * import { combinePolicies, uu25Policy, sp4nLaporPolicy } from 'pengaduan';
 * const both = combinePolicies([uu25Policy, sp4nLaporPolicy]);
 * both.id; //=> 'uu25-2009+sp4n-lapor'
 * both.rules.length; //=> 9
 * ```
 */
export function combinePolicies(policies: readonly Policy[], options: CombinePoliciesOptions = {}): Policy {
  const preconditions = policies.flatMap((p) => p.preconditions ?? []);
  const combinedOptions: Record<string, string | number | boolean | null> = {};
  for (const p of policies) {
    for (const [key, value] of Object.entries(p.options ?? {})) combinedOptions[`${p.id}.${key}`] = value;
  }
  return definePolicy({
    id: options.id ?? policies.map((p) => p.id).join('+'),
    title: options.title ?? {
      id: policies.map((p) => p.title.id).join(' + '),
      en: policies.map((p) => p.title.en).join(' + '),
    },
    rules: policies.flatMap((p) => p.rules),
    ...(preconditions.length > 0 ? { preconditions } : {}),
    options: combinedOptions,
  });
}
