import { LaporStatusRefusedError } from '../errors/LaporStatusRefusedError.js';
import type { Actor, HistoryEvent, HistoryEventType } from '../history/types.js';
import { interopText } from '../i18n/errorMessages/interop.js';
import { allowedEvents } from '../machine/allowedEvents.js';
import { HistoryEventSchema } from '../schema/HistoryEventSchema.js';
import { parseWith } from '../schema/parseWith.js';
import { own } from './_lib/assertState.js';
import { snapshotOf } from './_lib/snapshotOf.js';
import { LAPOR_CROSSWALK, type LaporTransition } from './LAPOR_CROSSWALK.js';
import { LAPOR_STATUS_IDS, type LaporStatus } from './LAPOR_STATUSES.js';
import { toLaporStatus } from './toLaporStatus.js';

/** What a LAPOR! status change carries that the history events need. */
export interface LaporChangeDetails {
  /** `didisposisi`, `ditindaklanjuti`: the handling unit (OPD or APIP). */
  readonly unitId?: string;
  /** `didisposisi`: `'opd'` (default) or `'apip'`. */
  readonly unitKind?: 'opd' | 'apip';
  /** `didisposisi`: the handling unit's name, for people. */
  readonly unitName?: string;
  /** `ditindaklanjuti` from `didisposisi`: the unit's follow-up (tindak lanjut). */
  readonly summary?: string;
  /** `ditunda`: why (required by `complaint.held`). */
  readonly reason?: string;
  /** `diarsipkan`: default `'other'`. */
  readonly archiveReason?: 'out_of_scope' | 'duplicate' | 'spam' | 'not_a_complaint' | 'other';
  /** `diarsipkan` as a duplicate: the id of the complaint it repeats. */
  readonly duplicateOf?: string;
  /** `selesai`: default `'no_reply'` from an answered complaint, `'administrative'` from a disputed one. */
  readonly closeReason?: 'accepted' | 'no_reply' | 'administrative';
  /** A note for an archive or a close; the message of an admin reply. */
  readonly note?: string;
  /** The receipt number, when LAPOR!'s verification also receipts the report here. */
  readonly receiptNumber?: string;
}

/** Options of `eventsFromLaporStatus`: what the host stamps. */
export interface EventsFromLaporStatusOptions {
  /** When the change is recorded (the host's clock, or LAPOR!'s time the host trusts). */
  readonly at: string;
  /** Who records it: usually `{ role: 'admin_instansi' }`; a unit's follow-up needs its `admin_penghubung`. */
  readonly actor: Actor;
  /** An id for idempotent delivery (the LAPOR! change's id); several events get `#1`, `#2` …; default none. */
  readonly id?: string;
  /** The data of the change the events need (a unit, a reason, a summary); default none. */
  readonly details?: LaporChangeDetails;
}

function dataFor(
  type: HistoryEventType,
  details: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const pick = (...keys: string[]) =>
    Object.fromEntries(keys.filter((k) => details[k] !== undefined).map((k) => [k, details[k]]));
  switch (type) {
    case 'complaint.received':
      return pick('receiptNumber');
    case 'complaint.held':
      return pick('reason');
    case 'complaint.archived':
      return {
        reason: details.archiveReason ?? 'other',
        ...pick('note', 'duplicateOf'),
      };
    case 'complaint.dispositioned':
      return { unitKind: 'opd', ...pick('unitId', 'unitKind', 'unitName') };
    case 'followup.posted':
      return pick('unitId', 'summary');
    case 'complaint.closed':
      return { reason: details.closeReason, ...pick('note') };
    case 'admin.replied':
      return details.note === undefined ? {} : { message: details.note };
    default:
      return {};
  }
}

function refuse(
  state: string,
  status: unknown,
  allowed: readonly string[],
  why: { id: string; en: string },
): never {
  throw new LaporStatusRefusedError('lapor_status_refused', {
    why,
    status,
    state,
    current: toLaporStatus(state as never),
    allowed,
  });
}

