import { civilFromDays, daysFromCivil, daysInMonth } from '../../_lib/dayNumber.js';
import { parseDayNumber } from '../../_lib/parseDayNumber.js';
import { assertZone } from '../../_lib/zones.js';
import type { CoverageMode, Instant, WorkingCalendar } from '../../calendar/types.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { InvalidHistoryError } from '../../errors/InvalidHistoryError.js';
import { PengaduanError } from '../../errors/PengaduanError.js';
import type { HistoryEvent, HistoryEventType } from '../../history/types.js';
import { checkWarning } from '../../rules/_lib/checkWarning.js';
import type { FieldCondition, Policy, WarningThreshold } from '../../rules/types.js';
import type { ClockReason, ClockStatus } from '../types.js';
import {
  CANCEL,
  type CompiledPolicy,
  type CompiledRule,
  CYCLE,
  compilePolicy,
  matchesWhere,
  PAUSE,
  RESTART,
  RESUME,
  START,
  STOP,
  UNIT_CALENDAR_DAYS,
  UNIT_WORKING_DAYS,
  UNIT_YEARS,
} from './compilePolicy.js';
import { eventTypeIndex } from './eventTypes.js';
import { instantMs } from './instants.js';
import { type WorkingDays, workingDaysOf } from './workingDays.js';
import { type ZoneDays, zoneDaysOf } from './zoneDays.js';

/** The options the engine reads; `evaluateSla` and `nextWakeUp` both take them. */
export interface EngineOptions {
  readonly calendar: WorkingCalendar;
  readonly asOf: Instant;
  readonly zone?: string;
  readonly warning?: WarningThreshold | null;
  readonly coverage?: CoverageMode;
}

/** The warning threshold used when neither the rule nor the caller gives one. */
export const DEFAULT_WARNING: WarningThreshold = /* @__PURE__ */ Object.freeze({ workingDaysBefore: 1 });

const EMPTY: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});
const SUBMITTED = /* @__PURE__ */ eventTypeIndex('complaint.submitted');

const END_OPEN = 0;
const END_STOP = 1;
const END_CANCEL = 2;
const END_SUPERSEDED = 3;

export interface Pause {
  readonly fromMs: number;
  readonly fromIso: Instant;
  readonly fromDay: number;
  /** `NaN` while the pause is going on. */
  toMs: number;
  toIso: Instant | undefined;
  toDay: number;
}

/** One run of a clock: from a start (or a new cycle) to a stop, a cancellation or now. */
export interface Run {
  /** Index of the rule in the compiled policy. */
  rule: number;
  cycle: number;
  unitId: string | undefined;
  run: number;
  startMs: number;
  startIso: Instant;
  day0: number;
  restartedFrom: Instant[] | undefined;
  pauses: Pause[] | undefined;
  paused: boolean;
  end: number;
  endMs: number;
  endIso: Instant | undefined;
  endDay: number;
  endType: HistoryEventType | undefined;
  /** Cached due day while not paused; `NaN` when it must be recomputed. */
  due: number;
}

function newRun(): Run {
  return {
    rule: 0,
    cycle: 1,
    unitId: undefined,
    run: 1,
    startMs: 0,
    startIso: '',
    day0: 0,
    restartedFrom: undefined,
    pauses: undefined,
    paused: false,
    end: END_OPEN,
    endMs: Number.NaN,
    endIso: undefined,
    endDay: Number.NaN,
    endType: undefined,
    due: Number.NaN,
  };
}

/**
 * What the engine knows of one rule while reading. Kept by the engine and reset for each history;
 * the maps are made only for per-unit rules, on first use.
 */
class RuleState {
  constructor(readonly index: number) {}
  cycle = 1;
  /** The runs so far are `runs[0 … runCount - 1]` (the array is reused; setting its length is slow). */
  readonly runs: Run[] = [];
  runCount = 0;
  open: Run | undefined = undefined;
  openUnits: Map<string, Run> | undefined = undefined;
  activeUnits: Set<string> | undefined = undefined;
  runsInCycle = 0;
  unitRuns: Map<string, number> | undefined = undefined;
  noStartDate = false;
  ended = false;

