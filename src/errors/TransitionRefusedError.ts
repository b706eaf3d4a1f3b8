import type { LocalizedText } from '../i18n/types.js';
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
 * - `id_conflict`: an event with the same `id` but other content is already in the history.
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
  | 'id_conflict';

/** What a refusal reports besides its message. */
export interface TransitionRefusedDetails {
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

/**
 * An event the complaint cannot take now. Nothing changed: the snapshot passed in is still the
 * complaint's state, and the refused event is not in its history.
 *
 * `code` is `'transition_refused'`; `details.reason` says why (see `RefusalReason`), `details.state`
 * and `details.role` say where and who, and `details.allowed` lists what would be accepted instead.
 */
export class TransitionRefusedError extends PengaduanError {
  override readonly name: string = 'TransitionRefusedError';
  declare readonly details: Readonly<TransitionRefusedDetails>;

  /**
   * @param why - the reason, in Bahasa Indonesia and English
   * @param details - the reason code, the event type, the state, the role and the allowed events
   */
  constructor(why: LocalizedText, details: TransitionRefusedDetails) {
    const role = details.role === undefined ? '' : ` dari peran ${details.role}`;
    const roleEn = details.role === undefined ? '' : ` from role ${details.role}`;
    super(
      'transition_refused',
      {
        id: `Peristiwa ${details.eventType}${role} ditolak pada status ${details.state}: ${why.id}`,
        en: `Event ${details.eventType}${roleEn} refused in state ${details.state}: ${why.en}`,
      },
      { ...details, allowed: Object.freeze([...details.allowed]) },
    );
  }
}
