import type { LocalizedText } from '../types.js';
import { textsOf } from './textsOf.js';

/**
 * The messages of the machine's stored snapshots (`migrateSnapshot`, `restoreSnapshot`, the check of
 * a stored snapshot and of the format of a snapshot given to the machine's functions) and the
 * descriptions of the migrations, in English, in a table of their own. Keyed by problem, like
 * `./en.ts`. Values are quoted (`describeValue`) before they enter the table.
 */
export const snapshotMessagesEn = {
  snapshot_migration_0_to_1: () =>
    `Bare XState persisted snapshot (actor.getPersistedSnapshot()) to the versioned envelope 1`,
  snapshot_migration_1_to_2: () =>
    `Adds revision (the change counter for optimistic locking) = the history length`,
  snapshot_migration_2_to_3: () =>
    `The deadline report is no longer stored (it is recomputed on restore); only its instant, context.asOf`,
  snapshot_not_an_object: () => `a snapshot must be a JSON object`,
  snapshot_schema_version_invalid: (p: { readonly schemaVersion: string }) =>
    `invalid schemaVersion: ${p.schemaVersion}`,
  snapshot_unversioned: () =>
    `not a complaint snapshot: no schemaVersion, and not an XState snapshot (status, value, context)`,
  snapshot_newer_format: (p: { readonly version: number; readonly supported: number }) =>
    `the snapshot was written in format ${p.version}; this library knows up to ${p.supported}. Upgrade the library.`,
  snapshot_no_format_migration: (p: { readonly version: number }) =>
    `there is no migration from format ${p.version}`,
  snapshot_other_machine: (p: { readonly machine: string; readonly expectedMachine: string }) =>
    `the snapshot belongs to machine ${p.machine}, not ${p.expectedMachine}`,
  snapshot_newer_machine: (p: { readonly machineVersion: string; readonly supported: number }) =>
    `the snapshot is from machine version ${p.machineVersion}; this library runs version ${p.supported}`,
  snapshot_no_machine_migration: (p: { readonly machineVersion: number }) =>
    `there is no migration from machine version ${p.machineVersion}`,
  snapshot_shape_expected: () =>
    `not a complaint snapshot (expected { schemaVersion, machine, revision, value, status, context })`,
  snapshot_not_current: () =>
    `the snapshot is not the current version; restore it with restoreSnapshot first (which migrates it)`,
  snapshot_unknown_state: (p: { readonly value: string; readonly machine: string }) =>
    `state ${p.value} does not exist in machine ${p.machine}`,
  snapshot_status_mismatch: (p: {
    readonly status: string;
    readonly stateId: string;
    readonly label: LocalizedText;
  }) => `status ${p.status} does not match state ${p.stateId}`,
  snapshot_revision_invalid: (p: { readonly revision: string }) =>
    `revision ${p.revision} must be an integer of 1 or more`,
  snapshot_context_not_object: () => `context must be an object`,
  snapshot_policy_mismatch: (p: { readonly stored: string; readonly given: string }) =>
    `this complaint is handled under policy ${p.stored}, not ${p.given}`,
  snapshot_zone_invalid: () => `the zone is not an IANA zone name`,
  snapshot_history_schema: () => `the history does not match HistorySchema`,
  snapshot_history_start: () => `the history must start with complaint.submitted`,
  snapshot_history_order: (p: { readonly index: number }) =>
    `history [${p.index}] is before the event before it`,
  snapshot_settings_invalid: () => `settings.escalateBreachesTo must be null or a known escalation target`,
  snapshot_reminded_invalid: () => `reminded must be an array of strings`,
  snapshot_changed_while_read: () =>
    `the snapshot cannot be read consistently: a member gave different values when read twice, or a field is only inherited from a prototype`,
  snapshot_replay_refused: (p: { readonly reason: LocalizedText }) =>
    `the history does not replay: ${p.reason.en}`,
  snapshot_replay_mismatch: (p: {
    readonly replayedId: string;
    readonly storedId: string;
    readonly label: LocalizedText;
    readonly expected: LocalizedText;
  }) => `the history leads to state ${p.replayedId}, not ${p.storedId}`,
};

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const snapshotMessagesId: typeof snapshotMessagesEn = {
  snapshot_migration_0_to_1: () =>
    `Snapshot XState polos (actor.getPersistedSnapshot()) menjadi amplop berversi 1`,
  snapshot_migration_1_to_2: () =>
    `Menambahkan revision (penghitung perubahan untuk penguncian optimistis) = panjang riwayat`,
  snapshot_migration_2_to_3: () =>
    `Laporan batas waktu tidak lagi disimpan (dihitung ulang saat dipulihkan); hanya waktunya, context.asOf`,
  snapshot_not_an_object: () => `snapshot harus berupa objek JSON`,
  snapshot_schema_version_invalid: (p) => `schemaVersion tidak valid: ${p.schemaVersion}`,
  snapshot_unversioned: () =>
    `bukan snapshot pengaduan: tidak ada schemaVersion, dan bukan snapshot XState (status, value, context)`,
  snapshot_newer_format: (p) =>
    `snapshot ditulis dengan format ${p.version}; pustaka ini mengenal sampai ${p.supported}. Perbarui pustaka.`,
  snapshot_no_format_migration: (p) => `tidak ada migrasi dari format ${p.version}`,
  snapshot_other_machine: (p) => `snapshot milik mesin ${p.machine}, bukan ${p.expectedMachine}`,
  snapshot_newer_machine: (p) =>
    `snapshot dari versi mesin ${p.machineVersion}; pustaka ini menjalankan versi ${p.supported}`,
  snapshot_no_machine_migration: (p) => `tidak ada migrasi dari versi mesin ${p.machineVersion}`,
  snapshot_shape_expected: () =>
    `bukan snapshot pengaduan (diharapkan { schemaVersion, machine, revision, value, status, context })`,
  snapshot_not_current: () =>
    `snapshot bukan versi saat ini; pulihkan dulu dengan restoreSnapshot (yang menjalankan migrasi)`,
  snapshot_unknown_state: (p) => `status ${p.value} tidak ada pada mesin pengaduan`,
  snapshot_status_mismatch: (p) => `status ${p.status} tidak cocok dengan status "${p.label.id}"`,
  snapshot_revision_invalid: (p) => `revisi ${p.revision} harus bilangan bulat 1 atau lebih`,
  snapshot_context_not_object: () => `context harus berupa objek`,
  snapshot_policy_mismatch: (p) => `pengaduan ini ditangani dengan kebijakan ${p.stored}, bukan ${p.given}`,
  snapshot_zone_invalid: () => `zona bukan nama zona IANA`,
  snapshot_history_schema: () => `riwayat tidak sesuai skema riwayat pengaduan`,
  snapshot_history_start: () => `riwayat harus dimulai dengan pengajuan pengaduan`,
  snapshot_history_order: (p) => `riwayat [${p.index}] lebih awal dari peristiwa sebelumnya`,
  snapshot_settings_invalid: () => `settings.escalateBreachesTo harus null atau tujuan eskalasi yang dikenal`,
  snapshot_reminded_invalid: () => `reminded harus larik teks`,
  snapshot_changed_while_read: () =>
    `snapshot tidak dapat dibaca secara konsisten: sebuah anggota memberi nilai berbeda saat dibaca dua kali, atau sebuah kolom hanya diwarisi dari prototipe`,
  snapshot_replay_refused: (p) => `riwayat tidak dapat diputar ulang: ${p.reason.id}`,
  snapshot_replay_mismatch: (p) => `riwayat mengarah ke status "${p.label.id}", bukan "${p.expected.id}"`,
};

/** The text of one of these messages in Bahasa Indonesia and English. */
export const snapshotText = /* @__PURE__ */ textsOf(snapshotMessagesEn, snapshotMessagesId);
