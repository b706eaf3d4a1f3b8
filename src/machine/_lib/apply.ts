import { canonicalJson } from '../../_lib/canonicalJson.js';
import { isValidZone } from '../../_lib/zones.js';
import { RevisionConflictError } from '../../errors/RevisionConflictError.js';
import type { RefusalReason } from '../../errors/TransitionRefusedError.js';
import { TransitionRefusedError } from '../../errors/TransitionRefusedError.js';
import type { ActorRole, HistoryEvent } from '../../history/types.js';
import { machineText } from '../../i18n/errorMessages/machine.js';
import type { Locale, LocalizedText } from '../../i18n/types.js';
import { ActorRoleSchema, safeParseHistoryEvent } from '../../schema/index.js';
import { mayRoleSend } from '../permissions.js';
import type {
  ApplyResult,
  ComplaintContext,
  ComplaintEvent,
  ComplaintSnapshot,
  ComplaintState,
} from '../types.js';
import { allowedEventTypes } from './allowed.js';
import { dueAsOf, remindersFor, type Watch } from './due.js';
import { effectsOf } from './effects.js';
import { fromEnvelope, type MachineSnapshot, toEnvelope } from './envelope.js';
import { hasEventId, lastEventAt } from './facts.js';
import { unwrapGuardErrors } from './guardErrors.js';
import { CHECKS, isValidationGuard, type Refusal } from './guards.js';
import { instantMs, laterInstant } from './instants.js';
import { eventLabel, refusalNames, roleLabel, stateLabel } from './labels.js';
import { computedHere, isComputedHere, isQuietAt } from './quiet.js';
import type { Runtime } from './runtime.js';
import { usableSnapshot } from './snapshotShape.js';
import { transitionShapes } from './structure.js';

/** Internal switches of one application. */
export interface ApplyMode {
  readonly locale: Locale;
  /** Record what fell due before a person's event at its instant, before the event (default on). */
  readonly catchUp: boolean;
  /**
   * Skip a tick (the catch-up, or the host's) that provably finds nothing due (see `quiet.ts`), and
   * reuse the stored report where it is the one needed; default on. Off only in the test that checks
   * both ways give the same result.
   */
  readonly shortcuts?: boolean;
  /** When given (the key is present), the snapshot's revision must equal it. */
  readonly expectedRevision?: unknown;
}

export type ApplyOutcome =
  | { readonly ok: true; readonly result: ApplyResult }
  | { readonly ok: false; readonly error: TransitionRefusedError | RevisionConflictError };

/** The internal mode of one public call from its options (`locale`, `expectedRevision`). */
export function modeOf(options: {
  readonly locale?: unknown;
  readonly expectedRevision?: unknown;
}): ApplyMode {
  const locale = options.locale === 'en' ? 'en' : 'id';
  return options.expectedRevision === undefined
    ? { locale, catchUp: true }
    : { locale, catchUp: true, expectedRevision: options.expectedRevision };
}

/** Event ids starting with this are written by the library itself (breach, lapse, auto-close records). */
export const RESERVED_ID_PREFIX = 'pengaduan:';

export function refusal(
  snapshot: ComplaintSnapshot,
  eventType: string,
  role: string | undefined,
  reason: RefusalReason,
  text: LocalizedText,
  extra: Readonly<Record<string, unknown>> = {},
): ApplyOutcome {
  // A role the library does not know (from invalid input) is allowed nothing.
  const allowed = role === undefined || isActorRole(role) ? allowedEventTypes(snapshot, role) : [];
  return {
    ok: false,
    error: new TransitionRefusedError('transition_refused', {
      ...extra,
      reason,
      eventType,
      state: snapshot.value,
      ...(role === undefined ? {} : { role }),
      allowed,
      why: text,
      names: refusalNames({ eventType, state: snapshot.value, role }),
    }),
  };
}

function isActorRole(role: string): role is ActorRole {
  return (ActorRoleSchema.options as readonly string[]).includes(role);
}

/**
 * A member of an untrusted value, read once; `undefined` when the value is no object or reading it
 * throws (a hostile getter or proxy): such input is refused as invalid, never allowed to throw its
 * own error out of the library.
 */
