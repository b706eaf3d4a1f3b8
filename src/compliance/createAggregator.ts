import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { complianceText } from '../i18n/errorMessages/compliance.js';
import { checkAggregate, checkResult, GROUP_BYS, sameBasis } from './_lib/checkAggregate.js';
import { addResult, addTotals, emptyTotals, freezeTotals, type MutableTotals } from './_lib/totals.js';
import type { Aggregate, AuditResult, CreateAggregateOptions, GroupBy } from './types.js';

/** An accumulator that adds results in place (fast), and hands out the plain-JSON aggregate. */
export interface Aggregator {
  /** Adds one audit result. */
  add(result: AuditResult): void;
  /** Adds a whole aggregate (from another worker) built with the same `groupBy`. */
  merge(aggregate: Aggregate): void;
  /** The aggregate so far, as a fresh, frozen plain-JSON value. */
  toJSON(): Aggregate;
}

/** The key a complaint is counted under for each grouping; a value the record lacks is `'unknown'`. */
function keysOf(result: AuditResult, groupBy: GroupBy): readonly string[] {
  const { facts } = result;
  switch (groupBy) {
    case 'unit':
      return facts.units.length === 0 ? ['unknown'] : facts.units;
    case 'month':
      return [facts.month ?? 'unknown'];
    case 'channel':
      return [facts.channel ?? 'unknown'];
    case 'classification':
      return [facts.classification ?? 'unknown'];
    case 'complaintType':
      return [facts.complaintType ?? 'unknown'];
  }
}

function checkGroupBy(groupBy: unknown): GroupBy | null {
  if (groupBy === undefined || groupBy === null) return null;
  if (GROUP_BYS.includes(groupBy as GroupBy)) return groupBy as GroupBy;
  throw new InvalidArgumentError('invalid_argument', {
    argument: 'groupBy',
    value: groupBy,
    expected: complianceText('group_by_expected', { allowed: GROUP_BYS.join(', ') }),
  });
}

class MutableAggregate implements Aggregator {
  readonly groupBy: GroupBy | null;
  asOf: string | null = null;
  policyId: string | null = null;
  readonly total: MutableTotals = emptyTotals();
  readonly groups = new Map<string, MutableTotals>();

  constructor(groupBy: GroupBy | null) {
    this.groupBy = groupBy;
  }

  private group(key: string): MutableTotals {
    let totals = this.groups.get(key);
    if (totals === undefined) {
      totals = emptyTotals();
      this.groups.set(key, totals);
    }
    return totals;
  }

  add(result: AuditResult): void {
    checkResult(result);
    sameBasis(this, result, 'result');
    this.asOf ??= result.asOf;
    this.policyId ??= result.policyId;
    addResult(this.total, result);
    if (this.groupBy !== null) {
      for (const key of keysOf(result, this.groupBy)) addResult(this.group(key), result);
    }
  }

  merge(aggregate: Aggregate): void {
    checkAggregate(aggregate, 'aggregate');
    if (aggregate.groupBy !== this.groupBy) {
      throw new InvalidArgumentError('invalid_argument', {
        argument: 'aggregate',
        value: aggregate.groupBy,
        expected: complianceText('aggregate_grouped_otherwise', {
          groupBy: String(aggregate.groupBy),
          expectedGroupBy: String(this.groupBy),
        }),
      });
    }
    sameBasis(this, aggregate, 'aggregate');
    this.asOf ??= aggregate.asOf;
    this.policyId ??= aggregate.policyId;
    addTotals(this.total, aggregate.total);
    for (const [key, totals] of Object.entries(aggregate.groups)) addTotals(this.group(key), totals);
  }

  toJSON(): Aggregate {
    const groups: Record<string, ReturnType<typeof freezeTotals>> = {};
    for (const key of [...this.groups.keys()].sort()) groups[key] = freezeTotals(this.groups.get(key)!);
    return Object.freeze({
      kind: 'pengaduan.aggregate',
      version: 1,
      groupBy: this.groupBy,
      asOf: this.asOf,
      policyId: this.policyId,
      total: freezeTotals(this.total),
      groups: Object.freeze(groups),
    });
  }
}

/**
 * A mutable accumulator for many results: `add` each audit result, `merge` partial aggregates,
 * `toJSON()` the aggregate (plain JSON, to send to workers and merge with `mergeAggregates`). Every
 * figure in an aggregate is a whole count, and the times (to first response, to decision, backlog
 * age) are exact histograms of whole days, so merged aggregates give exactly the figures and
 * percentiles of one pass, in any split and any order. `createAggregator().toJSON()` is an empty
 * aggregate.
 *
 * @param options - `{ groupBy }`, or an aggregate to continue from (it is copied, never changed)
 * @returns the accumulator
 * @throws InvalidArgumentError for an unknown `groupBy` or a malformed aggregate
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { auditHistory, createAggregator } from 'pengaduan/compliance';
 *
 * const aggregator = createAggregator({ groupBy: 'complaintType' });
 * aggregator.add(
 *   auditHistory(
 *     [{ type: 'complaint.submitted', at: '2025-03-03T09:00:00+07:00', actor: { role: 'complainant' }, data: { complaintType: 'pengaduan' } }],
 *     uu25Policy,
 *     { asOf: '2025-03-04T09:00:00+07:00' },
 *   ),
 * );
 * Object.keys(aggregator.toJSON().groups); //=> ['pengaduan']
 * ```
 */
export function createAggregator(options: CreateAggregateOptions | Aggregate = {}): Aggregator {
  if (typeof options === 'object' && options !== null && (options as { kind?: unknown }).kind !== undefined) {
    const from = options as Aggregate;
    checkAggregate(from, 'options');
    const aggregator = new MutableAggregate(from.groupBy);
    aggregator.merge(from);
    return aggregator;
  }
  const groupBy =
    typeof options === 'object' && options !== null ? (options as CreateAggregateOptions).groupBy : undefined;
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options',
      value: options,
      expected: complianceText('group_by_or_aggregate_expected'),
    });
  }
  return new MutableAggregate(checkGroupBy(groupBy));
}
