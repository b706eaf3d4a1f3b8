import { describeValue } from '../_lib/describeValue.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { RevisionConflictErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** What a revision conflict reports: the revision the caller read and the one the snapshot has. */
export interface RevisionConflictDetails {
  /** Always `'revision_conflict'`. */
  readonly reason: 'revision_conflict';
  /** The revision the caller expected (the one it read before deciding to write). */
  readonly expected: unknown;
  /** The revision of the snapshot that was passed in. */
  readonly actual: number;
}

/**
 * A write based on a stale read: the call was given `expectedRevision` and the snapshot has another
 * `revision`, so someone else (a clerk, a scheduler tick) changed the complaint in between. Nothing
 * changed. Reload the complaint, look again, and retry if the action still makes sense.
 *
 * `code` is `'revision_conflict'`; `details.expected` and `details.actual` are the two revisions.
 */
export class RevisionConflictError extends PengaduanError {
  override readonly name: string = 'RevisionConflictError';
  declare readonly code: RevisionConflictErrorCode;
  declare readonly details: Readonly<RevisionConflictDetails>;

  /**
   * @param code - `'revision_conflict'`
   * @param input - the revision the caller expected and the snapshot's revision
   * @param options - `cause`
   */
  constructor(
    code: RevisionConflictErrorCode,
    input: { readonly expected: unknown; readonly actual: number },
    options?: ErrorOptions,
  ) {
    const { expected, actual } = input;
    const shown = describeValue(expected);
    super(
      code,
      errorText('revision_conflict', { shown, actual }),
      {
        reason: 'revision_conflict',
        expected,
        actual,
      },
      options,
    );
  }
}
