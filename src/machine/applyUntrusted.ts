import type { Instant } from '../calendar/types.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { Actor, ActorRole } from '../history/types.js';
import { machineText } from '../i18n/errorMessages/machine.js';
import type { LocalizedText } from '../i18n/types.js';
import { ActorSchema } from '../schema/index.js';
import { type ApplyOutcome, applyToSnapshot, modeOf, RESERVED_ID_PREFIX, refusal } from './_lib/apply.js';
import { instantMs } from './_lib/instants.js';
import { runtimeFor } from './_lib/runtime.js';
import { usableSnapshot } from './_lib/snapshotShape.js';
import type { ApplyEventOptions, SafeApplyResult } from './applyEvent.js';
import { EVENT_PERMISSIONS, REASON_PERMISSIONS } from './permissions.js';
import type { ApplyResult, ComplaintSnapshot } from './types.js';

/** Options of `applyUntrusted` and `safeApplyUntrusted`. */
export interface ApplyUntrustedOptions extends ApplyEventOptions {
  /** Who sends the request, from the host's authentication (never from the request body). */
  readonly actor: Actor;
  /** The server's clock when the request arrived: stamped as the event's `at`. */
  readonly now: Instant;
}

const BODY_KEYS: readonly string[] = ['type', 'data', 'id'];

/** Whether no person may record this event (or this reason of it): only the library or scheduler does. */
function systemOnly(type: string, data: unknown): boolean {
  if (type === 'sla.tick') return true;
  const permission = (EVENT_PERMISSIONS as Readonly<Record<string, { roles: readonly ActorRole[] }>>)[type];
  if (permission === undefined || !Object.hasOwn(EVENT_PERMISSIONS, type)) return false;
  if (permission.roles.every((role) => role === 'system')) return true;
  const reasons = (
    REASON_PERMISSIONS as unknown as Readonly<Record<string, Record<string, readonly ActorRole[]>>>
  )[type];
  const reason =
    typeof data === 'object' && data !== null ? (data as { reason?: unknown }).reason : undefined;
  if (reasons === undefined || typeof reason !== 'string' || !Object.hasOwn(reasons, reason)) return false;
  return (reasons[reason] as readonly ActorRole[]).every((role) => role === 'system');
}

/** The actor option read with `ActorSchema`; a value that throws when read (a hostile proxy) is no actor. */
function readActor(value: unknown): Actor | undefined {
  try {
    const actor = ActorSchema.safeParse(value);
    return actor.success ? (actor.data as Actor) : undefined;
  } catch {
    return undefined;
  }
}

function checkOptions(options: ApplyUntrustedOptions): Actor {
  const actor = readActor(options.actor);
  if (actor === undefined || actor.role === 'system') {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.actor',
      value: options.actor,
      expected: machineText('untrusted_actor_expected'),
    });
  }
  let valid = typeof options.now === 'string';
  if (valid) {
    try {
      instantMs(options.now);
    } catch {
      valid = false;
    }
  }
  if (!valid) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.now',
      value: options.now,
      expected: machineText('server_now_expected'),
    });
  }
  return actor;
}

function untrusted(
  given: unknown,
  input: unknown,
  options: ApplyUntrustedOptions,
): { readonly snapshot: ComplaintSnapshot; readonly outcome: ApplyOutcome } {
  const runtime = runtimeFor(options);
  const mode = modeOf(options);
  const actor = checkOptions(options);
  const snapshot = usableSnapshot(given, runtime, mode.locale);
  const refuse = (type: string, reason: Parameters<typeof refusal>[3], text: LocalizedText, extra = {}) => ({
    snapshot,
    outcome: refusal(snapshot, type, actor.role, reason, text, extra),
  });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuse('unknown', 'invalid_event', machineText('request_body_expected'));
  }
  const body = input as Readonly<Record<string, unknown>>;
  const type = typeof body.type === 'string' ? body.type : 'unknown';
  const stamped = ['at', 'actor'].filter((key) => Object.hasOwn(body, key));
  if (stamped.length > 0) {
    return refuse(
      type,
      'stamped_field',
      // At most two: `at` and `actor`, in that order.
      machineText(
        'stamped_fields',
        stamped[1] === undefined
          ? { field: stamped[0] as string }
          : { field: stamped[0] as string, field2: stamped[1] },
      ),
      { fields: stamped },
    );
  }
  if (systemOnly(type, body.data)) {
    return refuse(type, 'system_event', machineText('system_event_only'));
  }
  if (!Object.hasOwn(body, 'id')) {
    return refuse(type, 'missing_id', machineText('idempotency_id_required'));
  }
  if (typeof body.id === 'string' && body.id.startsWith(RESERVED_ID_PREFIX)) {
    return refuse(type, 'reserved_id', machineText('reserved_request_id', { prefix: RESERVED_ID_PREFIX }));
  }
  // Unknown keys are passed on, so that the event schema names them in its issues.
  const extra = Object.fromEntries(Object.entries(body).filter(([key]) => !BODY_KEYS.includes(key)));
  const event = { ...extra, id: body.id, type: body.type, at: options.now, actor, data: body.data ?? {} };
  return { snapshot, outcome: applyToSnapshot(runtime, snapshot, event, mode) };
}

