import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { Locale } from '../../i18n/types.js';
import { own } from './assertState.js';

/** The `locale` option: `'id'` (default) or `'en'`; anything else is an `InvalidArgumentError`. */
export function localeOf(options: unknown): Locale {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new InvalidArgumentError('options', options, {
      id: 'diharapkan objek opsi',
      en: 'expected an options object',
    });
  }
  const locale = own(options, 'locale');
  if (locale === undefined || locale === 'id' || locale === 'en') return locale ?? 'id';
  throw new InvalidArgumentError('options.locale', locale, {
    id: "diharapkan 'id' atau 'en'",
    en: "expected 'id' or 'en'",
  });
}
