/*
 * INTERIM: the untrusted-input boundary of pengaduan/machine (`safeApplyUntrusted`, `revision`,
 * `RevisionConflictError`) lands from the hardening branch; until it is merged this file stands in
 * with the same names and semantics, so the rest of the portal is written against them.
 */
import type { ActorRole, Instant, Policy } from 'pengaduan';
import type { ApplyResult, ComplaintEvent, ComplaintSnapshot } from 'pengaduan/machine';
import { safeApplyEvent, TransitionRefusedError } from 'pengaduan/machine';

export { TransitionRefusedError };

import type { Actor } from 'pengaduan/schema';

export class RevisionConflictError extends Error {
  readonly code = 'revision_conflict';
  readonly details: { reason: 'revision_conflict'; expected: unknown; actual: number };
  readonly text: { id: string; en: string };
  constructor(expected: unknown, actual: number) {
    super(`expected revision ${String(expected)}, current revision ${actual}`);
    this.details = { reason: 'revision_conflict', expected, actual };
    this.text = {
      id: `Pengaduan sudah diubah pihak lain: revisi yang diharapkan ${String(expected)}, revisi sekarang ${actual}. Muat ulang lalu coba lagi.`,
      en: `The complaint was changed by someone else: expected revision ${String(expected)}, current revision ${actual}. Reload and retry.`,
    };
  }
}

export function revisionOf(snapshot: ComplaintSnapshot): number {
  const own = (snapshot as { revision?: unknown }).revision;
  if (typeof own === 'number') return own;
  return snapshot.context.history.length + snapshot.context.reminded.length;
}

export interface ApplyUntrustedOptions {
  readonly policy: Policy;
  readonly actor: Actor;
  readonly now: Instant;
  readonly expectedRevision?: number;
  readonly locale?: 'id' | 'en';
}

export type SafeApplyUntrustedResult =
  | ({ readonly ok: true; readonly duplicate?: boolean } & ApplyResult)
  | {
      readonly ok: false;
      readonly error: TransitionRefusedError | RevisionConflictError;
      readonly snapshot: ComplaintSnapshot;
    };

const SYSTEM_ONLY: readonly ActorRole[] = ['system'];

export function safeApplyUntrusted(
  snapshot: ComplaintSnapshot,
  input: unknown,
  options: ApplyUntrustedOptions,
): SafeApplyUntrustedResult {
  if (options.expectedRevision !== undefined && options.expectedRevision !== revisionOf(snapshot)) {
    return {
      ok: false,
      error: new RevisionConflictError(options.expectedRevision, revisionOf(snapshot)),
      snapshot,
    };
  }
  const body = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const event = {
    ...(body.id === undefined ? {} : { id: body.id }),
    type: body.type,
    at: options.now,
    actor: options.actor,
    data: body.data,
  } as unknown as ComplaintEvent;
  if (body.type === 'sla.tick' || SYSTEM_ONLY.includes(options.actor.role)) {
    return {
      ok: false,
      error: new TransitionRefusedError(
        {
          id: 'peristiwa sistem tidak diterima dari luar server',
          en: 'system events are not accepted from outside the server',
        },
        { reason: 'role_not_permitted', eventType: String(body.type), state: snapshot.value, allowed: [] },
      ),
      snapshot,
    };
  }
  return safeApplyEvent(snapshot, event, options);
}
