import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { type Open311Issue, Open311RequestError } from '../errors/Open311RequestError.js';
import type { Actor, ComplaintSubmitted } from '../history/types.js';
import { interopText } from '../i18n/errorMessages/interop.js';
import type { Locale } from '../i18n/types.js';
import type { Channel } from '../schema/ChannelSchema.js';
import type { Complaint } from '../schema/ComplaintSchema.js';
import { HistoryEventSchema } from '../schema/HistoryEventSchema.js';
import { InstantSchema } from '../schema/InstantSchema.js';
import { safeParseComplaint } from '../schema/safeParseComplaint.js';
import { safeParseWith } from '../schema/safeParseWith.js';
import { own } from './_lib/assertState.js';
import { ATTRIBUTE_SHAPES, type AttributeShape } from './_lib/attributes.js';
import { OPEN311_SERVICES } from './OPEN311_SERVICES.js';

/** Options of `fromOpen311Request`: what the host stamps (never taken from the request). */
export interface FromOpen311RequestOptions {
  /** When the request was received: the host's clock. Becomes the submission time and the event's `at`. */
  readonly receivedAt: string;
  /** The host's id of the new complaint; default none (the complaint has no `id`). */
  readonly complaintId?: string;
  /** The id of the `complaint.submitted` event, for idempotent delivery; default none. */
  readonly eventId?: string;
  /** Default `{ role: 'system' }` (an integrated channel). */
  readonly actor?: Actor;
  /** Default `'integrated_channel'`. */
  readonly channel?: Channel;
  /** Where a named (formal) complaint was submitted; default `'Open311'`. */
  readonly place?: string;
  /** When set, a request naming another `jurisdiction_id` is refused; default: any is accepted. */
  readonly jurisdictionId?: string;
  /** Require a location (`lat`+`long`, `address_string` or `address_id`) as the spec does; default `true`. */
  readonly requireLocation?: boolean;
}

/** A new complaint read from an Open311 POST. */
export interface Open311Submission {
  /** The complaint record (`ComplaintSchema` output): store it beside the snapshot. */
  readonly complaint: Complaint;
  /** The first history event: start the complaint with `startComplaint(event, …)`. */
  readonly event: ComplaintSubmitted;
  /** Fields Open311 carries that the complaint record has no place for: the host decides. */
  readonly extras: {
    /** Open311 `media_url`: a photo of the problem (at most 2 048 characters kept). */
    readonly mediaUrl?: string;
    /** Open311 `device_id`: the client device's id (at most 300 characters kept). */
    readonly deviceId?: string;
    /** Open311 `account_id`: the client's account id (at most 300 characters kept). */
    readonly accountId?: string;
  };
}

type Fields = Map<string, string[]>;

const MAX_BODY = 200_000;
const MAX_KEYS = 100;
const MAX_VALUES = 20;

const CORE = new Set([
  'jurisdiction_id',
  'api_key',
  'service_code',
  'lat',
  'long',
  'address_string',
  'address_id',
  'email',
  'device_id',
  'account_id',
  'first_name',
  'last_name',
  'phone',
  'description',
  'media_url',
]);

const ISSUE_TEXT = {
  unknownField: interopText('open311_unknown_field'),
  repeated: interopText('open311_repeated'),
  notText: interopText('open311_not_text'),
  tooMany: interopText('open311_too_many_values', { max: MAX_VALUES }),
  required: interopText('open311_required'),
  unknownService: interopText('open311_unknown_service', {
    codes: OPEN311_SERVICES.map((s) => s.code).join(', '),
  }),
  location: interopText('open311_location_required'),
  pair: interopText('open311_lat_long_pair'),
  number: interopText('number_expected'),
  regionCode: interopText('open311_region_code_expected'),
  jurisdiction: interopText('open311_other_jurisdiction'),
  option: interopText('open311_not_an_option'),
  formalOnly: interopText('open311_formal_only'),
} as const;

class Issues {
  readonly id: Open311Issue[] = [];
  readonly en: Open311Issue[] = [];
  add(field: string, text: { readonly id: string; readonly en: string }): void {
    this.id.push({ field, message: text.id });
    this.en.push({ field, message: text.en });
  }
}