  reset(): this {
    this.cycle = 1;
    this.runCount = 0;
    this.open = undefined;
    this.openUnits?.clear();
    this.activeUnits?.clear();
    this.runsInCycle = 0;
    this.unitRuns?.clear();
    this.noStartDate = false;
    this.ended = false;
    return this;
  }
}

/**
 * The state of one clock as of `asOf`, in numbers. The engine fills one such object per clock and
 * hands it to a sink, which must read it before returning (the object is reused for the next clock:
 * evaluating 100 000 histories should not allocate 1.5 million of these).
 */
export class Entry {
  rule!: CompiledRule;
  run: Run | undefined = undefined;
  cycle = 1;
  runNo = 1;
  unitId: string | undefined = undefined;
  status: ClockStatus = 'not_started';
  reason: ClockReason | undefined = undefined;
  /** `NaN` when the clock has no due date (not started, not applicable). */
  due = Number.NaN;
  dueMs = Number.NaN;
  warnDay = Number.NaN;
  warnMs = Number.NaN;
  warning = false;
  used = Number.NaN;
  left = Number.NaN;
  overdue = Number.NaN;
  provisional = false;
}

/** Receives every clock's entry in policy order; see {@link Entry}. */
export type Sink = (entry: Entry) => void;

export interface EngineResult {
  readonly policy: Policy;
  readonly calendar: WorkingCalendar;
  readonly zone: ZoneDays;
  readonly asOfMs: number;
  readonly asOfDay: number;
  readonly considered: number;
}

function addMonths(day: number, months: number): number {
  const packed = civilFromDays(day);
  const total = Math.floor(packed / 512) * 12 + (Math.floor(packed / 32) % 16) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  // The 29th-31st of a month that the target month does not have is its last day (29 Feb + 2 years).
  return daysFromCivil(year, month, Math.min(packed % 32, daysInMonth(year, month)));
}

function wholeMonthsBetween(from: number, to: number): number {
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  let months =
    (Math.floor(b / 512) - Math.floor(a / 512)) * 12 + (Math.floor(b / 32) % 16) - (Math.floor(a / 32) % 16);
  if (addMonths(from, months) > to) months--;
  return months;
}

function conditionHolds(condition: FieldCondition | undefined, value: unknown): boolean {
  if (condition === undefined) return true;
  const text = typeof value === 'string' ? value : undefined;
  if (condition.in !== undefined && (text === undefined || !condition.in.includes(text))) return false;
  if (condition.notIn !== undefined && text !== undefined && condition.notIn.includes(text)) return false;
  return true;
}

function checkOptions(options: EngineOptions): { zone: string; coverage: CoverageMode } {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options', options, {
      id: 'diharapkan { calendar, asOf, zone?, warning?, coverage? }',
      en: 'expected { calendar, asOf, zone?, warning?, coverage? }',
    });
  }
  const calendar = options.calendar as unknown;
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    typeof (calendar as WorkingCalendar).zone !== 'string'
  ) {
    throw new InvalidArgumentError('options.calendar', calendar, {
      id: 'diharapkan kalender kerja, mis. nationalCalendar',
      en: 'expected a working calendar, e.g. nationalCalendar',
    });
  }
  const zone = options.zone ?? (calendar as WorkingCalendar).zone;
  assertZone(zone, 'options.zone');
  const coverage = options.coverage ?? 'provisional';
  if (coverage !== 'provisional' && coverage !== 'strict') {
    throw new InvalidArgumentError('options.coverage', coverage, {
      id: "diharapkan 'provisional' (bawaan) atau 'strict'",
      en: "expected 'provisional' (the default) or 'strict'",
    });
  }
  if (options.warning !== undefined && options.warning !== null) {
    checkWarning(options.warning, 'options.warning', (field, value, expected) => {
      throw new InvalidArgumentError(field, value, expected);
    });
  }
  return { zone, coverage };
}

