import type { ComplaintState } from '../machine/types.js';
import type { LegalSource } from '../rules/types.js';

/** The two statuses of Open311 GeoReport v2: `open` (reported) or `closed` (resolved). */
export type Open311Status = 'open' | 'closed';

/**
 * FixMyStreet's extended statuses, sent over Open311 when extended statuses are on
 * (`perllib/Open311.pm`).
 */
export type Open311ExtendedStatus =
  | 'OPEN'
  | 'INVESTIGATING'
  | 'IN_PROGRESS'
  | 'ACTION_SCHEDULED'
  | 'FIXED'
  | 'CLOSED'
  | 'DUPLICATE'
  | 'NOT_COUNCILS_RESPONSIBILITY'
  | 'NO_FURTHER_ACTION'
  | 'INTERNAL_REFERRAL'
  | 'FOR_TRIAGE'
  | 'CANCELLED'
  | 'REOPEN';

/** A mapping of one lifecycle state to another system's status, with its basis. */
export interface StatusMapping<TStatus extends string> {
  /** The lifecycle state. */
  readonly state: ComplaintState;
  /** The other system's status for it. */
  readonly status: TStatus;
  /** Where the correspondence comes from, and how sure we are of it. */
  readonly source: LegalSource;
}

/** An Open311 service (GET services): one kind of report a client may file. */
export interface Open311Service {
  /** The service's unique code, sent back as a request's `service_code`. */
  readonly service_code: string;
  /** Its name, for people. */
  readonly service_name: string;
  /** What kind of report it is for. */
  readonly description: string;
  /** Always `true`: every service has attributes (GET the service definition). */
  readonly metadata: boolean;
  /** GeoReport v2's processing type of the service. */
  readonly type: 'realtime' | 'batch' | 'blackbox';
  /** Comma-separated. */
  readonly keywords: string;
  /** The group the service is listed under. */
  readonly group: string;
}

/** One value of a list attribute. */
export interface Open311AttributeValue {
  /** The value sent in `attribute[code]`. */
  readonly key: string;
  /** Its name, for people. */
  readonly name: string;
}

/** One attribute of a service definition: a question a client asks and sends as `attribute[code]`. */
export interface Open311Attribute {
  /** `true`: the client asks for a value (Open311's `false` marks an information-only text). */
  readonly variable: boolean;
  /** The attribute's code, sent as `attribute[code]`. */
  readonly code: string;
  /** The kind of value the client sends (Open311 GeoReport v2 datatypes). */
  readonly datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  /** `true` when a request without it is refused. */
  readonly required: boolean;
  /** What form the value takes, for people. */
  readonly datatype_description: string;
  /** Its position among the service's attributes, from 1. */
  readonly order: number;
  /** The question, for people. */
  readonly description: string;
  /** The allowed values, for the list datatypes. */
  readonly values?: readonly Open311AttributeValue[];
}

/** An Open311 service definition (GET services/{service_code}). */
export interface Open311ServiceDefinition {
  /** The service defined. */
  readonly service_code: string;
  /** The questions a client asks, in `order`. */
  readonly attributes: readonly Open311Attribute[];
}

/** The library's extension of a request: what Open311 has no field for. */
export interface Open311RequestExtension {
  /** The lifecycle state (`COMPLAINT_STATES`). */
  readonly pengaduan_state: ComplaintState;
  /** FixMyStreet's extended status. */
  readonly fms_status: Open311ExtendedStatus;
  /** The SP4N-LAPOR! status. */
  readonly lapor_status: string;
  /** Whether the complainant chose *anonim* (their identity is never sent). */
  readonly anonim: boolean;
}

/** A service request (GET requests, GET requests/{id}) with the fields of GeoReport v2, in its order. */
export interface Open311Request {
  /** The complaint's id (or the `serviceRequestId` option when the record has none). */
  readonly service_request_id: string;
  /** `open` or `closed` (`toOpen311Status` of the state). */
  readonly status: Open311Status;
  /** The state's label, and what the event that moved the complaint there did. */
  readonly status_notes?: string;
  /** The service's name (`OPEN311_SERVICES`), in the `locale` option's language. */
  readonly service_name: string;
  /** The service's code (`OPEN311_SERVICES`), from the complaint's type and classification. */
  readonly service_code: string;
  /** The complaint's description of the service, from its public view. */
  readonly description?: string;
  /** The units that hold the complaint, the agency it was referred to, or the `agency` option. */
  readonly agency_responsible?: string;
  /** The provider's binding deadline in words (its title and due date), while the request is open. */
  readonly service_notice?: string;
  /** The submission, a W3C date-time in the handling unit's zone. */
  readonly requested_datetime: string;
  /** The last event of the history (for a closed request, its close), in the zone. */
  readonly updated_datetime: string;
  /** The due instant of the provider's binding deadline, while the request is open and one is running. */
  readonly expected_datetime?: string;
  /** The location's address, when the complaint gives one. */
  readonly address?: string;
  /** The most precise Kemendagri region code of the location (village, district, regency, province). */
  readonly address_id?: string;
  /** A postal code (GeoReport v2); `toOpen311Request` does not fill it. */
  readonly zipcode?: string;
  /** The latitude, when the complaint gives coordinates. */
  readonly lat?: number;
  /** The longitude, when the complaint gives coordinates. */
  readonly long?: number;
  /** A URL of a photo (GeoReport v2); `toOpen311Request` does not fill it. */
  readonly media_url?: string;
  /** Present with the option `extensions: true` (Open311 GET requests `extensions=true`). */
  readonly extended_attributes?: Open311RequestExtension;
}

/** The answer to a POST of a service request. */
export interface Open311PostResponse {
  /** The id of the new request. */
  readonly service_request_id: string;
  /** What the client should know about the request's handling, if anything. */
  readonly service_notice?: string;
  /** The client's account id, where the host keeps accounts. */
  readonly account_id?: string;
}

/** One entry of an Open311 error response. */
export interface Open311Error {
  /** The HTTP status of the error (e.g. 400). */
  readonly code: number;
  /** What is wrong. */
  readonly description: string;
}
