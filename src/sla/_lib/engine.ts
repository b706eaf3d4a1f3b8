import { parseDayNumber } from '../../_lib/parseDayNumber.js';
import { parseInstant } from '../../_lib/parseInstant.js';
import { tentativeVariants } from '../../calendar/_lib/tentative.js';
import { type WorkingDays, workingDaysOf } from '../../calendar/_lib/workingDaysOf.js';
import type { CoverageMode, Instant } from '../../calendar/types.js';
import { CalendarTentativeError } from '../../errors/CalendarTentativeError.js';
import type { HistoryEvent, HistoryEventType } from '../../history/types.js';
import { slaText } from '../../i18n/errorMessages/sla.js';
import type { FieldCondition, Policy, WarningThreshold } from '../../rules/types.js';
import type { ClockReason, ClockStatus } from '../types.js';
import {
  type CompiledPolicy,
  type CompiledRule,
  compilePolicy,
  matchesWhere,
  NO_ROLES,
  type Roles,
  UNIT_CALENDAR_DAYS,
  UNIT_WORKING_DAYS,
  UNIT_YEARS,
  withRole,
} from './compilePolicy.js';
import { calendarOf, checkEngineOptions, DEFAULT_WARNING, type EngineOptions } from './engineOptions.js';
import { Entry, type Sink } from './entry.js';
import { DATE_EXPECTED, historyError, INSTANT_EXPECTED } from './historyError.js';
import { addMonths, wholeMonthsBetween } from './months.js';
import { RuleState } from './ruleState.js';
import { END_CANCEL, END_OPEN, END_STOP, END_SUPERSEDED, pauseAt, Run, type RunEnd } from './run.js';
import {
  addWorking,
  countWorking,
  enforceCoverageStrictly,
  isWorking,
  nearTentative,
  touchesUncovered,
} from './workingDayArithmetic.js';
import { type ZoneDays, zoneDaysOf } from './zoneDays.js';

const EMPTY: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({});

/** What an evaluation found besides its clocks; read it before the next evaluation. */
export interface EngineResult {
  readonly zone: ZoneDays;
  /** How many events were at or before `asOf`. */
  readonly considered: number;
}

function conditionHolds(condition: FieldCondition | undefined, value: unknown): boolean {
  if (condition === undefined) return true;
  const text = typeof value === 'string' ? value : undefined;
  if (condition.in !== undefined && (text === undefined || !condition.in.includes(text))) return false;
  if (condition.notIn !== undefined && text !== undefined && condition.notIn.includes(text)) return false;
  return true;
}

/**
 * Evaluates every clock of a policy over a complaint history as of an instant. The history is read
 * once, in order; each event is dispatched to the rules it concerns through the compiled policy;
 * day arithmetic runs on integer day numbers. The result is the engine itself, reused by the next
 * evaluation: read it before evaluating again.
 */
export function runEngine(
  history: readonly HistoryEvent[],
  policy: Policy,
  options: EngineOptions,
  sink: Sink,
): EngineResult {
  const zoneName = checkEngineOptions(options);
  const asOfMs = parseInstant(options.asOf, 'asOf');
  const compiled = compilePolicy(policy);
  const wd = workingDaysOf(calendarOf(options));
  const zone = zoneDaysOf(zoneName);
  const asOfDay = zone.dayOf(asOfMs);
  if (!Array.isArray(history)) {
    throw historyError(undefined, 'history', history, slaText('history_array_expected'));
  }
  // One engine per policy, reused: its rule states and runs are recycled, so that evaluating a history
  // allocates little besides the report. A nested evaluation (none happens today) gets its own. A new
  // engine per evaluation measured 1.48-1.63x (evaluateSla) and 1.73-1.85x (nextWakeUp).
  let engine = compiled.engine as Engine | undefined;
  if (engine === undefined || engine.busy) {
    engine = new Engine(compiled, zone);
    if (compiled.engine === undefined) compiled.engine = engine;
  }
  engine.busy = true;
  try {
    engine.reset(wd, zone, asOfMs, asOfDay, options.warning, options.coverage ?? 'provisional');
    engine.tentativeStrict = options.tentative === 'strict';
    engine.read(history);
    engine.evaluate(sink);
    return engine;
  } finally {
    engine.busy = false;
  }
}

