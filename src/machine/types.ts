import type { CivilDate, Instant, WorkingCalendar } from '../calendar/types.js';
import type { EscalationTarget, History, HistoryEvent } from '../history/types.js';
import type { LocalizedText } from '../i18n/types.js';
import type { LegalSource } from '../rules/types.js';
import type { SlaReport } from '../sla/types.js';

/** The machine's id, stamped on every snapshot. */
export const COMPLAINT_MACHINE_ID = 'pengaduan.complaint';
/**
 * The version of the state chart (states, events, guards). Raised when a stored snapshot needs a
 * migration.
 */
export const COMPLAINT_MACHINE_VERSION = 1;
/**
 * The version of the snapshot's JSON layout (2: `revision` added; 3: the deadline report is no longer
 * written, only the instant it is as of, `context.asOf`).
 */
export const SNAPSHOT_SCHEMA_VERSION = 3;

/**
 * A timer event delivered by the host's scheduler at (or after) the instant `nextWakeUp` named. It is
 * never stored in the history; what it causes (a lapse, an auto-close, a breach record) is.
 */
export interface SlaTick {
  /** Always `'sla.tick'`. */
  readonly type: 'sla.tick';
  /** The instant the host evaluates the complaint as of (normally the scheduler's current time). */
  readonly at: Instant;
}

/** Every event the complaint machine understands: the history events plus the timer. */
export type ComplaintEvent = HistoryEvent | SlaTick;
/** The `type` of a {@link ComplaintEvent}: a history event type, or `'sla.tick'`. */
export type ComplaintEventType = ComplaintEvent['type'];

/** The states of a complaint (see `COMPLAINT_STATES` for labels, categories and sources). */
export type ComplaintState =
  | 'submitted'
  | 'screening'
  | 'awaitingCompletion'
  | 'onHold'
  | 'referred'
  | 'archived'
  | 'fileComplete'
  | 'dispositioned'
  | 'examination'
  | 'decided'
  | 'awaitingCompensation'
  | 'settled'
  | 'awaitingFeedback'
  | 'disputed'
  | 'closed'
  | 'withdrawn';

/**
 * What a state means for whoever must act next:
 * - `open`: the provider has work to do;
 * - `waiting_complainant`: the complainant must act (complete the file) before a limit runs out;
 * - `resolved`: the provider answered; the complaint waits for the complainant's reply or silence;
 * - `closed`: final.
 */
export type StateCategory = 'open' | 'waiting_complainant' | 'resolved' | 'closed';

/** The description of one state, kept as state `meta` in the machine. */
export interface StateInfo {
  /** The state this describes. */
  readonly id: ComplaintState;
  /** A short name, in Bahasa Indonesia and English. */
  readonly label: LocalizedText;
  /** What the state means, in one or two sentences. */
  readonly description: LocalizedText;
  /** Whose move it is in this state. */
  readonly category: StateCategory;
  /** Final states accept no further event. */
  readonly final: boolean;
  /** The principal legal basis of the state. */
  readonly source: LegalSource;
  /**
   * Every legal basis of the state, each citing one instrument: `[source]`, or more where the state
   * is reached on several grounds (`closed`: SP4N-LAPOR! silence, the complainant's acceptance, a
   * supervisor's administrative close).
   */
  readonly sources: readonly LegalSource[];
  /** Where this state sits in other systems (anchors.md §8.1): SP4N-LAPOR! phase and Open311 status. */
  readonly crosswalk: {
    /** The SP4N-LAPOR! status the state shows as (`LaporStatus`). */
    readonly sp4nLapor: string;
    /** The Open311 GeoReport v2 status: `'open'` or `'closed'`. */
    readonly open311: 'open' | 'closed';
  };
}

/** Options fixed when a complaint starts and kept in its snapshot. */
export interface ComplaintSettings {
  /**
   * Where a recorded breach escalates: `null` (default) records the breach only; a target such as
   * `'atasan'` also records a `complaint.escalated` event by the system (SP4N-LAPOR! intervention practice).
   */
  readonly escalateBreachesTo: EscalationTarget | null;
}

