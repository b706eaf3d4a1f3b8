import type { LocalizedText } from '../i18n/types.js';

/**
 * The base class of every error this library throws on purpose.
 *
 * `code` is stable and machine-readable (switch on it, never on `message`); `message` is English for
 * logs; `text` carries the same explanation in Bahasa Indonesia and English for people; `details`
 * names the offending value and what was expected.
 */
export class PengaduanError extends Error {
  override readonly name: string = 'PengaduanError';
  readonly code: string;
  readonly text: LocalizedText;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: string,
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
