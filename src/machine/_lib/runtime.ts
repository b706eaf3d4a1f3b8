import type { AnyActorScope, AnyStateMachine } from 'xstate';
import type { Instant, WorkingCalendar } from '../../calendar/types.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { History } from '../../history/types.js';
import { nationalCalendar } from '../../holidays/index.js';
import { machineText } from '../../i18n/errorMessages/machine.js';
import { slaText } from '../../i18n/errorMessages/sla.js';
import type { Policy } from '../../rules/types.js';
import { validatePolicy } from '../../rules/validatePolicy.js';
import { evaluateSla, nextWakeUp } from '../../sla/index.js';
import type { SlaReport } from '../../sla/types.js';
import { type ComplaintMachine, createComplaintMachine } from '../createComplaintMachine.js';
import type { ComplaintContext, DeadlineEngine } from '../types.js';
import { inertScope } from './inertScope.js';

/** The policy and calendar a complaint is handled with. */
export interface RuntimeOptions {
  /** The policy the complaint was started with (its id is stored in the snapshot). */
  readonly policy: Policy;
  /**
   * The working calendar the deadlines are counted on: default `nationalCalendar`; pass the same
   * calendar on every call for a complaint (e.g. `withRegionalDays(nationalCalendar, …)`).
   */
  readonly calendar?: WorkingCalendar;
}

export interface Runtime {
  readonly engine: DeadlineEngine;
  readonly machine: ComplaintMachine;
  /**
   * One inert actor scope for every pure transition of the machine. xstate's `transition()` and
   * `initialTransition()` build a whole actor per call for it (and the machine's initial snapshot,
   * which throws without input) only to hand its no-op callbacks to the machine. The machine has no
   * children, delays or custom actions (every action is an `assign`), so nothing ever reaches the scope.
   */
  readonly scope: AnyActorScope;
  /**
   * The contexts whose deadlines this runtime's engine computed (so their report is
   * `engine.evaluate(history, deadlines.asOf, zone)` exactly), with what is known of the instant
   * before which no tick can find anything due: see `quiet.ts`.
   */
  readonly quiet: WeakMap<ComplaintContext, Instant | null | false | undefined>;
}

// Policies and calendars are frozen values that a host keeps for its lifetime: one machine per pair
// is built once and reused, and dropped with them.
const cache = new WeakMap<Policy, WeakMap<WorkingCalendar, Runtime>>();

/** The engine and machine for a policy and calendar, built once per pair. */
export function runtimeFor(options: RuntimeOptions): Runtime {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options',
      value: options,
      expected: machineText('machine_options_expected'),
    });
  }
  let policy: unknown;
  let givenCalendar: unknown;
  try {
    policy = options.policy;
    givenCalendar = options.calendar;
  } catch {
    // Options whose members throw when read (a hostile getter or proxy) are no options.
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options',
      value: options,
      expected: machineText('options_unreadable'),
    });
  }
  if (typeof policy !== 'object' || policy === null) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.policy',
      value: policy,
      expected: machineText('policy_expected'),
    });
  }
  const calendar: unknown = givenCalendar ?? nationalCalendar;
  if (typeof calendar !== 'object' || calendar === null || !hasZone(calendar)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.calendar',
      value: calendar,
      expected: slaText('sla_calendar_expected'),
    });
  }
  return runtimeOf(policy as Policy, calendar as WorkingCalendar);
}

/** Whether a calendar-like value names its zone; a value that throws when read (a hostile proxy) does not. */
function hasZone(calendar: object): boolean {
  try {
    return typeof (calendar as WorkingCalendar).zone === 'string';
  } catch {
    return false;
  }
}

function runtimeOf(policy: Policy, calendar: WorkingCalendar): Runtime {
  let byCalendar = cache.get(policy);
  if (byCalendar === undefined) {
    byCalendar = new WeakMap();
    cache.set(policy, byCalendar);
  }
  let runtime = byCalendar.get(calendar);
  if (runtime === undefined) {
    // Checked once per policy object: a policy that is not valid is refused here with its PolicyError.
    validatePolicy(policy);
    const engine = buildDeadlineEngine(policy, calendar);
    const machine = createComplaintMachine(engine);
    runtime = Object.freeze({
      engine,
      machine,
      scope: inertScope(machine as AnyStateMachine),
      quiet: new WeakMap(),
    });
    byCalendar.set(calendar, runtime);
  }
  return runtime;
}

/** The engine itself, for a policy and calendar already checked (see `runtimeFor`). */
function buildDeadlineEngine(policy: Policy, calendar: WorkingCalendar): DeadlineEngine {
  return Object.freeze({
    policyId: policy.id,
    calendar,
    evaluate(history: History, asOf: Instant, zone: string): SlaReport {
      return evaluateSla(history, policy, { calendar, asOf, zone });
    },
    nextWakeUp(history: History, asOf: Instant, zone: string): Instant | null {
      return nextWakeUp(history, policy, { calendar, asOf, zone });
    },
  });
}
