import { deepFreeze } from '../_lib/deepFreeze.js';
import type { Policy } from './types.js';
import { validatePolicy } from './validatePolicy.js';

/**
 * Checks a policy (a regency's Perbup, an agency's SOP, a changed copy of a preset) and returns a
 * frozen deep copy of it, ready for `evaluateSla`. The caller's object is not touched.
 *
 * @param policy - the policy: id, title, rules (each with its limit, events and source), options
 * @returns a frozen copy of the policy
 * @throws PolicyError naming the rule and field of the first problem (see `validatePolicy`)
 * @example
 * ```ts
 * import { definePolicy } from 'pengaduan';
 * const perbup = definePolicy({
 *   id: 'perbup-contoh-12-2024',
 *   title: { id: 'Perbup Contoh 12/2024', en: 'Regent Regulation Contoh 12/2024' },
 *   rules: [{
 *     id: 'perbup.response',
 *     title: { id: 'Tanggapan awal', en: 'First response' },
 *     limit: { amount: 7, unit: 'working_days' },
 *     startOn: ['complaint.submitted'],
 *     stopOn: ['file.declared_complete', 'file.declared_incomplete'],
 *     onLapse: { kind: 'breach' },
 *     source: { instrument: 'Perbup Contoh 12/2024', article: 'Pasal 9 ayat (2)', status: 'verified' },
 *   }],
 * });
 * Object.isFrozen(perbup.rules[0]); //=> true
 * ```
 */
export function definePolicy(policy: Policy): Policy {
  validatePolicy(policy);
  // A JSON round trip is a faithful deep copy here: a valid policy holds only plain data.
  return deepFreeze(JSON.parse(JSON.stringify(policy)) as Policy);
}
