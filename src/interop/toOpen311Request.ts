import { toEpochMilliseconds } from '../calendar/toEpochMilliseconds.js';
import type { WorkingCalendar } from '../calendar/types.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { HistoryEvent } from '../history/types.js';
import { interopText } from '../i18n/errorMessages/interop.js';
import { restoreSnapshot } from '../machine/restoreSnapshot.js';
import { viewComplaint } from '../machine/viewComplaint.js';
import type { Policy } from '../rules/types.js';
import { validatePolicy } from '../rules/validatePolicy.js';
import { type Complaint, ComplaintSchema } from '../schema/ComplaintSchema.js';
import { parseWith } from '../schema/parseWith.js';
import type { ClockReport } from '../sla/types.js';
import { own } from './_lib/assertState.js';
import { lastChange } from './_lib/lastChange.js';
import { localeOf } from './_lib/locale.js';
import { publicText } from './_lib/publicText.js';
import { snapshotOf } from './_lib/snapshotOf.js';
import { w3c } from './_lib/w3c.js';
import { OPEN311_SERVICES } from './OPEN311_SERVICES.js';
import { toLaporStatus } from './toLaporStatus.js';
import { toOpen311ExtendedStatus } from './toOpen311ExtendedStatus.js';
import { toOpen311Status } from './toOpen311Status.js';
import type { Open311Request, Open311Status } from './types.js';

/** Options of `toOpen311Request`. */
export interface ToOpen311RequestOptions {
  /** The policy the complaint is handled with (the history is replayed to find the last change). */
  readonly policy: Policy;
  /** Default `nationalCalendar`. */
  readonly calendar?: WorkingCalendar;
  /** The language of `status_notes`, `service_name` and `service_notice`: `'id'` (default) or `'en'`. */
  readonly locale?: 'id' | 'en';
  /** How an answered complaint waiting for a reply is reported: see `toOpen311Status`. Default `'open'`. */
  readonly answered?: Open311Status;
  /** Add `extended_attributes` (lifecycle state, FixMyStreet status, LAPOR! status, anonim). Default `false`. */
  readonly extensions?: boolean;
  /** `agency_responsible` when no unit holds the complaint: the provider's name; default none (left out). */
  readonly agency?: string;
  /** `service_request_id` when the complaint record has no `id` (then required: refused without one). */
  readonly serviceRequestId?: string;
}

/** The open clock of the provider's side that falls due first: when the request can be expected. */
function bindingClock(clocks: readonly ClockReport[]): ClockReport | undefined {
  let best: ClockReport | undefined;
  for (const clock of clocks) {
    if (clock.status !== 'running' && clock.status !== 'paused') continue;
    if (clock.dutyOf === 'complainant' || clock.dueAt === undefined) continue;
    if (best === undefined || toEpochMilliseconds(clock.dueAt) < toEpochMilliseconds(best.dueAt as string)) {
      best = clock;
    }
  }
  return best;
}

/** The units that hold the complaint now, by name: dispositions not sent back, in order. */
function activeUnitNames(history: readonly HistoryEvent[]): string[] {
  const units = new Map<string, string>();
  for (const event of history) {
    if (event.type === 'complaint.dispositioned') {
      units.set(event.data.unitId, event.data.unitName ?? event.data.unitId);
    } else if (event.type === 'disposition.rejected') units.delete(event.data.unitId);
  }
  return [...units.values()];
}

/**
 * A complaint as an Open311 GeoReport v2 service request (GET requests), built from its PUBLIC view
 * only: a *rahasia* complaint gives `null` (it is not published: leave it out of a list, answer 404),
 * and no identity ever goes out (Open311 requests have no identity fields, and the public view has
 * already removed identity from every text). `status` is `toOpen311Status` of the state;
 * `status_notes` says what the event that moved it there did; `requested_datetime` is the submission,
 * `updated_datetime` the last event (for a closed request, its close); `expected_datetime` and
 * `service_notice` come from the provider's binding deadline. Date-times are written in the handling
 * unit's zone (+07:00, +08:00, +09:00).
 *
 * @param snapshot - the complaint's snapshot
 * @param complaint - the complaint record (`ComplaintSchema` output)
 * @param options - the policy (required), calendar, language, status choices and extensions
 * @returns the request, or `null` for a *rahasia* complaint
 * @throws SchemaValidationError when `complaint` is not a complaint record
 * @throws SnapshotError when `snapshot` is not a complaint snapshot
 * @throws InvalidArgumentError when there is no `service_request_id` or an option is wrong
 * @throws PolicyError when `options.policy` is not a valid policy
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { applyEvent, startComplaint } from 'pengaduan/machine';
 * import { ComplaintSchema } from 'pengaduan/schema';
 * import { toOpen311Request } from 'pengaduan/interop';
 *
 * const complaint = ComplaintSchema.parse({
 *   filing: 'no_identity', id: 'ADU-2025-0042', type: 'pengaduan', channel: 'sms_1708',
 *   service: { name: 'Penerangan jalan', description: 'Lampu jalan di Jl. Merdeka mati sejak 2 minggu.' },
 *   submission: { at: '2025-04-10T21:14:00+07:00' },
 *   location: { address: 'Jl. Merdeka, Bandung', coordinates: { latitude: -6.9147, longitude: 107.6098 } },
 * });
 * const options = { policy: uu25Policy };
 * const started = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-04-10T21:14:00+07:00', actor: { role: 'system' }, data: {} },
 *   options,
 * );
 * const { snapshot } = applyEvent(
 *   started.snapshot,
 *   { type: 'complaint.received', at: '2025-04-11T08:00:00+07:00', actor: { role: 'admin_instansi' }, data: {} },
 *   options,
 * );
 * const request = toOpen311Request(snapshot, complaint, options);
 * request?.status;
 * //=> 'open'
 * request?.status_notes;
 * //=> 'Penelaahan'
 * request?.expected_datetime;
 * //=> '2025-04-24T23:59:59.999+07:00' (14 days after 10 April: the completeness response)
 * request?.lat;
 * //=> -6.9147
 * ```
 * @see Open311 GeoReport v2, GET service requests; UU 25/2009 Pasal 42 ayat (5), 49 ayat (1)
 */
