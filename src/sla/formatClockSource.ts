import type { Locale } from '../i18n/types.js';
import type { LegalSource } from '../rules/types.js';
import { STATUS_NOTES } from './_lib/labels.js';

// "Pasal 44 ayat (3)" -> "Article 44(3)"; "Pasal 24 ayat (1) huruf c" -> "Article 24(1)(c)".
function articleInEnglish(article: string): string {
  if (!/^Pasal\s/.test(article)) return article;
  return article
    .replace(/^Pasal\s+(\d+[A-Z]?)/, 'Article $1')
    .replace(/\s+ayat\s+\((\d+)\)(?:-\((\d+)\))?/g, (_m, a: string, b?: string) =>
      b ? `(${a})-(${b})` : `(${a})`,
    )
    .replace(/\s+huruf\s+([a-z])/g, '($1)')
    .replace(/\s+angka\s+/g, ' point ');
}

/**
 * The legal source of a clock (or of a rule) as one line to print beside a deadline: the instrument
 * and article, with "(praktik)" / "(tafsiran)" when the rule is practice or our reading rather than
 * the regulation's own text.
 *
 * @param clock - a `ClockReport`, a `ClockRule`, or anything with a `source`
 * @param locale - `'id'` (default) or `'en'`
 * @returns e.g. `'UU 25/2009 Pasal 44 ayat (3)'`
 * @see UU 25/2009 Pasal 44 ayat (3)
 * @example
 * ```ts
 * import { formatClockSource, uu25Policy } from 'pengaduan';
 * const response = uu25Policy.rules.find((r) => r.id === 'uu25.response')!;
 * `batas waktu menurut ${formatClockSource(response)}`;
 * //=> 'batas waktu menurut UU 25/2009 Pasal 44 ayat (3)'
 * formatClockSource(response, 'en'); //=> 'UU 25/2009 Article 44(3)'
 * ```
 */
export function formatClockSource(clock: { readonly source: LegalSource }, locale: Locale = 'id'): string {
  const { instrument, article, status } = clock.source;
  const shown = locale === 'en' ? articleInEnglish(article) : article;
  return `${instrument} ${shown}${STATUS_NOTES[locale][status] ?? ''}`;
}
