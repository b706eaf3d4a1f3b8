import type { Aggregate, AuditResult } from './types.js';

/**
 * A new aggregate with one more audit result; the one passed in is not changed. For many results,
 * `createAggregator` adds in place. (Implementation in progress.)
 */
export function addToAggregate(aggregate: Aggregate, result: AuditResult): Aggregate {
  void aggregate;
  void result;
  throw new Error('addToAggregate: not implemented yet');
}
