import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { complianceText } from '../i18n/errorMessages/compliance.js';
import { checkAggregate } from './_lib/checkAggregate.js';
import { createAggregator } from './createAggregator.js';
import type { Aggregate } from './types.js';

/**
 * Merges aggregates computed separately (worker threads, processes, machines) into the aggregate
 * one pass over all their histories would give: every figure is a count or an exact histogram, so
 * the merge is a sum, in any order and any grouping of the parts.
 *
 * @param a - an aggregate
 * @param b - another, with the same `groupBy` (and `asOf` and policy, when both have results)
 * @returns the merged aggregate; neither input is changed
 * @throws InvalidArgumentError for a malformed aggregate, another `groupBy`, `asOf` or policy
 * @example
 * ```ts
 * import { createAggregator, mergeAggregates } from 'pengaduan/compliance';
 * mergeAggregates(createAggregator().toJSON(), createAggregator().toJSON()).total.audited; //=> 0
 * ```
 */
export function mergeAggregates(a: Aggregate, b: Aggregate): Aggregate {
  checkAggregate(a, 'a');
  checkAggregate(b, 'b');
  if (a.groupBy !== b.groupBy) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'b',
      value: b.groupBy,
      expected: complianceText('aggregate_grouped_otherwise', {
        groupBy: String(b.groupBy),
        expectedGroupBy: String(a.groupBy),
      }),
    });
  }
  const aggregator = createAggregator(a);
  aggregator.merge(b);
  return aggregator.toJSON();
}
