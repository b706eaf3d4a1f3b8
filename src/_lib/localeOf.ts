import type { Locale } from '../i18n/types.js';

/**
 * The locale to write in: `'en'` when asked for, Bahasa Indonesia (the default) for anything else,
 * so that a message is always produced (the same fallback as `messagesFor`).
 */
export function localeOf(value: unknown): Locale {
  return value === 'en' ? 'en' : 'id';
}
