import { HISTORY_EVENT_TYPES, type HistoryEventType } from '../../history/types.js';
import { isUnchangeablyValid } from '../../rules/_lib/unchangeablyValid.js';
import type {
  ClockRule,
  EventMatcher,
  FieldCondition,
  LimitUnit,
  Policy,
  StartSelector,
  WarningThreshold,
} from '../../rules/types.js';
import { validatePolicy } from '../../rules/validatePolicy.js';
import type { ClockReport } from '../types.js';

/** What an event does to a rule's clock; one event may do several things (start and stop). */
export type Role = 'start' | 'stop' | 'cancel' | 'pause' | 'resume' | 'restart' | 'new_cycle';

/** The roles an event plays for a rule, one flag per role: every set has this one object shape. */
export type Roles = Readonly<Record<Role, boolean>>;

/** No role: the roles of a hook whose every matcher has a condition, until one holds. */
export const NO_ROLES: Roles = {
  start: false,
  stop: false,
  cancel: false,
  pause: false,
  resume: false,
  restart: false,
  new_cycle: false,
};

/** `roles` and `role` too, as a new set (the spread keeps the keys' order, and so the shape). */
export function withRole(roles: Roles, role: Role): Roles {
  return roles[role] ? roles : { ...roles, [role]: true };
}

export const UNIT_CALENDAR_DAYS = 0;
export const UNIT_WORKING_DAYS = 1;
const UNIT_MONTHS = 2;
export const UNIT_YEARS = 3;
const UNIT_CODES = {
  calendar_days: UNIT_CALENDAR_DAYS,
  working_days: UNIT_WORKING_DAYS,
  months: UNIT_MONTHS,
  years: UNIT_YEARS,
} as const;

/**
 * Why a clock has no run to report: not started, or not applicable because the complaint is out of
 * the rule's scope, the rule's start date is missing, or the clock ended before its current cycle.
 */
export type IdleKind = 'not_started' | 'out_of_scope' | 'no_start_date' | 'ended';

type Where = Readonly<Record<string, string | readonly string[]>>;

interface Matcher {
  readonly role: Role;
  readonly where: Where | undefined;
}

/** A rule that an event type concerns, with the roles it can play for it. */
export interface Hook {
  readonly rule: number;
  /** Roles that need no condition on the event's data (`NO_ROLES` for none). */
  readonly roles: Roles;
  /** Roles that do, checked per event. */
  readonly conditional: readonly Matcher[];
}

export interface CompiledRule {
  readonly index: number;
  readonly rule: ClockRule;
  // What every report of the rule repeats, read from one object shape: the rules of a policy have
  // different shapes (optional fields), and reading them per clock would be a polymorphic lookup.
  readonly id: string;
  readonly title: ClockRule['title'];
  readonly dutyOf: ClockRule['dutyOf'];
  readonly onLapse: ClockRule['onLapse'];
  readonly source: ClockRule['source'];
  readonly amount: number;
  /**
   * The limit's unit as a code (`UNIT_…`) rather than its name, because it is compared several times
   * per clock: the names measured 1.00-1.05x (evaluateSla) and 1.06-1.12x (nextWakeUp) in three of
   * five interleaved runs, 2 December 2026 (docs/performance.md, "The engine's data").
   */
  readonly unit: number;
  readonly limitUnit: LimitUnit;
  readonly perUnit: boolean;
  readonly startsAt: StartSelector | undefined;
  /** Calendar-day, month and year due dates on a non-working day roll to the next working day. */
  readonly roll: boolean;
  readonly breach: boolean;
  /** `undefined` without `newCycle`; otherwise whether the cycle event itself starts the new run. */
  readonly cycleAtEvent: boolean | undefined;
  readonly warning: WarningThreshold | undefined;
  /** Whether the rule has an `appliesTo`, and its two conditions (one object shape for every rule). */
  readonly scoped: boolean;
  /**
   * Whether an event can reach the rule without any chance of an error: no unit id to check, no
   * date to read from the event's data, no due date to compute for a pause or a restart. The engine
   * skips such a rule's events once the complaint is known to be outside its `appliesTo`.
   */
  readonly quiet: boolean;
  readonly typeCondition: FieldCondition | undefined;
  readonly classCondition: FieldCondition | undefined;
  /**
   * Reports of clocks without a run (not started, not applicable) are the same for every history:
   * built once per rule, kind and cycle (the list is indexed by cycle), and shared (they are frozen);
   * see buildReport.ts.
   */
  readonly idleReports: Readonly<Record<IdleKind, (ClockReport | undefined)[]>>;
}

