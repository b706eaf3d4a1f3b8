import { auditHistory } from '../compliance/auditHistory.js';
import type { AuditClock, AuditResult, Finding, FindingKind } from '../compliance/types.js';
import type { ActorRole } from '../history/types.js';
import {
  allowedEvents,
  type ComplaintEventType,
  type ComplaintSnapshot,
  EVENT_PERMISSIONS,
} from '../machine/index.js';
import type { Policy } from '../rules/types.js';
import type { ClockReport, SlaReport } from '../sla/types.js';
import type { ClockExpectation, ComplyOptions } from './types.js';

/** What a matcher receives as `this` (the part of vitest's and jest's matcher state used here). */
export interface MatcherContext {
  /** `true` under `expect(…).not`. */
  readonly isNot?: boolean;
}

/** What a matcher returns (vitest's and jest's `ExpectationResult`). */
export interface MatcherResult {
  /** Whether the expectation holds (before `.not` is applied). */
  readonly pass: boolean;
  /** The failure message, built only when needed. */
  readonly message: () => string;
  /** What was found, for the runner's diff; absent when there is nothing to compare. */
  readonly actual?: unknown;
  /** What was expected, for the runner's diff; absent with `actual`. */
  readonly expected?: unknown;
}

/**
 * The matchers as they appear on `expect(…)`, for module augmentation (`pengaduan/testing/vitest` does
 * it).
 */
export interface PengaduanMatchers<R = unknown> {
  /**
   * The history (or `AuditInput`) has no finding of severity medium or high under the policy as of
   * `asOf`.
   */
  toComplyWith(policy: Policy, options: ComplyOptions): R;
  /** The report, audit or snapshot has the clock (key or rule id) with this due date / status. */
  toHaveClock(clock: string, expected: ClockExpectation): R;
  /** The snapshot accepts an event of this type from this role now (`allowedEvents`). */
  toAllowEvent(type: ComplaintEventType, role: ActorRole): R;
  /** The audit has no findings (of the kind or kinds given). */
  toHaveNoFindings(kind?: FindingKind | readonly FindingKind[]): R;
}

function describeFinding(f: Finding): string {
  const { instrument, article } = f.source;
  const due = f.instants.dueDate === undefined ? '' : `, due ${f.instants.dueDate}`;
  const done =
    f.instants.doneAt !== undefined
      ? `, happened ${f.instants.doneAt}`
      : f.instants.missing
        ? ', not done'
        : '';
  const late = f.late === undefined ? '' : `, ${f.late.amount} ${f.late.unit.replace('_', ' ')} late`;
  const at = f.eventIndex === undefined ? '' : ` (event [${f.eventIndex}])`;
  const sanction =
    f.sanction === undefined ? '' : `; sanction ${f.sanction.source.instrument} ${f.sanction.source.article}`;
  return `  - ${f.kind} [${f.severity}] rule ${f.ruleId}, ${instrument} ${article}${due}${done}${late}${at}${sanction}\n    ${f.text.en}`;
}

function clocksOf(received: unknown): readonly (ClockReport | AuditClock)[] | undefined {
  if (typeof received !== 'object' || received === null) return undefined;
  const r = received as { clocks?: unknown; context?: { deadlines?: SlaReport } };
  if (Array.isArray(r.clocks)) return r.clocks as (ClockReport | AuditClock)[];
  if (Array.isArray(r.context?.deadlines?.clocks)) return r.context.deadlines.clocks;
  return undefined;
}

function kindsOf(kind: FindingKind | readonly FindingKind[] | undefined): readonly FindingKind[] | undefined {
  if (kind === undefined) return undefined;
  return typeof kind === 'string' ? [kind] : kind;
}

/**
 * Vitest (or jest) matchers for a portal's test suite: `expect.extend(pengaduanMatchers)`, or
 * `import 'pengaduan/testing/vitest'` which does it and adds the types. Failure messages name the
 * rule, the article, the due date and what happened, so they read without opening the library.
 *
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { pengaduanMatchers } from 'pengaduan/testing';
 *
 * const history = [{ type: 'complaint.submitted', at: '2025-03-03T09:00:00+07:00', actor: { role: 'complainant' }, data: {} }];
 * const result = pengaduanMatchers.toComplyWith.call({}, history, uu25Policy, { asOf: '2025-03-10T09:00:00+07:00' });
 * result.pass; //=> false
 * result.message().includes('missing_receipt [high] rule uu25.receipt, UU 25/2009 Pasal 44 ayat (1), due 2025-03-04, not done');
 * //=> true
 * ```
 */
