import type { Instant } from '../calendar/types.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { HistoryEvent, HistoryEventOf } from '../history/types.js';
import { nationalCalendar } from '../holidays/index.js';
import { testingText } from '../i18n/errorMessages/testing.js';
import { type ComplaintSnapshot, safeApplyEvent, startComplaint } from '../machine/index.js';
import { evaluateSla } from '../sla/evaluateSla.js';
import { CONFORMANCE_VECTORS } from './CONFORMANCE_VECTORS.js';
import type {
  ConformanceAdapter,
  ConformanceFailure,
  ConformanceReport,
  ConformanceVector,
  HostDeadline,
} from './types.js';
import { policyOfVector } from './vectorPolicy.js';

/** Options of `runConformance`. */
export interface RunConformanceOptions {
  /** The vectors to run; default every vector shipped (`CONFORMANCE_VECTORS`). */
  readonly vectors?: readonly ConformanceVector[];
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 300)}`;
  return String(error).slice(0, 300);
}

function isRefusal(outcome: unknown): boolean {
  return (
    typeof outcome === 'object' && outcome !== null && (outcome as { refused?: unknown }).refused === true
  );
}

async function runVector(
  adapter: ConformanceAdapter,
  vector: ConformanceVector,
): Promise<ConformanceFailure[]> {
  const failures: ConformanceFailure[] = [];
  const fail = (what: string, expected: unknown, actual: unknown) =>
    failures.push({ vectorId: vector.id, what, expected, actual });
  const [first, ...rest] = vector.history;
  let handle: unknown;
  try {
    handle = await adapter.submit(first as HistoryEvent, vector);
  } catch (error) {
    fail('submit threw', 'the submission accepted', describeError(error));
    return failures;
  }
  const refused = new Set(vector.expected.refused ?? []);
  for (const [k, event] of rest.entries()) {
    const index = k + 1;
    let wasRefused: boolean;
    try {
      wasRefused = isRefusal(await adapter.act(handle, event, vector));
    } catch {
      wasRefused = true;
    }
    if (wasRefused && !refused.has(index))
      fail(`event [${index}] ${event.type} was refused`, 'accepted', 'refused');
    if (!wasRefused && refused.has(index))
      fail(`event [${index}] ${event.type} was accepted`, 'refused', 'accepted');
  }
  let deadlines: readonly HostDeadline[];
  try {
    deadlines = await adapter.deadlines(handle, vector.asOf, vector);
  } catch (error) {
    fail('deadlines threw', 'the deadlines', describeError(error));
    return failures;
  }
  for (const clock of vector.expected.clocks) {
    const found =
      clock.key === undefined
        ? (deadlines.find(
            (d) => d.ruleId === clock.ruleId && (d.key === undefined || d.key === clock.ruleId),
          ) ?? deadlines.find((d) => d.ruleId === clock.ruleId))
        : deadlines.find((d) => d.key === clock.key);
    const name = clock.key ?? clock.ruleId;
    if (found === undefined) {
      fail(`clock ${name} missing`, clock, undefined);
      continue;
    }
    if (clock.dueDate !== undefined && found.dueDate !== clock.dueDate) {
      fail(`clock ${name}: due date`, clock.dueDate, found.dueDate);
    }
    if (found.status !== undefined && found.status !== clock.status) {
      fail(`clock ${name}: status`, clock.status, found.status);
    }
  }
  if (vector.expected.state !== undefined && adapter.state !== undefined) {
    try {
      const state = await adapter.state(handle, vector);
      if (state !== undefined && state !== vector.expected.state) fail('state', vector.expected.state, state);
    } catch (error) {
      fail('state threw', vector.expected.state, describeError(error));
    }
  }
  return failures;
}

/**
 * Runs conformance vectors against a host's own system through an adapter: submits each vector's
 * first event, applies the others, reads the deadlines as of the vector's `asOf`, and compares the
 * events refused, each expected clock's due date and status, and the state. Vectors run one after
 * another; an adapter that throws fails that vector only.
 *
 * @param adapter - how to drive the host's system (`submit`, `act`, `deadlines`, optional `state`)
 * @param options - `vectors` (default all of `CONFORMANCE_VECTORS`)
 * @returns the ids that passed and, for each that failed, what differed
 * @throws InvalidArgumentError when the adapter lacks `submit`, `act` or `deadlines`
 * @example
 * ```ts
 * import { createReferenceAdapter, runConformance } from 'pengaduan/testing';
 *
 * const report = await runConformance(createReferenceAdapter());
 * report.failed; //=> []
 * report.passed.includes('sp4n-forwarding-over-lebaran'); //=> true
 * ```
 */
export async function runConformance(
  adapter: ConformanceAdapter,
  options: RunConformanceOptions = {},
): Promise<ConformanceReport> {
  const ok =
    typeof adapter === 'object' &&
    adapter !== null &&
    typeof adapter.submit === 'function' &&
    typeof adapter.act === 'function' &&
    typeof adapter.deadlines === 'function';
  if (!ok) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'adapter',
      value: adapter,
      expected: testingText('conformance_adapter_expected'),
    });
  }
  const passed: string[] = [];
  const failed: { vectorId: string; failures: readonly ConformanceFailure[] }[] = [];
  for (const vector of options.vectors ?? CONFORMANCE_VECTORS) {
    const failures = await runVector(adapter, vector);
    if (failures.length === 0) passed.push(vector.id);
    else failed.push({ vectorId: vector.id, failures });
  }
  return { passed, failed };
}

interface Handle {
  snapshot: ComplaintSnapshot;
}

/**
 * The adapter for this library's own machine (`startComplaint`, `safeApplyEvent`, `evaluateSla`):
 * the reference a host's adapter is compared with, and an example of writing one.
 *
 * @returns an adapter for `runConformance`
 * @example
 * ```ts
 * import { createReferenceAdapter } from 'pengaduan/testing';
 * typeof createReferenceAdapter().deadlines; //=> 'function'
 * ```
 */
export function createReferenceAdapter(): ConformanceAdapter {
  const options = (vector: ConformanceVector) => ({
    policy: policyOfVector(vector.policy),
    calendar: nationalCalendar,
    ...(vector.zone === undefined ? {} : { zone: vector.zone }),
  });
  return {
    submit(event: HistoryEvent, vector: ConformanceVector): Handle {
      return {
        snapshot: startComplaint(event as HistoryEventOf<'complaint.submitted'>, options(vector)).snapshot,
      };
    },
    act(handle: unknown, event: HistoryEvent, vector: ConformanceVector) {
      const h = handle as Handle;
      const result = safeApplyEvent(h.snapshot, event, options(vector));
      if (!result.success) return { refused: true };
      h.snapshot = result.snapshot;
      return { refused: false };
    },
    deadlines(handle: unknown, asOf: Instant, vector: ConformanceVector): readonly HostDeadline[] {
      const { history, zone } = (handle as Handle).snapshot.context;
      const report = evaluateSla(history, policyOfVector(vector.policy), {
        calendar: nationalCalendar,
        asOf,
        zone,
      });
      return report.clocks.map((c) => ({
        ruleId: c.ruleId,
        key: c.key,
        status: c.status,
        ...(c.dueDate === undefined ? {} : { dueDate: c.dueDate }),
      }));
    },
    state(handle: unknown): string {
      return (handle as Handle).snapshot.value;
    },
  };
}
