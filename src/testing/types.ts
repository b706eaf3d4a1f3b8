import type { Instant, WorkingCalendar } from '../calendar/types.js';
import type { FindingKind } from '../compliance/types.js';
import type { ActorRole, HistoryEvent } from '../history/types.js';
import type { Policy } from '../rules/types.js';
import type { ClockStatus } from '../sla/types.js';

/** Options of the `toComplyWith` matcher. */
export interface ComplyOptions {
  readonly asOf: Instant;
  readonly calendar?: WorkingCalendar;
  readonly zone?: string;
  /** Finding kinds to tolerate (e.g. `['late_filing']`); by default any finding of severity medium or high fails. */
  readonly ignore?: readonly FindingKind[];
}

/** What `toHaveClock` checks: any subset of due date, due instant and status. */
export interface ClockExpectation {
  readonly dueDate?: string;
  readonly dueAt?: Instant;
  readonly status?: ClockStatus;
}

/** The presets a vector may name: `uu25Policy`, `sp4nLaporPolicy`, both, `tieredLocalPolicy`, `ombudsmanPolicy`. */
export type VectorPolicyName = 'uu25' | 'sp4n' | 'uu25+sp4n' | 'tiered' | 'ombudsman';

/** One expected clock of a conformance vector. */
export interface VectorClock {
  readonly ruleId: string;
  /** The clock's key when it differs from the rule id (per unit, cycles). */
  readonly key?: string;
  readonly status: ClockStatus;
  readonly dueDate?: string;
}

/** One expected finding of a conformance vector. */
export interface VectorFinding {
  readonly kind: FindingKind;
  readonly ruleId: string;
  readonly lateBy?: number;
}

/**
 * A conformance vector: a history, the policy preset it is judged by, an instant, and the clocks and
 * findings a conforming system must report, worked out by hand from the law (see `reasoning`).
 */
export interface ConformanceVector {
  readonly id: string;
  readonly title: { readonly id: string; readonly en: string };
  /** How the expectation was worked out: the articles and the day count. */
  readonly reasoning: string;
  /** The preset, with its defaults (`VECTOR_POLICIES`). */
  readonly policy: VectorPolicyName;
  readonly zone?: string;
  readonly asOf: Instant;
  readonly history: readonly HistoryEvent[];
  readonly expected: {
    readonly state?: string;
    /** Positions of the events a conforming system refuses. */
    readonly refused?: readonly number[];
    readonly clocks: readonly VectorClock[];
    readonly findings: readonly VectorFinding[];
  };
}

/** The deadlines a host's system reports for one complaint (what the runner compares). */
export interface HostDeadline {
  readonly ruleId: string;
  readonly key?: string;
  readonly status?: ClockStatus;
  readonly dueDate?: string;
}

/**
 * How the conformance runner drives a host's own system: submit a complaint, apply each later event,
 * and read the deadlines as of an instant. Any method may be async.
 */
export interface ConformanceAdapter {
  /** Starts a complaint from its `complaint.submitted` event; returns the host's handle for it. */
  submit(event: HistoryEvent, vector: ConformanceVector): unknown;
  /** Applies one later event; a refusal may be thrown or returned as `{ refused: true }`. */
  act(handle: unknown, event: HistoryEvent, vector: ConformanceVector): unknown;
  /** The deadlines as of an instant. */
  deadlines(
    handle: unknown,
    asOf: Instant,
    vector: ConformanceVector,
  ): readonly HostDeadline[] | Promise<readonly HostDeadline[]>;
  /** The lifecycle state, if the host can say (compared with `expected.state` when both exist). */
  state?(handle: unknown, vector: ConformanceVector): string | undefined | Promise<string | undefined>;
}

/** One failing check of a vector. */
export interface ConformanceFailure {
  readonly vectorId: string;
  readonly what: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** What `runConformance` returns. */
export interface ConformanceReport {
  readonly passed: readonly string[];
  readonly failed: readonly { readonly vectorId: string; readonly failures: readonly ConformanceFailure[] }[];
}

/** One step of a test plan: the event to send, with its instant. */
export interface TestPlanStep {
  readonly event: HistoryEvent | { readonly type: 'sla.tick'; readonly at: Instant };
  /** The state the complaint is in after the step. */
  readonly state: string;
}

/** A path through the lifecycle: the events (with times) that lead from submission to `target`. */
export interface TestPlan {
  readonly id: string;
  readonly kind: 'reach_state' | 'cover_transition';
  readonly target: string;
  readonly steps: readonly TestPlanStep[];
}

/** Options of `createTestPlans`. */
export interface CreateTestPlansOptions {
  readonly policy?: Policy;
  readonly calendar?: WorkingCalendar;
  /** The instant of the submission; later events are spaced in days from it. Default 2025-03-03T09:00:00+07:00. */
  readonly start?: Instant;
}

export type { ActorRole };
