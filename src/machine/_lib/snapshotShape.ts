import { SnapshotError } from '../../errors/SnapshotError.js';
import { COMPLAINT_STATES } from '../states.js';
import {
  COMPLAINT_MACHINE_ID,
  COMPLAINT_MACHINE_VERSION,
  type ComplaintSnapshot,
  SNAPSHOT_SCHEMA_VERSION,
} from '../types.js';

/**
 * The cheap check every call makes on a snapshot it is handed: the current format, a known state, a
 * history array, and the same policy as the one passed in. A snapshot read from storage should go
 * through `restoreSnapshot` first, which validates everything and recomputes the deadlines.
 */
export function checkSnapshotShape(
  snapshot: unknown,
  policyId: string,
): asserts snapshot is ComplaintSnapshot {
  const s = snapshot as Partial<ComplaintSnapshot> | null;
  if (s === null || typeof s !== 'object' || typeof s.context !== 'object' || s.context === null) {
    throw new SnapshotError('not_a_snapshot', {
      id: 'bukan snapshot pengaduan (diharapkan { schemaVersion, machine, value, status, context })',
      en: 'not a complaint snapshot (expected { schemaVersion, machine, value, status, context })',
    });
  }
  if (
    s.schemaVersion !== SNAPSHOT_SCHEMA_VERSION ||
    s.machine?.id !== COMPLAINT_MACHINE_ID ||
    s.machine.version !== COMPLAINT_MACHINE_VERSION
  ) {
    throw new SnapshotError(
      s.machine?.id !== undefined && s.machine.id !== COMPLAINT_MACHINE_ID
        ? 'unknown_machine'
        : 'no_migration',
      {
        id: 'snapshot bukan versi saat ini; pulihkan dulu dengan restoreSnapshot (yang menjalankan migrasi)',
        en: 'the snapshot is not the current version; restore it with restoreSnapshot first (which migrates it)',
      },
      { schemaVersion: s.schemaVersion, machine: s.machine },
    );
  }
  if (
    typeof s.value !== 'string' ||
    !Object.hasOwn(COMPLAINT_STATES, s.value) ||
    !Array.isArray(s.context.history)
  ) {
    throw new SnapshotError(
      'invalid_state',
      {
        id: `status ${String(s.value)} tidak ada pada mesin, atau riwayat bukan larik`,
        en: `state ${String(s.value)} does not exist in the machine, or the history is not an array`,
      },
      { value: s.value },
    );
  }
  if (s.context.policyId !== policyId) {
    throw new SnapshotError(
      'policy_mismatch',
      {
        id: `pengaduan ini ditangani dengan kebijakan ${String(s.context.policyId)}, bukan ${policyId}`,
        en: `this complaint is handled under policy ${String(s.context.policyId)}, not ${policyId}`,
      },
      { expected: s.context.policyId, given: policyId },
    );
  }
}
