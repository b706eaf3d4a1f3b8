import type { Locale } from '../Portal.js';

/**
 * The language of messages: `?lang=en|id` first, then the first language of `Accept-Language`.
 * Bahasa Indonesia unless English is asked for.
 */
export function localeOf(acceptLanguage: string | undefined, lang?: string): Locale {
  if (lang === 'en' || lang === 'id') return lang;
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}