function historyError(
  index: number | undefined,
  field: string,
  value: unknown,
  expected: { id: string; en: string },
  cause?: unknown,
): InvalidHistoryError {
  const error = new InvalidHistoryError(
    { ...(index === undefined ? {} : { index }), field, value },
    cause instanceof PengaduanError
      ? { id: `${expected.id} (${cause.text.id})`, en: `${expected.en} (${cause.text.en})` }
      : expected,
  );
  return error;
}

const INSTANT_EXPECTED = {
  id: 'diharapkan waktu ISO 8601 dengan offset atau Z',
  en: 'expected an ISO 8601 instant with an offset or Z',
};
const DATE_EXPECTED = { id: 'diharapkan tanggal YYYY-MM-DD', en: 'expected a YYYY-MM-DD date' };

/**
 * Evaluates every clock of a policy over a complaint history as of an instant. The history is read
 * once, in order; each event is dispatched to the rules it concerns through the compiled policy;
 * day arithmetic runs on integer day numbers.
 */
export function runEngine(
  history: readonly HistoryEvent[],
  policy: Policy,
  options: EngineOptions,
  sink: Sink,
  onZone?: (zone: ZoneDays) => void,
): EngineResult {
  const { zone: zoneName, coverage } = checkOptions(options);
  const asOfMs = instantMs(options.asOf, 'asOf');
  const compiled = compilePolicy(policy);
  const wd = workingDaysOf(options.calendar);
  const zone = zoneDaysOf(zoneName);
  const asOfDay = zone.dayOf(asOfMs);
  onZone?.(zone);
  if (!Array.isArray(history)) {
    throw historyError(undefined, 'history', history, {
      id: 'diharapkan daftar peristiwa, yang terlama lebih dahulu',
      en: 'expected an array of events, oldest first',
    });
  }
  // One engine per policy, reused: its rule states and runs are recycled, so that evaluating a history
  // allocates little besides the report. A nested evaluation (none happens today) gets its own.
  let engine = compiled.engine as Engine | undefined;
  if (engine === undefined || engine.busy) {
    engine = new Engine(compiled);
    if (compiled.engine === undefined) compiled.engine = engine;
  }
  engine.busy = true;
  try {
    engine.reset(wd, zone, asOfMs, asOfDay, options.warning, coverage);
    const considered = engine.read(history);
    engine.evaluate(sink);
    return { policy, calendar: options.calendar, zone, asOfMs, asOfDay, considered };
  } finally {
    engine.busy = false;
  }
}

class Engine {
  busy = false;
  private wd!: WorkingDays;
  private zone!: ZoneDays;
  private asOfMs = 0;
  private asOfDay = 0;
  private warningOption: WarningThreshold | null | undefined;
  private coverage: CoverageMode = 'provisional';
  // A rule's state is taken from the pool on its first event: most rules of a combined policy see
  // few events of a history, and untouched ones need no reset.
  private readonly states: (RuleState | undefined)[];
  private readonly statePool: RuleState[];
  // Runs are recycled too: nothing outside the engine keeps them once the sink has read the entries.
  private readonly runPool: Run[] = [];
  private runsUsed = 0;
  private readonly entry = new Entry();
  private submitted: Readonly<Record<string, unknown>> | undefined;
  // The event being read, so that the handlers need not pass it around.
  private index = 0;
  private at: Instant = '';
  private ms = 0;
  private day = 0;
  private type: HistoryEventType = 'complaint.submitted';
  private data: Readonly<Record<string, unknown>> = EMPTY;
  // Day 0 found by `startOf`.
  private startMs = 0;
  private startIso: Instant = '';
  private startDay = 0;

  constructor(private readonly compiled: CompiledPolicy) {
    this.states = new Array(compiled.rules.length).fill(undefined);
    this.statePool = compiled.rules.map((_, index) => new RuleState(index));
  }

