import type { HistoryEventType } from '../history/types.js';
import type { ComplaintState } from '../machine/types.js';
import type { LegalSource } from '../rules/types.js';
import { INTEROP_SOURCES as S } from './_lib/sources.js';
import type { LaporStatus } from './LAPOR_STATUSES.js';
import type { StatusMapping } from './types.js';

/**
 * A LAPOR! status change, from a lifecycle state, as the history events that make it, in order. Each
 * step's data comes from the host's `details` (a unit, a reason, a summary), with `defaults` where the
 * change itself says enough.
 */
export interface LaporTransition {
  /** The lifecycle state the change starts from. */
  readonly from: ComplaintState;
  /** The SP4N-LAPOR! status reached. */
  readonly to: LaporStatus;
  /** The history events that make the change, in order. */
  readonly events: readonly HistoryEventType[];
  /** Data the steps take when the host gives none (a close's reason). */
  readonly defaults?: Readonly<Record<string, string>>;
  /** Where the status and its meaning are defined. */
  readonly source: LegalSource;
}

function map(state: ComplaintState, status: LaporStatus, source: LegalSource): StatusMapping<LaporStatus> {
  return Object.freeze({ state, status, source });
}

function step(
  from: ComplaintState,
  to: LaporStatus,
  events: readonly HistoryEventType[],
  source: LegalSource,
  defaults?: Readonly<Record<string, string>>,
): LaporTransition {
  return Object.freeze({
    from,
    to,
    events: Object.freeze([...events]),
    ...(defaults === undefined ? {} : { defaults: Object.freeze({ ...defaults }) }),
    source,
  });
}

const RECEIVED = 'complaint.received';
const COMPLETE = 'file.declared_complete';
const DISPOSE = 'complaint.dispositioned';

/**
 * The SP4N-LAPOR! crosswalk both ways, as data:
 * - `byState`: the LAPOR! status of every lifecycle state (total);
 * - `transitions`: for a complaint in a state, the history events that turn it into each LAPOR! status
 *   it can reach. A status not listed for a state is refused (the lifecycle forbids it there), and
 *   a change to the status the complaint already has records nothing.
 *
 * LAPOR!'s *Verifikasi* both verifies and dispositions (regulations.md §4.4), so a report verified in
 * LAPOR! while it is still unreceipted here is receipted first: the receipt of UU 25/2009 Pasal 44 is
 * never skipped.
 *
 * @see regulations.md §4.2-4.4, §9.2; research-2026-12.md §5; anchors.md §6.1, §8.1
 */
export const LAPOR_CROSSWALK = Object.freeze({
  /** The LAPOR! status of each lifecycle state, with its source. */
  byState: Object.freeze({
    submitted: map('submitted', 'belum_terverifikasi', S.laporLabels),
    screening: map('screening', 'belum_terverifikasi', S.laporVerify),
    awaitingCompletion: map('awaitingCompletion', 'ditunda', S.laporHold),
    onHold: map('onHold', 'ditunda', S.laporHold),
    referred: map('referred', 'diarsipkan', S.laporNotOurs),
    archived: map('archived', 'diarsipkan', S.laporArchive),
    fileComplete: map('fileComplete', 'terverifikasi', S.laporVerify),
    dispositioned: map('dispositioned', 'didisposisi', S.laporDisposition),
    examination: map('examination', 'ditindaklanjuti', S.laporWorkInferred),
    decided: map('decided', 'ditindaklanjuti', S.laporWorkInferred),
    awaitingCompensation: map('awaitingCompensation', 'ditindaklanjuti', S.laporWorkInferred),
    settled: map('settled', 'selesai', S.laporDoneInferred),
    awaitingFeedback: map('awaitingFeedback', 'ditindaklanjuti', S.laporFollowUp),
    disputed: map('disputed', 'ditindaklanjuti', S.laporWorkInferred),
    closed: map('closed', 'selesai', S.laporDone),
    withdrawn: map('withdrawn', 'selesai', S.laporDoneInferred),
  } satisfies Record<ComplaintState, StatusMapping<LaporStatus>>),
  /** Every LAPOR! status change from a lifecycle state, as the history events that make it. */
  transitions: Object.freeze([
    step('submitted', 'terverifikasi', [RECEIVED, COMPLETE], S.laporVerify),
    step('submitted', 'didisposisi', [RECEIVED, COMPLETE, DISPOSE], S.laporVerify),
    step('submitted', 'ditunda', [RECEIVED, 'complaint.held'], S.laporHold),
    step('submitted', 'diarsipkan', [RECEIVED, 'complaint.archived'], S.laporArchive),
    step('screening', 'terverifikasi', [COMPLETE], S.laporVerify),
    step('screening', 'didisposisi', [COMPLETE, DISPOSE], S.laporVerify),
    step('screening', 'ditunda', ['complaint.held'], S.laporHold),
    step('screening', 'diarsipkan', ['complaint.archived'], S.laporArchive),
    step('awaitingCompletion', 'belum_terverifikasi', ['file.completed'], S.laporResume),
    step('awaitingCompletion', 'terverifikasi', ['file.completed', COMPLETE], S.laporResume),
    step('awaitingCompletion', 'didisposisi', ['file.completed', COMPLETE, DISPOSE], S.laporResume),
    step('onHold', 'belum_terverifikasi', ['complaint.resumed'], S.laporResume),
    step('onHold', 'terverifikasi', ['complaint.resumed', COMPLETE], S.laporResume),
    step('onHold', 'didisposisi', ['complaint.resumed', COMPLETE, DISPOSE], S.laporResume),
    step('onHold', 'diarsipkan', ['complaint.archived'], S.laporArchive),
    step('fileComplete', 'didisposisi', [DISPOSE], S.laporDisposition),
    step('dispositioned', 'ditindaklanjuti', ['followup.posted'], S.laporFollowUp),
    step('awaitingFeedback', 'selesai', ['complaint.closed'], S.laporDone, { closeReason: 'no_reply' }),
    step('disputed', 'selesai', ['complaint.closed'], S.laporWorkInferred, { closeReason: 'administrative' }),
  ] as const satisfies readonly LaporTransition[]),
});
