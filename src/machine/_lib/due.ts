import type { Instant } from '../../calendar/types.js';
import type { History } from '../../history/types.js';
import type { ClockReport, SlaReport } from '../../sla/types.js';
import type { ComplaintContext, DeadlineEngine } from '../types.js';
import { lastEventAt, recordedBreaches } from './facts.js';
import { compareInstants, laterInstant, shiftInstant } from './instants.js';

/** What a timer (or an event's catch-up) finds due as of an instant. */
export interface DueReport {
  readonly asOf: Instant;
  /** `false` when `asOf` is older than the last event: a stale tick, which changes nothing. */
  readonly current: boolean;
  /** The report as of `asOf` (absent for a stale tick). */
  readonly report?: SlaReport;
  /** The completion clock that ran out (UU 25/2009 Pasal 44(5)): the complaint is deemed withdrawn. */
  readonly lapse?: ClockReport;
  /** The silence clock that ran out (SP4N-LAPOR! 10 hari kerja): the complaint is deemed finished. */
  readonly autoClose?: ClockReport;
  /** Breached clocks whose breach is not yet recorded, by due instant. */
  readonly breaches: readonly ClockReport[];
  /** Open clocks past their warning threshold that were not yet turned into a reminder. */
  readonly reminders: readonly ClockReport[];
}

/**
 * Which lapses a state watches besides breaches: the completion limit while waiting for the
 * complainant, the silence limit while waiting for a reply. A state is only reminded of the lapses
 * it reacts to.
 */
export type Watch = 'breaches' | 'completion' | 'silence';

/** The reminders a state with `watch` sends: breach clocks always, its own lapse clock too. */
export function remindersFor(due: DueReport, watch: Watch): readonly ClockReport[] {
  return due.reminders.filter(
    (c) =>
      c.onLapse.kind === 'breach' ||
      (watch === 'completion' && c.onLapse.kind === 'deemed_withdrawn') ||
      (watch === 'silence' && c.onLapse.kind === 'auto_close'),
  );
}

// Guards and actions of one transition ask the same question; a transition is pure, so the answer
// for one history (by identity) and one instant can be shared between them.
const memo = new WeakMap<DeadlineEngine, WeakMap<History, Map<string, DueReport>>>();

function byDue(a: ClockReport, b: ClockReport): number {
  if (a.dueAt === undefined || b.dueAt === undefined) return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  return compareInstants(a.dueAt, b.dueAt) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * What is due for the complaint as of `asOf`: lapses, auto-closes, unrecorded breaches and new
 * reminders, as the deadline engine sees them at that instant.
 */
export function dueAsOf(engine: DeadlineEngine, context: ComplaintContext, asOf: Instant): DueReport {
  let perHistory = memo.get(engine);
  if (perHistory === undefined) {
    perHistory = new WeakMap();
    memo.set(engine, perHistory);
  }
  let perInstant = perHistory.get(context.history);
  if (perInstant === undefined) {
    perInstant = new Map();
    perHistory.set(context.history, perInstant);
  }
  const key = `${asOf}|${context.zone}|${context.reminded.join(',')}`;
  const cached = perInstant.get(key);
  if (cached !== undefined) return cached;

  const due = computeDue(engine, context, asOf);
  perInstant.set(key, due);
  return due;
}

function computeDue(engine: DeadlineEngine, context: ComplaintContext, asOf: Instant): DueReport {
  if (compareInstants(asOf, lastEventAt(context.history)) < 0) {
    return { asOf, current: false, breaches: [], reminders: [] };
  }
  return dueInReport(engine.evaluate(context.history, asOf, context.zone), context, asOf);
}

const isLapse = (c: ClockReport) => c.status === 'lapsed' && c.onLapse.kind === 'deemed_withdrawn';
const isAutoClose = (c: ClockReport) => c.status === 'lapsed' && c.onLapse.kind === 'auto_close';
const isBreached = (c: ClockReport) => c.status === 'breached';
const isWarned = (c: ClockReport) => c.warning && (c.status === 'running' || c.status === 'paused');

/**
 * What is due in a report of the complaint's history as of `asOf` (see `dueAsOf`), without
 * evaluating anything: the report must be the engine's for `context.history` as of `asOf`.
 */
function dueInReport(report: SlaReport, context: ComplaintContext, asOf: Instant): DueReport {
  const recorded = recordedBreaches(context.history);
  const reminded = new Set(context.reminded);
  const lapse = report.clocks.find(isLapse);
  const autoClose = report.clocks.find(isAutoClose);
  const breaches = report.clocks.filter((c) => isBreached(c) && !recorded.has(c.key)).sort(byDue);
  const reminders = report.clocks.filter((c) => isWarned(c) && !reminded.has(c.key)).sort(byDue);
  return {
    asOf,
    current: true,
    report,
    ...(lapse === undefined ? {} : { lapse }),
    ...(autoClose === undefined ? {} : { autoClose }),
    breaches,
    reminders,
  };
}

/**
 * Whether anything is due in such a report (a lapse, an auto-close, a breach not yet recorded, a
 * reminder not yet sent): `dueInReport` found something, without building its lists.
 */
export function anythingDueInReport(report: SlaReport, context: ComplaintContext): boolean {
  // The recorded breaches are read from the history once, and only when some clock is breached.
  let recorded: ReadonlySet<string> | undefined;
  for (const c of report.clocks) {
    if (isLapse(c) || isAutoClose(c)) return true;
    if (isWarned(c) && !context.reminded.includes(c.key)) return true;
    if (isBreached(c)) {
      recorded ??= recordedBreaches(context.history);
      if (!recorded.has(c.key)) return true;
    }
  }
  return false;
}

/**
 * The instant a lapse or breach took effect: the first millisecond after the clock's due instant (the
 * start of the next civil day in the zone), and never before the last event, so the history stays
 * in order. A late tick therefore records exactly what an on-time tick would have recorded.
 */
export function effectiveAt(clock: ClockReport, history: History, fallback: Instant): Instant {
  const after = clock.dueAt === undefined ? fallback : shiftInstant(clock.dueAt, 1);
  return laterInstant(after, lastEventAt(history));
}
