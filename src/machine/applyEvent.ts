import type { RevisionConflictError } from '../errors/RevisionConflictError.js';
import type { TransitionRefusedError } from '../errors/TransitionRefusedError.js';
import type { Locale } from '../i18n/types.js';
import { applyToSnapshot, modeOf } from './_lib/apply.js';
import { type RuntimeOptions, runtimeFor } from './_lib/runtime.js';
import type { ApplyResult, ComplaintEvent, ComplaintSnapshot } from './types.js';

/** Options of `applyEvent` and `safeApplyEvent`. */
export interface ApplyEventOptions extends RuntimeOptions {
  /** The language of validation messages in a refusal: `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
  /**
   * The `revision` of the snapshot the caller read before deciding to write (optimistic locking).
   * When given and the snapshot passed in has another revision, nothing changes and the call fails
   * with `RevisionConflictError` (`safe…` variants: `success: false`). A retry of an event already in
   * the history (same `id`, type, actor and data) is answered `duplicate: true` first. Default: not
   * checked.
   */
  readonly expectedRevision?: number;
}

/** The result of the `safe…` variants: the new snapshot and effects, or the refusal with the unchanged snapshot. */
export type SafeApplyResult =
  | ({
      /** The event was applied (or was a duplicate). */
      readonly success: true;
    } & ApplyResult)
  | {
      /** The event was refused; nothing changed. */
      readonly success: false;
      /** Why: the state, role or rules refuse the event, or `expectedRevision` is stale. */
      readonly error: TransitionRefusedError | RevisionConflictError;
      /** The snapshot passed in, unchanged. */
      readonly snapshot: ComplaintSnapshot;
    };

/**
 * Applies one event to a complaint: validates it with `HistoryEventSchema`, checks the role, the
 * state and the rules, records what fell due before it, and returns the new snapshot with the
 * effects to carry out. A pure function over plain JSON: nothing is mutated, nothing is scheduled,
 * no clock is read. An event already in the history (same `id`) changes nothing (`duplicate: true`).
 *
 * Timer events (`{ type: 'sla.tick', at }`) apply what is due as of `at`: an early tick changes
 * nothing, a repeated one records nothing twice, a late one records what an on-time one would have.
 *
 * @param snapshot - the complaint's current snapshot (from `startComplaint`, `applyEvent` or `restoreSnapshot`)
 * @param event - a history event or `sla.tick`
 * @param options - the policy the complaint was started with, the calendar (default `nationalCalendar`)
 * @returns the new snapshot, the effects, the events appended and when to deliver the next tick
 * @throws TransitionRefusedError when the event is refused (the snapshot passed in stays valid)
 * @throws RevisionConflictError when `expectedRevision` is given and the snapshot has another revision
 * @throws SnapshotError when the snapshot is not a current one or was started with another policy
 * @throws InvalidArgumentError or PolicyError when the options are not usable
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { applyEvent, startComplaint } from 'pengaduan/machine';
 *
 * const { snapshot } = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-03-27T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 *   { policy: uu25Policy },
 * );
 * const next = applyEvent(
 *   snapshot,
 *   { type: 'complaint.received', at: '2025-03-27T10:00:00+07:00', actor: { role: 'admin_instansi' }, data: { receiptNumber: 'TT-001' } },
 *   { policy: uu25Policy },
 * );
 * next.snapshot.value;
 * //=> 'screening'
 * next.effects.map((e) => e.kind);
 * //=> ['send_receipt']
 * ```
 * @see UU 25/2009 Pasal 44, 50; DESIGN principle 2 (deadlines are computed, not scheduled)
 */
export function applyEvent(
  snapshot: ComplaintSnapshot,
  event: ComplaintEvent,
  options: ApplyEventOptions,
): ApplyResult {
  const outcome = applyToSnapshot(runtimeFor(options), snapshot, event, modeOf(options));
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

/**
 * `applyEvent` without throwing for a refused event: `{ success: true, snapshot, effects, … }`
 * or `{ success: false, error, snapshot }` where `snapshot` is the one passed in, unchanged.
 *
 * @param snapshot - the complaint's current snapshot
 * @param event - a history event or `sla.tick`
 * @param options - as for `applyEvent`
 * @returns the outcome (a refusal or a revision conflict is `success: false`); `SnapshotError` is still
 *   thrown for a snapshot that cannot be used, and `InvalidArgumentError`/`PolicyError` for bad options
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { safeApplyEvent, startComplaint } from 'pengaduan/machine';
 *
 * const { snapshot } = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-03-27T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 *   { policy: uu25Policy },
 * );
 * const result = safeApplyEvent(
 *   snapshot, // in 'submitted'
 *   { type: 'complaint.reopened', at: '2025-03-28T09:00:00+07:00', actor: { role: 'complainant' }, data: { reason: 'Belum selesai' } },
 *   { policy: uu25Policy },
 * );
 * result.success ? result.snapshot.value : result.error.details.reason;
 * //=> 'role_not_permitted'
 * result.snapshot === snapshot;
 * //=> true
 * ```
 */
export function safeApplyEvent(
  snapshot: ComplaintSnapshot,
  event: ComplaintEvent,
  options: ApplyEventOptions,
): SafeApplyResult {
  const outcome = applyToSnapshot(runtimeFor(options), snapshot, event, modeOf(options));
  return outcome.ok
    ? { success: true, ...outcome.result }
    : { success: false, error: outcome.error, snapshot };
}