export function toOpen311Request(
  snapshot: unknown,
  complaint: Complaint,
  options: ToOpen311RequestOptions,
): Open311Request | null {
  const locale = localeOf(options);
  const policy = own(options, 'policy');
  validatePolicy(policy);
  const calendar = own(options, 'calendar');
  if (
    calendar !== undefined &&
    (calendar === null || typeof calendar !== 'object' || Array.isArray(calendar))
  ) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.calendar',
      value: calendar,
      expected: interopText('working_calendar_expected'),
    });
  }
  const runtime = { policy, ...(calendar === undefined ? {} : { calendar: calendar as WorkingCalendar }) };
  // A snapshot comes from storage: check it fully (format, history, policy) and recompute its deadlines.
  const s = restoreSnapshot(snapshotOf(snapshot), runtime);
  const record = parseWith(ComplaintSchema, complaint, { scope: 'complaint' });
  const view = viewComplaint(s, record, 'public');
  if (view.withheld || view.report === undefined) return null;

  const id = view.id ?? own(options, 'serviceRequestId');
  if (typeof id !== 'string' || id === '') {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.serviceRequestId',
      value: id,
      expected: interopText('service_request_id_expected'),
    });
  }
  const cause = lastChange(s, policy, runtime.calendar);
  const history = s.context.history;
  const zone = s.context.zone;
  const state = s.value;
  const answered = own(options, 'answered') === 'closed' ? 'closed' : 'open';
  const status = toOpen311Status(state, { answered });

  const label = (view.status?.label ?? { id: state, en: state })[locale];
  const entry = [...view.timeline].reverse().find((e) => e.type === cause.type && e.at === cause.at);
  const status_notes =
    entry?.text === undefined ? label : `${label}: ${publicText(entry.type, entry.text, locale)}`;

  const report = view.report;
  const service =
    OPEN311_SERVICES.find((x) => x.type === report.type && x.classification === report.classification) ??
    OPEN311_SERVICES.find((x) => x.type === report.type && x.classification === undefined);
  const last = history[history.length - 1] as HistoryEvent;
  const clock = status === 'open' ? bindingClock(s.context.deadlines?.clocks ?? []) : undefined;
  const units = activeUnitNames(history);
  const agency =
    state === 'referred' && cause.type === 'complaint.referred'
      ? cause.data.toAgency
      : units.length > 0
        ? units.join(', ')
        : (own(options, 'agency') as string | undefined);
  const location = report.location;
  const addressId =
    location?.villageCode ?? location?.districtCode ?? location?.regencyCode ?? location?.provinceCode;
  const notice =
    clock === undefined
      ? undefined
      : `${clock.title[locale]}: ${locale === 'id' ? 'paling lambat' : 'by'} ${clock.dueDate ?? w3c(clock.dueAt as string, zone)}`;

  const request: Open311Request = {
    service_request_id: id,
    status,
    status_notes,
    service_name: service?.name[locale] ?? report.type,
    service_code: service?.code ?? report.type,
    description: report.service.description,
    ...(typeof agency === 'string' && agency !== '' ? { agency_responsible: agency } : {}),
    ...(notice === undefined ? {} : { service_notice: notice }),
    requested_datetime: w3c(report.submittedAt, zone),
    updated_datetime: w3c(last.at, zone),
    ...(clock?.dueAt === undefined ? {} : { expected_datetime: w3c(clock.dueAt, zone) }),
    ...(location?.address === undefined ? {} : { address: location.address }),
    ...(addressId === undefined ? {} : { address_id: addressId }),
    ...(location?.coordinates === undefined
      ? {}
      : { lat: location.coordinates.latitude, long: location.coordinates.longitude }),
    ...(own(options, 'extensions') === true
      ? {
          extended_attributes: {
            pengaduan_state: state,
            fms_status: toOpen311ExtendedStatus(state, cause),
            lapor_status: toLaporStatus(state),
            anonim: view.confidentiality.anonim,
          },
        }
      : {}),
  };
  return Object.freeze(request);
}
