import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { complianceText } from '../../i18n/errorMessages/compliance.js';
import type { Aggregate, AuditResult, GroupBy, GroupTotals } from '../types.js';
import { COUNTERS, MAPS, TALLY_KEYS } from './totals.js';

export const GROUP_BYS: readonly GroupBy[] = ['unit', 'month', 'channel', 'classification', 'complaintType'];

const count = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const record = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function totalsOk(t: unknown): t is GroupTotals {
  if (!record(t)) return false;
  if (!COUNTERS.every((k) => count(t[k]))) return false;
  if (!MAPS.every((k) => record(t[k]) && Object.values(t[k] as object).every(count))) return false;
  if (!record(t.feedback) || !count(t.feedback.accept) || !count(t.feedback.dispute)) return false;
  if (!record(t.clocks)) return false;
  return Object.values(t.clocks).every((c) => record(c) && TALLY_KEYS.every((k) => count(c[k])));
}

const EXPECTED = complianceText('aggregate_expected');

/** Throws `InvalidArgumentError` unless `value` is a well-formed aggregate (it may come from another process). */
export function checkAggregate(value: unknown, argument: string): asserts value is Aggregate {
  const ok =
    record(value) &&
    value.kind === 'pengaduan.aggregate' &&
    value.version === 1 &&
    (value.groupBy === null || GROUP_BYS.includes(value.groupBy as GroupBy)) &&
    (value.asOf === null || typeof value.asOf === 'string') &&
    (value.policyId === null || typeof value.policyId === 'string') &&
    totalsOk(value.total) &&
    record(value.groups) &&
    Object.values(value.groups).every(totalsOk);
  if (!ok) throw new InvalidArgumentError('invalid_argument', { argument, value, expected: EXPECTED });
}

/** Throws `InvalidArgumentError` unless `value` looks like an `AuditResult`. */
export function checkResult(value: unknown): asserts value is AuditResult {
  const ok =
    record(value) &&
    typeof value.asOf === 'string' &&
    typeof value.policyId === 'string' &&
    Array.isArray(value.findings) &&
    Array.isArray(value.clocks) &&
    record(value.facts) &&
    Array.isArray(value.facts.units) &&
    Array.isArray(value.facts.escalatedTo);
  if (!ok) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'result',
      value,
      expected: complianceText('audit_result_expected'),
    });
  }
}

/** The same `asOf` and policy, or refused: figures as of different instants do not add up. */
export function sameBasis(
  a: { asOf: string | null; policyId: string | null },
  b: { asOf: string | null; policyId: string | null },
  argument: string,
): void {
  for (const key of ['asOf', 'policyId'] as const) {
    if (a[key] !== null && b[key] !== null && a[key] !== b[key]) {
      throw new InvalidArgumentError('invalid_argument', {
        argument,
        value: b[key],
        expected: complianceText('aggregate_basis_differs', { key, value: a[key] }),
        field: key,
      });
    }
  }
}
