import type { HistoryEventType } from '../history/types.js';
import type { LocalizedText } from '../i18n/types.js';

/**
 * How sure we are of a rule:
 * - `verified`: read in the regulation's own text;
 * - `practice`: documented operating practice (SP4N-LAPOR! app and FAQ, local service standards), or
 *   a statute known only from a secondary source that quotes it;
 * - `inferred`: our reading where the text is silent or could not be read. Always an option with a
 *   documented default, never a silent assumption.
 */
export type SourceStatus = 'verified' | 'practice' | 'inferred';

/** Where a rule comes from, quoted in reports: "UU 25/2009 Pasal 44 ayat (3)". */
export interface LegalSource {
  /** The instrument, e.g. `'UU 25/2009'`, `'PO 58/2023'`, `'SP4N-LAPOR! (KemenPANRB; FAQ LAPOR!)'`. */
  readonly instrument: string;
  /** The article, e.g. `'Pasal 44 ayat (3)'`. */
  readonly article: string;
  /** How sure we are of the rule: read in the text, known from practice, or our reading. */
  readonly status: SourceStatus;
  /** Why the status is what it is, or which reading was chosen. */
  readonly note?: string;
}

/**
 * The unit a limit is counted in (see docs/sla.md, "How days are counted"):
 * - `calendar_days`: N days fall due on day 0 + N, weekends and holidays included;
 * - `working_days`: the N-th working day of the calendar strictly after day 0 (*hari kerja*);
 * - `months`, `years`: the same day of the month N months (or years) later, or that month's last day
 *   when it has none.
 */
export type LimitUnit = 'calendar_days' | 'working_days' | 'months' | 'years';

/**
 * How sure we are of a limit's *unit*, where it differs from the rule's own status. UU 25/2009 says
 * "hari" without saying whether it means calendar or working days: the unit is then `inferred`.
 */
export interface LimitBasis {
  /** How sure we are of the unit (e.g. `inferred` for the "hari" of UU 25/2009). */
  readonly status: SourceStatus;
  /** Why, and which reading was chosen. */
  readonly note: string;
}

/**
 * How long a clock runs: `amount` units counted from day 0, e.g. `{ amount: 14, unit: 'calendar_days' }`.
 * The unit's counting rule is {@link LimitUnit}'s.
 */
export interface Limit {
  /** A whole number ≥ 0. */
  readonly amount: number;
  /** What `amount` counts. */
  readonly unit: LimitUnit;
  /** Present when the unit is a reading of the text rather than the text itself. */
  readonly basis?: LimitBasis;
}

/** A sanction of UU 25/2009 Pasal 54 (or another instrument) attached to a breach. */
export interface Sanction {
  /** The sanction in plain words, in Bahasa Indonesia and English. */
  readonly text: LocalizedText;
  /** The article that provides it. */
  readonly source: LegalSource;
}

/**
 * What happens when a clock runs out:
 * - `breach`: a duty was not met on time (with its sanction, where the law gives one, and what
 *   follows procedurally, e.g. PO 58/2023's move to *Resolusi dan Monitoring*);
 * - `deemed_withdrawn`: the complaint is deemed withdrawn (UU 25/2009 Pasal 44 ayat (5));
 * - `auto_close`: the complaint is deemed finished (SP4N-LAPOR! 10 hari kerja without a reply);
 * - `window_closed`: a filing window closed (late filing; the law states no consequence).
 */
export type LapseEffect =
  | {
      /** A duty was not met on time. */
      readonly kind: 'breach';
      /** The sanction the law names for the breach (UU 25/2009 Pasal 54), where it names one. */
      readonly sanction?: Sanction;
      /** What follows procedurally, in Bahasa Indonesia and English. */
      readonly consequence?: LocalizedText;
    }
  | {
      /** The complaint is deemed withdrawn (UU 25/2009 Pasal 44 ayat (5)). */
      readonly kind: 'deemed_withdrawn';
    }
  | {
      /** The complaint is deemed finished. */
      readonly kind: 'auto_close';
    }
  | {
      /** A filing window closed. */
      readonly kind: 'window_closed';
    };

/** The kinds of {@link LapseEffect}. */
export type LapseKind = LapseEffect['kind'];

/**
 * One clock per complaint, or one per handling unit: SP4N-LAPOR!'s follow-up runs separately for
 * every OPD a complaint is disposed to. Per-unit clocks are keyed on `data.unitId` of the events that
 * carry it (`complaint.dispositioned`, `followup.posted`, `disposition.rejected`); events without a
 * `unitId` (a withdrawal, a hold) concern every unit's clock.
 */
export type ClockScope = 'complaint' | 'per_unit';

