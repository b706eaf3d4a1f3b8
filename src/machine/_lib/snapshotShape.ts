import { describeValue } from '../../_lib/describeValue.js';
import { SnapshotError } from '../../errors/SnapshotError.js';
import { snapshotText } from '../../i18n/errorMessages/snapshot.js';
import type { Locale } from '../../i18n/types.js';
import {
  COMPLAINT_MACHINE_ID,
  COMPLAINT_MACHINE_VERSION,
  type ComplaintSnapshot,
  SNAPSHOT_SCHEMA_VERSION,
} from '../types.js';
import { readUntrusted } from './readUntrusted.js';
import type { Runtime } from './runtime.js';
import { isTrusted } from './trusted.js';
import { buildSnapshot, validateParts } from './validateSnapshot.js';

function policyMismatch(stored: string, given: string): SnapshotError {
  return new SnapshotError('snapshot', {
    reason: 'policy_mismatch',
    text: snapshotText('snapshot_policy_mismatch', {
      stored: describeValue(stored),
      given: describeValue(given),
    }),
    expected: stored,
    given,
  });
}

/** The refusal of a value that is no snapshot at all (not an object, or unreadable). */
function notASnapshot(): SnapshotError {
  return new SnapshotError('snapshot', {
    reason: 'not_a_snapshot',
    text: snapshotText('snapshot_shape_expected'),
  });
}

/** The format check: an object stamped with the current schema and machine versions. */
function checkFormat(snapshot: unknown): asserts snapshot is Readonly<Record<string, unknown>> {
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) {
    throw notASnapshot();
  }
  const s = snapshot as Record<string, unknown>;
  let schemaVersion: unknown;
  let machineId: unknown;
  let machineVersion: unknown;
  try {
    schemaVersion = s.schemaVersion;
    const machine = Object.hasOwn(s, 'machine') ? s.machine : undefined;
    machineId =
      typeof machine === 'object' && machine !== null ? (machine as { id?: unknown }).id : undefined;
    machineVersion =
      typeof machine === 'object' && machine !== null
        ? (machine as { version?: unknown }).version
        : undefined;
  } catch {
    // A value that throws when read (a hostile getter or proxy) is no snapshot.
    throw notASnapshot();
  }
  if (
    schemaVersion !== SNAPSHOT_SCHEMA_VERSION ||
    machineId !== COMPLAINT_MACHINE_ID ||
    machineVersion !== COMPLAINT_MACHINE_VERSION
  ) {
    throw new SnapshotError('snapshot', {
      reason:
        machineId !== undefined && machineId !== COMPLAINT_MACHINE_ID ? 'unknown_machine' : 'no_migration',
      text: snapshotText('snapshot_not_current'),
      schemaVersion: describeValue(schemaVersion),
      machine: describeValue(machineId),
    });
  }
}

/**
 * The snapshot every function of `pengaduan/machine` works on. A snapshot the library built in this
 * process is used as it is (after the policy check); any other object must be in the current format
 * and is validated in full, as `restoreSnapshot` would, with its deadlines recomputed when a runtime
 * is given. Throws `SnapshotError`, never anything else.
 */
export function usableSnapshot(
  snapshot: unknown,
  runtime: Runtime | undefined,
  locale: Locale = 'id',
): ComplaintSnapshot {
  if (isTrusted(snapshot)) {
    if (runtime !== undefined && snapshot.context.policyId !== runtime.engine.policyId) {
      throw policyMismatch(snapshot.context.policyId, runtime.engine.policyId);
    }
    return snapshot;
  }
  checkFormat(snapshot);
  const parts = readUntrusted(() => validateParts(snapshot, runtime?.engine.policyId, locale));
  if (runtime !== undefined) return buildSnapshot(runtime, parts);
  return snapshot as unknown as ComplaintSnapshot;
}