  reset(
    wd: WorkingDays,
    zone: ZoneDays,
    asOfMs: number,
    asOfDay: number,
    warningOption: WarningThreshold | null | undefined,
    coverage: CoverageMode,
  ): void {
    this.wd = wd;
    this.zone = zone;
    this.asOfMs = asOfMs;
    this.asOfDay = asOfDay;
    this.warningOption = warningOption;
    this.coverage = coverage;
    this.states.fill(undefined);
    this.runsUsed = 0;
    this.submitted = undefined;
    this.data = EMPTY;
  }

  /** Reads the history, checking every event; returns how many are at or before `asOf`. */
  read(history: readonly HistoryEvent[]): number {
    let previous = Number.NEGATIVE_INFINITY;
    let considered = 0;
    const hooks = this.compiled.hooks;
    for (let i = 0; i < history.length; i++) {
      const event = history[i] as HistoryEvent | undefined;
      if (typeof event !== 'object' || event === null) {
        throw historyError(i, '', event, {
          id: 'diharapkan objek peristiwa',
          en: 'expected an event object',
        });
      }
      // Every known type has an entry (empty for types no rule reacts to): one lookup checks and dispatches.
      const typeIndex = eventTypeIndex(event.type);
      const concerned = hooks[typeIndex];
      if (concerned === undefined) {
        throw historyError(i, 'type', event.type, {
          id: 'diharapkan jenis peristiwa yang dikenal (lihat HISTORY_EVENT_TYPES)',
          en: 'expected a known event type (see HISTORY_EVENT_TYPES)',
        });
      }
      let ms: number;
      try {
        ms = instantMs(event.at, 'at');
      } catch (error) {
        throw historyError(i, 'at', event.at, INSTANT_EXPECTED, error);
      }
      if (ms < previous) {
        throw historyError(i, 'at', event.at, {
          id: `diharapkan tidak lebih awal dari peristiwa [${i - 1}]: riwayat harus urut waktu, yang terlama lebih dahulu`,
          en: `expected no earlier than event [${i - 1}]: the history must be in time order, oldest first`,
        });
      }
      previous = ms;
      // Events after asOf are checked but not applied: the report is what was known at asOf.
      if (ms > this.asOfMs) continue;
      considered++;
      const data = (typeof event.data === 'object' && event.data !== null ? event.data : EMPTY) as Readonly<
        Record<string, unknown>
      >;
      if (typeIndex === SUBMITTED && this.submitted === undefined) this.submitted = data;
      if (concerned.length === 0) continue;
      this.index = i;
      this.at = event.at;
      this.ms = ms;
      this.day = this.zone.dayOf(ms);
      this.type = event.type;
      this.data = data;
      for (const hook of concerned) {
        let roles = hook.roles;
        for (const matcher of hook.conditional) {
          if (matchesWhere(data, matcher.where)) roles |= matcher.role;
        }
        if (roles !== 0) this.apply(hook.rule, roles);
      }
    }
    return considered;
  }

