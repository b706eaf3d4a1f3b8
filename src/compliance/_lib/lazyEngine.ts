import type { Instant } from '../../calendar/types.js';
import type { History } from '../../history/types.js';
import type { DeadlineEngine } from '../../machine/types.js';
import type { SlaReport } from '../../sla/types.js';

/**
 * A report computed on first use. The machine recomputes the deadlines into its context on every
 * event, but an audit replays a whole history and reads the deadlines once, as of `asOf`: a lazy
 * report keeps the replay as exact as the machine's own (every guard that reads a report gets the
 * real one) without paying for reports nobody reads.
 */
function lazyReport(compute: () => SlaReport): SlaReport {
  let real: SlaReport | undefined;
  const get = (): SlaReport => {
    real ??= compute();
    return real;
  };
  return new Proxy({} as SlaReport, {
    get: (_target, key) => Reflect.get(get(), key),
    has: (_target, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(get(), key);
      // A proxy may only report configurable properties its (empty) target does not have.
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
  });
}

/** The same engine, with reports computed only when something reads them. */
export function lazyEngine(engine: DeadlineEngine): DeadlineEngine {
  return Object.freeze({
    policyId: engine.policyId,
    calendar: engine.calendar,
    evaluate: (history: History, asOf: Instant, zone: string): SlaReport =>
      lazyReport(() => engine.evaluate(history, asOf, zone)),
    nextWakeUp: (history: History, asOf: Instant, zone: string): Instant | null =>
      engine.nextWakeUp(history, asOf, zone),
  });
}
