import type { Instant } from '../calendar/types.js';
import type { HistoryEvent } from '../history/types.js';
import type { Policy } from '../rules/types.js';
import { asOfAsInstant } from './_lib/asOfAsInstant.js';
import { runEngine } from './_lib/engine.js';
import type { Entry, Sink } from './_lib/entry.js';
import type { EvaluateSlaOptions } from './evaluateSla.js';

/** Options of {@link nextWakeUp}: the same as `evaluateSla`'s. */
export interface NextWakeUpOptions extends EvaluateSlaOptions {}

/** Keeps the earliest instant after `asOf` at which some clock changes by itself. */
class WakeSink implements Sink {
  bestMs = Number.POSITIVE_INFINITY;
  best: Instant | null = null;

  accept(entry: Entry): void {
    const run = entry.run;
    if (run === undefined) return;
    if (entry.status === 'not_started') {
      if (this.earlier(entry, run.startMs)) this.best = run.startIso;
      return;
    }
    // Only a running clock changes by itself: a paused one waits for its resume event.
    if (entry.status !== 'running') return;
    if (this.earlier(entry, entry.warnMs)) this.best = entry.zone.startIso(entry.warnDay);
    // Due until the end of its due date: it breaches (or lapses) the next millisecond.
    if (this.earlier(entry, entry.dueMs + 1)) this.best = entry.zone.startIso(entry.due + 1);
  }

  idle(): void {
    // A clock without a run changes only with an event.
  }

  /** Whether `ms` is after `asOf` and before the best so far; if so it becomes the best. */
  private earlier(entry: Entry, ms: number): boolean {
    if (ms > entry.asOfMs && ms < this.bestMs) {
      this.bestMs = ms;
      return true;
    }
    return false;
  }
}

/**
 * The earliest instant after `asOf` at which the report would change without any new event: a
 * warning threshold crossed, a clock falling due (breach or lapse, the millisecond after its due
 * instant), or a clock whose day 0 is recorded in the future beginning; `null` when nothing is
 * pending. A host scheduler sleeps until then, evaluates again and delivers what changed; waking
 * early or twice is harmless, because the report is recomputed from the history.
 *
 * @param history - the complaint's events, oldest first
 * @param policy - the clocks to watch
 * @param options - as for `evaluateSla`
 * @returns an instant in the zone's offset (e.g. `'2025-04-05T00:00:00.000+07:00'`), or `null`
 * @throws the same errors as `evaluateSla`
 * @example
 * ```ts
 * import { nationalCalendar, nextWakeUp, uu25Policy } from 'pengaduan';
 *
 * // A complaint of Friday 21 March 2025: the 14-day response is due on Friday 4 April (a cuti
 * // bersama day, kept). Its warning began on Thursday 27 March, the last working day before Lebaran,
 * // so the next change is the breach, the moment 4 April ends in WIB.
 * nextWakeUp(
 *   [{ type: 'complaint.submitted', at: '2025-03-21T10:00:00+07:00', actor: { role: 'complainant' }, data: {} }],
 *   uu25Policy,
 *   { calendar: nationalCalendar, asOf: '2025-04-01T09:00:00+07:00' },
 * );
 * //=> '2025-04-05T00:00:00.000+07:00'
 * ```
 */
export function nextWakeUp(
  history: readonly HistoryEvent[],
  policy: Policy,
  options: NextWakeUpOptions,
): Instant | null {
  const sink = new WakeSink();
  runEngine(history, policy, asOfAsInstant(options), sink);
  return sink.best;
}
