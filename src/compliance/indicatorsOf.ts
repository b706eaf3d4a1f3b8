import type { Aggregate, Indicators } from './types.js';

/** The performance indicators (`INDICATORS`) of an aggregate, for the total and each group. (In progress.) */
export function indicatorsOf(aggregate: Aggregate): Indicators {
  void aggregate;
  throw new Error('indicatorsOf: not implemented yet');
}
