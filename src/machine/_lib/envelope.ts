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

/** The stored form of an XState snapshot: plain JSON with its versions and revision, frozen. */
export function toEnvelope(snapshot: MachineSnapshot, revision: number): ComplaintSnapshot {
  return trust(
    Object.freeze({
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      machine: MACHINE,
      revision,
      value: snapshot.value as ComplaintState,
      status: snapshot.status === 'done' ? 'done' : 'active',
      context: snapshot.context,
    }),
  );
}

/** The XState snapshot of a stored one (already validated), with the context given. */
export function fromEnvelope(
  machine: ComplaintMachine,
  value: ComplaintState,
  context: ComplaintContext,
): MachineSnapshot {
  return machine.resolveState({ value, context });
}