/** The request's fields as lists of strings, from a form body or a JSON object. */
function fieldsOf(body: unknown, issues: Issues): Fields {
  const fields: Fields = new Map();
  const add = (key: string, value: unknown) => {
    if (fields.size >= MAX_KEYS && !fields.has(key)) return;
    const list = fields.get(key) ?? [];
    if (Array.isArray(value)) {
      if (value.length > MAX_VALUES) issues.add(key, ISSUE_TEXT.tooMany);
      for (const item of value.slice(0, MAX_VALUES)) add1(key, item, list);
    } else add1(key, value, list);
    fields.set(key, list);
  };
  const add1 = (key: string, value: unknown, list: string[]) => {
    if (typeof value === 'string') list.push(value);
    else if (typeof value === 'number' || typeof value === 'boolean') list.push(String(value));
    else issues.add(key, ISSUE_TEXT.notText);
  };
  if (typeof body === 'string' || body instanceof URLSearchParams) {
    const text = typeof body === 'string' ? body : body.toString();
    if (text.length > MAX_BODY) {
      throw new InvalidArgumentError('invalid_argument', {
        argument: 'body',
        value: body,
        expected: interopText('open311_body_too_long', { max: MAX_BODY }),
      });
    }
    for (const [key, value] of new URLSearchParams(text))
      add(key.endsWith('[]') ? key.slice(0, -2) : key, value);
    return fields;
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'body',
      value: body,
      expected: interopText('open311_body_expected'),
    });
  }
  for (const [rawKey, value] of Object.entries(body)) {
    const key = rawKey.endsWith('[]') ? rawKey.slice(0, -2) : rawKey;
    if (key === 'attribute' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // JSON clients send `attribute: { code: value }`.
      for (const [code, item] of Object.entries(value)) add(`attribute[${code}]`, item);
    } else add(key, value);
  }
  return fields;
}

const REGION_LEVELS: readonly [RegExp, string][] = [
  [/^\d{2}$/, 'provinceCode'],
  [/^\d{2}\.\d{2}$/, 'regencyCode'],
  [/^\d{2}\.\d{2}\.\d{2}$/, 'districtCode'],
  [/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'villageCode'],
];

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}

// Where each place of the complaint record came from, to name the Open311 field in an issue.
const FIELD_OF_PATH: readonly [string, string][] = [
  ...ATTRIBUTE_SHAPES.map(
    (s) => [s.binding.path.join('.'), `attribute[${s.binding.code}]`] as [string, string],
  ),
  ['service.description', 'description'],
  ['location.address', 'address_string'],
  ['location.coordinates.latitude', 'lat'],
  ['location.coordinates.longitude', 'long'],
  ['location.coordinates', 'lat'],
  ['location', 'address_id'],
  ['complainant.name', 'first_name'],
  ['complainant.phone', 'phone'],
  ['complainant.email', 'email'],
  ['contact.phone', 'phone'],
  ['contact.email', 'email'],
  ['submission.place', 'place (option)'],
];

/** The Open311 fields an issue at `path` concerns: a missing group (`loss`) names each attribute in it. */
function fieldsOfPath(path: readonly (string | number)[]): string[] {
  const dotted = path.join('.');
  const found = FIELD_OF_PATH.find(([p]) => dotted === p || dotted.startsWith(`${p}.`));
  if (found !== undefined) return [found[1]];
  const inside = ATTRIBUTE_SHAPES.filter((s) => s.binding.path.join('.').startsWith(`${dotted}.`));
  return inside.length > 0 ? inside.map((s) => `attribute[${s.binding.code}]`) : [dotted];
}

function readAttribute(
  shape: AttributeShape,
  values: readonly string[],
  formal: boolean,
  issues: Issues,
): unknown {
  const field = `attribute[${shape.binding.code}]`;
  if (shape.formalOnly && !formal) {
    issues.add(field, ISSUE_TEXT.formalOnly);
    return undefined;
  }
  if (shape.datatype === 'multivaluelist') {
    const flags: Record<string, boolean> = {};
    for (const value of values
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '')) {
      if (!shape.values?.includes(value)) issues.add(field, ISSUE_TEXT.option);
      else flags[value] = true;
    }
    if (flags.identityConfidential === true && !formal) {
      // Pasal 42(5) keeps a named complainant's identity confidential: a report without a name has none.
      issues.add(field, ISSUE_TEXT.formalOnly);
      delete flags.identityConfidential;
    }
    return flags;
  }
  if (values.length > 1) issues.add(field, ISSUE_TEXT.repeated);
  return values[0];
}

function optionString(options: unknown, key: string): string | undefined {
  const value = own(options, key);
  if (value === undefined || typeof value === 'string') return value;
  throw new InvalidArgumentError('invalid_argument', {
    argument: `options.${key}`,
    value,
    expected: interopText('string_expected'),
  });
}

