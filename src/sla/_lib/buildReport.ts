import { daysFromCivil } from '../../_lib/dayNumber.js';
import { formatDayNumber } from '../../_lib/formatDayNumber.js';
import { formatInstantInZone } from '../../_lib/zones.js';
import type { WorkingCalendar } from '../../calendar/types.js';
import type { HistoryEvent } from '../../history/types.js';
import type { Policy } from '../../rules/types.js';
import type { ClockReason, ClockReport, ClockStatus, PausedSpan, SlaReport } from '../types.js';
import { type EngineOptions, type Entry, runEngine } from './engine.js';
import type { ZoneDays } from './zoneDays.js';

const NO_PAUSES: readonly PausedSpan[] = Object.freeze([]);

// Date strings by day number (1900-2199): a report names few distinct days and many reports share
// them. A filled array, so that V8 keeps it in fast indexed mode.
const FIRST = daysFromCivil(1900, 1, 1);
const SPAN = daysFromCivil(2199, 12, 31) - FIRST + 1;
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

// Small numbers for the cache key of shared reports (a string key would be built and hashed per clock).
const STATUS_CODE: Readonly<Record<ClockStatus, number>> = {
  not_started: 0,
  running: 1,
  paused: 2,
  met: 3,
  breached: 4,
  lapsed: 5,
  not_applicable: 6,
};
const REASON_CODE: Readonly<Record<ClockReason, number>> = {
  out_of_scope: 1,
  no_start_date: 2,
  ended: 3,
  superseded: 4,
};

function keyOf(entry: Entry): string {
  let key = entry.rule.rule.id;
  if (entry.unitId !== undefined) key += `@${entry.unitId}`;
  if (entry.cycle > 1) key += `#${entry.cycle}`;
  if (entry.runNo > 1) key += `~${entry.runNo}`;
  return key;
}

function clockOf(zone: ZoneDays, entry: Entry): ClockReport {
  if (entry.run === undefined) {
    // A clock without a run depends only on its rule, cycle, status and reason: share one frozen report.
    const id =
      (entry.cycle * 8 + STATUS_CODE[entry.status]) * 8 +
      (entry.reason === undefined ? 0 : REASON_CODE[entry.reason]);
    let shared = entry.rule.shared.get(id) as ClockReport | undefined;
    if (shared === undefined) {
      shared = Object.freeze(buildClock(zone, entry));
      entry.rule.shared.set(id, shared);
    }
    return shared;
  }
  return buildClock(zone, entry);
}

function buildClock(zone: ZoneDays, entry: Entry): ClockReport {
  const { rule } = entry.rule;
  const run = entry.run;
  const started = run !== undefined && entry.status !== 'not_started';
  const hasDue = !Number.isNaN(entry.due);
  const hasUse = !Number.isNaN(entry.used);
  let paused = NO_PAUSES;
  if (started && run.pauses !== undefined) {
    paused = Object.freeze(
      run.pauses.map((p) =>
        Object.freeze(p.toIso === undefined ? { from: p.fromIso } : { from: p.fromIso, to: p.toIso }),
      ),
    );
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
    key: keyOf(entry),
    ruleId: rule.id,
    title: rule.title,
    cycle: entry.cycle,
    run: entry.runNo,
    unitId: entry.unitId,
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
    unit: rule.limit.unit,
    limit: rule.limit.amount,
    used: hasUse ? entry.used : undefined,
    left: hasUse ? entry.left : undefined,
    overdue: hasUse && entry.overdue > 0 ? entry.overdue : undefined,
    paused,
    warning: entry.warning,
    warningAt,
    provisional: entry.provisional,
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
  const clocks: ClockReport[] = [];
  let binding: ClockReport | undefined;
  let bindingMs = Number.POSITIVE_INFINITY;
  let provisional = false;
  let zone: ZoneDays | undefined;
  const sink = (entry: Entry): void => {
    const clock = clockOf(zone!, entry);
    clocks.push(clock);
    if (entry.provisional) provisional = true;
    if ((entry.status === 'running' || entry.status === 'paused') && entry.dueMs < bindingMs) {
      binding = clock;
      bindingMs = entry.dueMs;
    }
  };
  const result = runEngine(history, policy, options, sink, (z) => {
    zone = z;
  });
  return Object.freeze({
    asOf: options.asOf,
    zone: result.zone.zone,
    policyId: result.policy.id,
    calendar: calendarRef(result.calendar),
    clocks: Object.freeze(clocks),
    binding,
    provisional,
    eventsConsidered: result.considered,
  });
}
