import type { CivilDate, Instant, WorkingCalendar } from '../calendar/types.js';
import type { ActorRole, EscalationTarget, HistoryEvent } from '../history/types.js';
import type { Locale, LocalizedText } from '../i18n/types.js';
import type { ComplaintState } from '../machine/types.js';
import type { DutyHolder, LegalSource, LimitUnit, Sanction } from '../rules/types.js';
import type { ClockReason, ClockStatus } from '../sla/types.js';

/**
 * What an audit found wrong (or at risk) in one complaint's handling:
 *
 * Clock findings, read from the deadline engine's report (`evaluateSla`):
 * - `missing_receipt` / `late_receipt`: no tanda terima within the limit, or one issued late (UU 25/2009 Pasal 44(1));
 * - `late_response`: no response on completeness within 14 hari, or a late one (Pasal 44(3));
 * - `late_forwarding`: not verified and forwarded within 3 hari kerja (SP4N-LAPOR! practice);
 * - `late_followup`: a handling unit posted no follow-up within 5 hari kerja (SP4N-LAPOR! practice);
 * - `late_decision`: no decision within 60 hari of the file being complete (Pasal 50(1));
 * - `late_notification`: the decision not delivered within 14 hari (Pasal 50(2));
 * - `late_resolution`: a local tiered standard (5 / 14 / 60 hari kerja) not met;
 * - `late_ombudsman_action`: an LHP or Rekomendasi of the Ombudsman not acted on or reported in time;
 * - `late_duty`: a duty of another (host) rule not met in time;
 * - `late_filing`: the complainant filed after the filing window (information: the law names no consequence).
 *
 * Lifecycle findings, from the history and the replay through the machine:
 * - `deemed_withdrawal_not_applied`: the Pasal 44(4) limit ran out but the complaint went on as if it had not;
 * - `deemed_withdrawal_too_early`: a deemed withdrawal recorded before the limit ran out (Pasal 44(5));
 * - `missing_incomplete_notice`: a deemed withdrawal (or a lapse) rests on an incompleteness response with no
 *   record of when the complainant received it (Pasal 44(4) counts from that receipt);
 * - `role_not_permitted`: an event by a role the permission table does not allow (`EVENT_PERMISSIONS`);
 * - `event_not_allowed`: an event impossible where it stands in the lifecycle (state, reason, unit, timing);
 * - `event_out_of_order`: an event dated before the one recorded before it;
 * - `invalid_event`: an event that does not match the history schema (unknown type, bad instant, bad data);
 * - `confidentiality_at_risk`: a complaint about supervision matters, or a confidential one, sent where the
 *   party complained about can read it (UU 25/2009 Pasal 42(5), 49(1); Permendagri 8/2023).
 * - `unauditable_history`: the input is not a history at all (not an array, empty, no submission);
 *   the audit says so instead of throwing, so a batch goes on.
 */
export type FindingKind =
  | 'missing_receipt'
  | 'late_receipt'
  | 'late_response'
  | 'late_forwarding'
  | 'late_followup'
  | 'late_decision'
  | 'late_notification'
  | 'late_resolution'
  | 'late_ombudsman_action'
  | 'late_duty'
  | 'late_filing'
  | 'deemed_withdrawal_not_applied'
  | 'deemed_withdrawal_too_early'
  | 'missing_incomplete_notice'
  | 'role_not_permitted'
  | 'event_not_allowed'
  | 'event_out_of_order'
  | 'invalid_event'
  | 'confidentiality_at_risk'
  | 'unauditable_history';

/**
 * How serious a finding is:
 * - `high`: a statutory duty broken where UU 25/2009 Pasal 54 names a sanction, or a complainant's right lost
 *   (a deemed withdrawal too early, confidentiality at risk);
 * - `medium`: a practice limit missed, an event by a role not permitted, an impossible event;
 * - `low`: a record that weakens the proof (a notice with no receipt date, an out-of-order entry);
 * - `info`: worth knowing, no one's duty broken (late filing by the complainant).
 */
export type FindingSeverity = 'high' | 'medium' | 'low' | 'info';

/** Who had to act: a role, a duty holder of a rule, and the handling unit where one is known. */
export interface ResponsibleParty {
  /** The duty holder of the rule (`provider`, `handling_unit`, …) for clock findings. */
  readonly dutyOf?: DutyHolder;
  /** The role of the actor whose event is at fault, for lifecycle findings. */
  readonly role?: ActorRole | string;
  /** The actor's id, when the event named one. */
  readonly actorId?: string;
  /** The handling unit (OPD, APIP) concerned. */
  readonly unitId?: string;
}

