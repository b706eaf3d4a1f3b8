import type { NikProblemKey } from '../i18n/keys.js';
import { NIK_PARTS } from './_lib/patterns.js';

/** What is wrong with a NIK: the first part that fails, and for the province the code found. */
export interface NikProblem {
  /** Which part of the NIK is wrong. */
  readonly problem: NikProblemKey;
  /** The two-digit province code found, for `problem: 'province'`. */
  readonly code?: string;
}

/**
 * Says which part of a NIK (Nomor Induk Kependudukan) is wrong, checking its shape only: 16 digits,
 * a known province code, regency and district codes other than 00, a birth date DDMMYY (women add 40
 * to the day), and a serial other than 0000. It does not say whether the NIK was ever issued, and it
 * derives nothing from it (no birth date, no sex is returned).
 *
 * @param value - the NIK as typed
 * @returns `undefined` when the shape is valid, else the first problem found
 * @example
 * import { diagnoseNik } from 'pengaduan/schema';
 * diagnoseNik('3273014507850001'); //=> undefined (Bandung, born 5 July 1985, a woman)
 * diagnoseNik('9973010101850001'); //=> { problem: 'province', code: '99' }
 * diagnoseNik('3273013102850001'); //=> { problem: 'birthDate' } (31 February)
 */
export function diagnoseNik(value: string): NikProblem | undefined {
  if (typeof value !== 'string' || !NIK_PARTS.shape.test(value)) return { problem: 'shape' };
  const province = value.slice(0, 2);
  if (!NIK_PARTS.province.test(province)) return { problem: 'province', code: province };
  if (!NIK_PARTS.twoDigitsNot00.test(value.slice(2, 4))) return { problem: 'regency' };
  if (!NIK_PARTS.twoDigitsNot00.test(value.slice(4, 6))) return { problem: 'district' };
  if (!NIK_PARTS.dayMonth.test(value.slice(6, 10))) return { problem: 'birthDate' };
  if (!NIK_PARTS.serial.test(value.slice(12, 16))) return { problem: 'serial' };
  return undefined;
}
