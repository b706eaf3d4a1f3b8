import { describeValue } from '../_lib/describeValue.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { LocalizedText } from '../i18n/types.js';
import type { TransitionRefusedErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/**
 * Why an event was refused:
 * - `invalid_event`: the event does not match `HistoryEventSchema` (see `details.issues`);
 * - `complaint_ended`: the complaint is in a final state (closed, withdrawn, referred, archived, settled);
 * - `not_allowed_in_state`: the current state does not accept this event type;
 * - `role_not_permitted`: the actor's role may not send this event (or this reason of it);
 * - `out_of_order`: the event is older than the last event in the history;
 * - `unit_not_active` / `unit_already_active` / `unit_mismatch`: a disposition rule about handling units;
 * - `reason_not_allowed`: the event's reason or kind is not possible in this state;
 * - `not_due`: a lapse, auto-close or breach was recorded before it was due;
 * - `already_recorded`: that breach is already in the history;
 * - `no_ombudsman_escalation`: an Ombudsman record without a recorded escalation to the Ombudsman;
 * - `lapsed_first`: a limit ran out before the event's instant and ended the complaint (deliver `sla.tick`);
 * - `id_conflict`: an event with the same `id` but other content (type, actor or data) is already in the history;
 * - `reserved_id`: the event's `id` starts with `pengaduan:`, reserved for records the library writes;
 * - `stamped_field`: untrusted input (`applyUntrusted`) carries `at` or `actor`, which the server stamps;
 * - `system_event`: untrusted input asks for an event (or a reason of it) only the system records;
 * - `missing_id`: untrusted input has no `id`, the idempotency key that makes a resubmission harmless.
 */
export type RefusalReason =
  | 'invalid_event'
  | 'complaint_ended'
  | 'not_allowed_in_state'
  | 'role_not_permitted'
  | 'out_of_order'
  | 'unit_not_active'
  | 'unit_already_active'
  | 'unit_mismatch'
  | 'reason_not_allowed'
  | 'not_due'
  | 'already_recorded'
  | 'no_ombudsman_escalation'
  | 'lapsed_first'
  | 'id_conflict'
  | 'reserved_id'
  | 'stamped_field'
  | 'system_event'
  | 'missing_id';

/** What a refusal reports besides its message. */
export interface TransitionRefusedDetails {
  /** Why the event was refused. */
  readonly reason: RefusalReason;
  /** The event type that was refused (`'unknown'` when the value had none). */
  readonly eventType: string;
  /** The state the complaint was in. */
  readonly state: string;
  /** The actor's role, when the event named one. */
  readonly role?: string;
  /** The event types the complaint accepts now from that role (from every role when no role is known). */
  readonly allowed: readonly string[];
  /** More facts about the refusal: schema issues, the unit, the due instant … */
  readonly [key: string]: unknown;
}

/** How the message names the event, the role and the state (labels; the codes stay in `details`). */
export interface RefusalNames {
  /** The event's label. */
  readonly event: LocalizedText;
  /** The state's label. */
  readonly state: LocalizedText;
  /** The role's label, when the event named a role. */
  readonly role?: LocalizedText;
}

/** What a `TransitionRefusedError` is built from. */
export interface TransitionRefusedInput extends TransitionRefusedDetails {
  /** The reason alone, in Bahasa Indonesia and English. */
  readonly why: LocalizedText;
  /** How the message names the event, the role and the state (default: their codes). */
  readonly names?: RefusalNames;
}

/** A code from the input as written when it is a short plain string; anything else described. */
function asCode(value: unknown): string {
  return typeof value === 'string' && value.length <= 60 && /^[\w.:@#/+-]*$/.test(value)
    ? value
    : describeValue(value);
}

/** Keeps a code in `details` when it is a string of reasonable length, else its description. */
function bounded(value: unknown): string {
  return typeof value === 'string' && value.length <= 200 ? value : describeValue(value);
}

/**
 * An event the complaint cannot take now. Nothing changed: the snapshot passed in is still the
 * complaint's state, and the refused event is not in its history.
 *
 * `code` is `'transition_refused'`; `details.reason` says why (see `RefusalReason`), `details.state`
 * and `details.role` say where and who, and `details.allowed` lists what would be accepted instead.
 */
export class TransitionRefusedError extends PengaduanError {
  override readonly name: string = 'TransitionRefusedError';
  declare readonly code: TransitionRefusedErrorCode;
  declare readonly details: Readonly<TransitionRefusedDetails>;
  /** The reason alone, without the event, role and state the message starts with. */
  readonly why: LocalizedText;

  /**
   * @param code - `'transition_refused'`
   * @param input - the reason code, the event type, the state, the role and the allowed events, with
   *   `why` (the reason in Bahasa Indonesia and English) and `names` (how the message names them)
   * @param options - `cause`
   */
  constructor(code: TransitionRefusedErrorCode, input: TransitionRefusedInput, options?: ErrorOptions) {
    const { why, names, ...details } = input;
    const event = names?.event ?? { id: asCode(details.eventType), en: asCode(details.eventType) };
    const state = names?.state ?? { id: asCode(details.state), en: asCode(details.state) };
    const role =
      names?.role ??
      (details.role === undefined ? undefined : { id: asCode(details.role), en: asCode(details.role) });
    super(
      code,
      errorText('transition_refused', { event, role, state, why }),
      {
        ...details,
        eventType: bounded(details.eventType),
        state: bounded(details.state),
        ...(details.role === undefined ? {} : { role: bounded(details.role) }),
        allowed: Object.freeze([...details.allowed]),
      },
      options,
    );
    this.why = Object.freeze({ id: why.id, en: why.en });
  }
}