class Engine implements EngineResult {
  busy = false;
  zone: ZoneDays;
  considered = 0;
  private wd!: WorkingDays;
  private asOfMs = 0;
  private asOfDay = 0;
  /** The threshold of rules without their own: the caller's, the default, or none. */
  private warningFallback: WarningThreshold | undefined = DEFAULT_WARNING;
  private strict = false;
  /** `{ tentative: 'strict' }`: refuse a clock that a tentative day's move would change. */
  tentativeStrict = false;
  // A rule's state is reset on its first event of an evaluation (`evaluation` tells which states this
  // evaluation has touched): most rules of a combined policy see few events of a history, and
  // untouched ones need no reset.
  private readonly states: RuleState[];
  private evaluation = 0;
  // Runs are recycled too: nothing outside the engine keeps them once the sink has read the entries.
  private readonly runPool: Run[] = [];
  private runsUsed = 0;
  private readonly entry: Entry;
  private submitted: Readonly<Record<string, unknown>> | undefined;
  // Which rules apply to the complaint (their `appliesTo`), known from its first submission event:
  // `inScope` by rule, and `skip` for the quiet rules out of scope, whose events need not be applied.
  private scopeKnown = false;
  private readonly inScope: boolean[];
  private readonly skip: boolean[];
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

  constructor(
    private readonly compiled: CompiledPolicy,
    zone: ZoneDays,
  ) {
    this.zone = zone;
    this.entry = new Entry(zone);
    this.states = compiled.rules.map((_, index) => new RuleState(index));
    this.inScope = compiled.rules.map(() => true);
    this.skip = compiled.rules.map(() => false);
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
    this.warningFallback = warningOption === undefined ? DEFAULT_WARNING : (warningOption ?? undefined);
    this.strict = coverage === 'strict';
    this.evaluation++;
    this.runsUsed = 0;
    this.submitted = undefined;
    this.scopeKnown = false;
    this.data = EMPTY;
    this.considered = 0;
    this.entry.zone = zone;
    this.entry.asOfMs = asOfMs;
  }

  /** Reads the history, checking every event, and counts those at or before `asOf`. */
  read(history: readonly HistoryEvent[]): void {
    let previous = Number.NEGATIVE_INFINITY;
    let considered = 0;
    const hooks = this.compiled.hooks;
    for (let i = 0; i < history.length; i++) {
      const event = history[i] as HistoryEvent | undefined;
      if (typeof event !== 'object' || event === null) {
        throw historyError(i, '', event, slaText('event_object_expected'));
      }
      // Every known type has an entry (empty for types no rule reacts to): one lookup checks and dispatches.
      const type = event.type;
      const concerned = typeof type === 'string' ? hooks[type] : undefined;
      if (concerned === undefined) {
        throw historyError(i, 'type', type, slaText('known_event_type_expected'));
      }
      const at = event.at;
      let ms: number;
      try {
        ms = parseInstant(at, 'at');
      } catch (error) {
        throw historyError(i, 'at', at, INSTANT_EXPECTED, error);
      }
      if (ms < previous) {
        throw historyError(i, 'at', at, slaText('event_in_time_order', { index: i - 1 }));
      }
      previous = ms;
      // Events after asOf are checked but not applied: the report is what was known at asOf.
      if (ms > this.asOfMs) continue;
      considered++;
      const raw = event.data;
      const data = (typeof raw === 'object' && raw !== null ? raw : EMPTY) as Readonly<
        Record<string, unknown>
      >;
      if (this.submitted === undefined && type === 'complaint.submitted') {
        this.submitted = data;
        this.scope(data);
      }
      if (concerned.length === 0) continue;
      this.index = i;
      this.at = at;
      this.ms = ms;
      this.day = this.zone.dayOf(ms);
      this.type = type;
      this.data = data;
      for (let h = 0; h < concerned.length; h++) {
        const hook = concerned[h]!;
        let roles = hook.roles;
        const conditional = hook.conditional;
        for (let m = 0; m < conditional.length; m++) {
          const matcher = conditional[m]!;
          if (matchesWhere(data, matcher.where)) roles = withRole(roles, matcher.role);
        }
        // An out-of-scope rule's clock is reported as such whatever its events did.
        if (roles !== NO_ROLES && !(this.scopeKnown && this.skip[hook.rule])) this.apply(hook.rule, roles);
      }
    }
    this.considered = considered;
  }

