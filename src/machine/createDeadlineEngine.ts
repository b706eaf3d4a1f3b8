import type { WorkingCalendar } from '../calendar/types.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { machineText } from '../i18n/errorMessages/machine.js';
import type { Policy } from '../rules/types.js';
import { runtimeFor } from './_lib/runtime.js';
import type { DeadlineEngine } from './types.js';

/** Options of `createDeadlineEngine`. */
export interface CreateDeadlineEngineOptions {
  /** The working-day calendar; default `nationalCalendar`. */
  readonly calendar?: WorkingCalendar;
}

/**
 * Binds the deadline engine (`evaluateSla`) to one policy and one calendar, for the machine.
 *
 * @param policy - the policy whose clocks govern the complaint, e.g. `uu25Policy` or a combination
 * @param options - `calendar`: the working-day calendar, default `nationalCalendar`
 * @returns a frozen `DeadlineEngine` whose `policyId` is `policy.id`
 * @example
 * ```ts
 * import { nationalCalendar, uu25Policy } from 'pengaduan';
 * import { createDeadlineEngine } from 'pengaduan/machine';
 * const engine = createDeadlineEngine(uu25Policy, { calendar: nationalCalendar });
 * engine.policyId;
 * //=> 'uu25-2009'
 * ```
 */
export function createDeadlineEngine(
  policy: Policy,
  options: CreateDeadlineEngineOptions = {},
): DeadlineEngine {
  // The same checks (and errors) as every other entry: a PolicyError or an InvalidArgumentError.
  const calendar = calendarOption(options);
  return runtimeFor(calendar === undefined ? { policy } : { policy, calendar }).engine;
}

/** The `calendar` option, read without trusting the options: an unreadable one is refused. */
function calendarOption(options: unknown): WorkingCalendar | undefined {
  if (options === undefined) return undefined;
  try {
    if (options !== null && typeof options === 'object') {
      return (options as CreateDeadlineEngineOptions).calendar;
    }
  } catch {
    // refused below
  }
  throw new InvalidArgumentError('invalid_argument', {
    argument: 'options',
    value: options,
    expected: machineText('engine_options_expected'),
  });
}
