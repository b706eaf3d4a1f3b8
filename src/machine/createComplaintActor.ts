import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { ActorRole, HistoryEventOf } from '../history/types.js';
import { machineText } from '../i18n/errorMessages/machine.js';
import { runtimeFor } from './_lib/runtime.js';
import { allowedEvents } from './allowedEvents.js';
import { type ApplyEventOptions, applyEvent, type SafeApplyResult, safeApplyEvent } from './applyEvent.js';
import type { ComplaintMachine } from './createComplaintMachine.js';
import { restoreSnapshot } from './restoreSnapshot.js';
import { type StartComplaintOptions, startComplaint } from './startComplaint.js';
import type { ApplyResult, ComplaintEvent, ComplaintEventType, ComplaintSnapshot, Effect } from './types.js';

/** Options of `createComplaintActor`. */
export interface CreateComplaintActorOptions extends StartComplaintOptions {
  /** Called with every effect, in order, as it arises (including the start's `issue_receipt`); default none. */
  readonly onEffect?: (effect: Effect) => void;
}

/** An in-memory complaint for demos, tests and single-process tools. */
export interface ComplaintActor {
  /** The machine the actor runs (the same one `applyEvent` uses for its policy and calendar). */
  readonly machine: ComplaintMachine;
  /** The current snapshot (plain JSON, frozen). */
  getSnapshot(): ComplaintSnapshot;
  /** Applies an event; throws `TransitionRefusedError` when it is refused (the state stays as it was). */
  send(event: ComplaintEvent): ApplyResult;
  /** Applies an event; returns the refusal instead of throwing. */
  trySend(event: ComplaintEvent): SafeApplyResult;
  /** The event types the complaint accepts now from a role. */
  allowedEvents(role?: ActorRole): readonly ComplaintEventType[];
  /** Calls `listener` after every change; returns a handle to stop. */
  subscribe(listener: (result: ApplyResult) => void): {
    /** Stops calling `listener`. */
    unsubscribe(): void;
  };
}

/**
 * Whether `start` looks like a stored snapshot (it has its own `schemaVersion`). A value whose traps
 * throw (a hostile proxy) is not one: it goes on to `startComplaint`, which refuses it with its own
 * typed error instead of letting the trap's error out.
 */
function isStoredSnapshot(start: unknown): boolean {
  if (typeof start !== 'object' || start === null) return false;
  try {
    return Object.hasOwn(start, 'schemaVersion');
  } catch {
    return false;
  }
}

/**
 * An in-memory actor on the complaint machine: the same validation, refusals, catch-up and effects
 * as `applyEvent`, with the snapshot kept in memory. Start it from a submission, or from a stored
 * snapshot (which is restored and validated first).
 *
 * @param start - the `complaint.submitted` event, or a stored snapshot
 * @param options - the policy, calendar, zone, breach escalation and an effect callback
 * @returns the actor
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { createComplaintActor } from 'pengaduan/machine';
 *
 * const queue: string[] = [];
 * const actor = createComplaintActor(
 *   { type: 'complaint.submitted', at: '2025-03-27T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 *   { policy: uu25Policy, onEffect: (effect) => queue.push(effect.kind) },
 * );
 * actor.send({ type: 'complaint.received', at: '2025-03-27T10:00:00+07:00', actor: { role: 'system' }, data: {} });
 * actor.getSnapshot().value;
 * //=> 'screening'
 * queue;
 * //=> ['issue_receipt', 'send_receipt']
 * ```
 */
export function createComplaintActor(
  start: HistoryEventOf<'complaint.submitted'> | ComplaintSnapshot,
  options: CreateComplaintActorOptions,
): ComplaintActor {
  const { machine } = runtimeFor(options);
  if (options.onEffect !== undefined && typeof options.onEffect !== 'function') {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.onEffect',
      value: options.onEffect,
      expected: machineText('on_effect_expected'),
    });
  }
  const listeners = new Set<(result: ApplyResult) => void>();
  const applyOptions: ApplyEventOptions =
    options.locale === undefined
      ? { policy: options.policy, ...(options.calendar === undefined ? {} : { calendar: options.calendar }) }
      : {
          policy: options.policy,
          locale: options.locale,
          ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
        };

  let snapshot: ComplaintSnapshot;
  if (isStoredSnapshot(start)) {
    snapshot = restoreSnapshot(start, options);
  } else {
    const started = startComplaint(start as HistoryEventOf<'complaint.submitted'>, options);
    snapshot = started.snapshot;
    for (const effect of started.effects) options.onEffect?.(effect);
  }

  function commit(result: ApplyResult): void {
    if (result.snapshot === snapshot) return;
    snapshot = result.snapshot;
    for (const effect of result.effects) options.onEffect?.(effect);
    for (const listener of [...listeners]) listener(result);
  }

  return Object.freeze({
    machine,
    getSnapshot: () => snapshot,
    send(event: ComplaintEvent): ApplyResult {
      const result = applyEvent(snapshot, event, applyOptions);
      commit(result);
      return result;
    },
    trySend(event: ComplaintEvent): SafeApplyResult {
      const result = safeApplyEvent(snapshot, event, applyOptions);
      if (result.success) commit(result);
      return result;
    },
    allowedEvents: (role?: ActorRole) => allowedEvents(snapshot, role),
    subscribe(listener: (result: ApplyResult) => void) {
      listeners.add(listener);
      return { unsubscribe: () => void listeners.delete(listener) };
    },
  });
}
