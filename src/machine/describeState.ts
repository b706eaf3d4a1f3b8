import { COMPLAINT_STATES } from './states.js';
import type { ComplaintSnapshot, ComplaintState, StateInfo } from './types.js';

/**
 * The labels, category, legal source and crosswalk of a complaint's state.
 *
 * @param stateOrSnapshot - a state id or a snapshot
 * @returns the state's `StateInfo` (the same object the machine carries as `meta`)
 * @example
 * ```ts
 * import { describeState } from 'pengaduan/machine';
 *
 * describeState('awaitingFeedback').label;
 * //=> { id: 'Ditindaklanjuti, menunggu tanggapan', en: 'Answered, waiting for a reply' }
 * describeState('awaitingFeedback').category;
 * //=> 'resolved'
 * ```
 */
export function describeState(stateOrSnapshot: ComplaintState | ComplaintSnapshot): StateInfo {
  const state = typeof stateOrSnapshot === 'string' ? stateOrSnapshot : stateOrSnapshot.value;
  return COMPLAINT_STATES[state];
}
