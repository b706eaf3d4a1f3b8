import type { Aggregate, AuditResult, CreateAggregateOptions } from './types.js';

/** An accumulator that adds results in place (fast), and hands out the plain-JSON aggregate. */
export interface Aggregator {
  /** Adds one audit result. */
  add(result: AuditResult): void;
  /** Adds a whole aggregate (from another worker). */
  merge(aggregate: Aggregate): void;
  /** The aggregate so far, as a fresh plain-JSON value. */
  toJSON(): Aggregate;
}

/**
 * An empty aggregate. (Implementation in progress.)
 *
 * @param options - `groupBy`: `'unit'`, `'month'`, `'channel'`, `'classification'` or `'complaintType'`
 * @returns a plain-JSON aggregate with no complaints
 */
export function createAggregate(options: CreateAggregateOptions = {}): Aggregate {
  void options;
  throw new Error('createAggregate: not implemented yet');
}

/**
 * A mutable accumulator over a fresh (or given) aggregate. (Implementation in progress.)
 *
 * @param options - as for `createAggregate`, or an aggregate to continue from
 */
export function createAggregator(options: CreateAggregateOptions | Aggregate = {}): Aggregator {
  void options;
  throw new Error('createAggregator: not implemented yet');
}