/** The instants a finding is about. */
export interface FindingInstants {
  /** When the duty started (day 0 of the clock). */
  readonly startedAt?: Instant;
  /** The last day of the limit, in the handling unit's zone. */
  readonly dueDate?: CivilDate;
  /** The end of `dueDate`: late after this instant. */
  readonly dueAt?: Instant;
  /** When the duty was done (late), or the instant of the event at fault. */
  readonly doneAt?: Instant;
  /** True when the duty was not done at all as of the audit's `asOf`. */
  readonly missing?: boolean;
}

/** How late, in the rule's own unit (whole days, working days, months or years). */
export interface Lateness {
  /** How many units late: the clock's `overdue`. */
  readonly amount: number;
  /** The unit of `amount`: the rule's limit unit. */
  readonly unit: LimitUnit;
}

/** One thing an audit found, with the rule, its legal source and what happened. Plain JSON. */
export interface Finding {
  /** What was found. */
  readonly kind: FindingKind;
  /** How serious it is. */
  readonly severity: FindingSeverity;
  /** The clock rule (`'uu25.response'`) or the lifecycle rule (`'lifecycle.permissions'`) it breaks. */
  readonly ruleId: string;
  /** The clock's key in the SLA report (per unit, per cycle), for clock findings. */
  readonly clockKey?: string;
  /** The article the broken rule comes from, and how sure we are of it. */
  readonly source: LegalSource;
  /** The sanction the law names for this breach (UU 25/2009 Pasal 54), where it names one. */
  readonly sanction?: Sanction;
  /** The instants the finding is about (start, due, done). */
  readonly instants: FindingInstants;
  /** How late the duty was done or is, for clock findings whose clock ran past its due date. */
  readonly late?: Lateness;
  /** Who had to act, where it is known. */
  readonly responsible?: ResponsibleParty;
  /** The position of the event at fault in the history as given (0-based), for event findings. */
  readonly eventIndex?: number;
  /** The type of the event at fault, for event findings. */
  readonly eventType?: string;
  /** What happened, in Bahasa Indonesia and English, readable without the library. */
  readonly text: LocalizedText;
  /** True when a date the finding rests on lies outside the calendar's coverage. */
  readonly provisional?: boolean;
}

/** One clock of the audited complaint, as the deadline engine reported it (a summary of `ClockReport`). */
export interface AuditClock {
  /** The clock's key in the SLA report (per unit, per cycle). */
  readonly key: string;
  /** The `id` of the policy's rule. */
  readonly ruleId: string;
  /** The clock's state as of the audit's `asOf`. */
  readonly status: ClockStatus;
  /** Why the clock is not applicable, or how it ended. */
  readonly reason?: ClockReason;
  /** The handling unit, for per-unit clocks. */
  readonly unitId?: string;
  /** Day 0 as an instant; absent when the clock has not started. */
  readonly startedAt?: Instant;
  /** The instant of the event that stopped or ended the clock; absent while it is open. */
  readonly stoppedAt?: Instant;
  /** The last day of the limit, in the zone. */
  readonly dueDate?: CivilDate;
  /** The end of `dueDate` in the zone. */
  readonly dueAt?: Instant;
  /** The unit of `limit`, `used` and `overdue`. */
  readonly unit: LimitUnit;
  /** The rule's limit, in `unit`. */
  readonly limit: number;
  /** Units used as of `asOf` or the stop (see `ClockReport.used`). */
  readonly used?: number;
  /** Units past the due date, when the clock ran past it. */
  readonly overdue?: number;
  /** True when the due date depends on holiday data the calendar lacks. */
  readonly provisional: boolean;
}

/**
 * The facts of a complaint the performance indicators are computed from (one pass over the history).
 * Spans are whole days between civil dates in the handling unit's zone.
 */
