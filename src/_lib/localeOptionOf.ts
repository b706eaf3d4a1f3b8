import type { Locale } from '../i18n/types.js';
import { localeOf } from './localeOf.js';

/** Options that carry only the language to write in. */
export interface LocaleOptions {
  /** `'id'` (default) or `'en'`; any other value writes Bahasa Indonesia. */
  readonly locale?: Locale;
}

/**
 * The `locale` of an options object, read without trusting it: missing options, an unknown locale
 * or an option that throws when read all mean Bahasa Indonesia, the default.
 */
export function localeOptionOf(options: unknown): Locale {
  try {
    return options !== null && typeof options === 'object'
      ? localeOf((options as { locale?: unknown }).locale)
      : 'id';
  } catch {
    return 'id';
  }
}
