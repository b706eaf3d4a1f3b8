import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { testingText } from '../i18n/errorMessages/testing.js';
import {
  combinePolicies,
  ombudsmanPolicy,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  uu25Policy,
} from '../rules/index.js';
import type { Policy } from '../rules/types.js';
import type { VectorPolicyName } from './types.js';

let both: Policy | undefined;

/**
 * The policy a conformance vector names: the presets with their defaults.
 *
 * @param name - `'uu25'`, `'sp4n'`, `'uu25+sp4n'`, `'tiered'` or `'ombudsman'`
 * @returns the preset (the combined one is built once)
 * @throws InvalidArgumentError for another name
 * @example
 * ```ts
 * import { policyOfVector } from 'pengaduan/testing';
 * policyOfVector('uu25').id; //=> 'uu25-2009'
 * ```
 */
export function policyOfVector(name: VectorPolicyName): Policy {
  switch (name) {
    case 'uu25':
      return uu25Policy;
    case 'sp4n':
      return sp4nLaporPolicy;
    case 'uu25+sp4n':
      both ??= combinePolicies([uu25Policy, sp4nLaporPolicy]);
      return both;
    case 'tiered':
      return tieredLocalPolicy;
    case 'ombudsman':
      return ombudsmanPolicy;
    default:
      throw new InvalidArgumentError('invalid_argument', {
        argument: 'name',
        value: name,
        expected: testingText('vector_policy_expected'),
      });
  }
}
