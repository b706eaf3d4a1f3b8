/**
 * `pengaduan/interop`: the formats other systems speak. Open311 GeoReport v2 both ways (services
 * derived from the schemas, a complaint's public view as a request, a POST as a new complaint), the
 * SP4N-LAPOR! status crosswalk both ways, and the ISO 10002 crosswalk, all as data with their basis.
 * Outbound formats are built from the public view only.
 *
 * @module pengaduan/interop
 */
export type { LaporStatusRefusedDetails } from '../errors/LaporStatusRefusedError.js';
export { LaporStatusRefusedError } from '../errors/LaporStatusRefusedError.js';
export type { Open311Issue } from '../errors/Open311RequestError.js';
export { Open311RequestError } from '../errors/Open311RequestError.js';
export type { EventsFromLaporStatusOptions, LaporChangeDetails } from './eventsFromLaporStatus.js';
export { eventsFromLaporStatus } from './eventsFromLaporStatus.js';
export type { FromOpen311RequestOptions, Open311Submission } from './fromOpen311Request.js';
export { fromOpen311Request } from './fromOpen311Request.js';
export type { Iso10002Coverage, Iso10002Item } from './ISO_10002.js';
export { ISO_10002 } from './ISO_10002.js';
export type { LaporTransition } from './LAPOR_CROSSWALK.js';
export { LAPOR_CROSSWALK } from './LAPOR_CROSSWALK.js';
export type { LaporStatus, LaporStatusInfo } from './LAPOR_STATUSES.js';
export { LAPOR_STATUSES } from './LAPOR_STATUSES.js';
export type { LaporStatusChange } from './laporStatusChange.js';
export { laporStatusChange } from './laporStatusChange.js';
export { OPEN311_EXTENDED_STATUSES } from './OPEN311_EXTENDED_STATUSES.js';
export type { Open311ServiceInfo } from './OPEN311_SERVICES.js';
export { OPEN311_SERVICES } from './OPEN311_SERVICES.js';
export { open311ServiceDefinition } from './open311ServiceDefinition.js';
export type { Open311ServicesOptions } from './open311Services.js';
export { open311Services } from './open311Services.js';
export { toLaporStatus } from './toLaporStatus.js';
export { toOpen311Errors } from './toOpen311Errors.js';
export { toOpen311ExtendedStatus } from './toOpen311ExtendedStatus.js';
export type { ToOpen311RequestOptions } from './toOpen311Request.js';
export { toOpen311Request } from './toOpen311Request.js';
export type { Open311StatusOptions } from './toOpen311Status.js';
export { toOpen311Status } from './toOpen311Status.js';
export type { Open311Document } from './toOpen311Xml.js';
export { toOpen311Xml } from './toOpen311Xml.js';
export type {
  Open311Attribute,
  Open311AttributeValue,
  Open311Error,
  Open311ExtendedStatus,
  Open311PostResponse,
  Open311Request,
  Open311RequestExtension,
  Open311Service,
  Open311ServiceDefinition,
  Open311Status,
  StatusMapping,
} from './types.js';
