import { describe, expect, it } from 'vitest';
import { describeName, describeValue } from '../../src/_lib/describeValue.js';
import {
  CalendarCoverageError,
  CalendarDataError,
  InvalidArgumentError,
  InvalidHistoryError,
  PolicyError,
  uu25Policy,
  validatePolicy,
} from '../../src/index.js';

const HUGE = 'x'.repeat(2_000_000);

describe('errors quote what they were given, bounded', () => {
  it('keeps every message of an error built from a 2 MB value under 1 000 characters', () => {
    const errors = [
      new PolicyError('invalid_policy', {
        policyId: HUGE,
        ruleId: HUGE,
        field: HUGE,
        value: HUGE,
        expected: { id: 'x', en: 'x' },
      }),
      new InvalidHistoryError('invalid_history', {
        index: 1,
        field: HUGE,
        value: HUGE,
        expected: { id: 'x', en: 'x' },
      }),
      new CalendarDataError('calendar_data', { field: HUGE, problem: { id: 'x', en: 'x' }, entry: HUGE }),
      new InvalidArgumentError('invalid_argument', {
        argument: HUGE,
        value: HUGE,
        expected: { id: 'x', en: 'x' },
      }),
      new CalendarCoverageError('calendar_coverage', {
        years: Array.from({ length: 100_000 }, (_, i) => i),
        calendarId: HUGE,
        dataVersion: HUGE,
        coverage: { fromYear: 2018, toYear: 2026 },
      }),
    ];
    for (const error of errors) {
      expect(error.message.length, error.name).toBeLessThan(1000);
      expect(error.text.id.length, error.name).toBeLessThan(1000);
    }
  });

  it('refuses a policy with a 2 MB id with a short message', () => {
    let caught: unknown;
    try {
      validatePolicy({ ...uu25Policy, id: HUGE, rules: [{ ...uu25Policy.rules[0]!, id: `${HUGE}!` }] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PolicyError);
    expect((caught as Error).message.length).toBeLessThan(1000);
  });

  it('describes a bigint of a million digits in 40 characters', () => {
    expect(describeValue(10n ** 1_000_000n).length).toBeLessThanOrEqual(40);
    expect(describeValue(12n)).toBe('12');
  });

  it('escapes control characters in names', () => {
    expect(describeName('a\nb')).toBe('a\\nb');
  });
});
