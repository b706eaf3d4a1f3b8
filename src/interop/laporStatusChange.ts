import type { ComplaintState } from '../machine/types.js';
import { assertState } from './_lib/assertState.js';
import type { LaporStatus } from './LAPOR_STATUSES.js';
import { toLaporStatus } from './toLaporStatus.js';

/** A change of SP4N-LAPOR! status to send to LAPOR!. */
export interface LaporStatusChange {
  /** The LAPOR! status before the transition. */
  readonly from: LaporStatus;
  /** The LAPOR! status after it. */
  readonly to: LaporStatus;
}

/**
 * The SP4N-LAPOR! status change a lifecycle transition makes, for a host that reports its own
 * handling back to LAPOR!: `null` when both states show the same LAPOR! status (a receipt, a second
 * disposition, a reply), so nothing needs to be sent.
 *
 * @param before - the state before the event (`snapshot.value` before `applyEvent`)
 * @param after - the state after it
 * @returns `{ from, to }`, or `null`
 * @throws InvalidArgumentError for a value that is not a lifecycle state
 * @example
 * ```ts
 * import { laporStatusChange } from 'pengaduan/interop';
 * laporStatusChange('dispositioned', 'awaitingFeedback');
 * //=> { from: 'didisposisi', to: 'ditindaklanjuti' }
 * laporStatusChange('submitted', 'screening');
 * //=> null
 * ```
 */
export function laporStatusChange(before: ComplaintState, after: ComplaintState): LaporStatusChange | null {
  const from = toLaporStatus(assertState(before, 'before'));
  const to = toLaporStatus(assertState(after, 'after'));
  return from === to ? null : Object.freeze({ from, to });
}
