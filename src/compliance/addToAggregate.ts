import { createAggregator } from './createAggregate.js';
import type { Aggregate, AuditResult } from './types.js';

/**
 * A new aggregate with one more audit result; the one passed in is not changed. It copies the
 * aggregate: for many results, `createAggregator` adds in place.
 *
 * @param aggregate - from `createAggregate`, `addToAggregate`, `mergeAggregates` or JSON
 * @param result - an `auditHistory` result with the same `asOf` and policy as the aggregate's
 * @returns the new aggregate
 * @throws InvalidArgumentError for a malformed aggregate or result, or another `asOf` or policy
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { addToAggregate, auditHistory, createAggregate } from 'pengaduan/compliance';
 *
 * const audit = auditHistory(
 *   [{ type: 'complaint.submitted', at: '2025-03-03T09:00:00+07:00', actor: { role: 'complainant' }, data: {} }],
 *   uu25Policy,
 *   { asOf: '2025-03-20T09:00:00+07:00' },
 * );
 * const aggregate = addToAggregate(createAggregate(), audit);
 * aggregate.total.received; //=> 1
 * aggregate.total.findings; //=> { late_response: 1, missing_receipt: 1 }
 * ```
 */
export function addToAggregate(aggregate: Aggregate, result: AuditResult): Aggregate {
  const aggregator = createAggregator(aggregate);
  aggregator.add(result);
  return aggregator.toJSON();
}
