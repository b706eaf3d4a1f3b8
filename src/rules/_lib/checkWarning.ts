import { rulesText } from '../../i18n/errorMessages/rules.js';
import type { LocalizedText } from '../../i18n/types.js';

/** Reports a problem at a field and never returns (it throws the caller's error class). */
export type Fail = (field: string, value: unknown, expected: LocalizedText) => never;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Calls `fail` unless `threshold` is a valid warning threshold. Shared by `validatePolicy` and the
 * SLA engine, which checks its `warning` option the same way.
 */
export function checkWarning(threshold: unknown, field: string, fail: Fail): void {
  const expected = rulesText('warning_expected');
  if (!isRecord(threshold)) fail(field, threshold, expected);
  const keys = Object.keys(threshold);
  if (keys.length !== 1) fail(field, threshold, expected);
  const key = keys[0] as string;
  const value = threshold[key];
  if (key === 'workingDaysBefore' || key === 'calendarDaysBefore') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10_000) {
      fail(`${field}.${key}`, value, expected);
    }
    return;
  }
  if (key === 'fraction') {
    if (typeof value !== 'number' || !(value > 0 && value <= 1)) fail(`${field}.${key}`, value, expected);
    return;
  }
  fail(field, threshold, expected);
}
