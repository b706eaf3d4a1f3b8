import type { SnapshotFrom } from 'xstate';
import type { ComplaintMachine } from '../createComplaintMachine.js';
import {
  COMPLAINT_MACHINE_ID,
  COMPLAINT_MACHINE_VERSION,
  type ComplaintContext,
  type ComplaintSnapshot,
  type ComplaintState,
  SNAPSHOT_SCHEMA_VERSION,
} from '../types.js';
import { trust } from './trusted.js';

export type MachineSnapshot = SnapshotFrom<ComplaintMachine>;

const MACHINE = Object.freeze({ id: COMPLAINT_MACHINE_ID, version: COMPLAINT_MACHINE_VERSION });

/**
 * What `JSON.stringify` writes for a snapshot: everything but the deadline report, which
 * `restoreSnapshot` recomputes from the history anyway; only the instant it is as of is kept
 * (`context.asOf`), so a restored complaint is as of the same moment. About a tenth of the size.
 */
function storedForm(this: ComplaintSnapshot): Readonly<Record<string, unknown>> {
  const { policyId, zone, history, deadlines, reminded, settings } = this.context;
  return {
    schemaVersion: this.schemaVersion,
    machine: this.machine,
    revision: this.revision,
    value: this.value,
    status: this.status,
    context: { policyId, zone, history, asOf: deadlines.asOf, reminded, settings },
  };
}

/**
 * A snapshot of a context this library built or validated: frozen, trusted, and written to JSON in
 * its stored form (`toJSON`, not enumerable: the snapshot's own fields stay what its type says).
 */
export function envelope(
  revision: number,
  value: ComplaintState,
  done: boolean,
  context: ComplaintContext,
): ComplaintSnapshot {
  const snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    machine: MACHINE,
    revision,
    value,
    status: done ? 'done' : 'active',
    context,
  } as const;
  Object.defineProperty(snapshot, 'toJSON', { value: storedForm });
  return trust(Object.freeze(snapshot));
}

/** The snapshot of an XState snapshot of the machine, with its revision. */
export function toEnvelope(snapshot: MachineSnapshot, revision: number): ComplaintSnapshot {
  return envelope(revision, snapshot.value as ComplaintState, snapshot.status === 'done', snapshot.context);
}

/** The XState snapshot of a stored one (already validated), with the context given. */
export function fromEnvelope(
  machine: ComplaintMachine,
  value: ComplaintState,
  context: ComplaintContext,
): MachineSnapshot {
  return machine.resolveState({ value, context });
}
