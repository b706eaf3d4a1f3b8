import { describeValue } from '../_lib/describeValue.js';
import { SnapshotError } from '../errors/SnapshotError.js';
import { snapshotText } from '../i18n/errorMessages/snapshot.js';
import type { LocalizedText } from '../i18n/types.js';
import { readUntrusted } from './_lib/readUntrusted.js';
import { COMPLAINT_MACHINE_ID, COMPLAINT_MACHINE_VERSION, SNAPSHOT_SCHEMA_VERSION } from './types.js';

/** A stored snapshot of some version, before it is migrated: plain JSON. */
export type StoredSnapshot = Readonly<Record<string, unknown>>;

/** One explicit step from one snapshot format to the next. */
export interface SnapshotMigration {
  /** The schema version it reads (`0` is the bare XState persisted snapshot). */
  readonly from: number;
  /** The schema version it writes. */
  readonly to: number;
  /** What the migration changes, in Bahasa Indonesia and English. */
  readonly description: LocalizedText;
  /** Pure: returns a new object, never changes its input. */
  readonly migrate: (stored: StoredSnapshot) => StoredSnapshot;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a stored snapshot is data, its prototype (or lack of one) is not. */
function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * Version 0 → 1. Before the versioned envelope, a host could store what XState itself persists,
 * `actor.getPersistedSnapshot()` of the complaint machine: `{ status, value, historyValue, context,
 * children, output?, error? }`, without any version or machine identity. The migration keeps the
 * state and context, drops XState's internals (the machine has no history states, children or
 * output), fills the context fields that such a snapshot may lack with their documented defaults
 * (`reminded: []`, `settings: { escalateBreachesTo: null }`), and stamps the versions. Deadlines are
 * not carried over: `restoreSnapshot` recomputes them from the history.
 */
const v0ToV1: SnapshotMigration = Object.freeze({
  from: 0,
  to: 1,
  description: Object.freeze(snapshotText('snapshot_migration_0_to_1')),
  migrate(stored: StoredSnapshot): StoredSnapshot {
    const context = isObject(stored.context) ? stored.context : {};
    const settings = isObject(context.settings) ? context.settings : {};
    return {
      schemaVersion: 1,
      machine: { id: COMPLAINT_MACHINE_ID, version: 1 },
      value: stored.value,
      status: stored.status === 'done' ? 'done' : 'active',
      context: {
        ...context,
        reminded: Array.isArray(context.reminded) ? context.reminded : [],
        settings: { escalateBreachesTo: settings.escalateBreachesTo ?? null },
      },
    };
  },
});

/**
 * Version 1 → 2. Version 2 adds `revision`, the change counter for optimistic locking. A stored
 * version 1 snapshot gets the length of its history: the value hosts were told to keep as their
 * version column before, so a row and its column still agree after the migration (and every later
 * change raises it by one). A history that is not an array gets 1; `restoreSnapshot` refuses it anyway.
 */
const v1ToV2: SnapshotMigration = Object.freeze({
  from: 1,
  to: 2,
  description: Object.freeze(snapshotText('snapshot_migration_1_to_2')),
  migrate(stored: StoredSnapshot): StoredSnapshot {
    const context = isObject(stored.context) ? stored.context : {};
    const history = context.history;
    const revision = Array.isArray(history) && history.length > 0 ? history.length : 1;
    return { ...stored, schemaVersion: 2, revision };
  },
});

/**
 * Version 2 → 3. Version 3 no longer writes the deadline report, which `restoreSnapshot` recomputes
 * from the history anyway (and never trusted): only the instant it was taken as of is kept, as
 * `context.asOf`, so a restored complaint is as of the same moment. The migration moves that instant
 * and drops the report.
 */
const v2ToV3: SnapshotMigration = Object.freeze({
  from: 2,
  to: 3,
  description: Object.freeze(snapshotText('snapshot_migration_2_to_3')),
  migrate(stored: StoredSnapshot): StoredSnapshot {
    if (!isObject(stored.context)) return { ...stored, schemaVersion: 3 };
    const { deadlines, ...context } = stored.context;
    const asOf = isObject(deadlines) ? own(deadlines, 'asOf') : undefined;
    return {
      ...stored,
      schemaVersion: 3,
      context: asOf === undefined ? context : { ...context, asOf },
    };
  },
});

/**
 * The migrations this version of the library ships, in order. A stored snapshot is migrated step by
 * step from its version to the current one; a version with no path is refused (`SnapshotError`,
 * `no_migration`), never guessed.
 */
export const SNAPSHOT_MIGRATIONS: readonly SnapshotMigration[] = Object.freeze([v0ToV1, v1ToV2, v2ToV3]);

