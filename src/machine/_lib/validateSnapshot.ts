import { describeValue } from '../../_lib/describeValue.js';
import { isValidZone } from '../../_lib/zones.js';
import { SnapshotError } from '../../errors/SnapshotError.js';
import type { EscalationTarget, History } from '../../history/types.js';
import type { Locale } from '../../i18n/types.js';
import { ESCALATION_TARGETS } from '../../schema/HistoryEventSchema.js';
import { safeParseHistory } from '../../schema/index.js';
import { COMPLAINT_STATES } from '../states.js';
import {
  COMPLAINT_MACHINE_ID,
  type ComplaintContext,
  type ComplaintSnapshot,
  type ComplaintState,
} from '../types.js';
import { envelope } from './envelope.js';
import { lastEventAt } from './facts.js';
import { compareInstants, instantMs } from './instants.js';
import { computedHere } from './quiet.js';
import type { Runtime } from './runtime.js';

/** What a stored snapshot of the current format holds once every field has been checked. */
export interface ValidatedParts {
  readonly state: ComplaintState;
  readonly final: boolean;
  readonly revision: number;
  readonly policyId: string;
  readonly zone: string;
  readonly history: History;
  readonly escalateBreachesTo: EscalationTarget | null;
  readonly reminded: readonly string[];
  /** The instant the stored report was taken as of, when usable; else the last event's instant. */
  readonly asOf: string;
}

function invalidContext(
  field: string,
  text: { id: string; en: string },
  details: Record<string, unknown> = {},
) {
  return new SnapshotError('invalid_context', text, { field, ...details });
}

function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Checks every field of a snapshot in the current format (after `migrateSnapshot`): state, status,
 * revision, policy (when a policy id is given), zone, history (`HistorySchema`, order), settings and
 * reminders. Throws `SnapshotError` naming the field; never anything else.
 */
