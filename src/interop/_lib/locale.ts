import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { errorText } from '../../i18n/errorMessages/index.js';
import type { Locale } from '../../i18n/types.js';
import { own } from './assertState.js';

/** The `locale` option: `'id'` (default) or `'en'`; anything else is an `InvalidArgumentError`. */
export function localeOf(options: unknown): Locale {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options',
      value: options,
      expected: errorText('options_object_expected'),
    });
  }
  const locale = own(options, 'locale');
  if (locale === undefined || locale === 'id' || locale === 'en') return locale ?? 'id';
  throw new InvalidArgumentError('invalid_argument', {
    argument: 'options.locale',
    value: locale,
    expected: errorText('locale_expected'),
  });
}