export interface ComplaintFacts {
  /** The civil date of submission, in the handling unit's zone; absent when the history has none. */
  readonly receivedOn?: CivilDate;
  /** The month of `receivedOn`, `YYYY-MM` (the `month` grouping). */
  readonly month?: string;
  /** The channel it arrived by (`ChannelSchema`), when the input said (the `channel` grouping). */
  readonly channel?: string;
  /** The complaint's type (`ComplaintTypeSchema`), from its submission (the `complaintType` grouping). */
  readonly complaintType?: string;
  /** The classification recorded, `tidak_berkadar_pengawasan` or `berkadar_pengawasan` (the `classification` grouping). */
  readonly classification?: string;
  /** The handling units the complaint was dispositioned to, in order (the `unit` grouping). */
  readonly units: readonly string[];
  /** At least one follow-up, decision, referral or archive answer (SP4N-LAPOR! "ditindaklanjuti"). */
  readonly followedUp: boolean;
  /** Ended as closed or settled (SP4N-LAPOR! "selesai"). */
  readonly completed: boolean;
  /** The complaint has not reached a final state as of `asOf`. */
  readonly open: boolean;
  /** At least one decision (Pasal 50(1)) was made. */
  readonly decided: boolean;
  /** Calendar days from submission to the first answer of the provider, if any. */
  readonly firstResponseDays?: number;
  /** Working days (per the calendar) from submission to the first answer of the provider, if any. */
  readonly firstResponseWorkingDays?: number;
  /** Calendar days from submission to the first decision, if any. */
  readonly decisionDays?: number;
  /** Working days (per the calendar) from submission to the first decision, if any. */
  readonly decisionWorkingDays?: number;
  /** Calendar days from submission to `asOf`, for open complaints (backlog by age). */
  readonly ageDays?: number;
  /** Withdrawn as deemed lapsed: the file was not completed in time (UU 25/2009 Pasal 44(4)). */
  readonly deemedWithdrawn: boolean;
  /** How many times the complaint was reopened (0 when never). */
  readonly reopened: number;
  /** The bodies it was escalated to (`complaint.escalated`), each once, in order. */
  readonly escalatedTo: readonly EscalationTarget[];
  /** At least one disposition went to an APIP (internal supervisory body). */
  readonly dispositionedToApip: boolean;
  /** The complainant's last reply of kind accept or dispute, if any. */
  readonly feedback?: 'accept' | 'dispute';
  /** A satisfaction rating 1-5 the host passed with the complaint, if any. */
  readonly rating?: number;
}

