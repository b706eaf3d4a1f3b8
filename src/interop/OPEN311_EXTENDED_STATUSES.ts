import type { ArchiveReason, CloseReason } from '../history/types.js';
import type { ComplaintState } from '../machine/types.js';
import { INTEROP_SOURCES as S } from './_lib/sources.js';
import type { Open311ExtendedStatus, StatusMapping } from './types.js';

function map(
  state: ComplaintState,
  status: Open311ExtendedStatus,
  source = S.fmsExtended,
): StatusMapping<Open311ExtendedStatus> {
  return Object.freeze({ state, status, source });
}

/**
 * The FixMyStreet extended status of every lifecycle state (the one used when the event that ended
 * the complaint does not say more), after the crosswalk of anchors.md §8.1. `byArchiveReason`,
 * `byCloseReason` and `withdrawn` refine the final states by the reason their event gives.
 *
 * @see FixMyStreet `perllib/Open311.pm` (extended statuses); anchors.md §2, §8.1
 */
export const OPEN311_EXTENDED_STATUSES = Object.freeze({
  /** The extended status of each lifecycle state, with its source. */
  byState: Object.freeze({
    submitted: map('submitted', 'OPEN'),
    screening: map('screening', 'FOR_TRIAGE'),
    // Still before verification, waiting for the reporter or on hold: FixMyStreet has no such state.
    awaitingCompletion: map('awaitingCompletion', 'FOR_TRIAGE', S.fmsExtendedInferred),
    onHold: map('onHold', 'FOR_TRIAGE', S.fmsExtendedInferred),
    referred: map('referred', 'NOT_COUNCILS_RESPONSIBILITY'),
    archived: map('archived', 'CLOSED'),
    fileComplete: map('fileComplete', 'INVESTIGATING'),
    dispositioned: map('dispositioned', 'ACTION_SCHEDULED'),
    examination: map('examination', 'IN_PROGRESS'),
    decided: map('decided', 'IN_PROGRESS'),
    // The remedy is decided and has a due date: the nearest is an action scheduled.
    awaitingCompensation: map('awaitingCompensation', 'ACTION_SCHEDULED', S.fmsExtendedInferred),
    settled: map('settled', 'FIXED'),
    // FixMyStreet's "fixed - council": answered, and the reporter may still reopen it.
    awaitingFeedback: map('awaitingFeedback', 'FIXED'),
    // The reporter says "not fixed": FixMyStreet sends REOPEN.
    disputed: map('disputed', 'REOPEN'),
    closed: map('closed', 'CLOSED'),
    withdrawn: map('withdrawn', 'CANCELLED', S.fmsExtendedInferred),
  } satisfies Record<ComplaintState, StatusMapping<Open311ExtendedStatus>>),
  /** `archived`, by the reason of its `complaint.archived` event. */
  byArchiveReason: Object.freeze({
    duplicate: 'DUPLICATE',
    spam: 'CANCELLED',
    out_of_scope: 'NO_FURTHER_ACTION',
    not_a_complaint: 'NO_FURTHER_ACTION',
    other: 'CLOSED',
  } satisfies Record<ArchiveReason, Open311ExtendedStatus>),
  /** `closed`, by the reason of its `complaint.closed` event. */
  byCloseReason: Object.freeze({
    accepted: 'FIXED',
    no_reply: 'CLOSED',
    settled: 'FIXED',
    // Closed by a supervisor after a dispute: "closed but not fixed".
    administrative: 'NO_FURTHER_ACTION',
  } satisfies Record<CloseReason, Open311ExtendedStatus>),
});