/**
 * Turns a SP4N-LAPOR! status change into the history events that record it, in order, checked
 * against the lifecycle: a report in *belum terverifikasi* that LAPOR! marks *didisposisi* becomes
 * `file.declared_complete` then `complaint.dispositioned` (receipted first when it has no receipt yet).
 * A change to the status the complaint already shows records nothing (`[]`); a change the lifecycle
 * does not allow from the complaint's state is refused. Apply the events with `applyEvent`, which
 * still checks roles, units and timing. Independent of any transport: no LAPOR! API is assumed.
 *
 * @param snapshot - the complaint's snapshot
 * @param status - the LAPOR! status key it moved to (`LAPOR_STATUSES`)
 * @param options - the instant, the actor, an id, and the unit / reason / summary the events need
 * @returns the events, validated by `HistoryEventSchema`, frozen
 * @throws LaporStatusRefusedError when the status is unknown or not reachable from the state
 * @throws SchemaValidationError when a detail the events need is missing or invalid (a unit, a reason)
 * @throws SnapshotError when `snapshot` is not a complaint snapshot
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { applyEvent, startComplaint } from 'pengaduan/machine';
 * import { eventsFromLaporStatus } from 'pengaduan/interop';
 *
 * const options = { policy: uu25Policy };
 * const { snapshot } = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-04-10T09:00:00+07:00', actor: { role: 'system' }, data: {} },
 *   options,
 * );
 * const events = eventsFromLaporStatus(snapshot, 'didisposisi', {
 *   at: '2025-04-11T10:00:00+07:00',
 *   actor: { role: 'admin_instansi' },
 *   details: { unitId: 'dinas-pupr', unitName: 'Dinas PUPR' },
 * });
 * events.map((e) => e.type);
 * //=> ['complaint.received', 'file.declared_complete', 'complaint.dispositioned']
 * events.reduce((s, e) => applyEvent(s, e, options).snapshot, snapshot).value;
 * //=> 'dispositioned'
 * eventsFromLaporStatus(snapshot, 'selesai', { at: '2025-04-11T10:00:00+07:00', actor: { role: 'admin_instansi' } });
 * // throws LaporStatusRefusedError: belum_terverifikasi
 * ```
 * @see regulations.md §4.2-4.4; research-2026-12.md §5
 */
export function eventsFromLaporStatus(
  snapshot: unknown,
  status: LaporStatus,
  options: EventsFromLaporStatusOptions,
): readonly HistoryEvent[] {
  const s = snapshotOf(snapshot);
  const state = s.value;
  const reachable = LAPOR_CROSSWALK.transitions.filter((t) => t.from === state).map((t) => t.to);
  if (typeof status !== 'string' || !(LAPOR_STATUS_IDS as readonly string[]).includes(status)) {
    refuse(
      state,
      status,
      reachable,
      interopText('unknown_lapor_status', { statuses: LAPOR_STATUS_IDS.join(', ') }),
    );
  }
  if (toLaporStatus(state) === status) return Object.freeze([]);
  const transition: LaporTransition | undefined = LAPOR_CROSSWALK.transitions.find(
    (t) => t.from === state && t.to === status,
  );
  if (transition === undefined) {
    refuse(state, status, reachable, {
      id:
        reachable.length === 0
          ? `siklus pengaduan tidak mengizinkan perubahan ke ${status}; pengaduan sudah berakhir`
          : `siklus pengaduan tidak mengizinkan perubahan ke ${status}; yang mungkin: ${reachable.join(', ')}`,
      en:
        reachable.length === 0
          ? `the lifecycle does not allow a change to ${status}; the complaint has ended`
          : `the lifecycle does not allow a change to ${status}; possible: ${reachable.join(', ')}`,
    });
  }
  const actor = own(options, 'actor');
  const role = own(actor, 'role');
  const first = transition.events[0] as HistoryEventType;
  if (typeof role === 'string' && !allowedEvents(s, role as Actor['role']).includes(first)) {
    refuse(state, status, reachable, interopText('role_cannot_record', { role, eventType: first }));
  }
  const given = own(options, 'details');
  const details: Record<string, unknown> = {
    ...(transition.defaults ?? {}),
    ...(given !== null && typeof given === 'object' && !Array.isArray(given) ? given : {}),
  };
  const id = own(options, 'id');
  const events = transition.events.map((type, i) => {
    const event = {
      ...(id === undefined ? {} : { id: transition.events.length === 1 ? id : `${String(id)}#${i + 1}` }),
      type,
      at: own(options, 'at'),
      actor,
      data: dataFor(type, details),
    };
    return parseWith(HistoryEventSchema, event, { scope: 'event' }) as HistoryEvent;
  });
  return Object.freeze(events.map((e) => Object.freeze(e)));
}