/**
 * Applies a request from outside the server (an HTTP body, a form post, a queue message from a
 * citizen's app) to a complaint: the one boundary for untrusted input. The body is `{ type, data?,
 * id }`, typed `unknown`, and is validated with the event schema of its type; the server stamps the
 * time (`now`) and the actor (from its authentication). A body that carries `at` or `actor` is
 * refused (`stamped_field`), never silently overridden; events only the system records (`sla.tick`,
 * breach records, deemed withdrawal, closing for no reply) are refused (`system_event`); `id` is
 * required (`missing_id`) as the idempotency key, and may not use the library's `pengaduan:` prefix
 * (`reserved_id`). A resubmission with the same `id`, type and data by the same actor changes nothing
 * (`duplicate: true`), whatever time it arrives; the same `id` with other content is `id_conflict`.
 *
 * @param snapshot - the complaint's current snapshot (from `restoreSnapshot`)
 * @param input - the raw request body
 * @param options - the policy and calendar, the authenticated `actor`, the server's `now`, and
 *   optionally `expectedRevision` and `locale`
 * @returns the new snapshot, the effects, the events appended and when to deliver the next tick
 * @throws TransitionRefusedError when the request is refused (nothing changed)
 * @throws RevisionConflictError when `expectedRevision` does not match the snapshot
 * @throws SnapshotError when the snapshot cannot be used; InvalidArgumentError for a bad `actor` or `now`
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { applyUntrusted, startComplaint } from 'pengaduan/machine';
 *
 * const { snapshot } = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-03-27T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 *   { policy: uu25Policy },
 * );
 * const body: unknown = JSON.parse('{"id":"req-7f3a","type":"complaint.received","data":{"receiptNumber":"TT-001"}}');
 * const next = applyUntrusted(snapshot, body, {
 *   policy: uu25Policy,
 *   actor: { role: 'admin_instansi', id: 'petugas-12' },
 *   now: '2025-03-27T10:00:00+07:00',
 *   expectedRevision: snapshot.revision,
 * });
 * next.snapshot.value;
 * //=> 'screening'
 * next.snapshot.revision;
 * //=> 2
 * next.appended[0]?.at;
 * //=> '2025-03-27T10:00:00+07:00'
 * ```
 * @see DESIGN principle 7 (input from outside the server never sets the time, the role or system events)
 */
export function applyUntrusted(
  snapshot: ComplaintSnapshot,
  input: unknown,
  options: ApplyUntrustedOptions,
): ApplyResult {
  const { outcome } = untrusted(snapshot, input, options);
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

/**
 * `applyUntrusted` without throwing for a refused request or a revision conflict: `{ success: true,
 * … }` or `{ success: false, error, snapshot }` with the snapshot passed in, unchanged.
 *
 * @param snapshot - the complaint's current snapshot
 * @param input - the raw request body
 * @param options - as for `applyUntrusted`
 * @returns the outcome; `SnapshotError` and `InvalidArgumentError` (bad options) are still thrown
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { safeApplyUntrusted, startComplaint } from 'pengaduan/machine';
 *
 * const { snapshot } = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-03-27T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 *   { policy: uu25Policy },
 * );
 * const forged = safeApplyUntrusted(
 *   snapshot,
 *   { id: 'req-1', type: 'sla.tick', at: '2030-01-01T00:00:00Z' },
 *   { policy: uu25Policy, actor: { role: 'complainant' }, now: '2025-03-28T09:00:00+07:00' },
 * );
 * forged.success ? null : forged.error.details.reason;
 * //=> 'stamped_field'
 * forged.snapshot === snapshot;
 * //=> true
 * ```
 */
export function safeApplyUntrusted(
  snapshot: ComplaintSnapshot,
  input: unknown,
  options: ApplyUntrustedOptions,
): SafeApplyResult {
  const { outcome } = untrusted(snapshot, input, options);
  return outcome.ok
    ? { success: true, ...outcome.result }
    : { success: false, error: outcome.error, snapshot };
}
