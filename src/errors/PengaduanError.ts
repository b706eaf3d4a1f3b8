import type { LocalizedText } from '../i18n/types.js';
import type { PengaduanErrorCode } from './codes.js';

/**
 * The brand of every `PengaduanError`, registered with `Symbol.for` so that `isPengaduanError`
 * recognizes an error thrown by another copy of the package (the ESM and CommonJS builds mixed, or two
 * versions installed), where `instanceof` cannot.
 */
export const PENGADUAN_ERROR_BRAND: unique symbol = Symbol.for('pengaduan.PengaduanError');

/**
 * The base class of every error this library throws on purpose.
 *
 * `code` is stable and machine-readable (switch on it, never on `message`); `message` is English for
 * logs; `text` carries the same explanation in Bahasa Indonesia and English for people; `details`
 * names the offending value and what was expected.
 *
 * The subclasses take their arguments in one order, `(code, details, options?)`; this base
 * constructor is theirs, and takes the text they made from the i18n tables.
 */
export class PengaduanError extends Error {
  /** The class name (`'PengaduanError'`, `'PolicyError'`, ...), as `Error.prototype.name`. */
  override readonly name: string = 'PengaduanError';
  /** Stable and machine-readable: switch on it, never on `message`. */
  readonly code: PengaduanErrorCode;
  /** The explanation in Bahasa Indonesia and English, for people (`message` is the English one). */
  readonly text: LocalizedText;
  /** The offending value and what was expected; each subclass says which fields. Frozen. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: PengaduanErrorCode,
    text: LocalizedText,
    details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(text.en, options);
    this.code = code;
    this.text = text;
    this.details = Object.freeze({ ...details });
  }
}

Object.defineProperty(PengaduanError.prototype, PENGADUAN_ERROR_BRAND, { value: true });