  private apply(ruleIndex: number, roles: Roles): void {
    const rule = this.compiled.rules[ruleIndex]!;
    const state = this.states[ruleIndex]!;
    if (state.evaluation !== this.evaluation) {
      state.reset();
      state.evaluation = this.evaluation;
    }
    if (roles.new_cycle) this.newCycle(rule, state);
    if (!rule.perUnit) {
      const run = state.open;
      if (run !== undefined) {
        this.act(state, run, roles);
      } else if (roles.start) {
        this.start(rule, state, undefined, roles);
      } else if (roles.cancel) {
        state.ended = true;
      }
      return;
    }
    const unitId = this.data.unitId;
    if (typeof unitId === 'string') {
      const run = state.openRunOf(unitId);
      if (roles.cancel && !roles.stop) state.deactivate(unitId);
      if (run !== undefined) {
        this.act(state, run, roles);
      } else if (roles.start) {
        state.activate(unitId);
        this.start(rule, state, unitId, roles);
      }
      return;
    }
    if (roles.start) {
      throw historyError(this.index, 'data.unitId', unitId, slaText('unit_id_expected'));
    }
    // An event without a unit (a withdrawal, a hold) concerns every unit's clock.
    if (state.openUnits.length === 0) {
      if (roles.cancel) state.ended = true;
      return;
    }
    // Over a copy: a stop or a cancellation removes the run from the list.
    for (const run of state.openUnits.slice()) this.act(state, run, roles);
  }

