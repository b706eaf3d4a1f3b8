import type { Policy } from '../rules/types.js';
import type { AuditOptions, AuditResult } from './types.js';

/**
 * Audits one complaint's history against a policy as of an instant. (Implementation in progress.)
 *
 * @param input - a history (array of events) or `{ id, history, channel, unitId, … }` (`AuditInput`), any JSON value
 * @param policy - the policy the complaint was handled under, e.g. `combinePolicies([uu25Policy, sp4nLaporPolicy])`
 * @param options - `asOf`, calendar, zone, locale
 * @returns the findings, clocks, facts and state; a bad history gives findings, never a throw
 * @throws InvalidArgumentError / PolicyError / InvalidDateError for a bad policy or options
 */
export function auditHistory(input: unknown, policy: Policy, options: AuditOptions): AuditResult {
  void input;
  void policy;
  void options;
  throw new Error('auditHistory: not implemented yet');
}
