import type { WorkingCalendar } from '../calendar/types.js';
import type { Policy } from '../rules/types.js';
import { runtimeFor } from './_lib/runtime.js';
import type { DeadlineEngine } from './types.js';

/**
 * Binds the deadline engine (`evaluateSla`) to one policy and one calendar, for the machine.
 *
 * @param policy - the policy whose clocks govern the complaint, e.g. `uu25Policy` or a combination
 * @param calendar - the working-day calendar, e.g. `nationalCalendar`
 * @returns a frozen `DeadlineEngine` whose `policyId` is `policy.id`
 * @example
 * ```ts
 * import { nationalCalendar, uu25Policy } from 'pengaduan';
 * import { createDeadlineEngine } from 'pengaduan/machine';
 * const engine = createDeadlineEngine(uu25Policy, nationalCalendar);
 * engine.policyId;
 * //=> 'uu25-2009'
 * ```
 */
export function createDeadlineEngine(policy: Policy, calendar: WorkingCalendar): DeadlineEngine {
  // The same checks (and errors) as every other entry: a PolicyError or an InvalidArgumentError.
  return runtimeFor({ policy, calendar }).engine;
}