  private act(state: RuleState, run: Run, roles: Roles): void {
    if (roles.stop) {
      this.end(state, run, END_STOP);
    } else if (roles.cancel) {
      this.end(state, run, END_CANCEL);
    } else {
      if (roles.restart) this.restart(run);
      if (roles.pause) this.pause(run);
      else if (roles.resume) this.resume(run);
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
            ms = parseInstant(value, 'instant');
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

  /** Starts a run at the current event (and stops it there too when the event also stops it). */
  private start(rule: CompiledRule, state: RuleState, unitId: string | undefined, roles: Roles): void {
    if (!this.startOf(rule, false)) {
      state.noStartDate = true;
      return;
    }
    const run = this.open(state, unitId, this.startMs, this.startIso, this.startDay);
    if (roles.stop) this.end(state, run, END_STOP);
  }

  private open(state: RuleState, unitId: string | undefined, ms: number, iso: Instant, day: number): Run {
    let runNo: number;
    if (unitId === undefined) {
      runNo = ++state.runsInCycle;
    } else {
      runNo = state.nextRunOf(unitId);
    }
    let run = this.runPool[this.runsUsed];
    if (run === undefined) {
      run = new Run();
      this.runPool.push(run);
    }
    this.runsUsed++;
    run.begin(state.index, state.cycle, unitId, runNo, ms, iso, day);
    state.runs[state.runCount++] = run;
    if (unitId === undefined) {
      state.open = run;
    } else {
      state.openUnits.push(run);
    }
    return run;
  }

  private end(state: RuleState, run: Run, kind: RunEnd): void {
    if (run.paused) this.closePause(run);
    run.end = kind;
    run.endMs = this.ms;
    run.endIso = this.at;
    run.endDay = this.day;
    run.endType = this.type;
    if (run.unitId === undefined) state.open = undefined;
    else state.closeUnit(run.unitId);
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
    const pause = pauseAt(this.ms, this.at, this.day);
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
    run.pauses = run.paused ? [pauseAt(this.ms, this.at, this.day)] : undefined;
    run.due = Number.NaN;
  }

  private newCycle(rule: CompiledRule, state: RuleState): void {
    if (rule.cycleAtEvent === undefined) return;
    if (state.open !== undefined) this.end(state, state.open, END_SUPERSEDED);
    if (state.openUnits.length !== 0) {
      for (const run of state.openUnits.slice()) this.end(state, run, END_SUPERSEDED);
    }
    state.cycle++;
    state.newCycle();
    if (!rule.cycleAtEvent) return;
    if (!rule.perUnit) {
      this.open(state, undefined, this.ms, this.at, this.day);
      return;
    }
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
    const pauses = run.pauses;
    let due: number;
    if (rule.unit === UNIT_WORKING_DAYS || rule.unit === UNIT_CALENDAR_DAYS) {
      let cursor = run.day0;
      let remaining = rule.amount;
      if (pauses !== undefined) {
        for (let p = 0; p < pauses.length; p++) {
          const pause = pauses[p]!;
          const to = Number.isNaN(pause.toDay) ? resumeDay : pause.toDay;
          if (Number.isNaN(to)) continue;
          // Pauses are only recorded while the clock is within its limit, so `used <= remaining`.
          remaining -= this.unitsBetween(rule, cursor, pause.fromDay);
          cursor = Math.max(cursor, to);
        }
      }
      due = rule.unit === UNIT_WORKING_DAYS ? addWorking(this.wd, cursor, remaining) : cursor + remaining;
    } else {
      let shift = 0;
      if (pauses !== undefined) {
        for (let p = 0; p < pauses.length; p++) {
          const pause = pauses[p]!;
          const to = Number.isNaN(pause.toDay) ? resumeDay : pause.toDay;
          if (!Number.isNaN(to) && to > pause.fromDay) shift += to - pause.fromDay;
        }
      }
      due = addMonths(run.day0, rule.unit === UNIT_YEARS ? rule.amount * 12 : rule.amount) + shift;
    }
    if (rule.roll && !isWorking(this.wd, due)) due = addWorking(this.wd, due, 1);
    if (!run.paused) run.due = due;
    return due;
  }

  /** Units of the clock in `(from, to]`, for `from <= to`. */
  private unitsBetween(rule: CompiledRule, from: number, to: number): number {
    if (to <= from) return 0;
    if (rule.unit === UNIT_WORKING_DAYS) return countWorking(this.wd, from, to);
    if (rule.unit === UNIT_CALENDAR_DAYS) return to - from;
    const months = wholeMonthsBetween(from, to);
    return rule.unit === UNIT_YEARS ? Math.floor(months / 12) : months;
  }

  /** Which rules apply to a complaint submitted with this data (see `inScope` and `skip`). */
  private scope(submitted: Readonly<Record<string, unknown>>): void {
    const rules = this.compiled.rules;
    // The complaint's type and class, read for the first rule that needs them.
    let read = false;
    let complaintType: unknown;
    let classification: unknown;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if (rule.scoped && !read) {
        complaintType = submitted.complaintType;
        classification = submitted.classification;
        read = true;
      }
      const applies =
        !rule.scoped ||
        (conditionHolds(rule.typeCondition, complaintType) &&
          conditionHolds(rule.classCondition, classification));
      this.inScope[i] = applies;
      this.skip[i] = !applies && rule.quiet;
    }
    this.scopeKnown = true;
  }

  evaluate(sink: Sink): void {
    const rules = this.compiled.rules;
    const entry = this.entry;
    // Without a submission at or before asOf, the rules' scope is judged on no data at all.
    if (!this.scopeKnown) this.scope(EMPTY);
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const state = this.states[i]!;
      const applies = this.inScope[i]!;
      if (!applies) {
        sink.idle(entry, rule, 1, 'out_of_scope');
        continue;
      }
      if (state.evaluation !== this.evaluation) {
        sink.idle(entry, rule, 1, 'not_started');
        continue;
      }
      let currentCycleHasRun = false;
      for (let r = 0; r < state.runCount; r++) {
        const run = state.runs[r]!;
        sink.accept(this.evaluateTentative(rule, run));
        if (run.cycle === state.cycle) currentCycleHasRun = true;
      }
      if (!currentCycleHasRun) {
        const kind = state.noStartDate ? 'no_start_date' : state.ended ? 'ended' : 'not_started';
        sink.idle(entry, rule, state.cycle, kind);
      }
    }
  }

  /**
   * `evaluateRun`, and whether the clock as reported (status, due date, used, left, overdue, warning
   * and its instant) would differ if one tentative day moved one day earlier or later: a clock near a tentative day is evaluated again on each calendar with one such day moved
   * (the brute-force definition the calendar layer computes in closed form), then once more on the
   * real calendar, which restores the entry and the run's cached due day.
   */
  private evaluateTentative(rule: CompiledRule, run: Run): Entry {
    const e = this.evaluateRun(rule, run);
    if (!e.tentative) return e;
    const { status, due, used, left, overdue, warnMs, warning } = e;
    const real = this.wd;
    const days: string[] = [];
    try {
      for (const variant of tentativeVariants(real.calendar)) {
        if (days.includes(variant.date)) continue;
        this.wd = workingDaysOf(variant.calendar);
        this.evaluateRun(rule, run);
        const same =
          e.status === status &&
          e.due === due &&
          e.used === used &&
          e.left === left &&
          e.overdue === overdue &&
          e.warning === warning &&
          (e.warnMs === warnMs || (Number.isNaN(e.warnMs) && Number.isNaN(warnMs)));
        if (!same) days.push(variant.date);
      }
    } finally {
      this.wd = real;
    }
    this.evaluateRun(rule, run);
    e.tentative = days.length > 0;
    if (e.tentative && this.tentativeStrict) {
      const calendar = real.calendar;
      throw new CalendarTentativeError('calendar_tentative', {
        days: days.sort(),
        calendarId: calendar.id,
        dataVersion: calendar.dataVersion,
      });
    }
    return e;
  }