export const pengaduanMatchers = {
  /**
   * The history (or `AuditInput`) has no finding of severity medium or high under the policy as of
   * `asOf`.
   */
  toComplyWith(
    this: MatcherContext,
    received: unknown,
    policy: Policy,
    options: ComplyOptions,
  ): MatcherResult {
    const audit = auditHistory(received, policy, options);
    const ignored = new Set<string>(options.ignore ?? []);
    const serious = audit.findings.filter(
      (f) => (f.severity === 'high' || f.severity === 'medium') && !ignored.has(f.kind),
    );
    const pass = serious.length === 0 && audit.error === undefined;
    return {
      pass,
      message: () =>
        pass
          ? `expected the history not to comply with ${policy.id} as of ${options.asOf}, but it has no finding of severity medium or high`
          : `expected the history to comply with ${policy.id} as of ${options.asOf}, but found ${serious.length}:\n${serious.map(describeFinding).join('\n')}${audit.error === undefined ? '' : `\n  error: ${audit.error.text.en}`}`,
      actual: serious.map((f) => f.kind),
      expected: [],
    };
  },

  /** The report, audit or snapshot has the clock (key or rule id) with this due date / status. */
  toHaveClock(
    this: MatcherContext,
    received: unknown,
    clock: string,
    expected: ClockExpectation,
  ): MatcherResult {
    const clocks = clocksOf(received);
    if (clocks === undefined) {
      return {
        pass: false,
        message: () =>
          'expected an SLA report, an audit result or a complaint snapshot (something with clocks)',
      };
    }
    const found = clocks.find((c) => c.key === clock) ?? clocks.find((c) => c.ruleId === clock);
    const actual =
      found === undefined ? undefined : { status: found.status, dueDate: found.dueDate, dueAt: found.dueAt };
    const pass =
      found !== undefined &&
      (expected.status === undefined || found.status === expected.status) &&
      (expected.dueDate === undefined || found.dueDate === expected.dueDate) &&
      (expected.dueAt === undefined || found.dueAt === expected.dueAt);
    const source =
      found !== undefined && 'source' in found
        ? ` (${(found as ClockReport).source.instrument} ${(found as ClockReport).source.article})`
        : '';
    return {
      pass,
      message: () =>
        found === undefined
          ? `expected a clock ${clock}; the clocks are: ${clocks.map((c) => c.key).join(', ') || 'none'}`
          : `expected clock ${found.key}${source} ${this.isNot ? 'not ' : ''}to have ${JSON.stringify(expected)}, but it is ${found.status}` +
            `${found.dueDate === undefined ? '' : `, due ${found.dueDate}`}` +
            `${found.stoppedAt === undefined ? '' : `, stopped ${found.stoppedAt}`}` +
            `${found.overdue === undefined ? '' : `, ${found.overdue} ${found.unit.replace('_', ' ')} overdue`}`,
      actual,
      expected,
    };
  },

  /** The snapshot accepts an event of this type from this role now (`allowedEvents`). */
  toAllowEvent(
    this: MatcherContext,
    received: unknown,
    type: ComplaintEventType,
    role: ActorRole,
  ): MatcherResult {
    const snapshot = received as ComplaintSnapshot;
    let allowed: readonly string[];
    try {
      allowed = allowedEvents(snapshot, role);
    } catch (error) {
      return {
        pass: false,
        message: () =>
          `expected a complaint snapshot: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    const pass = allowed.includes(type);
    const permission = EVENT_PERMISSIONS[type];
    const rule =
      permission === undefined
        ? ''
        : `\n  ${type} is sent by ${permission.roles.join(', ')} (${permission.source.instrument} ${permission.source.article})`;
    return {
      pass,
      message: () =>
        `expected the complaint in state ${snapshot.value} ${this.isNot ? 'to refuse' : 'to allow'} ${type} from ${role}; ` +
        `it allows ${role}: ${allowed.join(', ') || 'nothing'}${rule}`,
    };
  },

  /** The audit has no findings (of the kind or kinds given). */
  toHaveNoFindings(
    this: MatcherContext,
    received: unknown,
    kind?: FindingKind | readonly FindingKind[],
  ): MatcherResult {
    const audit = received as AuditResult;
    if (typeof audit !== 'object' || audit === null || !Array.isArray(audit.findings)) {
      return { pass: false, message: () => 'expected an audit result (from auditHistory)' };
    }
    const kinds = kindsOf(kind);
    const found = audit.findings.filter((f) => kinds === undefined || kinds.includes(f.kind));
    const what = kinds === undefined ? 'findings' : `findings of kind ${kinds.join(', ')}`;
    return {
      pass: found.length === 0,
      message: () =>
        found.length === 0
          ? `expected ${what}, but there are none`
          : `expected no ${what}, but found ${found.length}:\n${found.map(describeFinding).join('\n')}`,
      actual: found.map((f) => f.kind),
      expected: [],
    };
  },
};