  private apply(ruleIndex: number, roles: number): void {
    const rule = this.compiled.rules[ruleIndex]!;
    let state = this.states[ruleIndex];
    if (state === undefined) {
      state = this.statePool[ruleIndex]!.reset();
      this.states[ruleIndex] = state;
    }
    if ((roles & CYCLE) !== 0) this.newCycle(rule, state);
    if (!rule.perUnit) {
      const run = state.open;
      if (run !== undefined) {
        this.act(state, run, roles);
      } else if ((roles & START) !== 0) {
        const started = this.start(rule, state, undefined);
        if (started !== undefined && (roles & STOP) !== 0) this.end(state, started, END_STOP);
      } else if ((roles & CANCEL) !== 0) {
        state.ended = true;
      }
      return;
    }
    const unitId = this.data.unitId;
    if (typeof unitId === 'string') {
      const run = state.openUnits?.get(unitId);
      if ((roles & CANCEL) !== 0 && (roles & STOP) === 0) state.activeUnits?.delete(unitId);
      if (run !== undefined) {
        this.act(state, run, roles);
      } else if ((roles & START) !== 0) {
        if (state.activeUnits === undefined) state.activeUnits = new Set();
        state.activeUnits.add(unitId);
        const started = this.start(rule, state, unitId);
        if (started !== undefined && (roles & STOP) !== 0) this.end(state, started, END_STOP);
      }
      return;
    }
    if ((roles & START) !== 0) {
      throw historyError(this.index, 'data.unitId', unitId, {
        id: 'diharapkan id unit (teks) untuk jam per unit',
        en: 'expected a unit id (string) for a per-unit clock',
      });
    }
    // An event without a unit (a withdrawal, a hold) concerns every unit's clock.
    if (state.openUnits === undefined || state.openUnits.size === 0) {
      if ((roles & CANCEL) !== 0) state.ended = true;
      return;
    }
    for (const run of [...state.openUnits.values()]) this.act(state, run, roles);
  }

  private act(state: RuleState, run: Run, roles: number): void {
    if ((roles & STOP) !== 0) {
      this.end(state, run, END_STOP);
    } else if ((roles & CANCEL) !== 0) {
      this.end(state, run, END_CANCEL);
    } else {
      if ((roles & RESTART) !== 0) this.restart(run);
      if ((roles & PAUSE) !== 0) this.pause(run);
      else if ((roles & RESUME) !== 0) this.resume(run);
    }
  }

  /**
   * Day 0 of a clock started by the current event, through the rule's start selector, into
   * `startMs`/`startIso`/`startDay` (fields, not a returned object: this runs for most events).
   * Returns false when the selector's field is missing and the rule is then not applicable.
   */
  private startOf(rule: CompiledRule, forRestart: boolean): boolean {
    const selector = rule.startsAt;
    if (selector !== undefined) {
      const value = this.data[selector.field];
      if (value !== undefined) {
        if (selector.type === 'instant') {
          let ms: number;
          try {
            ms = instantMs(value, 'instant');
          } catch (error) {
            throw historyError(this.index, `data.${selector.field}`, value, INSTANT_EXPECTED, error);
          }
          this.startMs = ms;
          this.startIso = value as Instant;
          this.startDay = this.zone.dayOf(ms);
          return true;
        }
        let day: number;
        try {
          day = parseDayNumber(value, 'date');
        } catch (error) {
          throw historyError(this.index, `data.${selector.field}`, value, DATE_EXPECTED, error);
        }
        this.startMs = this.zone.startMs(day);
        this.startIso = this.zone.startIso(day);
        this.startDay = day;
        return true;
      }
      if (selector.otherwise === 'not_applicable' && !forRestart) return false;
    }
    this.startMs = this.ms;
    this.startIso = this.at;
    this.startDay = this.day;
    return true;
  }

  private start(rule: CompiledRule, state: RuleState, unitId: string | undefined): Run | undefined {
    if (!this.startOf(rule, false)) {
      state.noStartDate = true;
      return undefined;
    }
    return this.open(state, unitId, this.startMs, this.startIso, this.startDay);
  }

  private open(state: RuleState, unitId: string | undefined, ms: number, iso: Instant, day: number): Run {
    let runNo: number;
    if (unitId === undefined) {
      runNo = ++state.runsInCycle;
    } else {
      if (state.unitRuns === undefined) state.unitRuns = new Map();
      runNo = (state.unitRuns.get(unitId) ?? 0) + 1;
      state.unitRuns.set(unitId, runNo);
    }
    let run = this.runPool[this.runsUsed];
    if (run === undefined) {
      run = newRun();
      this.runPool.push(run);
    }
    this.runsUsed++;
    run.rule = state.index;
    run.cycle = state.cycle;
    run.unitId = unitId;
    run.run = runNo;
    run.startMs = ms;
    run.startIso = iso;
    run.day0 = day;
    run.restartedFrom = undefined;
    run.pauses = undefined;
    run.paused = false;
    run.end = END_OPEN;
    run.endMs = Number.NaN;
    run.endIso = undefined;
    run.endDay = Number.NaN;
    run.endType = undefined;
    run.due = Number.NaN;
    state.runs[state.runCount++] = run;
    if (unitId === undefined) {
      state.open = run;
    } else {
      if (state.openUnits === undefined) state.openUnits = new Map();
      state.openUnits.set(unitId, run);
    }
    return run;
  }

