import type { Instant, WorkingCalendar } from '../calendar/types.js';
import type { FindingKind } from '../compliance/types.js';
import type { ActorRole, HistoryEvent } from '../history/types.js';
import type { Policy } from '../rules/types.js';
import type { ClockStatus } from '../sla/types.js';

/** Options of the `toComplyWith` matcher. */
export interface ComplyOptions {
  /** The instant the history is audited as of. */
  readonly asOf: Instant;
  /** The working calendar; `nationalCalendar` when absent. */
  readonly calendar?: WorkingCalendar;
  /** The handling unit's IANA zone; the calendar's when absent. */
  readonly zone?: string;
  /**
   * Finding kinds to tolerate (e.g. `['late_filing']`); by default any finding of severity medium or
   * high fails.
   */
  readonly ignore?: readonly FindingKind[];
}

/** What `toHaveClock` checks: any subset of due date, due instant and status. */
export interface ClockExpectation {
  /** The expected due date, `YYYY-MM-DD`; not checked when absent. */
  readonly dueDate?: string;
  /** The expected due instant; not checked when absent. */
  readonly dueAt?: Instant;
  /** The expected status; not checked when absent. */
  readonly status?: ClockStatus;
}

/**
 * The presets a vector may name: `uu25Policy`, `sp4nLaporPolicy`, both, `tieredLocalPolicy`,
 * `ombudsmanPolicy`.
 */
export type VectorPolicyName = 'uu25' | 'sp4n' | 'uu25+sp4n' | 'tiered' | 'ombudsman';

/** One expected clock of a conformance vector. */
export interface VectorClock {
  /** The rule the clock runs. */
  readonly ruleId: string;
  /** The clock's key when it differs from the rule id (per unit, cycles). */
  readonly key?: string;
  /** The status a conforming system reports as of the vector's `asOf`. */
  readonly status: ClockStatus;
  /** The due date, `YYYY-MM-DD`, where the clock has one. */
  readonly dueDate?: string;
}

/** One expected finding of a conformance vector. */
export interface VectorFinding {
  /** The finding's kind. */
  readonly kind: FindingKind;
  /** The rule it breaks. */
  readonly ruleId: string;
  /**
   * How late, in the rule's own unit (the audit's `late.amount`); absent when the finding has no
   * lateness.
   */
  readonly lateBy?: number;
}

/**
 * A conformance vector: a history, the policy preset it is judged by, an instant, and the clocks and
 * findings a conforming system must report, worked out by hand from the law (see `reasoning`).
 */
export interface ConformanceVector {
  /** Unique among the vectors, e.g. `'uu25-late-response'`. */
  readonly id: string;
  /** What the vector tests, in Bahasa Indonesia and English. */
  readonly title: {
    /** The title in Bahasa Indonesia. */
    readonly id: string;
    /** The title in English. */
    readonly en: string;
  };
  /** How the expectation was worked out: the articles and the day count. */
  readonly reasoning: string;
  /** The preset, with its defaults (`VECTOR_POLICIES`). */
  readonly policy: VectorPolicyName;
  /** The handling unit's IANA zone; the calendar's when absent. */
  readonly zone?: string;
  /** The instant the deadlines and findings are judged as of. */
  readonly asOf: Instant;
  /** The events, oldest first; the first is `complaint.submitted`. */
  readonly history: readonly HistoryEvent[];
  /** What a conforming system reports. */
  readonly expected: {
    /** The lifecycle state after the history; not checked when absent. */
    readonly state?: string;
    /** Positions of the events a conforming system refuses. */
    readonly refused?: readonly number[];
    /** The clocks expected as of `asOf`. */
    readonly clocks: readonly VectorClock[];
    /** The findings an audit as of `asOf` must give, exactly. */
    readonly findings: readonly VectorFinding[];
  };
}

/** The deadlines a host's system reports for one complaint (what the runner compares). */
export interface HostDeadline {
  /** The rule the deadline belongs to. */
  readonly ruleId: string;
  /** The clock's key, where the host keeps one clock per unit or cycle. */
  readonly key?: string;
  /** The clock's status, if the host reports one. */
  readonly status?: ClockStatus;
  /** The due date, `YYYY-MM-DD`, if the host reports one. */
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
  /** The vector that failed. */
  readonly vectorId: string;
  /** What was checked, e.g. `'event [2] complaint.received was refused'`. */
  readonly what: string;
  /** What a conforming system reports. */
  readonly expected: unknown;
  /** What the host's system reported. */
  readonly actual: unknown;
}

/** What `runConformance` returns. */
export interface ConformanceReport {
  /** The ids of the vectors that passed. */
  readonly passed: readonly string[];
  /** The vectors that failed, each with every failing check. */
  readonly failed: readonly {
    /** The vector that failed. */
    readonly vectorId: string;
    /** Every failing check of the vector. */
    readonly failures: readonly ConformanceFailure[];
  }[];
}

/** One step of a test plan: the event to send, with its instant. */
export interface TestPlanStep {
  /** The event to send: a history event, or a timer tick. */
  readonly event:
    | HistoryEvent
    | {
        /** `'sla.tick'`: a timer tick, no history event. */
        readonly type: 'sla.tick';
        /** The tick's instant. */
        readonly at: Instant;
      };
  /** The state the complaint is in after the step. */
  readonly state: string;
}

/** A path through the lifecycle: the events (with times) that lead from submission to `target`. */
export interface TestPlan {
  /** Unique among the plans. */
  readonly id: string;
  /** Whether the plan reaches a state, or covers one transition. */
  readonly kind: 'reach_state' | 'cover_transition';
  /** The state the plan ends in. */
  readonly target: string;
  /** The events in order, the submission first. */
  readonly steps: readonly TestPlanStep[];
}

/** Options of `createTestPlans`. */
export interface CreateTestPlansOptions {
  /** The policy the complaint runs under; `uu25Policy` when absent. */
  readonly policy?: Policy;
  /** The working calendar; `nationalCalendar` when absent. */
  readonly calendar?: WorkingCalendar;
  /**
   * The instant of the submission; later events are spaced in days from it. Default
   * 2025-03-03T09:00:00+07:00.
   */
  readonly start?: Instant;
}

export type { ActorRole };
