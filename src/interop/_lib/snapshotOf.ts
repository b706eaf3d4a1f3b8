import { SnapshotError } from '../../errors/SnapshotError.js';
import { COMPLAINT_STATES } from '../../machine/states.js';
import type { ComplaintSnapshot } from '../../machine/types.js';

/**
 * The cheap shape check of a snapshot handed to an interop function: an object with a known state
 * and a history array whose first event is the submission. Deeper checks are `restoreSnapshot`'s.
 */
export function snapshotOf(value: unknown): ComplaintSnapshot {
  const s = value as Partial<ComplaintSnapshot> | null;
  if (s === null || typeof s !== 'object' || typeof s.context !== 'object' || s.context === null) {
    throw new SnapshotError('not_a_snapshot', {
      id: 'bukan snapshot pengaduan (diharapkan { schemaVersion, machine, value, status, context })',
      en: 'not a complaint snapshot (expected { schemaVersion, machine, value, status, context })',
    });
  }
  const history: unknown = s.context.history;
  const first: unknown = Array.isArray(history) ? history[0] : undefined;
  if (
    typeof s.value !== 'string' ||
    !Object.hasOwn(COMPLAINT_STATES, s.value) ||
    !Array.isArray(history) ||
    first === null ||
    typeof first !== 'object' ||
    (first as { type?: unknown }).type !== 'complaint.submitted'
  ) {
    throw new SnapshotError(
      'invalid_state',
      {
        id: `status ${typeof s.value === 'string' ? s.value.slice(0, 60) : typeof s.value} tidak ada pada mesin, atau riwayat tidak dimulai dengan complaint.submitted`,
        en: `state ${typeof s.value === 'string' ? s.value.slice(0, 60) : typeof s.value} does not exist in the machine, or the history does not start with complaint.submitted`,
      },
      { value: s.value },
    );
  }
  return s as ComplaintSnapshot;
}
