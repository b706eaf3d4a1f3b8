import type { CivilDate, Instant } from '../calendar/types.js';
import type { LocalizedText } from '../i18n/types.js';
import type { LapseEffect, LegalSource, LimitUnit } from '../rules/types.js';

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

export interface PausedSpan {
  readonly from: Instant;
  /** Absent while the pause is still going on. */
  readonly to?: Instant;
}

/** One clock of one complaint as of `asOf`. */
export interface ClockReport {
  /** Unique in the report: `${ruleId}` or `${ruleId}@${unitId}`, with `#${cycle}` for cycles after the first. */
  readonly key: string;
  readonly ruleId: string;
  readonly title: LocalizedText;
  /** 1 for the first cycle; a reopened complaint starts cycle 2 of the clocks it concerns. */
  readonly cycle: number;
  /** The handling unit for per-unit clocks (SP4N-LAPOR! follow-up per OPD). */
  readonly unitId?: string;
  readonly status: ClockStatus;
  readonly startedAt?: Instant;
  readonly stoppedAt?: Instant;
  /** The last day of the limit, a civil date in the handling unit's zone. */
  readonly dueDate?: CivilDate;
  /** The end of `dueDate` in the zone: the clock is breached after this instant. */
  readonly dueAt?: Instant;
  readonly unit: LimitUnit;
  readonly limit: number;
  /** Time used and left, in the clock's own unit (whole days for day units), as of `asOf` or the stop. */
  readonly used?: number;
  readonly left?: number;
  readonly paused: readonly PausedSpan[];
  /** True once the warning threshold has been crossed and the clock is still open. */
  readonly warning: boolean;
  readonly warningAt?: Instant;
  /** True when a date used by this clock lies outside the calendar's coverage. */
  readonly provisional: boolean;
  readonly onLapse: LapseEffect;
  readonly source: LegalSource;
}

export interface SlaReport {
  readonly asOf: Instant;
  readonly zone: string;
  readonly policyId: string;
  /** The calendar's id and data version, so an audit can reproduce the report years later. */
  readonly calendar: { readonly id: string; readonly dataVersion: string };
  readonly clocks: readonly ClockReport[];
  /** The open clock (running or paused) that falls due first, if any. */
  readonly binding?: ClockReport;
  readonly provisional: boolean;
}
