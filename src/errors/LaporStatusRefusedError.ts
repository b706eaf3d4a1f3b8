import { errorText } from '../i18n/errorMessages/index.js';
import type { LocalizedText } from '../i18n/types.js';
import type { LaporStatusRefusedErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** What a refused SP4N-LAPOR! status change reports besides its message. */
export interface LaporStatusRefusedDetails {
  /** The LAPOR! status that was asked for (as received, when it is not a known status). */
  readonly status: unknown;
  /** The complaint's lifecycle state. */
  readonly state: string;
  /** The LAPOR! status the complaint has now. */
  readonly current: string;
  /** The LAPOR! statuses the complaint can move to from its state. */
  readonly allowed: readonly string[];
}

/**
 * A SP4N-LAPOR! status change the lifecycle does not allow from the complaint's state (a report in
 * *belum terverifikasi* cannot become *ditindaklanjuti* without a verification and a disposition), or
 * a status LAPOR! does not have. Nothing changed. `code` is `'lapor_status_refused'`;
 * `details.allowed` lists the LAPOR! statuses reachable from the current state.
 */
export class LaporStatusRefusedError extends PengaduanError {
  override readonly name: string = 'LaporStatusRefusedError';
  declare readonly code: LaporStatusRefusedErrorCode;
  declare readonly details: Readonly<LaporStatusRefusedDetails>;

  /**
   * @param code - `'lapor_status_refused'`
   * @param input - why, in Bahasa Indonesia and English, and the status, state and allowed statuses
   * @param options - `cause`
   */
  constructor(
    code: LaporStatusRefusedErrorCode,
    input: LaporStatusRefusedDetails & { readonly why: LocalizedText },
    options?: ErrorOptions,
  ) {
    const { why, ...details } = input;
    super(
      code,
      errorText('lapor_status_refused', { state: details.state, current: details.current, why }),
      { ...details, allowed: Object.freeze([...details.allowed]) },
      options,
    );
  }
}