/**
 * Reads an Open311 GeoReport v2 POST (a new service request), form-encoded or JSON, as a new
 * complaint: the complaint record and its `complaint.submitted` event, both validated. The
 * `service_code` gives the kind of report (and class); the location comes from `lat`/`long`,
 * `address_string` and `address_id` (a Kemendagri region code); `description` is the service's
 * description; the attributes of `open311ServiceDefinition` fill the rest. Identity is taken only
 * where the client sent it: with `first_name`/`last_name` the complaint is a formal one (UU 25/2009
 * Pasal 42(3): address, loss and remedy then required); without, it is a report without identity
 * that keeps only the `phone` and `email` given. `attribute[confidentiality][]` carries the
 * *anonim* / *rahasia* choice. The time, the actor and the ids come from the host, never the request.
 *
 * @param body - the request body: a form string or `URLSearchParams`, or the JSON object
 * @param options - the host's stamps: `receivedAt` (required), ids, actor, channel, place
 * @returns the complaint, the event and the extras Open311 carries (media URL, device, account)
 * @throws Open311RequestError listing every problem by Open311 field (answer HTTP 400)
 * @throws InvalidArgumentError for a body that is not a form or an object, or bad options
 * @example
 * ```ts
 * import { fromOpen311Request } from 'pengaduan/interop';
 * const { complaint, event } = fromOpen311Request(
 *   'service_code=pengaduan&lat=-6.9147&long=107.6098&address_string=Jl.+Merdeka+No.+5%2C+Bandung' +
 *     '&description=Lampu+jalan+mati+sejak+dua+minggu.&phone=0812-3456-7890' +
 *     '&attribute[service_name]=Penerangan+jalan&attribute[confidentiality][]=anonim',
 *   { receivedAt: '2025-04-10T21:14:00+07:00', complaintId: 'ADU-2025-0042' },
 * );
 * complaint.filing;
 * //=> 'no_identity'
 * complaint.confidentiality;
 * //=> { anonim: true, rahasia: false }
 * complaint.filing === 'no_identity' ? complaint.contact : undefined;
 * //=> { phone: '+6281234567890' }
 * event.data;
 * //=> { complaintType: 'pengaduan' }
 * ```
 * @see Open311 GeoReport v2, POST service request; UU 25/2009 Pasal 42
 */