/**
 * An event a rule reacts to: a type, or a type with conditions on its `data` (every listed field must
 * equal the value, or one of the values of an array), e.g.
 * `{ type: 'complaint.escalated', where: { to: 'ombudsman' } }`.
 */
export type EventMatcher =
  | HistoryEventType
  | {
      /** The event type. */
      readonly type: HistoryEventType;
      /** Conditions on the event's `data`: each field must equal the value, or one of the array's. */
      readonly where: Readonly<Record<string, string | readonly string[]>>;
    };

/**
 * Where a clock's day 0 is read from, when not from the start event's own `at`:
 * - `type: 'instant'`: an instant in `data[field]` (Pasal 44(4) counts from
 *   `data.receivedByComplainantAt` of `file.declared_incomplete`);
 * - `type: 'date'`: a civil date in `data[field]` (the filing window counts from
 *   `data.serviceReceivedOn` of `complaint.submitted`).
 *
 * `otherwise` says what happens when the field is absent: count from the event's `at`, or treat the
 * clock as not applicable to this complaint.
 */
export interface StartSelector {
  /** The field of the start event's `data` that holds day 0, e.g. `'serviceReceivedOn'`. */
  readonly field: string;
  /** Whether the field holds an instant (ISO 8601 with an offset) or a civil date (`YYYY-MM-DD`). */
  readonly type: 'instant' | 'date';
  /**
   * When the field is absent: count from the start event's `at` (`'event_at'`), or report the clock
   * as `not_applicable` with reason `no_start_date` (`'not_applicable'`).
   */
  readonly otherwise: 'event_at' | 'not_applicable';
}

/** A pause: `on` stops the clock's counting, `resumeOn` lets it continue (e.g. a complaint on hold). */
export interface PauseRule {
  /** The events that pause the clock (e.g. `complaint.held`). */
  readonly on: readonly EventMatcher[];
  /** The events that let it count again (e.g. `complaint.resumed`). */
  readonly resumeOn: readonly EventMatcher[];
}

/**
 * A new cycle of a clock (a reopened complaint): the run of the current cycle ends (as not applicable
 * if it was still within its limit; a breach stays a breach) and cycle n + 1 begins, either at the
 * cycle event itself (`startAt: 'cycle_event'`) or when the rule's start event happens again
 * (`startAt: 'start_event'`). For per-unit clocks, `'cycle_event'` starts a new cycle for every unit
 * whose disposition was not rejected.
 */
export interface CycleRule {
  /** The events that begin a new cycle (e.g. `complaint.reopened`). */
  readonly on: readonly EventMatcher[];
  /** Where the new cycle's run starts: at the cycle event, or at the next start event. */
  readonly startAt: 'cycle_event' | 'start_event';
}

/** A condition on one field of `complaint.submitted` data. A missing field never matches `in`. */
export interface FieldCondition {
  /** The field's value must be one of these. */
  readonly in?: readonly string[];
  /** The field's value must not be one of these (a missing field passes). */
  readonly notIn?: readonly string[];
}

/** Which complaints a rule applies to, read from the data of `complaint.submitted`. */
export interface AppliesTo {
  /** SP4N-LAPOR! report type: `pengaduan`, `aspirasi`, `permintaan_informasi`, `whistleblowing`. */
  readonly complaintType?: FieldCondition;
  /** Permendagri 8/2023 class: `berkadar_pengawasan`, `tidak_berkadar_pengawasan`. */
  readonly classification?: FieldCondition;
}

/**
 * When a clock shows a warning, before it falls due:
 * - `{ workingDaysBefore: k }`: from the start of the k-th working day before the due date;
 * - `{ calendarDaysBefore: k }`: from the start of the k-th calendar day before the due date;
 * - `{ fraction: f }`: from the start of the day on which the share `f` (0 < f ≤ 1) of the limit is
 *   used (`{ fraction: 0.8 }` on a 60-day clock: day 48).
 */
export type WarningThreshold =
  | {
      /** Warn from the start of the k-th working day before the due date. */
      readonly workingDaysBefore: number;
    }
  | {
      /** Warn from the start of the k-th calendar day before the due date. */
      readonly calendarDaysBefore: number;
    }
  | {
      /** Warn from the day on which this share of the limit is used, 0 < f ≤ 1. */
      readonly fraction: number;
    };

/**
 * A calendar-day (or month, or year) due date that falls on a non-working day: `'keep'` it (stricter:
 * the office must act before the weekend) or roll it to the `'next_working_day'`.
 */
export type NonWorkingDueDate = 'keep' | 'next_working_day';