export interface CompiledPolicy {
  readonly policy: Policy;
  readonly rules: readonly CompiledRule[];
  /**
   * By event type, every type of `HISTORY_EVENT_TYPES`: the rules it concerns (an empty list for none),
   * so that one lookup both checks a type and dispatches it. An object without a prototype, so that
   * no inherited name (`toString`, `__proto__`) is a type.
   */
  readonly hooks: Readonly<Record<string, readonly Hook[] | undefined>>;
  /** The engine last used with this policy, reused by the next evaluation (see engine.ts). */
  engine: unknown;
}

const cache = new WeakMap<Policy, CompiledPolicy>();

function add(
  table: Map<string, Map<number, { roles: Roles; conditional: Matcher[] }>>,
  rule: number,
  role: Role,
  matchers: readonly EventMatcher[] | undefined,
): void {
  for (const matcher of matchers ?? []) {
    const type: HistoryEventType = typeof matcher === 'string' ? matcher : matcher.type;
    let byRule = table.get(type);
    if (byRule === undefined) {
      byRule = new Map();
      table.set(type, byRule);
    }
    let entry = byRule.get(rule);
    if (entry === undefined) {
      entry = { roles: NO_ROLES, conditional: [] };
      byRule.set(rule, entry);
    }
    if (typeof matcher === 'string') entry.roles = withRole(entry.roles, role);
    else entry.conditional.push({ role, where: matcher.where });
  }
}

/**
 * The policy turned into a table from event type to the rules it concerns, validated once and cached
 * for as long as the policy object lives, when it cannot change (frozen all the way down).
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached !== undefined) return cached;
  validatePolicy(policy);
  const table = new Map<string, Map<number, { roles: Roles; conditional: Matcher[] }>>();
  const rules = policy.rules.map((rule, index): CompiledRule => {
    add(table, index, 'start', rule.startOn);
    add(table, index, 'stop', rule.stopOn);
    add(table, index, 'cancel', rule.cancelOn);
    add(table, index, 'restart', rule.restartOn);
    add(table, index, 'pause', rule.pause?.on);
    add(table, index, 'resume', rule.pause?.resumeOn);
    add(table, index, 'new_cycle', rule.newCycle?.on);
    const unit = UNIT_CODES[rule.limit.unit];
    return {
      index,
      rule,
      id: rule.id,
      title: rule.title,
      dutyOf: rule.dutyOf,
      onLapse: rule.onLapse,
      source: rule.source,
      limitUnit: rule.limit.unit,
      amount: rule.limit.amount,
      unit,
      perUnit: rule.scope === 'per_unit',
      startsAt: rule.startsAt,
      roll: unit !== UNIT_WORKING_DAYS && rule.nonWorkingDueDate === 'next_working_day',
      breach: rule.onLapse.kind === 'breach',
      cycleAtEvent: rule.newCycle === undefined ? undefined : rule.newCycle.startAt === 'cycle_event',
      warning: rule.warning,
      scoped: rule.appliesTo !== undefined,
      quiet:
        rule.scope !== 'per_unit' &&
        rule.startsAt === undefined &&
        rule.pause === undefined &&
        (rule.restartOn === undefined || rule.restartOn.length === 0),
      typeCondition: rule.appliesTo?.complaintType,
      classCondition: rule.appliesTo?.classification,
      idleReports: { not_started: [], out_of_scope: [], no_start_date: [], ended: [] },
    };
  });
  const hooks: Record<string, readonly Hook[]> = Object.create(null);
  for (const type of HISTORY_EVENT_TYPES) {
    const byRule = table.get(type);
    hooks[type] =
      byRule === undefined
        ? []
        : [...byRule].map(([rule, entry]) => ({ rule, roles: entry.roles, conditional: entry.conditional }));
  }
  const compiled: CompiledPolicy = { policy, rules, hooks, engine: undefined };
  // Only policies that cannot change are cached (frozen all the way down, the rule `validatePolicy`
  // remembers them by): a rule object left mutable could change after it was compiled.
  if (isUnchangeablyValid(policy)) cache.set(policy, compiled);
  return compiled;
}

/** Whether an event's data satisfies a matcher's conditions. */
export function matchesWhere(data: Readonly<Record<string, unknown>>, where: Where | undefined): boolean {
  if (where === undefined) return true;
  for (const key in where) {
    const expected = where[key];
    const actual = data[key];
    if (typeof expected === 'string') {
      if (actual !== expected) return false;
    } else if (typeof actual !== 'string' || !(expected as readonly string[]).includes(actual)) {
      return false;
    }
  }
  return true;
}
