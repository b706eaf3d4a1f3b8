import type { HistoryEvent } from '../history/types.js';
import type { ComplaintState } from '../machine/types.js';
import { assertState, own } from './_lib/assertState.js';
import { OPEN311_EXTENDED_STATUSES } from './OPEN311_EXTENDED_STATUSES.js';
import type { Open311ExtendedStatus } from './types.js';

/**
 * The FixMyStreet extended status of a lifecycle state, refined by the event that led to it when
 * that event gives a reason (an archive as a duplicate is `DUPLICATE`, a close the complainant
 * accepted is `FIXED`). Total over the states; an event of another type, or none, gives the state's
 * own status (`OPEN311_EXTENDED_STATUSES.byState`).
 *
 * @param state - a lifecycle state
 * @param cause - the history event that moved the complaint into `state`, if known
 * @returns the extended status
 * @throws InvalidArgumentError for a value that is not a lifecycle state
 * @example
 * ```ts
 * import { toOpen311ExtendedStatus } from 'pengaduan/interop';
 * toOpen311ExtendedStatus('dispositioned');
 * //=> 'ACTION_SCHEDULED'
 * toOpen311ExtendedStatus('archived', {
 *   type: 'complaint.archived', at: '2025-04-02T09:00:00+07:00', actor: { role: 'admin_instansi' },
 *   data: { reason: 'duplicate', duplicateOf: 'ADU-2025-0117' },
 * });
 * //=> 'DUPLICATE'
 * ```
 * @see FixMyStreet `perllib/Open311.pm`; anchors.md §8.1
 */
export function toOpen311ExtendedStatus(state: ComplaintState, cause?: HistoryEvent): Open311ExtendedStatus {
  const id = assertState(state, 'state');
  const type = own(cause, 'type');
  const reason = own(own(cause, 'data'), 'reason');
  if (id === 'archived' && type === 'complaint.archived' && typeof reason === 'string') {
    const byReason: Readonly<Record<string, Open311ExtendedStatus>> =
      OPEN311_EXTENDED_STATUSES.byArchiveReason;
    if (Object.hasOwn(byReason, reason)) return byReason[reason] as Open311ExtendedStatus;
  }
  if (id === 'closed' && type === 'complaint.closed' && typeof reason === 'string') {
    const byReason: Readonly<Record<string, Open311ExtendedStatus>> = OPEN311_EXTENDED_STATUSES.byCloseReason;
    if (Object.hasOwn(byReason, reason)) return byReason[reason] as Open311ExtendedStatus;
  }
  return OPEN311_EXTENDED_STATUSES.byState[id].status;
}