  private end(state: RuleState, run: Run, kind: number): void {
    if (run.paused) this.closePause(run);
    run.end = kind;
    run.endMs = this.ms;
    run.endIso = this.at;
    run.endDay = this.day;
    run.endType = this.type;
    if (run.unitId === undefined) state.open = undefined;
    else state.openUnits?.delete(run.unitId);
  }

  private closePause(run: Run): void {
    const pause = run.pauses![run.pauses!.length - 1]!;
    pause.toMs = this.ms;
    pause.toIso = this.at;
    pause.toDay = this.day;
    run.paused = false;
    run.due = Number.NaN;
  }

  /** Whether a running (not paused) clock was already past due at the current event. */
  private overdue(rule: CompiledRule, run: Run): boolean {
    if (run.paused) return false;
    return this.ms > this.zone.endMs(this.dueOf(rule, run, Number.NaN));
  }

  private pause(run: Run): void {
    const rule = this.ruleOf(run);
    // A pause after the due instant changes nothing: the clock was already breached.
    if (run.paused || this.overdue(rule, run)) return;
    const pause: Pause = {
      fromMs: this.ms,
      fromIso: this.at,
      fromDay: this.day,
      toMs: Number.NaN,
      toIso: undefined,
      toDay: Number.NaN,
    };
    if (run.pauses === undefined) run.pauses = [pause];
    else run.pauses.push(pause);
    run.paused = true;
    run.due = Number.NaN;
  }

  private resume(run: Run): void {
    if (run.paused) this.closePause(run);
  }

  private restart(run: Run): void {
    const rule = this.ruleOf(run);
    // A restart after the due instant would undo a lapse that already happened: ignored.
    if (this.overdue(rule, run)) return;
    this.startOf(rule, true);
    if (run.restartedFrom === undefined) run.restartedFrom = [run.startIso];
    else run.restartedFrom.push(run.startIso);
    run.startMs = this.startMs;
    run.startIso = this.startIso;
    run.day0 = this.startDay;
    // Counting begins afresh: earlier pauses no longer matter; a pause still going on continues.
    run.pauses = run.paused
      ? [
          {
            fromMs: this.ms,
            fromIso: this.at,
            fromDay: this.day,
            toMs: Number.NaN,
            toIso: undefined,
            toDay: Number.NaN,
          },
        ]
      : undefined;
    run.due = Number.NaN;
  }

  private newCycle(rule: CompiledRule, state: RuleState): void {
    if (rule.cycleAtEvent === undefined) return;
    if (state.open !== undefined) this.end(state, state.open, END_SUPERSEDED);
    if (state.openUnits !== undefined) {
      for (const run of [...state.openUnits.values()]) this.end(state, run, END_SUPERSEDED);
    }
    state.cycle++;
    state.runsInCycle = 0;
    state.unitRuns?.clear();
    state.noStartDate = false;
    state.ended = false;
    if (!rule.cycleAtEvent) return;
    if (!rule.perUnit) {
      this.open(state, undefined, this.ms, this.at, this.day);
      return;
    }
    if (state.activeUnits === undefined) return;
    for (const unitId of state.activeUnits) this.open(state, unitId, this.ms, this.at, this.day);
  }

  private ruleOf(run: Run): CompiledRule {
    return this.compiled.rules[run.rule]!;
  }

