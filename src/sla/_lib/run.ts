import type { Instant } from '../../calendar/types.js';
import type { HistoryEventType } from '../../history/types.js';

/**
 * How a run ended: not yet, by a stop event, by a cancellation, or by a new cycle. Numbers, not
 * names (`'open' | 'stopped' | …`): the names measured up to 2% (evaluateSla) and 6% (nextWakeUp)
 * slower in two of three interleaved runs, 2 December 2026 (docs/performance.md, "The engine's data").
 */
export const END_OPEN = 0;
export const END_STOP = 1;
export const END_CANCEL = 2;
export const END_SUPERSEDED = 3;
export type RunEnd = typeof END_OPEN | typeof END_STOP | typeof END_CANCEL | typeof END_SUPERSEDED;

/** A pause of a run, from the event that paused it to the one that resumed it. */
export interface Pause {
  readonly fromMs: number;
  readonly fromIso: Instant;
  readonly fromDay: number;
  /** `NaN` while the pause is going on. */
  toMs: number;
  toIso: Instant | undefined;
  toDay: number;
}

export function pauseAt(ms: number, iso: Instant, day: number): Pause {
  return { fromMs: ms, fromIso: iso, fromDay: day, toMs: Number.NaN, toIso: undefined, toDay: Number.NaN };
}

/**
 * One run of a clock: from a start (or a new cycle) to a stop, a cancellation or now. Runs are
 * recycled from one evaluation to the next; {@link Run.begin} sets every field, so a reused run
 * keeps nothing of its past. Pooled, not a fresh object literal per run: fresh runs (referenced
 * from the engine's long-lived rule states) measured 1.33x (evaluateSla) and 1.50x (nextWakeUp).
 */
export class Run {
  /** Index of the rule in the compiled policy. */
  declare rule: number;
  declare cycle: number;
  declare unitId: string | undefined;
  declare run: number;
  declare startMs: number;
  declare startIso: Instant;
  declare day0: number;
  declare restartedFrom: Instant[] | undefined;
  declare pauses: Pause[] | undefined;
  declare paused: boolean;
  declare end: RunEnd;
  declare endMs: number;
  declare endIso: Instant | undefined;
  declare endDay: number;
  declare endType: HistoryEventType | undefined;
  /** Cached due day while not paused; `NaN` when it must be recomputed. */
  declare due: number;

  constructor() {
    this.begin(0, 1, undefined, 1, 0, '', 0);
  }

  begin(
    rule: number,
    cycle: number,
    unitId: string | undefined,
    run: number,
    startMs: number,
    startIso: Instant,
    day0: number,
  ): void {
    this.rule = rule;
    this.cycle = cycle;
    this.unitId = unitId;
    this.run = run;
    this.startMs = startMs;
    this.startIso = startIso;
    this.day0 = day0;
    this.restartedFrom = undefined;
    this.pauses = undefined;
    this.paused = false;
    this.end = END_OPEN;
    this.endMs = Number.NaN;
    this.endIso = undefined;
    this.endDay = Number.NaN;
    this.endType = undefined;
    this.due = Number.NaN;
  }
}
