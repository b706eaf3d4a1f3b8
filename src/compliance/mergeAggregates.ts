import type { Aggregate } from './types.js';

/**
 * Merges aggregates computed separately (workers, processes, machines) into the aggregate one pass
 * would give. (Implementation in progress.)
 *
 * @throws InvalidArgumentError when they were built with another `groupBy`, `asOf` or policy
 */
export function mergeAggregates(a: Aggregate, b: Aggregate): Aggregate {
  void a;
  void b;
  throw new Error('mergeAggregates: not implemented yet');
}
