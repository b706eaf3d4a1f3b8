import { type LocaleOptions, localeOptionOf } from '../_lib/localeOptionOf.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { slaText } from '../i18n/errorMessages/sla.js';
import type { LegalSource } from '../rules/types.js';
import { STATUS_NOTES } from './_lib/labels.js';

const EXPECTED_SOURCE = /* @__PURE__ */ slaText('clock_source_expected');

/** The source of a clock, rule or sanction, checked: anything else is an `InvalidArgumentError`. */
export function sourceOf(value: unknown, argument: string): LegalSource {
  const source =
    value !== null && typeof value === 'object' ? (value as { readonly source?: unknown }).source : undefined;
  if (
    source === null ||
    typeof source !== 'object' ||
    typeof (source as LegalSource).instrument !== 'string' ||
    typeof (source as LegalSource).article !== 'string' ||
    !Object.hasOwn(STATUS_NOTES.id, (source as LegalSource).status as string)
  ) {
    throw new InvalidArgumentError('invalid_argument', { argument, value, expected: EXPECTED_SOURCE });
  }
  return source as LegalSource;
}

// "Pasal 44 ayat (3)" -> "Article 44(3)"; "Pasal 24 ayat (1) huruf c" -> "Article 24(1)(c)".
// The article may be a host's text: each white-space run is tried once (the look-behind skips starts
// inside a run), so a long run of spaces costs linear time, not quadratic.
function articleInEnglish(article: string): string {
  if (!/^Pasal\s/.test(article)) return article;
  return article
    .replace(/^Pasal\s+(\d+[A-Z]?)/, 'Article $1')
    .replace(/(?<!\s)\s+ayat\s+\((\d+)\)(?:-\((\d+)\))?/g, (_m, a: string, b?: string) =>
      b ? `(${a})-(${b})` : `(${a})`,
    )
    .replace(/(?<!\s)\s+huruf\s+([a-z])/g, '($1)')
    .replace(/(?<!\s)\s+angka\s+/g, ' point ');
}

/**
 * The legal source of a clock (or of a rule) as one line to print beside a deadline: the instrument
 * and article, with "(praktik)" / "(tafsiran)" when the rule is practice or our reading rather than
 * the regulation's own text.
 *
 * @param clock - a `ClockReport`, a `ClockRule`, or anything with a `source`
 * @param options - `locale`: `'id'` (default) or `'en'`; any other value writes Bahasa Indonesia
 * @returns e.g. `'UU 25/2009 Pasal 44 ayat (3)'`
 * @throws {InvalidArgumentError} when `clock` has no valid `source`
 * @see UU 25/2009 Pasal 44 ayat (3)
 * @example
 * ```ts
 * import { formatClockSource, uu25Policy } from 'pengaduan';
 * const response = uu25Policy.rules.find((r) => r.id === 'uu25.response')!;
 * `batas waktu menurut ${formatClockSource(response)}`;
 * //=> 'batas waktu menurut UU 25/2009 Pasal 44 ayat (3)'
 * formatClockSource(response, { locale: 'en' }); //=> 'UU 25/2009 Article 44(3)'
 * ```
 */
export function formatClockSource(
  clock: { readonly source: LegalSource },
  options: LocaleOptions = {},
): string {
  const { instrument, article, status } = sourceOf(clock, 'clock');
  const lang = localeOptionOf(options);
  const shown = lang === 'en' ? articleInEnglish(article) : article;
  return `${instrument} ${shown}${STATUS_NOTES[lang][status]}`;
}