function versionOf(stored: Record<string, unknown>): number {
  const schemaVersion = own(stored, 'schemaVersion');
  if (typeof schemaVersion === 'number') return schemaVersion;
  if (schemaVersion !== undefined) {
    throw new SnapshotError('snapshot', {
      reason: 'not_a_snapshot',
      text: snapshotText('snapshot_schema_version_invalid', { schemaVersion: describeValue(schemaVersion) }),
      schemaVersion: describeValue(schemaVersion),
    });
  }
  // What XState persists: a status, a state value and a context, and no version of ours.
  if (
    Object.hasOwn(stored, 'value') &&
    Object.hasOwn(stored, 'context') &&
    typeof own(stored, 'status') === 'string'
  ) {
    return 0;
  }
  throw new SnapshotError('snapshot', {
    reason: 'not_a_snapshot',
    text: snapshotText('snapshot_unversioned'),
  });
}

/**
 * Brings a stored snapshot of any known version to the current format (schema version 3, machine
 * version 1), by the explicit migrations in `SNAPSHOT_MIGRATIONS`. It does not validate the history
 * or recompute deadlines: `restoreSnapshot` does that, after calling this.
 *
 * @param stored - the JSON read from storage
 * @returns the snapshot in the current format (without deadlines: `restoreSnapshot` computes them)
 * @throws SnapshotError `not_a_snapshot`, `unknown_machine`, `newer_version` or `no_migration`
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { migrateSnapshot, startComplaint } from 'pengaduan/machine';
 *
 * const { snapshot } = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-03-27T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 *   { policy: uu25Policy },
 * );
 * const { reminded, settings, ...context } = snapshot.context; // fields added with the envelope
 * // What actor.getPersistedSnapshot() returned before the envelope existed:
 * const bare = { status: 'active', value: 'submitted', historyValue: {}, children: {}, context };
 * const migrated = migrateSnapshot(bare);
 * migrated.schemaVersion;
 * //=> 3
 * migrated.revision; // the history length, the version column hosts kept before revisions
 * //=> 1
 * migrated.machine;
 * //=> { id: 'pengaduan.complaint', version: 1 }
 * (migrated.context as typeof snapshot.context).settings;
 * //=> { escalateBreachesTo: null }
 * ```
 */
export function migrateSnapshot(stored: unknown): StoredSnapshot {
  return readUntrusted(() => migrate(stored));
}

function migrate(stored: unknown): StoredSnapshot {
  if (!isObject(stored)) {
    throw new SnapshotError('snapshot', {
      reason: 'not_a_snapshot',
      text: snapshotText('snapshot_not_an_object'),
    });
  }
  let version = versionOf(stored);
  if (!Number.isInteger(version) || version < 0) {
    throw new SnapshotError('snapshot', {
      reason: 'not_a_snapshot',
      text: snapshotText('snapshot_schema_version_invalid', { schemaVersion: describeValue(version) }),
      schemaVersion: version,
    });
  }
  if (version > SNAPSHOT_SCHEMA_VERSION) {
    throw new SnapshotError('snapshot', {
      reason: 'newer_version',
      text: snapshotText('snapshot_newer_format', { version, supported: SNAPSHOT_SCHEMA_VERSION }),
      schemaVersion: version,
      supported: SNAPSHOT_SCHEMA_VERSION,
    });
  }
  let current: StoredSnapshot = stored;
  while (version < SNAPSHOT_SCHEMA_VERSION) {
    const step = SNAPSHOT_MIGRATIONS.find((m) => m.from === version);
    if (step === undefined) {
      throw new SnapshotError('snapshot', {
        reason: 'no_migration',
        text: snapshotText('snapshot_no_format_migration', { version }),
        schemaVersion: version,
      });
    }
    current = step.migrate(current);
    version = step.to;
  }
  const machine = own(current, 'machine');
  const machineId = isObject(machine) ? own(machine, 'id') : machine;
  if (!isObject(machine) || machineId !== COMPLAINT_MACHINE_ID) {
    throw new SnapshotError('snapshot', {
      reason: 'unknown_machine',
      text: snapshotText('snapshot_other_machine', {
        machine: describeValue(machineId),
        expectedMachine: COMPLAINT_MACHINE_ID,
      }),
      machine: describeValue(machineId),
    });
  }
  const machineVersion = own(machine, 'version');
  if (
    typeof machineVersion !== 'number' ||
    !Number.isInteger(machineVersion) ||
    machineVersion > COMPLAINT_MACHINE_VERSION
  ) {
    throw new SnapshotError('snapshot', {
      reason: 'newer_version',
      text: snapshotText('snapshot_newer_machine', {
        machineVersion: describeValue(machineVersion),
        supported: COMPLAINT_MACHINE_VERSION,
      }),
      machineVersion: describeValue(machineVersion),
      supported: COMPLAINT_MACHINE_VERSION,
    });
  }
  if (machineVersion < COMPLAINT_MACHINE_VERSION) {
    throw new SnapshotError('snapshot', {
      reason: 'no_migration',
      text: snapshotText('snapshot_no_machine_migration', { machineVersion }),
      machineVersion,
    });
  }
  return current;
}