  private evaluateRun(rule: CompiledRule, run: Run): Entry {
    const e = this.entry;
    if (run.startMs > this.asOfMs) {
      // Day 0 read from the data lies after asOf (a response the complainant receives later).
      return e.begin(rule, run, run.cycle, 'not_started', undefined);
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
    e.name(rule, run, run.cycle, status, reason);

    // Used and left as of asOf, or as of the stop for a clock that ended.
    const ref = ended ? run.endDay : this.asOfDay;
    let used = this.unitsBetween(rule, run.day0, ref);
    const pauses = run.pauses;
    if (pauses !== undefined) {
      for (let p = 0; p < pauses.length; p++) {
        const pause = pauses[p]!;
        const to = Math.min(Number.isNaN(pause.toDay) ? ref : pause.toDay, ref);
        used -= this.unitsBetween(rule, pause.fromDay, to);
      }
    }

    const open = status === 'running' || status === 'paused';
    const threshold = open ? (rule.warning ?? this.warningFallback) : undefined;
    let warnDay = Number.NaN;
    let warnMs = Number.NaN;
    if (threshold !== undefined) {
      warnDay = this.warningDay(rule, run, due, threshold);
      warnMs = Math.max(run.startMs, this.zone.startMs(warnDay));
    }
    e.warnDay = warnDay;
    e.warnMs = warnMs;
    e.warning = this.asOfMs >= warnMs;

    // Provisional means "the due date (or the time used and left) depends on holiday data we lack":
    // only a clock counted in working days, or rolled to a working day, reads the calendar. A warning
    // counted in working days reads it too, but only the warning depends on it, so only the warning
    // is flagged (and strict mode does not refuse a certain due date for its reminder's sake).
    const dueUsesCalendar = rule.unit === UNIT_WORKING_DAYS || rule.roll;
    const last = Math.max(due, ref);
    if (dueUsesCalendar && this.strict) enforceCoverageStrictly(this.wd, run.day0, last);
    e.due = due;
    e.dueMs = dueMs;
    e.used = used;
    e.left = ref < due ? this.unitsBetween(rule, ref, due) : 0;
    e.overdue = due < ref ? this.unitsBetween(rule, due, ref) : 0;
    e.provisional = dueUsesCalendar && touchesUncovered(this.wd, run.day0, last);
    const warnUsesCalendar =
      threshold !== undefined &&
      ('workingDaysBefore' in threshold || ('fraction' in threshold && rule.unit === UNIT_WORKING_DAYS));
    e.warningProvisional =
      threshold !== undefined &&
      (e.provisional || (warnUsesCalendar && touchesUncovered(this.wd, Math.min(warnDay, due), due)));
    // A candidate only: evaluateTentative checks it on the calendars with a tentative day moved.
    e.tentative =
      (dueUsesCalendar || warnUsesCalendar) &&
      nearTentative(this.wd, Number.isNaN(warnDay) ? run.day0 : Math.min(run.day0, warnDay), last);
    return e;
  }

  private warningDay(rule: CompiledRule, run: Run, due: number, threshold: WarningThreshold): number {
    if ('workingDaysBefore' in threshold) return addWorking(this.wd, due, -threshold.workingDaysBefore);
    if ('calendarDaysBefore' in threshold) return due - threshold.calendarDaysBefore;
    if (rule.unit === UNIT_WORKING_DAYS || rule.unit === UNIT_CALENDAR_DAYS) {
      // The day on which ceil(f × limit) units are used is (limit − that) units before the due date.
      const remaining = rule.amount - Math.ceil(threshold.fraction * rule.amount);
      return rule.unit === UNIT_WORKING_DAYS ? addWorking(this.wd, due, -remaining) : due - remaining;
    }
    const span = due - run.day0;
    return run.day0 + Math.ceil(threshold.fraction * span);
  }
}