  /**
   * The due day of a run. A pause stops the count at the end of the day it begins (that day is used)
   * and starts it again from the day it ends, which counts like a new day 0 (`resumeDay` for a pause
   * still going on): the due date is the day the unpaused units reach the limit.
   */
  private dueOf(rule: CompiledRule, run: Run, resumeDay: number): number {
    if (!run.paused && !Number.isNaN(run.due)) return run.due;
    let due: number;
    if (rule.unit === UNIT_WORKING_DAYS || rule.unit === UNIT_CALENDAR_DAYS) {
      let cursor = run.day0;
      let remaining = rule.amount;
      if (run.pauses !== undefined) {
        for (const pause of run.pauses) {
          const to = Number.isNaN(pause.toDay) ? resumeDay : pause.toDay;
          if (Number.isNaN(to)) continue;
          // Pauses are only recorded while the clock is within its limit, so `used <= remaining`.
          remaining -= this.unitsBetween(rule, cursor, pause.fromDay);
          cursor = Math.max(cursor, to);
        }
      }
      due = rule.unit === UNIT_WORKING_DAYS ? this.wd.add(cursor, remaining) : cursor + remaining;
    } else {
      let shift = 0;
      if (run.pauses !== undefined) {
        for (const pause of run.pauses) {
          const to = Number.isNaN(pause.toDay) ? resumeDay : pause.toDay;
          if (!Number.isNaN(to) && to > pause.fromDay) shift += to - pause.fromDay;
        }
      }
      due = addMonths(run.day0, rule.unit === UNIT_YEARS ? rule.amount * 12 : rule.amount) + shift;
    }
    if (rule.roll && !this.wd.isWorking(due)) due = this.wd.add(due, 1);
    if (!run.paused) run.due = due;
    return due;
  }

  /** Units of the clock in `(from, to]`, for `from <= to`. */
  private unitsBetween(rule: CompiledRule, from: number, to: number): number {
    if (to <= from) return 0;
    if (rule.unit === UNIT_WORKING_DAYS) return this.wd.count(from, to);
    if (rule.unit === UNIT_CALENDAR_DAYS) return to - from;
    const months = wholeMonthsBetween(from, to);
    return rule.unit === UNIT_YEARS ? Math.floor(months / 12) : months;
  }

