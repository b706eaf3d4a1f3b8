import { errorText } from '../i18n/errorMessages/index.js';
import type { LocalizedText } from '../i18n/types.js';
import type { SnapshotErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/**
 * Why a stored snapshot cannot be used:
 * - `not_a_snapshot`: not an object with a known snapshot shape;
 * - `unknown_machine`: it belongs to another machine than `pengaduan.complaint`;
 * - `newer_version`: it was written by a newer schema or machine version than this library knows;
 * - `no_migration`: an older version for which no migration exists;
 * - `invalid_state`: its state does not exist in the machine;
 * - `invalid_context`: its context is malformed (history, policy id, zone, settings);
 * - `policy_mismatch`: the policy passed in is not the one the complaint was started with;
 * - `replay_mismatch`: replaying its history does not lead to its state (with `verify: 'replay'`).
 */
export type SnapshotErrorReason =
  | 'not_a_snapshot'
  | 'unknown_machine'
  | 'newer_version'
  | 'no_migration'
  | 'invalid_state'
  | 'invalid_context'
  | 'policy_mismatch'
  | 'replay_mismatch';

/** What a `SnapshotError` is built from. */
export interface SnapshotErrorInput {
  readonly reason: SnapshotErrorReason;
  /** The explanation, in Bahasa Indonesia and English. */
  readonly text: LocalizedText;
  /** The offending values (versions, state, path). */
  readonly [key: string]: unknown;
}

/**
 * A stored complaint snapshot that cannot be restored, migrated or used with the options given.
 * Nothing is guessed: the snapshot is refused with the reason, and the host decides (migrate it
 * explicitly, replay its history, or keep it for manual review).
 *
 * `code` is `'snapshot'`; `details.reason` is one of `SnapshotErrorReason`.
 */
export class SnapshotError extends PengaduanError {
  override readonly name: string = 'SnapshotError';
  declare readonly code: SnapshotErrorCode;
  declare readonly details: Readonly<{
    /** Why the snapshot is refused. */
    reason: SnapshotErrorReason;
    /** The offending values (versions, state, path). */
    [key: string]: unknown;
  }>;

  /**
   * @param code - `'snapshot'`
   * @param input - the reason code, the explanation in Bahasa Indonesia and English, and the
   *   offending values (versions, state, path)
   * @param options - `cause`
   */
  constructor(code: SnapshotErrorCode, input: SnapshotErrorInput, options?: ErrorOptions) {
    const { reason, text, ...details } = input;
    super(code, errorText('snapshot', { text }), { reason, ...details }, options);
  }
}
