import { randomBytes, randomUUID } from 'node:crypto';
import type { Instant, SlaReport } from 'pengaduan';
import { evaluateSla, nationalCalendar } from 'pengaduan';
import type { ApplyResult, Audience, ComplaintSnapshot, ComplaintView, Effect } from 'pengaduan/machine';
import {
  applyEvent,
  RevisionConflictError,
  restoreSnapshot,
  safeApplyUntrusted,
  startComplaint,
  type TransitionRefusedError,
  viewComplaint,
} from 'pengaduan/machine';
import type { Actor, LocalizedIssue } from 'pengaduan/schema';
import { safeParseComplaint } from 'pengaduan/schema';
import { INTAKE_UNIT, PORTAL_POLICY } from './config.js';
import type { ComplaintRow, DueItem, OpenClock, OutboxEntry, RowIndex, Store } from './store/Store.js';

export type Locale = 'id' | 'en';

/** The result of an action on a complaint, as the HTTP layer maps it to a status code. */
export type ActOutcome =
  | {
      readonly kind: 'ok';
      readonly row: ComplaintRow;
      readonly duplicate: boolean;
      readonly effects: readonly Effect[];
    }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'refused'; readonly error: TransitionRefusedError }
  | { readonly kind: 'conflict'; readonly error: RevisionConflictError };

export type SubmitOutcome =
  | { readonly ok: true; readonly row: ComplaintRow }
  | { readonly ok: false; readonly issues: readonly LocalizedIssue[] };

export interface PortalOptions {
  /** The server's clock; tests and the scale run pass their own. Never taken from a request. */
  readonly now?: () => Date;
}

/** How often a writer without `expectedRevision` reloads and retries after losing a race. */
const MAX_ATTEMPTS = 8;

function newReceiptNumber(at: Date): string {
  const day = at.toISOString().slice(0, 10).replaceAll('-', '');
  // 40 random bits: a tracking number is not guessable, so the tracking page cannot be walked.
  return `ADU-${day}-${randomBytes(5).toString('hex').toUpperCase()}`;
}

/** The columns derived from a snapshot: state, next wake-up and the open clocks per unit. */
export function indexOf(snapshot: ComplaintSnapshot, wakeUpAt: Instant | null): RowIndex {
  const openClocks: OpenClock[] = [];
  // An ended complaint owes nothing more, even where a clock was missed on the way (the breach is on record).
  const clocks = snapshot.status === 'done' ? [] : snapshot.context.deadlines.clocks;
  for (const clock of clocks) {
    if ((clock.status !== 'running' && clock.status !== 'breached') || clock.dueAt === undefined) continue;
    if (clock.dueDate === undefined) continue;
    openClocks.push({
      unitId: clock.unitId ?? INTAKE_UNIT,
      clockKey: clock.key,
      title: clock.title.id,
      dueMs: Date.parse(clock.dueAt),
      dueDate: clock.dueDate,
    });
  }
  return { state: snapshot.value, wakeMs: wakeUpAt === null ? null : Date.parse(wakeUpAt), openClocks };
}

function outboxEntries(complaintId: string, revision: number, effects: readonly Effect[]): OutboxEntry[] {
  return effects.map((effect, index) => ({
    key: `${complaintId}:${revision}:${index}`,
    complaintId,
    effect,
  }));
}

/**
 * The portal's use cases over a `Store`, on the public API of pengaduan only. The HTTP layer, the
 * scheduler and the tests call these; none of them touches the machine directly.
 */
export class Portal {
  readonly store: Store;
  /** Writes that lost a race (someone wrote first) and were reloaded and retried, or refused with 409. */
  lostRaces = 0;
  readonly #now: () => Date;

  constructor(store: Store, options: PortalOptions = {}) {
    this.store = store;
    this.#now = options.now ?? (() => new Date());
  }

  now(): Date {
    return this.#now();
  }

  /** Restores a stored snapshot: validates, migrates older layouts and recomputes the deadlines. */
  restore(row: ComplaintRow): ComplaintSnapshot {
    return restoreSnapshot(row.snapshot, { policy: PORTAL_POLICY });
  }

  /**
   * Files a complaint from the public form: the body is validated with `safeParseComplaint` (messages in
   * the caller's language); the server sets the channel, the submission instant and the id. The
   * receipt is issued at once (UU 25/2009 Pasal 44 ayat (1)-(2)).
   */
  async submit(body: unknown, locale: Locale): Promise<SubmitOutcome> {
    const at = this.#now();
    const instant = at.toISOString();
    const id = randomUUID();
    const stamped =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? stampSubmission(body as Record<string, unknown>, id, instant)
        : body;
    const parsed = safeParseComplaint(stamped, { locale });
    if (!parsed.success) return { ok: false, issues: parsed.issues };
    const record = parsed.data;
    const receiptNumber = newReceiptNumber(at);
    const started = startComplaint(
      {
        type: 'complaint.submitted',
        at: instant,
        actor: { role: 'complainant' },
        data: {
          complaintType: record.type,
          ...(record.service.receivedOn === undefined
            ? {}
            : { serviceReceivedOn: record.service.receivedOn }),
          ...(record.incidentOn === undefined ? {} : { incidentOn: record.incidentOn }),
        },
      },
      { policy: PORTAL_POLICY },
    );
    const received = applyEvent(
      started.snapshot,
      { type: 'complaint.received', at: instant, actor: { role: 'system' }, data: { receiptNumber } },
      { policy: PORTAL_POLICY },
    );
    const revision = received.snapshot.revision;
    const row: ComplaintRow = { id, receiptNumber, record, snapshot: received.snapshot, revision };
    await this.store.insert(
      { ...row, ...indexOf(received.snapshot, received.wakeUpAt) },
      outboxEntries(id, revision, [...started.effects, ...received.effects]),
    );
    return { ok: true, row };
  }