export function validateParts(
  migrated: Readonly<Record<string, unknown>>,
  policyId: string | undefined,
  locale: Locale,
): ValidatedParts {
  const value = own(migrated, 'value');
  if (typeof value !== 'string' || !Object.hasOwn(COMPLAINT_STATES, value)) {
    throw new SnapshotError(
      'invalid_state',
      {
        id: `status ${describeValue(value)} tidak ada pada mesin pengaduan`,
        en: `state ${describeValue(value)} does not exist in machine ${COMPLAINT_MACHINE_ID}`,
      },
      { value: describeValue(value) },
    );
  }
  const state = value as ComplaintState;
  const final = COMPLAINT_STATES[state].final;
  const status = own(migrated, 'status');
  if ((status === 'done') !== final || (status !== 'done' && status !== 'active')) {
    throw new SnapshotError(
      'invalid_state',
      {
        id: `status ${describeValue(status)} tidak cocok dengan status "${COMPLAINT_STATES[state].label.id}"`,
        en: `status ${describeValue(status)} does not match state ${state}`,
      },
      { value: state, status: describeValue(status) },
    );
  }
  const revision = own(migrated, 'revision');
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 1) {
    throw invalidContext('revision', {
      id: `revisi ${describeValue(revision)} harus bilangan bulat 1 atau lebih`,
      en: `revision ${describeValue(revision)} must be an integer of 1 or more`,
    });
  }
  const context = own(migrated, 'context');
  if (typeof context !== 'object' || context === null || Array.isArray(context)) {
    throw invalidContext('context', { id: 'context harus berupa objek', en: 'context must be an object' });
  }
  const storedPolicy = own(context, 'policyId');
  if (typeof storedPolicy !== 'string' || (policyId !== undefined && storedPolicy !== policyId)) {
    throw new SnapshotError(
      'policy_mismatch',
      {
        id: `pengaduan ini ditangani dengan kebijakan ${describeValue(storedPolicy)}, bukan ${describeValue(policyId)}`,
        en: `this complaint is handled under policy ${describeValue(storedPolicy)}, not ${describeValue(policyId)}`,
      },
      { expected: describeValue(storedPolicy), given: policyId },
    );
  }
  const zone = own(context, 'zone');
  if (!isValidZone(zone)) {
    throw invalidContext('zone', {
      id: 'zona bukan nama zona IANA',
      en: 'the zone is not an IANA zone name',
    });
  }
  const parsed = safeParseHistory(own(context, 'history'), { locale });
  if (!parsed.success) {
    throw invalidContext(
      'history',
      { id: 'riwayat tidak sesuai skema riwayat pengaduan', en: 'the history does not match HistorySchema' },
      { issues: parsed.issues },
    );
  }
  const history: History = parsed.data;
  if (history[0]?.type !== 'complaint.submitted') {
    throw invalidContext('history', {
      id: 'riwayat harus dimulai dengan pengajuan pengaduan',
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
  const settings = own(context, 'settings');
  const escalateBreachesTo = own(settings, 'escalateBreachesTo') ?? null;
  if (
    (settings !== undefined && (typeof settings !== 'object' || settings === null)) ||
    (escalateBreachesTo !== null && !ESCALATION_TARGETS.includes(escalateBreachesTo as EscalationTarget))
  ) {
    throw invalidContext('settings.escalateBreachesTo', {
      id: 'settings.escalateBreachesTo harus null atau tujuan eskalasi yang dikenal',
      en: 'settings.escalateBreachesTo must be null or a known escalation target',
    });
  }
  const reminded = own(context, 'reminded') ?? [];
  if (!Array.isArray(reminded) || reminded.some((k) => typeof k !== 'string' || k.length > 1024)) {
    throw invalidContext('reminded', {
      id: 'reminded harus larik teks',
      en: 'reminded must be an array of strings',
    });
  }
  // The report is derived data, stored only before schema version 3; the instant it was taken as
  // of is kept (`context.asOf`, or the report's own in a copy of a snapshot in memory), when it is a
  // valid instant not before the last event, so a restored snapshot is as of the same moment.
  const last = lastEventAt(history);
  const storedAsOf = Object.hasOwn(context, 'asOf')
    ? own(context, 'asOf')
    : own(own(context, 'deadlines'), 'asOf');
  let asOf = last;
  if (typeof storedAsOf === 'string' && storedAsOf.length <= 64) {
    try {
      if (instantMs(storedAsOf) >= instantMs(last)) asOf = storedAsOf;
    } catch {
      // An unreadable instant is ignored: the report is then as of the last event.
    }
  }
  return {
    state,
    final,
    revision,
    policyId: storedPolicy,
    zone,
    history,
    escalateBreachesTo: escalateBreachesTo as EscalationTarget | null,
    reminded: reminded as string[],
    asOf,
  };
}

/** Freezes every object and array of a JSON tree, also below a part that is frozen already. */
function freezeTree<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) freezeTree((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** A current, frozen, trusted snapshot from validated parts, with the deadlines recomputed. */
export function buildSnapshot(runtime: Runtime, parts: ValidatedParts): ComplaintSnapshot {
  // `parts.history` is the output of `safeParseHistory`: zod builds every object and array of it
  // anew (the history schemas are strict objects, with no `unknown` or record members), so it shares
  // nothing with the stored JSON and can be frozen as it is, without a second deep copy.
  // test/machine/restoreCopies.test.ts keeps that assumption true. zod's `.readonly()` may have
  // frozen the list already, so the whole tree is walked (`deepFreeze` skips frozen parts).
  const history = freezeTree(parts.history);
  const context: ComplaintContext = Object.freeze({
    policyId: runtime.engine.policyId,
    zone: parts.zone,
    history,
    deadlines: runtime.engine.evaluate(history, parts.asOf, parts.zone),
    reminded: Object.freeze([...parts.reminded]),
    settings: Object.freeze({ escalateBreachesTo: parts.escalateBreachesTo }),
  });
  computedHere(runtime, context);
  return envelope(parts.revision, parts.state, parts.final, context);
}
