import type { Instant } from '../../calendar/types.js';
import type { ComplaintContext } from '../types.js';
import { anythingDueInReport } from './due.js';
import { lastEventAt } from './facts.js';
import { compareInstants } from './instants.js';
import type { Runtime } from './runtime.js';

/*
 * When a tick can be skipped. A tick at T (the host's, or the catch-up before a person's event at T)
 * records something only when something is due at T: a breach not yet recorded, a lapse, an
 * auto-close, a reminder not yet sent. The report kept in the context is the engine's as of
 * `deadlines.asOf` (A). If nothing is due in it, and the engine's next wake-up after A (W, the first
 * instant at which some clock starts, crosses its warning threshold or falls due) is after T, every
 * clock is at T as it was at A, so nothing is due at T either and the tick changes nothing. Both
 * facts are known without evaluating anything for a context this runtime has just built (the call
 * that built it computed W as its `wakeUpAt`), and cost one `nextWakeUp` for a restored one; a context
 * from anywhere else (another calendar, a copy) is never assumed quiet. test/machine/quiet.property.test.ts
 * checks that skipping gives exactly what running the tick gives.
 */

/** Whether the context's report is as of its last event or later, with nothing due in it. */
function nothingDue(context: ComplaintContext): boolean {
  const { deadlines, history } = context;
  const last = lastEventAt(history);
  if (deadlines.asOf !== last && compareInstants(deadlines.asOf, last) < 0) return false;
  return !anythingDueInReport(deadlines, context);
}

/**
 * Registers a context whose deadlines this runtime's engine has just computed (as of
 * `deadlines.asOf`), with `wakeUp = engine.nextWakeUp(history, deadlines.asOf, zone)` when the caller
 * has it already.
 */
export function computedHere(runtime: Runtime, context: ComplaintContext, wakeUp?: Instant | null): void {
  runtime.quiet.set(context, wakeUp === undefined ? undefined : nothingDue(context) && wakeUp);
}

/** Whether this runtime's engine computed the context's deadlines (see `computedHere`). */
export function isComputedHere(runtime: Runtime, context: ComplaintContext): boolean {
  return runtime.quiet.has(context);
}

/** Whether a tick at `at` provably finds nothing due for the context (so it can be skipped). */
export function isQuietAt(runtime: Runtime, context: ComplaintContext, at: Instant): boolean {
  if (!runtime.quiet.has(context)) return false;
  let until = runtime.quiet.get(context);
  if (until === undefined) {
    until =
      nothingDue(context) && runtime.engine.nextWakeUp(context.history, context.deadlines.asOf, context.zone);
    runtime.quiet.set(context, until);
  }
  return until === null || (until !== false && compareInstants(at, until) < 0);
}
