import { en } from './en.js';
import { id } from './id.js';
import type { Messages } from './Messages.js';
import type { Locale } from './types.js';

/** Every locale this library writes messages in. */
export const LOCALES: readonly Locale[] = Object.freeze(['id', 'en'] as const);

const CATALOGUES: Readonly<Record<Locale, Messages>> = { id, en };

/**
 * The message catalogue of a locale. Anything that is not a known locale falls back to Bahasa
 * Indonesia, the default, so a message is always produced.
 *
 * @param locale - `'id'` (default) or `'en'`
 * @returns the catalogue with every text of the schema layer
 * @example
 * import { messagesFor } from 'pengaduan/schema';
 *
 * messagesFor('en').fields['complainant.address'];
 * //=> "Complainant's full address"
 * messagesFor('id').fields['complainant.address'];
 * //=> 'Alamat lengkap pengadu'
 */
export function messagesFor(locale: Locale = 'id'): Messages {
  // A plain lookup would follow `__proto__` or `constructor`; only own keys count, and only strings
  // (an object as key would be converted, running its `toString`).
  return typeof locale === 'string' && Object.hasOwn(CATALOGUES, locale) ? CATALOGUES[locale] : id;
}
