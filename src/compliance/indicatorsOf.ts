import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { complianceText } from '../i18n/errorMessages/compliance.js';
import { checkAggregate } from './_lib/checkAggregate.js';
import { BACKLOG_BUCKETS, INDICATORS } from './INDICATORS.js';
import type {
  Aggregate,
  DayHistogram,
  GroupTotals,
  IndicatorGroup,
  Indicators,
  IndicatorValue,
} from './types.js';

/**
 * The nearest-rank percentile of an exact histogram: the smallest whole number of days `d` such that
 * at least `ceil(p × n)` complaints took `d` days or fewer; `null` when the histogram is empty.
 *
 * @param histogram - whole days to counts, as in an aggregate (`{ "3": 12 }`: 12 complaints took 3 days)
 * @param p - the share, 0 < p ≤ 1 (0.5 for the median, 0.9 for the 90th percentile)
 * @returns the percentile in days, or `null`
 * Not public: the median and 90th-percentile indicators of `indicatorsOf` are computed with it.
 */
export function percentileOf(histogram: DayHistogram, p: number): number | null {
  if (typeof p !== 'number' || !(p > 0 && p <= 1)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'p',
      value: p,
      expected: complianceText('percentile_expected'),
    });
  }
  if (
    typeof histogram !== 'object' ||
    histogram === null ||
    Object.values(histogram).some((c) => !Number.isSafeInteger(c) || c < 0)
  ) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'histogram',
      value: histogram,
      expected: complianceText('histogram_expected'),
    });
  }
  const entries = Object.entries(histogram)
    .map(([days, count]) => [Number(days), count] as const)
    .sort((a, b) => a[0] - b[0]);
  const n = entries.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let seen = 0;
  for (const [days, count] of entries) {
    seen += count;
    if (seen >= rank) return days;
  }
  return entries[entries.length - 1]![0];
}

function ratio(id: string, numerator: number, denominator: number): IndicatorValue {
  return { id, value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

function valuesOf(t: GroupTotals): IndicatorValue[] {
  const value = (id: string, v: number | null): IndicatorValue => ({ id, value: v });
  const escalated = Object.values(t.escalations).reduce((a, b) => a + b, 0);
  const ratings = Object.entries(t.ratings);
  const ratingCount = ratings.reduce((a, [, c]) => a + c, 0);
  const ratingSum = ratings.reduce((a, [score, c]) => a + Number(score) * c, 0);
  const backlog = BACKLOG_BUCKETS.map(([from, to]) => {
    let n = 0;
    for (const [days, count] of Object.entries(t.backlogAge)) {
      const d = Number(days);
      if (d >= from && (to === null || d <= to)) n += count;
    }
    return n;
  });
  const byId = new Map<string, IndicatorValue>([
    ['received', value('received', t.received)],
    ['followed_up', value('followed_up', t.followedUp)],
    ['follow_up_rate', ratio('follow_up_rate', t.followedUp, t.received)],
    ['completed', value('completed', t.completed)],
    ['completion_rate', ratio('completion_rate', t.completed, t.received)],
    ['in_process', value('in_process', t.open)],
    [
      'first_response_median_days',
      value('first_response_median_days', percentileOf(t.firstResponseDays, 0.5)),
    ],
    ['first_response_p90_days', value('first_response_p90_days', percentileOf(t.firstResponseDays, 0.9))],
    [
      'first_response_median_working_days',
      value('first_response_median_working_days', percentileOf(t.firstResponseWorkingDays, 0.5)),
    ],
    [
      'first_response_p90_working_days',
      value('first_response_p90_working_days', percentileOf(t.firstResponseWorkingDays, 0.9)),
    ],
    ['decision_median_days', value('decision_median_days', percentileOf(t.decisionDays, 0.5))],
    ['decision_p90_days', value('decision_p90_days', percentileOf(t.decisionDays, 0.9))],
    [
      'decision_median_working_days',
      value('decision_median_working_days', percentileOf(t.decisionWorkingDays, 0.5)),
    ],
    [
      'decision_p90_working_days',
      value('decision_p90_working_days', percentileOf(t.decisionWorkingDays, 0.9)),
    ],
    ['deemed_withdrawn', value('deemed_withdrawn', t.deemedWithdrawn)],
    ['reopen_rate', ratio('reopen_rate', t.reopened, t.decided)],
    ['escalated', value('escalated', escalated)],
    ['escalated_ombudsman', value('escalated_ombudsman', t.escalations.ombudsman ?? 0)],
    ['dispositioned_to_apip', value('dispositioned_to_apip', t.dispositionedToApip)],
    [
      'satisfaction_rate',
      ratio('satisfaction_rate', t.feedback.accept, t.feedback.accept + t.feedback.dispute),
    ],
    ['rating_mean', value('rating_mean', ratingCount === 0 ? null : ratingSum / ratingCount)],
    ['compliance_rate', ratio('compliance_rate', t.compliant, t.audited)],
  ]);
  INDICATORS.filter((d) => d.id.startsWith('backlog_')).forEach((d, i) => {
    byId.set(d.id, value(d.id, backlog[i] ?? 0));
  });
  const out: IndicatorValue[] = [];
  for (const definition of INDICATORS) {
    if (definition.perClock) {
      for (const [ruleId, tally] of Object.entries(t.clocks)) {
        out.push({ ...ratio(definition.id, tally.met, tally.met + tally.breached), ruleId });
      }
    } else {
      const v = byId.get(definition.id);
      if (v !== undefined) out.push(v);
    }
  }
  return out;
}

function groupOf(key: string, totals: GroupTotals): IndicatorGroup {
  return { key, values: valuesOf(totals) };
}

/**
 * The performance indicators (`INDICATORS`) of an aggregate, for the total (key `'*'`) and each
 * group, in the order of `INDICATORS` (the per-clock on-time rate once per clock rule). A rate or a
 * percentile without data is `null`, never 0.
 *
 * @param aggregate - from `createAggregator(…).toJSON()` / `mergeAggregates`, or its JSON
 * @returns the indicators
 * @throws InvalidArgumentError for a malformed aggregate
 * @example
 * ```ts
 * import { createAggregator, indicatorsOf } from 'pengaduan/compliance';
 * const none = indicatorsOf(createAggregator().toJSON());
 * none.total.values.find((v) => v.id === 'completion_rate')?.value; //=> null
 * ```
 */
export function indicatorsOf(aggregate: Aggregate): Indicators {
  checkAggregate(aggregate, 'aggregate');
  return {
    asOf: aggregate.asOf,
    policyId: aggregate.policyId,
    groupBy: aggregate.groupBy,
    total: groupOf('*', aggregate.total),
    groups: Object.entries(aggregate.groups).map(([key, totals]) => groupOf(key, totals)),
  };
}
