import { COMPLAINT_STATES } from '../machine/states.js';
import type { ComplaintState } from '../machine/types.js';
import { assertState, own } from './_lib/assertState.js';
import type { Open311Status } from './types.js';

/** Options of `toOpen311Status`. */
export interface Open311StatusOptions {
  /**
   * What an answered complaint waiting for the complainant's reply (`awaitingFeedback`) is:
   * `'open'` (default: the complainant may still dispute it, and SP4N-LAPOR! counts it finished only
   * after 10 hari kerja of silence) or `'closed'` (as FixMyStreet sends *fixed* over Open311).
   */
  readonly answered?: Open311Status;
}

/**
 * The Open311 GeoReport v2 `status` of a lifecycle state: `closed` for the five final states, `open`
 * for every other one (the `open311` crosswalk of `COMPLAINT_STATES`). Total over the states; the
 * one policy choice (an answered complaint) is an option.
 *
 * @param state - a lifecycle state (`snapshot.value`)
 * @param options - `answered: 'closed'` to report an answered complaint as closed
 * @returns `'open'` or `'closed'`
 * @throws InvalidArgumentError for a value that is not a lifecycle state
 * @example
 * ```ts
 * import { toOpen311Status } from 'pengaduan/interop';
 * toOpen311Status('dispositioned');
 * //=> 'open'
 * toOpen311Status('archived');
 * //=> 'closed'
 * toOpen311Status('awaitingFeedback', { answered: 'closed' });
 * //=> 'closed'
 * ```
 * @see Open311 GeoReport v2, service request `status`; anchors §8.1
 */
export function toOpen311Status(state: ComplaintState, options: Open311StatusOptions = {}): Open311Status {
  const id = assertState(state, 'state');
  if (id === 'awaitingFeedback' && own(options, 'answered') === 'closed') return 'closed';
  return COMPLAINT_STATES[id].crosswalk.open311;
}
