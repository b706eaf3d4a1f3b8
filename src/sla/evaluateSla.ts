import type { CoverageMode, InstantInput, TentativeMode, WorkingCalendar } from '../calendar/types.js';
import type { HistoryEvent } from '../history/types.js';
import type { Policy, WarningThreshold } from '../rules/types.js';
import { asOfAsInstant } from './_lib/asOfAsInstant.js';
import { evaluateReport } from './_lib/buildReport.js';
import type { SlaReport } from './types.js';

/** Options of {@link evaluateSla}. */
export interface EvaluateSlaOptions {
  /**
   * The working calendar (its id and data version go into the report); default `nationalCalendar`.
   */
  readonly calendar?: WorkingCalendar;
  /**
   * The instant the report is as of: an ISO 8601 instant with an offset, or a `Date` / `TZDate` (the
   * report then writes it in `zone`). Never read from a clock: pass it. Later events are ignored.
   */
  readonly asOf: InstantInput;
  /** The handling unit's IANA zone, in which events fall on civil days; default `calendar.zone`. */
  readonly zone?: string;
  /**
   * The warning threshold for rules that have none of their own; default `{ workingDaysBefore: 1 }`;
   * `null` for no warning on such rules.
   */
  readonly warning?: WarningThreshold | null;
  /**
   * `'provisional'` (default): a clock whose working days reach a year the calendar does not cover
   * is computed on the calendar's assumption and marked `provisional`; `'strict'`: throw
   * `CalendarCoverageError` instead.
   */
  readonly coverage?: CoverageMode;
  /**
   * `'mark'` (default): a clock whose figures would change if a tentative day of the calendar (a
   * lunar holiday before its isbat) moved by one day is marked `tentative`; `'strict'`: throw
   * `CalendarTentativeError` instead.
   */
  readonly tentative?: TentativeMode;
}

/**
 * The deadlines of a complaint as of an instant: for every clock of the policy, its status, start,
 * due date and due instant, time used and left, pauses, warning, and the rule and legal source it
 * comes from; and the binding (earliest open) deadline. A pure function of its arguments: the same
 * history, policy, calendar and `asOf` give the same report on any machine, in any host time zone,
 * today or years later.
 *
 * Counting: the civil date of the start event in `zone` is day 0; N calendar days fall due on day
 * 0 + N, N working days on `addWorkingDays(day0, N)`; a clock is due until the end of its due date
 * in `zone`. See docs/sla.md for pauses, restarts, cycles and warnings.
 *
 * @param history - the complaint's events, oldest first (an unsorted history is refused)
 * @param policy - the clocks to evaluate, e.g. `uu25Policy` or `combinePolicies([...])`
 * @param options - `asOf` (required), `calendar` (default `nationalCalendar`), zone, warning
 *   threshold, coverage mode
 * @returns a frozen report
 * @throws InvalidHistoryError for an unknown event type, a bad instant or date, or events out of order
 * @throws InvalidDateError when `asOf` is not an ISO 8601 instant with an offset nor a valid `Date`
 * @throws InvalidArgumentError for a bad calendar, zone, warning or coverage option
 * @throws PolicyError when the policy is not valid
 * @throws CalendarCoverageError in `coverage: 'strict'` mode, when a clock needs an uncovered year
 * @throws CalendarTentativeError in `tentative: 'strict'` mode, when a clock is tentative
 * @see UU 25/2009 Pasal 44 ayat (3)
 * @example
 * ```ts
 * import { evaluateSla, nationalCalendar, uu25Policy } from 'pengaduan';
 *
 * // Received Friday 21 March 2025, 10:00 WIB; no response yet on 1 April 2025.
 * const report = evaluateSla(
 *   [{ type: 'complaint.submitted', at: '2025-03-21T10:00:00+07:00', actor: { role: 'complainant' }, data: {} }],
 *   uu25Policy,
 *   { calendar: nationalCalendar, asOf: '2025-04-01T09:00:00+07:00' },
 * );
 * const response = report.clocks.find((c) => c.ruleId === 'uu25.response');
 * response?.dueDate; //=> '2025-04-04' (21 March + 14 calendar days)
 * response?.status; //=> 'running'
 * response?.left; //=> 3
 * ```
 */
export function evaluateSla(
  history: readonly HistoryEvent[],
  policy: Policy,
  options: EvaluateSlaOptions,
): SlaReport {
  return evaluateReport(history, policy, asOfAsInstant(options));
}
