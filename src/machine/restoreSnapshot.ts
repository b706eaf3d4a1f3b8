import { SnapshotError } from '../errors/SnapshotError.js';
import { TransitionRefusedError } from '../errors/TransitionRefusedError.js';
import type { EscalationTarget, History } from '../history/types.js';
import type { Locale } from '../i18n/types.js';
import { ESCALATION_TARGETS, parseHistory } from '../schema/index.js';
import { isZone } from './_lib/apply.js';
import { deepFreeze } from './_lib/deepFreeze.js';
import { lastEventAt } from './_lib/facts.js';
import { compareInstants, instantMs } from './_lib/instants.js';
import { type RuntimeOptions, runtimeFor } from './_lib/runtime.js';
import { migrateSnapshot } from './migrateSnapshot.js';
import { replayHistory } from './replayHistory.js';
import { COMPLAINT_STATES } from './states.js';
import {
  COMPLAINT_MACHINE_ID,
  COMPLAINT_MACHINE_VERSION,
  type ComplaintSnapshot,
  type ComplaintState,
  SNAPSHOT_SCHEMA_VERSION,
} from './types.js';

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

function invalidContext(
  field: string,
  text: { id: string; en: string },
  details: Record<string, unknown> = {},
) {
  return new SnapshotError('invalid_context', text, { field, ...details });
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
  const migrated = migrateSnapshot(stored);
  const runtime = runtimeFor(options);
  const value = migrated.value;
  if (typeof value !== 'string' || !Object.hasOwn(COMPLAINT_STATES, value)) {
    throw new SnapshotError(
      'invalid_state',
      {
        id: `status ${JSON.stringify(value)} tidak ada pada mesin ${COMPLAINT_MACHINE_ID}`,
        en: `state ${JSON.stringify(value)} does not exist in machine ${COMPLAINT_MACHINE_ID}`,
      },
      { value },
    );
  }
  const state = value as ComplaintState;
  const final = COMPLAINT_STATES[state].final;
  if ((migrated.status === 'done') !== final) {
    throw new SnapshotError(
      'invalid_state',
      {
        id: `status ${String(migrated.status)} tidak cocok dengan status mesin ${state}`,
        en: `status ${String(migrated.status)} does not match state ${state}`,
      },
      { value, status: migrated.status },
    );
  }
  const context = (migrated.context ?? {}) as Record<string, unknown>;
  if (context.policyId !== runtime.engine.policyId) {
    throw new SnapshotError(
      'policy_mismatch',
      {
        id: `pengaduan ini ditangani dengan kebijakan ${String(context.policyId)}, bukan ${runtime.engine.policyId}`,
        en: `this complaint is handled under policy ${String(context.policyId)}, not ${runtime.engine.policyId}`,
      },
      { expected: context.policyId, given: runtime.engine.policyId },
    );
  }
  if (!isZone(context.zone)) {
    throw invalidContext('zone', {
      id: 'zona bukan nama zona IANA',
      en: 'the zone is not an IANA zone name',
    });
  }
  const zone = context.zone;
  const parsed = parseHistory(context.history, { locale: options.locale ?? 'id' });
  if (!parsed.success) {
    throw invalidContext(
      'history',
      { id: 'riwayat tidak sesuai HistorySchema', en: 'the history does not match HistorySchema' },
      { issues: parsed.issues },
    );
  }
  const history: History = parsed.data;
  if (history[0]?.type !== 'complaint.submitted') {
    throw invalidContext('history', {
      id: 'riwayat harus dimulai dengan complaint.submitted',
      en: 'the history must start with complaint.submitted',
    });
  }
  for (let i = 1; i < history.length; i++) {
    if (compareInstants(history[i]!.at, history[i - 1]!.at) < 0) {
      throw invalidContext(
        'history',
        {
          id: `riwayat [${i}] lebih awal dari peristiwa sebelumnya`,
          en: `history [${i}] is before the event before it`,
        },
        { index: i },
      );
    }
  }
  const settings = (context.settings ?? {}) as Record<string, unknown>;
  const escalateBreachesTo = settings.escalateBreachesTo ?? null;
  if (escalateBreachesTo !== null && !ESCALATION_TARGETS.includes(escalateBreachesTo as EscalationTarget)) {
    throw invalidContext('settings.escalateBreachesTo', {
      id: 'settings.escalateBreachesTo harus null atau tujuan eskalasi yang dikenal',
      en: 'settings.escalateBreachesTo must be null or a known escalation target',
    });
  }
  const reminded = context.reminded ?? [];
  if (!Array.isArray(reminded) || reminded.some((k) => typeof k !== 'string')) {
    throw invalidContext('reminded', {
      id: 'reminded harus larik teks',
      en: 'reminded must be an array of strings',
    });
  }

  if (options.verify === 'replay') {
    let replayed: ComplaintSnapshot;
    try {
      replayed = replayHistory(history, {
        ...options,
        zone,
        escalateBreachesTo: escalateBreachesTo as EscalationTarget | null,
      });
    } catch (error) {
      if (!(error instanceof TransitionRefusedError)) throw error;
      throw new SnapshotError(
        'replay_mismatch',
        {
          id: `riwayat tidak dapat diputar ulang: ${error.text.id}`,
          en: `the history does not replay: ${error.text.en}`,
        },
        { refusal: error.details },
      );
    }
    if (replayed.value !== state) {
      throw new SnapshotError(
        'replay_mismatch',
        {
          id: `riwayat mengarah ke status ${replayed.value}, bukan ${state}`,
          en: `the history leads to state ${replayed.value}, not ${state}`,
        },
        { stored: state, replayed: replayed.value },
      );
    }
  }

  // The stored report is derived data; only the instant it was taken as of is kept, when it is a
  // valid instant not before the last event, so a restored snapshot is as of the same moment.
  const last = lastEventAt(history);
  const storedAsOf = (context.deadlines as { asOf?: unknown } | undefined)?.asOf;
  let asOf = last;
  if (typeof storedAsOf === 'string') {
    try {
      if (instantMs(storedAsOf) >= instantMs(last)) asOf = storedAsOf;
    } catch {
      // An unreadable instant is ignored: the report is then as of the last event.
    }
  }
  const frozenHistory = deepFreeze(structuredClone(history));
  return Object.freeze({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    machine: Object.freeze({ id: COMPLAINT_MACHINE_ID, version: COMPLAINT_MACHINE_VERSION }),
    value: state,
    status: final ? 'done' : 'active',
    context: Object.freeze({
      policyId: runtime.engine.policyId,
      zone,
      history: frozenHistory,
      deadlines: runtime.engine.evaluate(frozenHistory, asOf, zone),
      reminded: Object.freeze([...(reminded as string[])]),
      settings: Object.freeze({ escalateBreachesTo: escalateBreachesTo as EscalationTarget | null }),
    }),
  });
}