/** The machine's context: plain JSON, the whole of what a host stores besides the state. */
export interface ComplaintContext {
  /** The policy the deadlines are computed with (`policy.id`). */
  readonly policyId: string;
  /** The handling unit's IANA zone: civil dates and the ends of due days are taken there. */
  readonly zone: string;
  /** Append-only, oldest first. Everything else is derived from it. */
  readonly history: History;
  /**
   * The deadline engine's report as of the last event or tick that changed the complaint. Derived
   * data, recomputed on every change and on restore: the stored form (schema version 3) does not
   * carry it, only the instant it was as of (`asOf`).
   */
  readonly deadlines: SlaReport;
  /**
   * Keys of the clocks whose warning was already turned into a reminder effect (so a repeated tick sends
   * none).
   */
  readonly reminded: readonly string[];
  /** The options the complaint was started with. */
  readonly settings: ComplaintSettings;
}

/**
 * A complaint's persisted snapshot: what `startComplaint` and `applyEvent` return and what a host
 * stores (a JSON column, a document). `JSON.stringify` writes it without `context.deadlines` (derived
 * data, about nine tenths of the size), keeping the instant the report was taken as of in
 * `context.asOf`. Restore it with `restoreSnapshot`, which migrates older versions and recomputes the
 * deadlines.
 */
export interface ComplaintSnapshot {
  /** The version of this JSON layout (`SNAPSHOT_SCHEMA_VERSION`); `restoreSnapshot` migrates older ones. */
  readonly schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  /** The machine that made the snapshot: its id and the version of its state chart. */
  readonly machine: {
    /** The machine's id, `COMPLAINT_MACHINE_ID` (`'pengaduan.complaint'`). */
    readonly id: typeof COMPLAINT_MACHINE_ID;
    /** The version of its state chart, `COMPLAINT_MACHINE_VERSION`. */
    readonly version: typeof COMPLAINT_MACHINE_VERSION;
  };
  /**
   * Counts the changes: 1 when the complaint starts, one more on every call that changes the
   * snapshot in any way (an event, a record a tick writes, a reminder a tick remembers), unchanged
   * when a call changes nothing (an early tick, a duplicate). Store it in a column and write with
   * `UPDATE … WHERE revision = ?` (or pass `expectedRevision`) to detect a lost update.
   */
  readonly revision: number;
  /** The complaint's current state. */
  readonly value: ComplaintState;
  /** `'done'` in a final state. */
  readonly status: 'active' | 'done';
  /** The zone, the history, the deadlines derived from it, and the settings. */
  readonly context: ComplaintContext;
}

/**
 * Computes a complaint's deadlines: the SLA engine bound to one policy and one calendar. Built by
 * `createDeadlineEngine(policy, { calendar })`; the machine calls it, never the host's clock.
 */
export interface DeadlineEngine {
  /** The `id` of the policy it evaluates. */
  readonly policyId: string;
  /** The working calendar it counts with. */
  readonly calendar: WorkingCalendar;
  /** The SLA report of `history` as of `asOf`, in `zone`. */
  evaluate(history: History, asOf: Instant, zone: string): SlaReport;
  /** The next instant after `asOf` at which the report changes by itself (`null`: none pending). */
  nextWakeUp(history: History, asOf: Instant, zone: string): Instant | null;
}

/** Who an effect is addressed to. */
export type EffectRecipient =
  | 'complainant'
  | 'handler'
  | 'unit'
  | 'supervisor'
  | 'agency'
  | 'escalation_target';