  evaluate(sink: Sink): void {
    const submitted = this.submitted ?? EMPTY;
    const rules = this.compiled.rules;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const state = this.states[i];
      const applies =
        rule.appliesTo === undefined ||
        (conditionHolds(rule.appliesTo.complaintType, submitted.complaintType) &&
          conditionHolds(rule.appliesTo.classification, submitted.classification));
      if (!applies) {
        sink(this.placeholder(rule, 1, 'not_applicable', 'out_of_scope'));
        continue;
      }
      if (state === undefined) {
        sink(this.placeholder(rule, 1, 'not_started', undefined));
        continue;
      }
      let currentCycleHasRun = false;
      for (let r = 0; r < state.runCount; r++) {
        const run = state.runs[r]!;
        sink(this.evaluateRun(rule, run));
        if (run.cycle === state.cycle) currentCycleHasRun = true;
      }
      if (!currentCycleHasRun) {
        if (state.noStartDate) sink(this.placeholder(rule, state.cycle, 'not_applicable', 'no_start_date'));
        else if (state.ended) sink(this.placeholder(rule, state.cycle, 'not_applicable', 'ended'));
        else sink(this.placeholder(rule, state.cycle, 'not_started', undefined));
      }
    }
  }

  private placeholder(
    rule: CompiledRule,
    cycle: number,
    status: ClockStatus,
    reason: ClockReason | undefined,
  ): Entry {
    const e = this.entry;
    e.rule = rule;
    e.run = undefined;
    e.cycle = cycle;
    e.runNo = 1;
    e.unitId = undefined;
    e.status = status;
    e.reason = reason;
    e.due = Number.NaN;
    e.dueMs = Number.NaN;
    e.warnDay = Number.NaN;
    e.warnMs = Number.NaN;
    e.warning = false;
    e.used = Number.NaN;
    e.left = Number.NaN;
    e.overdue = Number.NaN;
    e.provisional = false;
    return e;
  }

  private evaluateRun(rule: CompiledRule, run: Run): Entry {
    if (run.startMs > this.asOfMs) {
      // Day 0 read from the data lies after asOf (a response the complainant receives later).
      const e = this.placeholder(rule, run.cycle, 'not_started', undefined);
      e.run = run;
      e.runNo = run.run;
      e.unitId = run.unitId;
      return e;
    }
    const ended = run.end !== END_OPEN;
    const due = this.dueOf(rule, run, run.paused ? this.asOfDay : Number.NaN);
    const dueMs = this.zone.endMs(due);
    const late: ClockStatus = rule.breach ? 'breached' : 'lapsed';
    let status: ClockStatus;
    let reason: ClockReason | undefined;
    if (run.end === END_STOP) {
      status = run.endMs <= dueMs ? 'met' : late;
    } else if (ended) {
      status = run.endMs <= dueMs ? 'not_applicable' : late;
      reason = run.end === END_CANCEL ? 'ended' : 'superseded';
    } else if (run.paused) {
      status = 'paused';
    } else {
      status = this.asOfMs > dueMs ? late : 'running';
    }

    // Used and left as of asOf, or as of the stop for a clock that ended.
    const ref = ended ? run.endDay : this.asOfDay;
    let used = this.unitsBetween(rule, run.day0, ref);
    if (run.pauses !== undefined) {
      for (const pause of run.pauses) {
        const to = Math.min(Number.isNaN(pause.toDay) ? ref : pause.toDay, ref);
        used -= this.unitsBetween(rule, pause.fromDay, to);
      }
    }

    const e = this.entry;
    e.warnDay = Number.NaN;
    e.warnMs = Number.NaN;
    e.warning = false;
    const open = status === 'running' || status === 'paused';
    const threshold =
      rule.warning ??
      (this.warningOption === undefined ? DEFAULT_WARNING : (this.warningOption ?? undefined));
    if (open && threshold !== undefined) {
      const warnDay = this.warningDay(rule, run, due, threshold);
      const warnMs = Math.max(run.startMs, this.zone.startMs(warnDay));
      e.warnDay = warnDay;
      e.warnMs = warnMs;
      e.warning = this.asOfMs >= warnMs;
    }

    const usesCalendar =
      rule.unit === UNIT_WORKING_DAYS ||
      rule.roll ||
      (open && threshold !== undefined && 'workingDaysBefore' in threshold);
    const last = Math.max(due, ref);
    if (usesCalendar && this.coverage === 'strict') this.wd.enforce(run.day0, last, this.coverage);
    e.rule = rule;
    e.run = run;
    e.cycle = run.cycle;
    e.runNo = run.run;
    e.unitId = run.unitId;
    e.status = status;
    e.reason = reason;
    e.due = due;
    e.dueMs = dueMs;
    e.used = used;
    e.left = this.unitsBetween(rule, ref, due);
    e.overdue = this.unitsBetween(rule, due, ref);
    e.provisional = usesCalendar && this.wd.touchesUncovered(run.day0, last);
    return e;
  }

  private warningDay(rule: CompiledRule, run: Run, due: number, threshold: WarningThreshold): number {
    if ('workingDaysBefore' in threshold) return this.wd.add(due, -threshold.workingDaysBefore);
    if ('calendarDaysBefore' in threshold) return due - threshold.calendarDaysBefore;
    if (rule.unit === UNIT_WORKING_DAYS || rule.unit === UNIT_CALENDAR_DAYS) {
      // The day on which ceil(f × limit) units are used is (limit − that) units before the due date.
      const remaining = rule.amount - Math.ceil(threshold.fraction * rule.amount);
      return rule.unit === UNIT_WORKING_DAYS ? this.wd.add(due, -remaining) : due - remaining;
    }
    const span = due - run.day0;
    return run.day0 + Math.ceil(threshold.fraction * span);
  }
}
