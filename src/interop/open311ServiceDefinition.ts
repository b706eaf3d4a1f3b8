import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { interopText } from '../i18n/errorMessages/interop.js';
import { attributesFor } from './_lib/attributes.js';
import { localeOf } from './_lib/locale.js';
import { OPEN311_SERVICES } from './OPEN311_SERVICES.js';
import type { Open311ServicesOptions } from './open311Services.js';
import type { Open311ServiceDefinition } from './types.js';

/**
 * The answer to Open311 `GET services/{service_code}`: the attributes a client asks and sends as
 * `attribute[code]`. They are derived from the complaint's JSON Schema (generated from the zod
 * schemas): datatype, length, list values and `required` follow the schema, so a client form and the
 * server's validation agree. `confidentiality` is the extension for SP4N-LAPOR!'s *anonim* and
 * *rahasia* (and the confidential identity of UU 25/2009 Pasal 42(5)), which Open311 lacks.
 *
 * @param serviceCode - a code from `open311Services()`
 * @param options - the language
 * @returns the service definition
 * @throws InvalidArgumentError for an unknown service code (a host answers 404)
 * @example
 * ```ts
 * import { open311ServiceDefinition } from 'pengaduan/interop';
 * const definition = open311ServiceDefinition('pengaduan', { locale: 'en' });
 * definition.attributes.map((a) => a.code);
 * //=> ['service_name', 'service_provider', 'service_received_on', 'incident_on', 'loss_kind',
 * //    'loss_description', 'requested_remedy', 'complainant_kind', 'complainant_address',
 * //    'complainant_nik', 'confidentiality']
 * definition.attributes[10]?.values;
 * //=> [{ key: 'identityConfidential', name: "Request to keep the complainant's identity confidential" },
 * //    { key: 'anonim', name: 'Anonymous (anonim) choice' },
 * //    { key: 'rahasia', name: 'Confidential report (rahasia) choice' }]
 * ```
 * @see Open311 GeoReport v2, GET service definition
 */
export function open311ServiceDefinition(
  serviceCode: string,
  options: Open311ServicesOptions = {},
): Open311ServiceDefinition {
  const locale = localeOf(options);
  const service = OPEN311_SERVICES.find((s) => s.code === serviceCode);
  if (service === undefined) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'serviceCode',
      value: serviceCode,
      expected: interopText('open311_service_code_expected', {
        codes: OPEN311_SERVICES.map((s) => s.code).join(', '),
      }),
    });
  }
  return Object.freeze({ service_code: service.code, attributes: Object.freeze(attributesFor(locale)) });
}
