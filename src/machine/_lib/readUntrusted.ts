import { PengaduanError } from '../../errors/PengaduanError.js';
import { SnapshotError } from '../../errors/SnapshotError.js';
import { machineText } from '../../i18n/errorMessages/machine.js';

/**
 * Runs `read` over a stored snapshot that came from outside. A value whose members throw when read
 * (a hostile getter or proxy) is refused as `not_a_snapshot`, with the thrown value as `cause`, so
 * that no error of the caller's own escapes the library (DESIGN principle 7). Our own refusals pass
 * through unchanged.
 */
export function readUntrusted<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PengaduanError) throw error;
    throw new SnapshotError(
      'snapshot',
      {
        reason: 'not_a_snapshot',
        text: machineText('snapshot_unreadable'),
      },
      { cause: error },
    );
  }
}
