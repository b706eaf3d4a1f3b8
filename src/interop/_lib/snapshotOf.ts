import { SnapshotError } from '../../errors/SnapshotError.js';
import { interopText } from '../../i18n/errorMessages/interop.js';
import { COMPLAINT_STATES } from '../../machine/states.js';
import type { ComplaintSnapshot } from '../../machine/types.js';

/**
 * The cheap shape check of a snapshot handed to an interop function: an object with a known state
 * and a history array whose first event is the submission. Deeper checks are `restoreSnapshot`'s.
 */
export function snapshotOf(value: unknown): ComplaintSnapshot {
  const s = value as Partial<ComplaintSnapshot> | null;
  if (s === null || typeof s !== 'object' || typeof s.context !== 'object' || s.context === null) {
    throw new SnapshotError('snapshot', {
      reason: 'not_a_snapshot',
      text: interopText('interop_not_a_snapshot'),
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
    throw new SnapshotError('snapshot', {
      reason: 'invalid_state',
      text: interopText('interop_invalid_state', {
        state: typeof s.value === 'string' ? s.value.slice(0, 60) : typeof s.value,
      }),
      value: s.value,
    });
  }
  return s as ComplaintSnapshot;
}
