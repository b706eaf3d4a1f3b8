/**
 * `pengaduan/machine`: the complaint lifecycle as an XState v5 machine, the pure functions a host
 * uses to run it over plain JSON, persistence with versions and migrations, and the audience views.
 * xstate is imported only here.
 *
 * @module pengaduan/machine
 */

export type { RevisionConflictDetails } from '../errors/RevisionConflictError.js';
export { RevisionConflictError } from '../errors/RevisionConflictError.js';
export type { SnapshotErrorReason } from '../errors/SnapshotError.js';
export { SnapshotError } from '../errors/SnapshotError.js';
export type {
  RefusalNames,
  RefusalReason,
  TransitionRefusedDetails,
} from '../errors/TransitionRefusedError.js';
export { TransitionRefusedError } from '../errors/TransitionRefusedError.js';
export * from '../views/index.js';
export type { RuntimeOptions } from './_lib/runtime.js';
export { allowedEvents } from './allowedEvents.js';
export type { ApplyEventOptions, SafeApplyResult } from './applyEvent.js';
export { applyEvent, safeApplyEvent } from './applyEvent.js';
export type { ApplyUntrustedOptions } from './applyUntrusted.js';
export { applyUntrusted, safeApplyUntrusted } from './applyUntrusted.js';
export type { ComplaintActor, CreateComplaintActorOptions } from './createComplaintActor.js';
export { createComplaintActor } from './createComplaintActor.js';
export type { ComplaintMachine, ComplaintMachineInput } from './createComplaintMachine.js';
export { createComplaintMachine } from './createComplaintMachine.js';
export type { CreateDeadlineEngineOptions } from './createDeadlineEngine.js';
export { createDeadlineEngine } from './createDeadlineEngine.js';
export { describeState } from './describeState.js';
export type { SnapshotMigration, StoredSnapshot } from './migrateSnapshot.js';
export { migrateSnapshot, SNAPSHOT_MIGRATIONS } from './migrateSnapshot.js';
export type { EventPermission, ReasonPermissions } from './permissions.js';
export { EVENT_PERMISSIONS, REASON_PERMISSIONS } from './permissions.js';
export type { ReplayHistoryOptions } from './replayHistory.js';
export { replayHistory } from './replayHistory.js';
export type { RestoreSnapshotOptions } from './restoreSnapshot.js';
export { restoreSnapshot } from './restoreSnapshot.js';
export type { StartComplaintOptions } from './startComplaint.js';
export { startComplaint } from './startComplaint.js';
export { COMPLAINT_STATES } from './states.js';
export type {
  ApplyResult,
  ComplaintContext,
  ComplaintEvent,
  ComplaintEventType,
  ComplaintSettings,
  ComplaintSnapshot,
  ComplaintState,
  DeadlineEngine,
  Effect,
  EffectDeadline,
  EffectKind,
  EffectRecipient,
  SlaTick,
  StateCategory,
  StateInfo,
} from './types.js';
export { COMPLAINT_MACHINE_VERSION, SNAPSHOT_SCHEMA_VERSION } from './types.js';
export { viewComplaint } from './viewComplaint.js';