export function fromOpen311Request(body: unknown, options: FromOpen311RequestOptions): Open311Submission {
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options',
      value: options,
      expected: interopText('received_at_options_expected'),
    });
  }
  const receivedAt = own(options, 'receivedAt');
  if (!InstantSchema.safeParse(receivedAt).success) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.receivedAt',
      value: receivedAt,
      expected: interopText('received_at_expected'),
    });
  }
  const issues = new Issues();
  const fields = fieldsOf(body, issues);
  const one = (key: string): string | undefined => {
    const values = fields.get(key);
    if (values === undefined || values.length === 0) return undefined;
    if (values.length > 1) issues.add(key, ISSUE_TEXT.repeated);
    const value = values[0]?.trim();
    return value === '' ? undefined : value;
  };

  for (const key of fields.keys()) {
    const code = /^attribute\[([^\]]+)\]$/.exec(key)?.[1];
    if (!CORE.has(key) && (code === undefined || !ATTRIBUTE_SHAPES.some((s) => s.binding.code === code))) {
      issues.add(key, ISSUE_TEXT.unknownField);
    }
  }

  const jurisdiction = one('jurisdiction_id');
  const expectedJurisdiction = optionString(options, 'jurisdictionId');
  if (
    jurisdiction !== undefined &&
    expectedJurisdiction !== undefined &&
    jurisdiction !== expectedJurisdiction
  ) {
    issues.add('jurisdiction_id', ISSUE_TEXT.jurisdiction);
  }

  const code = one('service_code');
  const service = OPEN311_SERVICES.find((s) => s.code === code);
  if (code === undefined) issues.add('service_code', ISSUE_TEXT.required);
  else if (service === undefined) issues.add('service_code', ISSUE_TEXT.unknownService);

  const firstName = one('first_name');
  const lastName = one('last_name');
  const name = [firstName, lastName].filter((n) => n !== undefined).join(' ');
  const formal = name !== '';

  const location: Record<string, unknown> = {};
  const lat = one('lat');
  const long = one('long');
  if ((lat === undefined) !== (long === undefined))
    issues.add(lat === undefined ? 'lat' : 'long', ISSUE_TEXT.pair);
  if (lat !== undefined && long !== undefined) {
    const latitude = Number(lat);
    const longitude = Number(long);
    if (!Number.isFinite(latitude)) issues.add('lat', ISSUE_TEXT.number);
    if (!Number.isFinite(longitude)) issues.add('long', ISSUE_TEXT.number);
    location.coordinates = { latitude, longitude };
  }
  const address = one('address_string');
  if (address !== undefined) location.address = address;
  const addressId = one('address_id');
  if (addressId !== undefined) {
    const level = REGION_LEVELS.find(([pattern]) => pattern.test(addressId));
    if (level === undefined) issues.add('address_id', ISSUE_TEXT.regionCode);
    else location[level[1]] = addressId;
  }
  if (
    Object.keys(location).length === 0 &&
    lat === undefined &&
    long === undefined &&
    own(options, 'requireLocation') !== false
  ) {
    issues.add('lat', ISSUE_TEXT.location);
  }

  const input: Record<string, unknown> = {
    filing: formal ? 'formal' : 'no_identity',
    ...(own(options, 'complaintId') === undefined ? {} : { id: own(options, 'complaintId') }),
    type: service?.type ?? 'pengaduan',
    ...(service?.classification === undefined ? {} : { classification: service.classification }),
    channel: own(options, 'channel') ?? 'integrated_channel',
    service: {},
    submission: formal
      ? { place: own(options, 'place') ?? 'Open311', at: receivedAt, signature: { kind: 'electronic' } }
      : { at: receivedAt },
    ...(Object.keys(location).length === 0 ? {} : { location }),
  };
  const description = one('description');
  if (description !== undefined) setPath(input, ['service', 'description'], description);
  const phone = one('phone');
  const email = one('email');
  if (formal) {
    setPath(input, ['complainant', 'name'], name);
    if (phone !== undefined) setPath(input, ['complainant', 'phone'], phone);
    if (email !== undefined) setPath(input, ['complainant', 'email'], email);
  } else if (phone !== undefined || email !== undefined) {
    input.contact = { ...(phone === undefined ? {} : { phone }), ...(email === undefined ? {} : { email }) };
  }
  for (const shape of ATTRIBUTE_SHAPES) {
    const values = fields.get(`attribute[${shape.binding.code}]`);
    if (values === undefined || values.length === 0) continue;
    const value = readAttribute(shape, values, formal, issues);
    if (value !== undefined && !(typeof value === 'string' && value.trim() === '')) {
      setPath(input, shape.binding.path, value);
    }
  }

  const parsed = {
    id: safeParseComplaint(input, { locale: 'id' }),
    en: safeParseComplaint(input, { locale: 'en' }),
  };
  if (!parsed.id.success && !parsed.en.success) {
    for (let i = 0; i < parsed.id.issues.length; i++) {
      for (const field of fieldsOfPath(parsed.id.issues[i]?.path ?? [])) {
        issues.id.push({ field, message: parsed.id.issues[i]?.message ?? '' });
        issues.en.push({ field, message: parsed.en.issues[i]?.message ?? '' });
      }
    }
  }
  if (issues.id.length > 0 || !parsed.id.success)
    throw new Open311RequestError('open311_invalid_request', { issues });
  const complaint = parsed.id.data;

  const data: Record<string, unknown> = {
    ...(complaint.type === undefined ? {} : { complaintType: complaint.type }),
    ...(complaint.classification === undefined ? {} : { classification: complaint.classification }),
    ...(complaint.service.receivedOn === undefined
      ? {}
      : { serviceReceivedOn: complaint.service.receivedOn }),
    ...(complaint.incidentOn === undefined ? {} : { incidentOn: complaint.incidentOn }),
  };
  const eventInput = {
    ...(own(options, 'eventId') === undefined ? {} : { id: own(options, 'eventId') }),
    type: 'complaint.submitted',
    at: receivedAt,
    actor: own(options, 'actor') ?? { role: 'system' },
    data,
  };
  const event = safeParseWith(HistoryEventSchema, eventInput, { scope: 'event', locale: 'en' as Locale });
  if (!event.success) {
    // Only the host's options can make the event invalid (the complaint above passed).
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options',
      value: eventInput,
      expected: interopText('open311_event_invalid', { message: event.issues[0]?.message ?? '' }),
    });
  }
  const mediaUrl = one('media_url');
  const deviceId = one('device_id');
  const accountId = one('account_id');
  return Object.freeze({
    complaint,
    event: event.data as ComplaintSubmitted,
    extras: Object.freeze({
      ...(mediaUrl === undefined ? {} : { mediaUrl: mediaUrl.slice(0, 2048) }),
      ...(deviceId === undefined ? {} : { deviceId: deviceId.slice(0, 300) }),
      ...(accountId === undefined ? {} : { accountId: accountId.slice(0, 300) }),
    }),
  });
}