function peek(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function validTick(input: Record<string, unknown>): boolean {
  try {
    const keys = Object.keys(input);
    if (keys.some((k) => k !== 'type' && k !== 'at')) return false;
  } catch {
    return false;
  }
  const at = peek(input, 'at');
  if (typeof at !== 'string') return false;
  try {
    instantMs(at);
    return true;
  } catch {
    return false;
  }
}

/** Validates untrusted input as a complaint event (`HistoryEventSchema`, or the tick's own shape). */
export function validateEvent(
  input: unknown,
  locale: Locale,
):
  | { readonly ok: true; readonly event: ComplaintEvent }
  | {
      readonly ok: false;
      readonly type: string;
      readonly issues: readonly unknown[];
      readonly text: LocalizedText;
    } {
  const given = peek(input, 'type');
  const type = typeof given === 'string' ? given : 'unknown';
  if (type === 'sla.tick') {
    if (validTick(input as Record<string, unknown>)) {
      // A copy of what was checked, so a getter cannot answer differently later.
      return { ok: true, event: { type: 'sla.tick', at: peek(input, 'at') as string } };
    }
    return {
      ok: false,
      type,
      issues: [{ path: ['at'], message: 'expected { type: "sla.tick", at: ISO 8601 instant with offset }' }],
      text: machineText('sla_tick_shape'),
    };
  }
  const parsed = safeParseHistoryEvent(input, { locale });
  if (parsed.success) return { ok: true, event: parsed.data };
  const first = parsed.issues[0];
  const detail = first === undefined ? '' : `: ${first.message}`;
  return {
    ok: false,
    type,
    issues: parsed.issues,
    // The schema's issue is in the requested locale only: the other language's message omits it.
    text: machineText('event_schema_mismatch', {
      detail: { id: locale === 'id' ? detail : '', en: locale === 'en' ? detail : '' },
    }),
  };
}

function senderPart(event: HistoryEvent): unknown {
  return { type: event.type, actor: event.actor, data: event.data };
}

/** Why the machine did not take an event that passed validation: the first failing rule. */
export function diagnose(
  runtime: Runtime,
  snapshot: ComplaintSnapshot,
  context: ComplaintContext,
  event: ComplaintEvent,
): Refusal {
  const role = event.type === 'sla.tick' ? 'system' : event.actor.role;
  if (!mayRoleSend(event.type, role)) {
    // The permission check's own wording names the roles that may send it.
    return (
      CHECKS.admissible(context, event, runtime.engine) ?? {
        reason: 'role_not_permitted',
        text: machineText('role_may_not_send', { role: roleLabel(role), event: eventLabel(event.type) }),
      }
    );
  }
  const shapes = transitionShapes().get(snapshot.value)?.get(event.type);
  if (shapes === undefined) {
    return {
      reason: 'not_allowed_in_state',
      text: machineText('state_refuses_event', {
        state: stateLabel(snapshot.value),
        event: eventLabel(event.type),
      }),
    };
  }
  const seen = new Set<string>();
  for (const shape of shapes) {
    for (const guard of shape.guards) {
      if (seen.has(guard) || !isValidationGuard(guard)) continue;
      seen.add(guard);
      const failed = CHECKS[guard](context, event, runtime.engine);
      if (failed !== null) return failed;
    }
  }
  return {
    reason: 'not_allowed_in_state',
    text: machineText('state_refuses_event_now', {
      state: stateLabel(snapshot.value),
      event: eventLabel(event.type),
    }),
  };
}

function unchanged(
  runtime: Runtime,
  snapshot: ComplaintSnapshot,
  asOf: string,
  duplicate: boolean,
): ApplyResult {
  const { history, zone } = snapshot.context;
  const at = laterInstant(asOf, lastEventAt(history));
  return Object.freeze({
    snapshot,
    effects: Object.freeze([]),
    appended: Object.freeze([]),
    duplicate,
    wakeUpAt: snapshot.status === 'done' ? null : runtime.engine.nextWakeUp(history, at, zone),
  });
}

function appendedSince(before: ComplaintContext, after: ComplaintContext): readonly HistoryEvent[] {
  return after.history.slice(before.history.length);
}

/**
 * Applies one event to a stored snapshot: validation, idempotence, catch-up, the machine's pure
 * transition, and a diagnosis when the machine does not take the event.
 */
export function applyToSnapshot(
  runtime: Runtime,
  given: unknown,
  input: unknown,
  mode: ApplyMode,
): ApplyOutcome {
  const snapshot = usableSnapshot(given, runtime, mode.locale);
  const validated = validateEvent(input, mode.locale);
  if (!validated.ok) {
    const given = peek(peek(input, 'actor'), 'role');
    const role = typeof given === 'string' ? given : undefined;
    return refusal(snapshot, validated.type, role, 'invalid_event', validated.text, {
      issues: validated.issues,
    });
  }
  const event = validated.event;
  const role = event.type === 'sla.tick' ? 'system' : event.actor.role;
  const before = snapshot.context;

  if (event.type !== 'sla.tick' && event.id !== undefined && hasEventId(before.history, event.id)) {
    const stored = before.history.find((e) => e.id === event.id);
    // Idempotency rests on what the sender controls: a retry carries the same id, type, actor and
    // data, while the server stamps a new `at` on every delivery.
    if (stored !== undefined && canonicalJson(senderPart(stored)) === canonicalJson(senderPart(event))) {
      return { ok: true, result: unchanged(runtime, snapshot, lastEventAt(before.history), true) };
    }
    return refusal(
      snapshot,
      event.type,
      role,
      'id_conflict',
      machineText('event_id_conflict', { eventId: event.id }),
      { id: event.id },
    );
  }

  if (event.type !== 'sla.tick' && role !== 'system' && event.id?.startsWith(RESERVED_ID_PREFIX)) {
    return refusal(
      snapshot,
      event.type,
      role,
      'reserved_id',
      machineText('reserved_event_id', { prefix: RESERVED_ID_PREFIX }),
      { id: event.id },
    );
  }
  if ('expectedRevision' in mode && mode.expectedRevision !== snapshot.revision) {
    return {
      ok: false,
      error: new RevisionConflictError('revision_conflict', {
        expected: mode.expectedRevision,
        actual: snapshot.revision,
      }),
    };
  }

  if (snapshot.status === 'done' && event.type === 'sla.tick') {
    // A scheduler may still wake for a complaint that has just ended: nothing is due any more.
    return { ok: true, result: unchanged(runtime, snapshot, event.at, false) };
  }
  if (snapshot.status === 'done') {
    return refusal(
      snapshot,
      event.type,
      role,
      'complaint_ended',
      machineText('complaint_ended', { state: stateLabel(snapshot.value) }),
    );
  }
  const shortcuts = mode.shortcuts !== false;
  if (event.type === 'sla.tick' && shortcuts && isQuietAt(runtime, before, event.at)) {
    // An early or stale tick: nothing is due, nothing changes.
    return { ok: true, result: unchanged(runtime, snapshot, event.at, false) };
  }

  const { machine, scope } = runtime;
  let current: MachineSnapshot = fromEnvelope(machine, snapshot.value, before);

  // A person's event at instant T comes after whatever fell due before T, even when the host's
  // scheduler has not delivered that tick yet; the records are written first, dated when they fell due.
  if (
    mode.catchUp &&
    event.type !== 'sla.tick' &&
    role !== 'system' &&
    !(shortcuts && isQuietAt(runtime, before, event.at))
  ) {
    const caughtUp = unwrapGuardErrors(() =>
      machine.transition(current, { type: 'sla.tick', at: event.at }, scope),
    );
    if (caughtUp.context.history.length > current.context.history.length) {
      if (caughtUp.status === 'done') {
        const records = appendedSince(before, caughtUp.context);
        return refusal(
          snapshot,
          event.type,
          role,
          'lapsed_first',
          machineText('lapsed_first', { at: event.at, endsAs: stateLabel(caughtUp.value) }),
          { endsAs: caughtUp.value, records },
        );
      }
      current = caughtUp;
    }
  }

  const next = unwrapGuardErrors(() => machine.transition(current, event, scope));
  if (event.type !== 'sla.tick' && next.context.history.length === current.context.history.length) {
    const currentEnvelope = toEnvelope(current, snapshot.revision);
    const failed = diagnose(runtime, currentEnvelope, current.context, event);
    return refusal(currentEnvelope, event.type, role, failed.reason, failed.text, failed.details);
  }
  if (next === current && current.context === before) {
    // An early or stale tick: nothing is due, nothing changes.
    return { ok: true, result: unchanged(runtime, snapshot, event.at, false) };
  }
  const appended = Object.freeze(appendedSince(before, next.context));
  // The effects compare the clocks open before and after the call, before as of the last event: the
  // stored report is that one when it is as of the last event and this engine computed it.
  const lastAt = lastEventAt(before.history);
  const fresh: ComplaintContext =
    shortcuts && before.deadlines.asOf === lastAt && isComputedHere(runtime, before)
      ? before
      : { ...before, deadlines: runtime.engine.evaluate(before.history, lastAt, before.zone) };
  const effects = effectsOf(event, appended, fresh, next.context);
  const asOf =
    event.type === 'sla.tick' ? laterInstant(event.at, lastEventAt(next.context.history)) : event.at;
  // A system event is applied without catching up, so a breach, lapse or reminder may already be
  // due at its instant: the scheduler must then come at once, not at the next clock's due date.
  const dueNow =
    next.status !== 'done' &&
    event.type !== 'sla.tick' &&
    (role === 'system' || !mode.catchUp) &&
    pendingAt(runtime, next.value as ComplaintState, next.context, asOf);
  const wakeUpAt =
    next.status === 'done'
      ? null
      : dueNow
        ? asOf
        : runtime.engine.nextWakeUp(next.context.history, asOf, next.context.zone);
  // The machine's actions computed the new report with this engine; its next wake-up is known when
  // it was taken as of the same instant.
  computedHere(
    runtime,
    next.context,
    next.status !== 'done' && !dueNow && asOf === next.context.deadlines.asOf ? wakeUpAt : undefined,
  );
  return {
    ok: true,
    result: Object.freeze({
      snapshot: toEnvelope(next, snapshot.revision + 1),
      effects,
      appended,
      duplicate: false,
      wakeUpAt,
    }),
  };
}

/** Whether a tick at `at` would record something (a breach, the state's lapse, a reminder). */
function pendingAt(runtime: Runtime, state: ComplaintState, context: ComplaintContext, at: string): boolean {
  const due = dueAsOf(runtime.engine, context, at);
  const watch: Watch =
    state === 'awaitingCompletion' ? 'completion' : state === 'awaitingFeedback' ? 'silence' : 'breaches';
  return (
    due.breaches.length > 0 ||
    (state === 'awaitingCompletion' && due.lapse !== undefined) ||
    (state === 'awaitingFeedback' && due.autoClose !== undefined) ||
    remindersFor(due, watch).length > 0
  );
}

/** Whether `zone` is an IANA zone the runtime knows. */
export function isZone(zone: unknown): zone is string {
  return isValidZone(zone);
}
