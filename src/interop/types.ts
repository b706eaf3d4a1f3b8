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
  readonly state: ComplaintState;
  readonly status: TStatus;
  readonly source: LegalSource;
}

/** An Open311 service (GET services): one kind of report a client may file. */
export interface Open311Service {
  readonly service_code: string;
  readonly service_name: string;
  readonly description: string;
  /** Always `true`: every service has attributes (GET the service definition). */
  readonly metadata: boolean;
  readonly type: 'realtime' | 'batch' | 'blackbox';
  /** Comma-separated. */
  readonly keywords: string;
  readonly group: string;
}

/** One value of a list attribute. */
export interface Open311AttributeValue {
  readonly key: string;
  readonly name: string;
}

/** One attribute of a service definition: a question a client asks and sends as `attribute[code]`. */
export interface Open311Attribute {
  readonly variable: boolean;
  readonly code: string;
  readonly datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  readonly required: boolean;
  readonly datatype_description: string;
  readonly order: number;
  readonly description: string;
  readonly values?: readonly Open311AttributeValue[];
}

/** An Open311 service definition (GET services/{service_code}). */
export interface Open311ServiceDefinition {
  readonly service_code: string;
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
  readonly service_request_id: string;
  readonly status: Open311Status;
  readonly status_notes?: string;
  readonly service_name: string;
  readonly service_code: string;
  readonly description?: string;
  readonly agency_responsible?: string;
  readonly service_notice?: string;
  readonly requested_datetime: string;
  readonly updated_datetime: string;
  readonly expected_datetime?: string;
  readonly address?: string;
  readonly address_id?: string;
  readonly zipcode?: string;
  readonly lat?: number;
  readonly long?: number;
  readonly media_url?: string;
  /** Present with the option `extensions: true` (Open311 GET requests `extensions=true`). */
  readonly extended_attributes?: Open311RequestExtension;
}

/** The answer to a POST of a service request. */
export interface Open311PostResponse {
  readonly service_request_id: string;
  readonly service_notice?: string;
  readonly account_id?: string;
}

/** One entry of an Open311 error response. */
export interface Open311Error {
  readonly code: number;
  readonly description: string;
}