/**
 * What the host must carry out after a transition:
 * - `issue_receipt`: issue the tanda terima (UU 25/2009 Pasal 44(1)-(2));
 * - `send_receipt`: deliver the receipt to the complainant;
 * - `send_completeness_response`: tell the complainant the file is complete or what is missing (Pasal 44(3)-(4));
 * - `send_referral`: forward the complaint to the competent agency and tell the complainant (Bukan Wewenang);
 * - `notify_archived`, `notify_withdrawn`, `notify_closed`, `notify_hold`: tell the complainant;
 * - `send_disposition`: send the complaint to the handling unit (disposisi);
 * - `reroute_disposition`: a unit refused the disposition; route the complaint again;
 * - `publish_followup`: deliver a unit's follow-up (tindak lanjut) to the complainant;
 * - `send_decision_notice`: deliver the decision and its copy (Pasal 50(2), (9));
 * - `pay_compensation`: pay the compensation granted by its due date (Pasal 50(3));
 * - `send_reminder`: a clock crossed its warning threshold;
 * - `send_breach_notice`: a provider's limit was missed (with the Pasal 54 sanction where the law gives one);
 * - `notify_escalation`: an escalation was recorded; inform the supervisor (and serve the target's requests);
 * - `respond_to_dispute`: the complainant disputes the answer; reopen, answer or close administratively.
 */
export type EffectKind =
  | 'issue_receipt'
  | 'send_receipt'
  | 'send_completeness_response'
  | 'send_referral'
  | 'notify_archived'
  | 'notify_hold'
  | 'notify_withdrawn'
  | 'notify_closed'
  | 'send_disposition'
  | 'reroute_disposition'
  | 'publish_followup'
  | 'send_decision_notice'
  | 'pay_compensation'
  | 'send_reminder'
  | 'send_breach_notice'
  | 'notify_escalation'
  | 'respond_to_dispute';

/** A clock that an effect is about: its key, title, due date and source. */
export interface EffectDeadline {
  /** The clock's `key` in the SLA report. */
  readonly key: string;
  /** The clock's title, in Bahasa Indonesia and English. */
  readonly title: LocalizedText;
  /** The last day of the limit in the complaint's zone; absent when the clock has none. */
  readonly dueDate?: CivilDate;
  /** The end of `dueDate` in the zone; absent with it. */
  readonly dueAt?: Instant;
  /** The legal source of the clock's rule. */
  readonly source: LegalSource;
}

/** One thing to carry out, with its legal basis. Plain JSON, frozen. */
export interface Effect {
  /** What to do. */
  readonly kind: EffectKind;
  /** Who it is addressed to. */
  readonly to: EffectRecipient;
  /** What to do, said in Bahasa Indonesia and English. */
  readonly text: LocalizedText;
  /** Its legal basis, with the status of that reading. */
  readonly source: LegalSource;
  /** The history event that caused it, or the tick. */
  readonly cause: {
    /** The event's type (`'sla.tick'` for the tick). */
    readonly type: ComplaintEventType;
    /** The event's instant. */
    readonly at: Instant;
    /** The event's id, when it carried one. */
    readonly id?: string;
  };
  /** The handling unit concerned, for disposition and follow-up effects. */
  readonly unitId?: string;
  /** The clocks this effect starts, stops or warns about, with their due dates. */
  readonly deadlines: readonly EffectDeadline[];
}

/** The result of applying an event (or starting a complaint). */
export interface ApplyResult {
  /** The complaint after the call (its `revision` unchanged when the call changed nothing). */
  readonly snapshot: ComplaintSnapshot;
  /** What to carry out, in order. */
  readonly effects: readonly Effect[];
  /** The history events added by this call: the event itself and any record it caused, in order. */
  readonly appended: readonly HistoryEvent[];
  /** `true` when the event was already in the history (same `id`): nothing changed, nothing to do. */
  readonly duplicate: boolean;
  /**
   * When the host should deliver the next `sla.tick` (a warning, a lapse or a breach falls due then),
   * as of this event's or tick's instant; `null` when no clock is pending.
   */
  readonly wakeUpAt: Instant | null;
}
