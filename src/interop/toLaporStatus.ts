import type { ComplaintState } from '../machine/types.js';
import { assertState } from './_lib/assertState.js';
import { LAPOR_CROSSWALK } from './LAPOR_CROSSWALK.js';
import type { LaporStatus } from './LAPOR_STATUSES.js';

/**
 * The SP4N-LAPOR! status of a lifecycle state (`LAPOR_CROSSWALK.byState`), total over the states.
 *
 * @param state - a lifecycle state (`snapshot.value`)
 * @returns the LAPOR! status key
 * @throws InvalidArgumentError for a value that is not a lifecycle state
 * @example
 * ```ts
 * import { toLaporStatus } from 'pengaduan/interop';
 * toLaporStatus('fileComplete');
 * //=> 'terverifikasi'
 * toLaporStatus('awaitingFeedback');
 * //=> 'ditindaklanjuti'
 * toLaporStatus('closed');
 * //=> 'selesai'
 * ```
 * @see regulations.md §4.4; research-2026-12.md §5
 */
export function toLaporStatus(state: ComplaintState): LaporStatus {
  return LAPOR_CROSSWALK.byState[assertState(state, 'state')].status;
}
