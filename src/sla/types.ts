import type { CivilDate, Instant } from '../calendar/types.js';
import type { HistoryEventType } from '../history/types.js';
import type { LocalizedText } from '../i18n/types.js';
import type { DutyHolder, LapseEffect, LegalSource, LimitUnit } from '../rules/types.js';

/**
 * The state of one clock as of an instant:
 * - `not_started`: its start event has not happened;
 * - `running`: started, not stopped, not yet due;
 * - `paused`: started, currently paused (e.g. the complaint is on hold);
 * - `met`: stopped on or before its due instant;
 * - `breached`: a provider's duty not met: past due and not stopped, or stopped late;
 * - `lapsed`: past due with a state effect (deemed withdrawn, auto-close, window closed);
 * - `not_applicable`: the rule does not apply to this complaint (type, class, or the complaint ended).
 */
export type ClockStatus =
  | 'not_started'
  | 'running'
  | 'paused'
  | 'met'
  | 'breached'
  | 'lapsed'
  | 'not_applicable';

/**
 * Why a clock is `not_applicable` (or, for `ended`/`superseded`, how a clock that lapsed anyway
 * ended):
 * - `out_of_scope`: the rule's `appliesTo` excludes this complaint (its type or class);
 * - `no_start_date`: the date the clock counts from is not recorded (e.g. no `serviceReceivedOn`);
 * - `ended`: a cancelling event ended it (a withdrawal, an archive, a unit's "bukan wewenang");
 * - `superseded`: a new cycle began (the complaint was reopened).
 */
export type ClockReason = 'out_of_scope' | 'no_start_date' | 'ended' | 'superseded';

/**
 * One pause of a clock (a rule with a `pause`, e.g. a complaint on hold), from the pausing event's
 * instant.
 */
export interface PausedSpan {
  /** The instant of the event that paused the clock. */
  readonly from: Instant;
  /** Absent while the pause is still going on. */
  readonly to?: Instant;
}

/** One clock of one complaint as of `asOf`. */
export interface ClockReport {
  /**
   * Unique in the report: `${ruleId}` or `${ruleId}@${unitId}`, with `#${cycle}` for cycles after the
   * first and `~${run}` for a second or later run within one cycle (a unit disposed to again).
   */
  readonly key: string;
  /** The `id` of the policy's rule this clock runs. */
  readonly ruleId: string;
  /** The rule's title, in Bahasa Indonesia and English. */
  readonly title: LocalizedText;
  /** 1 for the first cycle; a reopened complaint starts cycle 2 of the clocks it concerns. */
  readonly cycle: number;
  /** 1 for the first run in a cycle; a start event after the previous run ended begins run 2. */
  readonly run: number;
  /** The handling unit for per-unit clocks (SP4N-LAPOR! follow-up per OPD). */
  readonly unitId?: string;
  /** Whose duty the clock measures, copied from the rule; absent when the rule does not say. */
  readonly dutyOf?: DutyHolder;
  /** The clock's state as of `asOf`. */
  readonly status: ClockStatus;
  /** Why the clock is not applicable, or how it ended. */
  readonly reason?: ClockReason;
  /** Day 0 of the clock as an instant (the latest restart's, when it was restarted). */
  readonly startedAt?: Instant;
  /** Earlier starts that a restart replaced (an SP4N-LAPOR! reply restarting the auto-close). */
  readonly restartedFrom?: readonly Instant[];
  /** The instant of the event that stopped or ended the clock; absent while it is open. */
  readonly stoppedAt?: Instant;
  /** The event that stopped or ended the clock. */
  readonly endedBy?: HistoryEventType;
  /** The last day of the limit, a civil date in the handling unit's zone. */
  readonly dueDate?: CivilDate;
  /** The end of `dueDate` in the zone: the clock is breached after this instant. */
  readonly dueAt?: Instant;
  /** The unit of `limit`, `used`, `left` and `overdue`, as the rule states it. */
  readonly unit: LimitUnit;
  /** The rule's limit, in `unit`. */
  readonly limit: number;
  /**
   * Time used and left, in the clock's own unit (whole days for day units, whole months or years
   * otherwise), as of `asOf` or as of the stop: the day of day 0 is not counted, the current day is.
   * Absent when the clock has no day 0 (not started, or not applicable before it started).
   */
  readonly used?: number;
  /** Units left up to and including the due date, 0 once it has passed; absent like `used`. */
  readonly left?: number;
  /** Units past the due date (present when the clock ran past it). */
  readonly overdue?: number;
  /** The pauses of this run, oldest first; empty for a clock that never paused. */
  readonly paused: readonly PausedSpan[];
  /** True once the warning threshold has been crossed and the clock is still open. */
  readonly warning: boolean;
  /**
   * The instant from which the clock warns: the start of the warning day in the zone, or day 0 itself
   * when the threshold falls before it. Absent when the clock is not open (running or paused) or no
   * threshold applies (`warning: null`).
   */
  readonly warningAt?: Instant;
  /**
   * True when the due date (or the time used or left) depends on holiday data the calendar lacks: a
   * clock counted in working days, or rolled to a working day, that reaches an uncovered year. A clock
   * counted in calendar days is never provisional, whatever its warning reaches.
   */
  readonly provisional: boolean;
  /**
   * True when the clock's figures (due date, status, used, left, overdue, warning day) would differ
   * if one tentative day of the calendar (a lunar holiday before its isbat) moved one day earlier or
   * later. See docs/calendar.md, "Tentative days".
   */
  readonly tentative: boolean;
  /**
   * Present (`true`) when the warning day depends on holiday data the calendar lacks: a warning
   * counted in working days before a due date in an uncovered year, or the warning of a provisional
   * clock. The clock itself can still be certain.
   */
  readonly warningProvisional?: boolean;
  /** What it means when the clock runs out, copied from the rule. */
  readonly onLapse: LapseEffect;
  /** The legal source of the rule, copied from it. */
  readonly source: LegalSource;
}

/**
 * The deadlines of one complaint as of an instant: what `evaluateSla(history, policy, options)`
 * returns, and what a complaint snapshot carries as `context.deadlines`. Frozen, with its `clocks`
 * array (see docs/sla.md, "The report").
 */
export interface SlaReport {
  /** The instant of the report, written in `zone`. Events after it are ignored. */
  readonly asOf: Instant;
  /** The IANA zone whose civil dates the clocks count in (the handling unit's, e.g. `Asia/Jakarta`). */
  readonly zone: string;
  /** The `id` of the policy evaluated, which encodes the options its preset was built with. */
  readonly policyId: string;
  /** The calendar's id and data version, so an audit can reproduce the report years later. */
  readonly calendar: {
    /** The calendar's `id` (`'id-national'` for `nationalCalendar`). */
    readonly id: string;
    /** The version of the holiday data the calendar was built from. */
    readonly dataVersion: string;
  };
  /**
   * Every clock of the policy for this complaint: one per rule, or per rule, unit, cycle and run once
   * these begin (see `ClockReport.key`), including the clocks not started or not applicable.
   */
  readonly clocks: readonly ClockReport[];
  /** The open clock (running or paused) that falls due first, if any. */
  readonly binding?: ClockReport;
  /** True when any clock is `provisional` (a warning alone does not make the report provisional). */
  readonly provisional: boolean;
  /** True when a clock of the report is tentative. */
  readonly tentative: boolean;
  /** How many events of the history were at or before `asOf`, and so taken into account. */
  readonly eventsConsidered: number;
}
