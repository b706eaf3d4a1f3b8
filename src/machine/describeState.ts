import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { machineText } from '../i18n/errorMessages/machine.js';
import { usableSnapshot } from './_lib/snapshotShape.js';
import { COMPLAINT_STATES } from './states.js';
import type { ComplaintSnapshot, ComplaintState, StateInfo } from './types.js';

/**
 * The labels, category, legal source and crosswalk of a complaint's state.
 *
 * @param stateOrSnapshot - a state id or a snapshot
 * @returns the state's `StateInfo` (the same object the machine carries as `meta`)
 * @throws InvalidArgumentError for a string that is not a state id; SnapshotError for a value that is not a snapshot
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
  if (typeof stateOrSnapshot === 'string') {
    if (!Object.hasOwn(COMPLAINT_STATES, stateOrSnapshot)) {
      throw new InvalidArgumentError('invalid_argument', {
        argument: 'state',
        value: stateOrSnapshot,
        expected: machineText('known_state_expected'),
      });
    }
    return COMPLAINT_STATES[stateOrSnapshot];
  }
  return COMPLAINT_STATES[usableSnapshot(stateOrSnapshot, undefined).value];
}