  /**
   * A clerk's or a unit's action, through the untrusted-input boundary: the body gives only `type`,
   * `data` and optionally `id` (for idempotent retries); the server stamps the instant and the actor
   * from authentication. With `expectedRevision` a stale write is refused; without it the portal
   * reloads and retries when a scheduler tick won the race (the event is checked again each time).
   */
  async act(
    id: string,
    input: unknown,
    actor: Actor,
    options: { readonly expectedRevision?: number; readonly locale: Locale },
  ): Promise<ActOutcome> {
    for (let attempt = 1; ; attempt++) {
      const row = await this.store.get(id);
      if (row === undefined) return { kind: 'not_found' };
      const snapshot = this.restore(row);
      const result = safeApplyUntrusted(snapshot, input, {
        policy: PORTAL_POLICY,
        actor,
        now: this.#now().toISOString(),
        locale: options.locale,
        ...(options.expectedRevision === undefined ? {} : { expectedRevision: options.expectedRevision }),
      });
      if (!result.success) {
        if (result.error instanceof RevisionConflictError) return { kind: 'conflict', error: result.error };
        return { kind: 'refused', error: result.error };
      }
      const saved = await this.#save(row, snapshot, result);
      if (saved !== undefined)
        return { kind: 'ok', row: saved, duplicate: result.duplicate, effects: result.effects };
      if (options.expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) {
        const current = await this.store.get(id);
        return {
          kind: 'conflict',
          error: new RevisionConflictError('revision_conflict', {
            expected: row.revision,
            actual: current?.revision ?? row.revision,
          }),
        };
      }
    }
  }

  /**
   * Delivers the scheduler's `sla.tick` to one complaint as of `at`, and saves what it recorded.
   * Returns whether anything changed. A lost race (a clerk wrote first) reloads and ticks again:
   * the tick is idempotent, so the second try records only what is still due.
   */
  async tick(
    id: string,
    at: Date,
  ): Promise<{ changed: boolean; wakeMs: number | null; effects: readonly Effect[] }> {
    for (let attempt = 1; ; attempt++) {
      const row = await this.store.get(id);
      if (row === undefined) return { changed: false, wakeMs: null, effects: [] };
      const snapshot = this.restore(row);
      const result = applyEvent(
        snapshot,
        { type: 'sla.tick', at: at.toISOString() },
        { policy: PORTAL_POLICY },
      );
      const wakeMs = result.wakeUpAt === null ? null : Date.parse(result.wakeUpAt);
      if (result.snapshot.revision === row.revision) return { changed: false, wakeMs, effects: [] };
      const saved = await this.#save(row, snapshot, result);
      if (saved !== undefined) return { changed: true, wakeMs, effects: result.effects };
      if (attempt >= MAX_ATTEMPTS) throw new Error(`tick on ${id}: lost the race ${attempt} times`);
    }
  }

  /** Saves a result with the revision check; undefined when someone else wrote first. Unchanged: no write. */
  async #save(
    row: ComplaintRow,
    before: ComplaintSnapshot,
    result: ApplyResult,
  ): Promise<ComplaintRow | undefined> {
    const revision = result.snapshot.revision;
    if (result.duplicate || (result.snapshot === before && revision === row.revision)) return row;
    const written = await this.store.update(
      row.id,
      row.revision,
      { snapshot: result.snapshot, revision, ...indexOf(result.snapshot, result.wakeUpAt) },
      outboxEntries(row.id, revision, result.effects),
    );
    if (!written) this.lostRaces++;
    return written ? { ...row, snapshot: result.snapshot, revision } : undefined;
  }

  /** The complaint as one audience may see it (anonim and rahasia applied by the library). */
  view(row: ComplaintRow, audience: Audience): ComplaintView {
    return viewComplaint(this.restore(row), row.record, audience);
  }

  /** The complaint's deadlines as of now (not as of its last change). */
  deadlines(row: ComplaintRow): SlaReport {
    const snapshot = this.restore(row);
    return evaluateSla(snapshot.context.history, PORTAL_POLICY, {
      calendar: nationalCalendar,
      asOf: this.#now().toISOString(),
      zone: snapshot.context.zone,
    });
  }

  /** A unit's open clocks due before `beforeMs` (late ones first), with `late` set by the server's clock. */
  async due(unitId: string, beforeMs: number, limit = 200): Promise<(DueItem & { late: boolean })[]> {
    const nowMs = this.#now().getTime();
    const items = await this.store.listDue(unitId, beforeMs, limit);
    return items.map((item) => ({ ...item, late: item.dueMs < nowMs }));
  }
}

function stampSubmission(body: Record<string, unknown>, id: string, at: string): Record<string, unknown> {
  const submission = body.submission;
  return {
    ...body,
    id,
    channel: 'web',
    submission:
      typeof submission === 'object' && submission !== null && !Array.isArray(submission)
        ? { ...submission, at }
        : submission,
  };
}