/** A typed error that stopped part of an audit (as plain JSON, so a batch can carry it). */
export interface AuditError {
  /** The error's `code` (a `PengaduanErrorCode`), or `'audit_failed'` for an unexpected error. */
  readonly code: string;
  /** The error's explanation, in Bahasa Indonesia and English. */
  readonly text: LocalizedText;
  /** The error's `details`; absent for an unexpected error. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The audit of one complaint. Plain JSON, frozen. */
export interface AuditResult {
  /** The complaint's id when the input carried one. */
  readonly complaintId?: string;
  /** The instant of the audit; events after it are ignored. */
  readonly asOf: Instant;
  /** The `id` of the policy audited against. */
  readonly policyId: string;
  /** The handling unit's IANA zone the dates are taken in. */
  readonly zone: string;
  /** The calendar's id and data version, so the audit can be reproduced. */
  readonly calendar: {
    /** The calendar's `id` (`'id-national'` for `nationalCalendar`). */
    readonly id: string;
    /** The version of the holiday data the calendar was built from. */
    readonly dataVersion: string;
  };
  /**
   * The state the machine reaches on the events it accepts, in order; absent when nothing could be
   * replayed.
   */
  readonly state?: ComplaintState;
  /** How many events of the input were considered (at or before `asOf`, valid and in order). */
  readonly eventsConsidered: number;
  /** What was found, most severe first; within a severity, in the order found. */
  readonly findings: readonly Finding[];
  /** The clocks of the SLA report, summarized. */
  readonly clocks: readonly AuditClock[];
  /** The facts the performance indicators are computed from. */
  readonly facts: ComplaintFacts;
  /** True when no finding of severity `medium` or `high`. */
  readonly compliant: boolean;
  /** Set when the deadline engine or the machine could not evaluate the (cleaned) history at all. */
  readonly error?: AuditError;
}

/**
 * What `auditHistory` accepts: a bare history (array of events), or a complaint with its history and
 * the facts the history does not carry (id, channel, handling unit, confidentiality, rating).
 * Anything else is audited as `unauditable_history`.
 */
export type AuditInput =
  | readonly HistoryEvent[]
  | {
      /** The complaint's id, copied to `AuditResult.complaintId`. */
      readonly id?: string;
      /** The complaint's history, oldest event first. */
      readonly history: readonly HistoryEvent[];
      /** The channel it arrived by (`ChannelSchema`), for the `channel` grouping. */
      readonly channel?: string;
      /** The handling unit, when no disposition names one. */
      readonly unitId?: string;
      /** The unit the complaint is about (the terlapor's unit), to check confidentiality. */
      readonly reportedUnitId?: string;
      /** The complaint's confidentiality, to check where it was sent; each flag default `false`. */
      readonly confidentiality?: {
        /** The complainant's identity is kept from the party complained about. */
        readonly identityConfidential?: boolean;
        /** Filed without the complainant's identity (anonim). */
        readonly anonim?: boolean;
        /** The complaint itself is confidential (rahasia). */
        readonly rahasia?: boolean;
      };
      /** The complainant's satisfaction rating 1-5, where the portal collects one. */
      readonly rating?: number;
    };

/** Options of `auditHistory` and `auditMany`. */
export interface AuditOptions {
  /** The instant the audit is as of. Never read from a clock: pass it. Later events are ignored. */
  readonly asOf: Instant;
  /** Default `nationalCalendar`. */
  readonly calendar?: WorkingCalendar;
  /** The handling unit's IANA zone; default the calendar's zone. */
  readonly zone?: string;
  /** The language of refusal texts the machine produces: `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/** Options of `auditMany`. */
export interface AuditManyOptions extends AuditOptions {
  /**
   * Reserved for a future concurrent reader; today results are produced one at a time, pulled by the
   * reader (at most one history is read ahead of the results consumed), whatever this value.
   */
  readonly highWaterMark?: number;
}

/** How an aggregate groups complaints. A complaint dispositioned to several units counts once in each. */
export type GroupBy = 'unit' | 'month' | 'channel' | 'classification' | 'complaintType';

/**
 * An exact histogram of whole-day counts: `{ "3": 12 }` means 12 complaints took 3 days. Adding two
 * histograms is adding counts key by key, so percentiles of merged aggregates are exact (no sketch).
 */
export type DayHistogram = Readonly<Record<string, number>>;

/** Per-clock tallies of one group: how each rule's clocks ended or stand. */
export interface ClockTally {
  /** Clocks stopped in time (status `met`). */
  readonly met: number;
  /** Clocks that ran past their due date (status `breached`). */
  readonly breached: number;
  /** Clocks past due with a state effect, such as a deemed withdrawal (status `lapsed`). */
  readonly lapsed: number;
  /** Clocks still running or paused as of `asOf`. */
  readonly open: number;
  /** Clocks the rule does not apply to (status `not_applicable`). */
  readonly notApplicable: number;
}

/** The totals of one group: integers and histograms only, so merging is exact and order-free. */
export interface GroupTotals {
  /** Audit results added. */
  readonly audited: number;
  /** Audits with no event considered, or stopped by an error (`AuditResult.error`). */
  readonly unauditable: number;
  /** Audits with no finding of severity medium or high (`AuditResult.compliant`). */
  readonly compliant: number;
  /** Complaints with a submission (`ComplaintFacts.receivedOn`). */
  readonly received: number;
  /** Complaints followed up (SP4N-LAPOR! "ditindaklanjuti", `ComplaintFacts.followedUp`). */
  readonly followedUp: number;
  /** Complaints closed or settled (SP4N-LAPOR! "selesai"). */
  readonly completed: number;
  /** Received complaints not yet in a final state as of `asOf`. */
  readonly open: number;
  /** Complaints withdrawn as deemed lapsed (UU 25/2009 Pasal 44(4)). */
  readonly deemedWithdrawn: number;
  /** Complaints reopened at least once. */
  readonly reopened: number;
  /** Complaints with at least one decision (Pasal 50(1)). */
  readonly decided: number;
  /** Complaints dispositioned to an APIP at least once. */
  readonly dispositionedToApip: number;
  /** Escalations, by target (`EscalationTarget`): each complaint counts once per target. */
  readonly escalations: Readonly<Record<string, number>>;
  /** How the clocks ended or stand, by the policy rule's `id`. */
  readonly clocks: Readonly<Record<string, ClockTally>>;
  /** Findings, by `FindingKind`. */
  readonly findings: Readonly<Record<string, number>>;
  /** Calendar days from submission to the first answer (`ComplaintFacts.firstResponseDays`). */
  readonly firstResponseDays: DayHistogram;
  /** Working days from submission to the first answer. */
  readonly firstResponseWorkingDays: DayHistogram;
  /** Calendar days from submission to the first decision. */
  readonly decisionDays: DayHistogram;
  /** Working days from submission to the first decision. */
  readonly decisionWorkingDays: DayHistogram;
  /** The age in calendar days of the open complaints as of `asOf` (backlog by age). */
  readonly backlogAge: DayHistogram;
  /** The complainants' last replies that accept or dispute the outcome. */
  readonly feedback: {
    /** Complaints whose complainant last accepted the outcome. */
    readonly accept: number;
    /** Complaints whose complainant last disputed the outcome. */
    readonly dispute: number;
  };
  /** Satisfaction ratings 1-5, by rating (the keys are ratings, not days). */
  readonly ratings: DayHistogram;
}

/**
 * A mergeable aggregate of audit results: plain JSON (post it between worker threads, write it to a
 * file, merge it on another machine). `mergeAggregates` of partial aggregates equals one pass.
 */
export interface Aggregate {
  /** Marks the object as an aggregate, so a file or message can be recognized. */
  readonly kind: 'pengaduan.aggregate';
  /** The version of this layout. */
  readonly version: 1;
  /** How the complaints are grouped; `null` for no grouping (only `total`). */
  readonly groupBy: GroupBy | null;
  /** The `asOf` and policy of the audits added; merging aggregates of different ones is refused. */
  readonly asOf: Instant | null;
  /** The `id` of the policy the audits were made against; `null` before the first is added. */
  readonly policyId: string | null;
  /** The totals over every complaint added. */
  readonly total: GroupTotals;
  /** The totals of each group, by group key (a unit id, a month `YYYY-MM`, a channel …). */
  readonly groups: Readonly<Record<string, GroupTotals>>;
}

/** Options of `createAggregator`. */
export interface CreateAggregateOptions {
  /** Default: no grouping (only `total`). */
  readonly groupBy?: GroupBy;
}

/** The unit an indicator's value is expressed in. */
export type IndicatorUnit = 'count' | 'ratio' | 'calendar_days' | 'working_days' | 'score';

/** An indicator's origin: an instrument's article, or our own definition where no instrument defines it. */
export type IndicatorSource = LegalSource | 'ours';

/** One performance indicator, defined once as data. */
export interface IndicatorDefinition {
  /** Stable id, e.g. `'completion_rate'`; per-clock indicators append `:${ruleId}`. */
  readonly id: string;
  /** Its short name, in Bahasa Indonesia and English. */
  readonly label: LocalizedText;
  /** How it is computed, in plain words. */
  readonly definition: LocalizedText;
  /** The unit its value is expressed in. */
  readonly unit: IndicatorUnit;
  /** True for indicators computed once per clock rule (on-time rate). */
  readonly perClock?: boolean;
  /** The instrument and article that define it, or `'ours'`. */
  readonly source: IndicatorSource;
}

/** One indicator's value in one group; `null` when the denominator is zero or there is no data. */
export interface IndicatorValue {
  /** The indicator's `id` (`IndicatorDefinition.id`), with `:${ruleId}` for per-clock indicators. */
  readonly id: string;
  /** The clock rule, for per-clock indicators. */
  readonly ruleId?: string;
  /** The value in the indicator's unit (a ratio 0-1, a count, days …); `null` when not computable. */
  readonly value: number | null;
  /** The count above the line, for ratios. */
  readonly numerator?: number;
  /** The count below the line, for ratios. */
  readonly denominator?: number;
}

/** The indicators of one group (or of the total, key `'*'`). */
export interface IndicatorGroup {
  /** The group's key (a unit id, a month `YYYY-MM` …), or `'*'` for the total. */
  readonly key: string;
  /** One value per indicator. */
  readonly values: readonly IndicatorValue[];
}

/** What `indicatorsOf` returns. */
export interface Indicators {
  /** The aggregate's `asOf`; `null` for an empty aggregate. */
  readonly asOf: Instant | null;
  /** The aggregate's policy `id`; `null` for an empty aggregate. */
  readonly policyId: string | null;
  /** The aggregate's grouping; `null` for none. */
  readonly groupBy: GroupBy | null;
  /** The indicators over every complaint (key `'*'`). */
  readonly total: IndicatorGroup;
  /** The indicators of each group. */
  readonly groups: readonly IndicatorGroup[];
}
