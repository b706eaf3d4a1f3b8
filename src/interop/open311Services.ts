import { localeOf } from './_lib/locale.js';
import { OPEN311_SERVICES } from './OPEN311_SERVICES.js';
import type { Open311Service } from './types.js';

/** Options of `open311Services` and `open311ServiceDefinition`. */
export interface Open311ServicesOptions {
  /** The language of names and descriptions: `'id'` (default) or `'en'`. */
  readonly locale?: 'id' | 'en';
}

/**
 * The answer to Open311 `GET services`: every service of `OPEN311_SERVICES`, each with attributes
 * (`metadata: true`) answered by `open311ServiceDefinition`. Plain JSON; serialise it with
 * `toOpen311Xml('services', …)` for XML.
 *
 * @param options - the language
 * @returns the service list
 * @example
 * ```ts
 * import { open311Services } from 'pengaduan/interop';
 * open311Services().map((s) => s.service_code);
 * //=> ['pengaduan', 'pengaduan.berkadar_pengawasan', 'pengaduan.tidak_berkadar_pengawasan',
 * //    'aspirasi', 'permintaan_informasi', 'whistleblowing']
 * open311Services({ locale: 'en' })[3]?.service_name;
 * //=> 'Suggestion'
 * ```
 * @see Open311 GeoReport v2, GET services
 */
export function open311Services(options: Open311ServicesOptions = {}): readonly Open311Service[] {
  const locale = localeOf(options);
  return Object.freeze(
    OPEN311_SERVICES.map((s) =>
      Object.freeze({
        service_code: s.code,
        service_name: s.name[locale],
        description: s.description[locale],
        metadata: true,
        type: 'realtime' as const,
        keywords: s.keywords.join(', '),
        group: s.type,
      }),
    ),
  );
}
