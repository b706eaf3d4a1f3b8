import { messagesFor } from '../../i18n/messagesFor.js';
import type { Locale } from '../../i18n/types.js';

/**
 * The `locale` of a parse helper's options, read without trusting them: a missing, unknown or
 * unreadable option (a getter that throws) means Bahasa Indonesia, the default.
 */
export function localeOption(options: unknown): Locale {
  try {
    return options !== null && typeof options === 'object'
      ? messagesFor((options as { locale?: Locale }).locale).locale
      : 'id';
  } catch {
    return 'id';
  }
}
