import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { interopText } from '../../i18n/errorMessages/interop.js';
import { COMPLAINT_STATE_IDS } from '../../machine/states.js';
import type { ComplaintState } from '../../machine/types.js';

/** `value` as a lifecycle state, or an `InvalidArgumentError` naming the states. */
export function assertState(value: unknown, argument: string): ComplaintState {
  if (typeof value === 'string' && (COMPLAINT_STATE_IDS as readonly string[]).includes(value)) {
    return value as ComplaintState;
  }
  throw new InvalidArgumentError('invalid_argument', {
    argument: argument,
    value,
    expected: interopText('state_expected', { states: COMPLAINT_STATE_IDS.join(', ') }),
  });
}

/** The own property `key` of a plain object, without reaching into its prototype. */
export function own(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
