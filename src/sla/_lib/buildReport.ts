import { formatDayNumber } from '../../_lib/formatDayNumber.js';
import { formatInstantInZone } from '../../_lib/zones.js';
import { WINDOW_END, WINDOW_START } from '../../calendar/_lib/window.js';
import type { WorkingCalendar } from '../../calendar/types.js';
import type { HistoryEvent } from '../../history/types.js';
import type { Policy } from '../../rules/types.js';
import type { ClockReport, PausedSpan, SlaReport } from '../types.js';
import type { CompiledRule, IdleKind } from './compilePolicy.js';
import { runEngine } from './engine.js';
import { calendarOf, type EngineOptions } from './engineOptions.js';
import type { Entry, Sink } from './entry.js';

const NO_PAUSES: readonly PausedSpan[] = Object.freeze([]);

// Date strings by day number over the calendar's window (1900-2199): a report names few distinct days
// and many reports share them. A filled array, so that V8 keeps it in fast indexed mode. Measured:
// formatting each due date instead made evaluateSla 4.4% slower (interleaved, 60 pairs of slices).
const FIRST = WINDOW_START;
const SPAN = WINDOW_END - FIRST + 1;
let dates: (string | undefined)[] | undefined;
function dateText(day: number): string {
  if (day < FIRST || day >= FIRST + SPAN) return formatDayNumber(day);
  if (dates === undefined) dates = new Array<string | undefined>(SPAN).fill(undefined);
  let text = dates[day - FIRST];
  if (text === undefined) {
    text = formatDayNumber(day);
    dates[day - FIRST] = text;
  }
  return text;
}

function keyOf(entry: Entry, unitId: string | undefined, runNo: number): string {
  let key = entry.rule.id;
  if (unitId !== undefined) key += `@${unitId}`;
  if (entry.cycle > 1) key += `#${entry.cycle}`;
  if (runNo > 1) key += `~${runNo}`;
  return key;
}

/**
 * The report of a clock without a run, shared by every report that has it: it depends on nothing but
 * its rule, cycle and kind (see `Sink.idle`), and is built (and frozen) the first time it is needed.
 */
function idleClock(entry: Entry, rule: CompiledRule, cycle: number, kind: IdleKind): ClockReport {
  const shared = idleReportsOf(rule, kind);
  let clock = shared[cycle];
  if (clock === undefined) {
    clock = Object.freeze(buildClock(entry.idle(rule, cycle, kind)));
    shared[cycle] = clock;
  }
  return clock;
}

/** The rule's shared reports of one kind, by cycle (named loads: a keyed one by kind measured slower). */
function idleReportsOf(rule: CompiledRule, kind: IdleKind): (ClockReport | undefined)[] {
  const reports = rule.idleReports;
  switch (kind) {
    case 'not_started':
      return reports.not_started;
    case 'out_of_scope':
      return reports.out_of_scope;
    case 'no_start_date':
      return reports.no_start_date;
    case 'ended':
      return reports.ended;
  }
}

function buildClock(entry: Entry): ClockReport {
  const rule = entry.rule;
  const zone = entry.zone;
  const run = entry.run;
  const unitId = run?.unitId;
  const runNo = run === undefined ? 1 : run.run;
  const started = run !== undefined && entry.status !== 'not_started';
  const hasDue = !Number.isNaN(entry.due);
  const hasUse = !Number.isNaN(entry.used);
  let paused = NO_PAUSES;
  if (started && run.pauses !== undefined) {
    const spans: PausedSpan[] = [];
    for (const p of run.pauses) {
      spans.push(
        Object.freeze(p.toIso === undefined ? { from: p.fromIso } : { from: p.fromIso, to: p.toIso }),
      );
    }
    paused = Object.freeze(spans);
  }
  let warningAt: string | undefined;
  if (!Number.isNaN(entry.warnMs)) {
    // A threshold before day 0 (3 working days' notice of a 1-day clock) warns from the start.
    warningAt =
      entry.warnMs === run?.startMs
        ? formatInstantInZone(entry.warnMs, zone.zone)
        : zone.startIso(entry.warnDay);
  }
  // One object literal with every key, absent values `undefined`: one hidden class for every clock,
  // which is what keeps building 1.5 million of them fast; JSON.stringify leaves the undefined out.
  return {
    key: keyOf(entry, unitId, runNo),
    ruleId: rule.id,
    title: rule.title,
    cycle: entry.cycle,
    run: runNo,
    unitId,
    dutyOf: rule.dutyOf,
    status: entry.status,
    reason: entry.reason,
    startedAt: started ? run.startIso : undefined,
    restartedFrom:
      started && run.restartedFrom !== undefined ? Object.freeze([...run.restartedFrom]) : undefined,
    stoppedAt: started ? run.endIso : undefined,
    endedBy: started ? run.endType : undefined,
    dueDate: hasDue ? dateText(entry.due) : undefined,
    dueAt: hasDue ? zone.endIso(entry.due) : undefined,
    unit: rule.limitUnit,
    limit: rule.amount,
    used: hasUse ? entry.used : undefined,
    left: hasUse ? entry.left : undefined,
    overdue: hasUse && entry.overdue > 0 ? entry.overdue : undefined,
    paused,
    warning: entry.warning,
    warningAt,
    provisional: entry.provisional,
    tentative: entry.tentative,
    warningProvisional: entry.warningProvisional ? true : undefined,
    onLapse: rule.onLapse,
    source: rule.source,
  };
}

// One frozen `{ id, dataVersion }` per calendar, shared by all its reports.
const calendarRefs = new WeakMap<WorkingCalendar, SlaReport['calendar']>();
function calendarRef(calendar: WorkingCalendar): SlaReport['calendar'] {
  let ref = calendarRefs.get(calendar);
  if (ref === undefined) {
    ref = Object.freeze({ id: calendar.id, dataVersion: calendar.dataVersion });
    calendarRefs.set(calendar, ref);
  }
  return ref;
}

/** Collects the clocks of one report and finds its binding clock. */
class ReportSink implements Sink {
  readonly clocks: ClockReport[] = [];
  binding: ClockReport | undefined = undefined;
  bindingMs = Number.POSITIVE_INFINITY;
  provisional = false;
  tentative = false;

  accept(entry: Entry): void {
    const clock = buildClock(entry);
    this.clocks.push(clock);
    if (entry.provisional) this.provisional = true;
    if (entry.tentative) this.tentative = true;
    if ((entry.status === 'running' || entry.status === 'paused') && entry.dueMs < this.bindingMs) {
      this.binding = clock;
      this.bindingMs = entry.dueMs;
    }
  }

  idle(entry: Entry, rule: CompiledRule, cycle: number, kind: IdleKind): void {
    this.clocks.push(idleClock(entry, rule, cycle, kind));
  }
}

/**
 * Evaluates a history and returns the public report: frozen (the report and its list of clocks; the
 * clock objects are typed read-only but not frozen, which would cost more than the evaluation),
 * JSON-friendly, with the binding clock.
 */
export function evaluateReport(
  history: readonly HistoryEvent[],
  policy: Policy,
  options: EngineOptions,
): SlaReport {
  const sink = new ReportSink();
  const result = runEngine(history, policy, options, sink);
  return Object.freeze({
    asOf: options.asOf,
    zone: result.zone.zone,
    policyId: policy.id,
    calendar: calendarRef(calendarOf(options)),
    clocks: Object.freeze(sink.clocks),
    binding: sink.binding,
    provisional: sink.provisional,
    tentative: sink.tentative,
    eventsConsidered: result.considered,
  });
}