/** Whose duty a clock measures: who has to act before it runs out. */
export type DutyHolder =
  | 'provider' // penyelenggara / pelaksana (UU 25/2009)
  | 'complainant' // pengadu / pelapor
  | 'sp4n_admin' // admin instansi / koordinator of SP4N-LAPOR!
  | 'handling_unit' // the OPD or APIP a complaint is disposed to
  | 'terlapor' // the party reported to the Ombudsman
  | 'atasan_terlapor'; // its superior, who must report on a Rekomendasi

/**
 * A time limit of a regulation, as data: what starts it, what stops, pauses or restarts it, how long
 * it runs, what happens when it lapses, and where it comes from.
 *
 * Semantics (see docs/sla.md): the first matching `startOn` event of a cycle starts a run (another
 * one after the previous run ended starts a new run); `stopOn` ends it (met when on time);
 * `cancelOn` ends it as not applicable when still within its limit; `restartOn` moves day 0 to that
 * event while the run is open and not yet due; `pause` suspends counting; `newCycle` begins a new
 * cycle (reopening). An event may both start and stop a clock (the filing window starts on
 * `serviceReceivedOn` and stops at submission).
 */
export interface ClockRule {
  /** Unique in a policy, stable across versions: `'uu25.response'`. */
  readonly id: string;
  /** The clock's name, in Bahasa Indonesia and English, as reports and effects show it. */
  readonly title: LocalizedText;
  /** One or two sentences: what the duty is, in plain words. */
  readonly summary?: LocalizedText;
  /** Who has to act before the clock runs out; not stated when absent. */
  readonly dutyOf?: DutyHolder;
  /** How long the clock runs from day 0. */
  readonly limit: Limit;
  /** Default `'complaint'`. */
  readonly scope?: ClockScope;
  /** The events that start a run: the first one of a cycle, or one after the previous run ended. */
  readonly startOn: readonly EventMatcher[];
  /** Where day 0 is read from; the start event's `at` when absent. */
  readonly startsAt?: StartSelector;
  /** The events that stop a run: `met` when on or before the due instant, `breached` or `lapsed` after. */
  readonly stopOn: readonly EventMatcher[];
  /**
   * The events that end a run as `not_applicable` (reason `ended`) while it is still within its
   * limit (a withdrawal, an archive); a run already past due stays breached or lapsed. None when absent.
   */
  readonly cancelOn?: readonly EventMatcher[];
  /** What suspends counting and what resumes it; the clock never pauses when absent. */
  readonly pause?: PauseRule;
  /**
   * The events that move day 0 to themselves while the run is open and not yet due (an SP4N-LAPOR!
   * reply restarting the auto-close). None when absent.
   */
  readonly restartOn?: readonly EventMatcher[];
  /** What begins a new cycle (a reopened complaint); one cycle only when absent. */
  readonly newCycle?: CycleRule;
  /** All complaints when absent. */
  readonly appliesTo?: AppliesTo;
  /** This rule's warning threshold; the evaluation's `warning` option, then the default, otherwise. */
  readonly warning?: WarningThreshold;
  /** For calendar-day, month and year limits; default `'keep'`. Ignored for working days. */
  readonly nonWorkingDueDate?: NonWorkingDueDate;
  /** What it means when the clock runs out: a breach (with its sanction), or a state effect. */
  readonly onLapse: LapseEffect;
  /** The article the limit comes from, and how sure we are of it. */
  readonly source: LegalSource;
}

/**
 * A condition that is not a clock but that a host must check, e.g. that a complainant first
 * complained to the provider before going to the Ombudsman (UU 37/2008 Pasal 24 ayat (1) huruf c).
 */
export interface Precondition {
  /** Unique in a policy, stable across versions. */
  readonly id: string;
  /** The condition in plain words, in Bahasa Indonesia and English. */
  readonly text: LocalizedText;
  /** The history event that shows the condition is met, where there is one. */
  readonly evidencedBy?: readonly EventMatcher[];
  /** The article that sets the condition. */
  readonly source: LegalSource;
}

/** A set of clocks that govern a complaint together: a regulation, a practice, or a host's own SOP. */
export interface Policy {
  /** Quoted in every report; encodes the options a preset was built with, for audits. */
  readonly id: string;
  /** The policy's name, in Bahasa Indonesia and English. */
  readonly title: LocalizedText;
  /** Its clocks, each with an `id` unique in the policy. */
  readonly rules: readonly ClockRule[];
  /** Conditions a host must check that are not clocks; none when absent. */
  readonly preconditions?: readonly Precondition[];
  /** The options a preset was created with (or a host's own settings), for the record. */
  readonly options?: Readonly<Record<string, string | number | boolean | null>>;
}
