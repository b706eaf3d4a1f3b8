/**
 * `pengaduan/json-schemas`: the JSON Schema (draft-07) documents of the public schemas, as data, in an
 * entry of their own so that a form importing one zod schema does not carry them.
 *
 * @module pengaduan/json-schemas
 */
import actor from './json/actor.json';
import attachment from './json/attachment.json';
import civilDate from './json/civil-date.json';
import classificationFacts from './json/classification-facts.json';
import complaint from './json/complaint.json';
import decision from './json/decision.json';
import email from './json/email.json';
import handlingUnit from './json/handling-unit.json';
import history from './json/history.json';
import historyEvent from './json/history-event.json';
import instant from './json/instant.json';
import location from './json/location.json';
import nik from './json/nik.json';
import phoneNumber from './json/phone-number.json';
import policy from './json/policy.json';
import receipt from './json/receipt.json';
import regionCode from './json/region-code.json';

/** A JSON Schema (draft-07) document, as published. */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

/**
 * The JSON Schema (draft-07) of every public schema, for hosts in PHP, Java, Go, Python and form
 * builders. Generated from the zod schemas with `z.toJSONSchema` (input side: defaults optional,
 * phone numbers as typed) and checked for drift by the tests. Cross-field rules are zod-only: region
 * code prefixes, unique policy rule ids, per-unit clock starts (see docs/schemas.md). Patterns use
 * no look-around, so they run on RE2 (Go) as well.
 *
 * @example
 * import { jsonSchemas } from 'pengaduan/json-schemas';
 * jsonSchemas.complaint.$schema; //=> 'http://json-schema.org/draft-07/schema#'
 */
export const jsonSchemas: Readonly<
  Record<
    | 'actor'
    | 'attachment'
    | 'civilDate'
    | 'classificationFacts'
    | 'complaint'
    | 'decision'
    | 'email'
    | 'handlingUnit'
    | 'history'
    | 'historyEvent'
    | 'instant'
    | 'location'
    | 'nik'
    | 'phoneNumber'
    | 'policy'
    | 'receipt'
    | 'regionCode',
    JsonSchemaDocument
  >
> = Object.freeze({
  actor,
  attachment,
  civilDate,
  classificationFacts,
  complaint,
  decision,
  email,
  handlingUnit,
  history,
  historyEvent,
  instant,
  location,
  nik,
  phoneNumber,
  policy,
  receipt,
  regionCode,
});
