import { SnapshotError } from '../errors/SnapshotError.js';
import { TransitionRefusedError } from '../errors/TransitionRefusedError.js';
import { snapshotText } from '../i18n/errorMessages/snapshot.js';
import type { Locale } from '../i18n/types.js';
import { readUntrusted } from './_lib/readUntrusted.js';
import { type RuntimeOptions, runtimeFor } from './_lib/runtime.js';
import { buildSnapshot, validateParts } from './_lib/validateSnapshot.js';
import { migrateSnapshot } from './migrateSnapshot.js';
import { replayHistory } from './replayHistory.js';
import { COMPLAINT_STATES } from './states.js';
import type { ComplaintSnapshot } from './types.js';

/** Options of `restoreSnapshot`. */
export interface RestoreSnapshotOptions extends RuntimeOptions {
  /**
   * How far to check the stored snapshot: `'structure'` (default) validates its format, state,
   * history (with `HistorySchema`), zone and settings; `'replay'` also replays the history through
   * the machine and refuses the snapshot when it does not lead to the stored state.
   */
  readonly verify?: 'structure' | 'replay';
  /** The language of validation messages: `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * Restores a complaint from storage: migrates an older format (`migrateSnapshot`), validates the
 * state, the history and the settings, and recomputes the deadlines from the history with the policy
 * and calendar given: deadlines stored with the snapshot are never trusted (the calendar may have
 * gained a new SKB since). The result behaves exactly as the snapshot that was stored.
 *
 * @param stored - the JSON read from storage (any supported version)
 * @param options - the policy the complaint was started with, the calendar, the check level
 * @returns a current, frozen snapshot
 * @throws SnapshotError with `details.reason` saying what is wrong
 * @example
 * ```ts
 * import { sp4nLaporPolicy } from 'pengaduan';
 * import { allowedEvents, restoreSnapshot, startComplaint } from 'pengaduan/machine';
 *
 * // The row a host stored when the complaint came in through SP4N-LAPOR!:
 * const { snapshot: started } = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-03-27T16:30:00+07:00', actor: { role: 'complainant' }, data: {} },
 *   { policy: sp4nLaporPolicy },
 * );
 * const row = { snapshot: JSON.stringify(started) };
 * const snapshot = restoreSnapshot(JSON.parse(row.snapshot), { policy: sp4nLaporPolicy });
 * allowedEvents(snapshot, 'admin_instansi');
 * //=> ['complaint.received', 'admin.replied', 'complaint.withdrawn', 'complaint.escalated']
 * snapshot.context.deadlines.binding?.dueDate;
 * //=> '2025-04-10' (3 hari kerja for verification: Nyepi, Idul Fitri and their cuti bersama skipped)
 * ```
 */
export function restoreSnapshot(stored: unknown, options: RestoreSnapshotOptions): ComplaintSnapshot {
  const runtime = runtimeFor(options);
  const locale = options.locale === 'en' ? 'en' : 'id';
  // migrateSnapshot guards its own reads; a current-format value comes back as it was given, so its
  // members are read again, also under the guard.
  const migrated = migrateSnapshot(stored);
  const parts = readUntrusted(() => validateParts(migrated, runtime.engine.policyId, locale));

  if (options.verify === 'replay') {
    let replayed: ComplaintSnapshot;
    try {
      replayed = replayHistory(parts.history, {
        ...options,
        zone: parts.zone,
        escalateBreachesTo: parts.escalateBreachesTo,
      });
    } catch (error) {
      if (!(error instanceof TransitionRefusedError)) throw error;
      throw new SnapshotError('snapshot', {
        reason: 'replay_mismatch',
        text: snapshotText('snapshot_replay_refused', { reason: error.text }),
        refusal: error.details,
      });
    }
    if (replayed.value !== parts.state) {
      throw new SnapshotError('snapshot', {
        reason: 'replay_mismatch',
        text: snapshotText('snapshot_replay_mismatch', {
          replayedId: replayed.value,
          storedId: parts.state,
          label: COMPLAINT_STATES[replayed.value].label,
          expected: COMPLAINT_STATES[parts.state].label,
        }),
        stored: parts.state,
        replayed: replayed.value,
      });
    }
  }
  return buildSnapshot(runtime, parts);
}
