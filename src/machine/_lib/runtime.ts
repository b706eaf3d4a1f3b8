import type { WorkingCalendar } from '../../calendar/types.js';
import { nationalCalendar } from '../../holidays/index.js';
import type { Policy } from '../../rules/types.js';
import { type ComplaintMachine, createComplaintMachine } from '../createComplaintMachine.js';
import { createDeadlineEngine } from '../createDeadlineEngine.js';
import type { DeadlineEngine } from '../types.js';

/** The policy and calendar a complaint is handled with. */
export interface RuntimeOptions {
  /** The policy the complaint was started with (its id is stored in the snapshot). */
  readonly policy: Policy;
  /** Default `nationalCalendar`. */
  readonly calendar?: WorkingCalendar;
}

export interface Runtime {
  readonly engine: DeadlineEngine;
  readonly machine: ComplaintMachine;
}

// Policies and calendars are frozen values that a host keeps for its lifetime: one machine per pair
// is built once and reused, and dropped with them.
const cache = new WeakMap<Policy, WeakMap<WorkingCalendar, Runtime>>();

/** The engine and machine for a policy and calendar, built once per pair. */
export function runtimeFor(options: RuntimeOptions): Runtime {
  const calendar = options.calendar ?? nationalCalendar;
  let byCalendar = cache.get(options.policy);
  if (byCalendar === undefined) {
    byCalendar = new WeakMap();
    cache.set(options.policy, byCalendar);
  }
  let runtime = byCalendar.get(calendar);
  if (runtime === undefined) {
    const engine = createDeadlineEngine(options.policy, calendar);
    runtime = Object.freeze({ engine, machine: createComplaintMachine(engine) });
    byCalendar.set(calendar, runtime);
  }
  return runtime;
}
