import { describe, expect, it } from 'vitest';
import { PengaduanError } from '../../src/errors/PengaduanError.js';
import {
  applyEvent,
  applyUntrusted,
  type ComplaintSnapshot,
  RevisionConflictError,
  restoreSnapshot,
  safeApplyEvent,
  safeApplyUntrusted,
  startComplaint,
  TransitionRefusedError,
} from '../../src/machine/index.js';
import { uu25Policy } from '../../src/rules/index.js';
import { admin, complainant, ev, submission, system, wib } from './_fixtures.js';

const opts = { policy: uu25Policy };

function start(): ComplaintSnapshot {
  return startComplaint(submission(wib('2025-03-27')), opts).snapshot;
}

function screening(): ComplaintSnapshot {
  return applyEvent(start(), ev('complaint.received', wib('2025-03-27', '10:00:00'), admin, {}), opts)
    .snapshot;
}

function incomplete(): ComplaintSnapshot {
  return applyEvent(
    screening(),
    ev('file.declared_incomplete', wib('2025-04-02'), admin, {
      missing: ['KTP'],
      receivedByComplainantAt: wib('2025-04-02'),
    }),
    opts,
  ).snapshot;
}

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TransitionRefusedError || error instanceof RevisionConflictError) {
      return String(error.details.reason);
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('snapshot.revision (issue 8, defect 4)', () => {
  it('is 1 on start and rises by one on every change', () => {
    const started = start();
    expect(started.revision).toBe(1);
    expect(screening().revision).toBe(2);
    expect(incomplete().revision).toBe(3);
  });

  it('rises for a tick that only records a reminder, and stays for a tick that changes nothing', () => {
    const snapshot = incomplete();
    // Due 2 May; the warning starts on 30 April.
    const early = applyEvent(snapshot, { type: 'sla.tick', at: wib('2025-04-10') }, opts);
    expect(early.snapshot).toBe(snapshot);
    expect(early.snapshot.revision).toBe(3);
    const reminder = applyEvent(snapshot, { type: 'sla.tick', at: wib('2025-04-30', '08:00:00') }, opts);
    expect(reminder.appended).toEqual([]);
    expect(reminder.effects.map((e) => e.kind)).toEqual(['send_reminder']);
    expect(reminder.snapshot.context.history).toHaveLength(snapshot.context.history.length);
    expect(reminder.snapshot.revision).toBe(4);
    const again = applyEvent(
      reminder.snapshot,
      { type: 'sla.tick', at: wib('2025-04-30', '09:00:00') },
      opts,
    );
    expect(again.snapshot.revision).toBe(4);
    expect(again.effects).toEqual([]);
  });

  it('is kept through the JSON round trip', () => {
    const snapshot = incomplete();
    expect(restoreSnapshot(JSON.parse(JSON.stringify(snapshot)), opts).revision).toBe(3);
  });

  it('refuses a write based on a stale read with RevisionConflictError, and changes nothing', () => {
    const snapshot = incomplete();
    const event = ev('file.completed', wib('2025-04-05'), complainant, {});
    let error: unknown;
    try {
      applyEvent(snapshot, event, { ...opts, expectedRevision: 2 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect(error).toBeInstanceOf(PengaduanError);
    expect((error as RevisionConflictError).details).toEqual({
      reason: 'revision_conflict',
      expected: 2,
      actual: 3,
    });
    const safe = safeApplyEvent(snapshot, event, { ...opts, expectedRevision: 2 });
    expect(safe.success).toBe(false);
    expect(safe.snapshot).toBe(snapshot);
    expect(applyEvent(snapshot, event, { ...opts, expectedRevision: 3 }).snapshot.revision).toBe(4);
  });

  it('lets only one of two schedulers that ticked the same read record the reminder', () => {
    const snapshot = incomplete();
    const tick = { type: 'sla.tick', at: wib('2025-04-30', '08:00:00') } as const;
    const first = applyEvent(snapshot, tick, { ...opts, expectedRevision: snapshot.revision });
    // The second scheduler read the same row; its write must be conditional on the same revision,
    // which the first one's write has already moved on: its UPDATE … WHERE revision = 3 matches nothing.
    expect(first.snapshot.revision).toBe(snapshot.revision + 1);
    expect(
      reasonOf(() => applyEvent(first.snapshot, tick, { ...opts, expectedRevision: snapshot.revision })),
    ).toBe('revision_conflict');
  });
});

describe('idempotency on what the sender controls (issue 8, defect 5)', () => {
  it('answers a retry with the same id, type, actor and data as a duplicate, whatever its at', () => {
    const first = applyEvent(
      incomplete(),
      ev('file.completed', wib('2025-04-05'), complainant, {}, 'req-1'),
      opts,
    ).snapshot;
    const retry = applyEvent(
      first,
      ev('file.completed', wib('2025-04-05', '09:00:07'), complainant, {}, 'req-1'),
      opts,
    );
    expect(retry.duplicate).toBe(true);
    expect(retry.snapshot).toBe(first);
    expect(retry.effects).toEqual([]);
  });

  it('refuses the same id with another actor or other data as id_conflict', () => {
    const first = applyEvent(
      incomplete(),
      ev('file.completed', wib('2025-04-05'), complainant, {}, 'req-1'),
      opts,
    ).snapshot;
    expect(
      reasonOf(() => applyEvent(first, ev('file.completed', wib('2025-04-06'), admin, {}, 'req-1'), opts)),
    ).toBe('id_conflict');
    expect(
      reasonOf(() =>
        applyEvent(
          first,
          ev('complaint.withdrawn', wib('2025-04-06'), complainant, { reason: 'by_complainant' }, 'req-1'),
          opts,
        ),
      ),
    ).toBe('id_conflict');
  });

  it('refuses a person’s event with an id in the reserved pengaduan: prefix', () => {
    expect(
      reasonOf(() =>
        applyEvent(
          incomplete(),
          ev('file.completed', wib('2025-04-05'), complainant, {}, 'pengaduan:breach:x'),
          opts,
        ),
      ),
    ).toBe('reserved_id');
  });
});

describe('applyUntrusted (issue 8, defect 3)', () => {
  const who = { actor: complainant, now: wib('2025-04-05') };

  it('stamps the server’s time and the authenticated actor on a body typed unknown', () => {
    const body: unknown = JSON.parse('{"id":"req-9","type":"file.completed","data":{}}');
    const result = applyUntrusted(incomplete(), body, { ...opts, ...who });
    expect(result.snapshot.value).toBe('screening');
    expect(result.appended).toEqual([
      { id: 'req-9', type: 'file.completed', at: wib('2025-04-05'), actor: complainant, data: {} },
    ]);
  });

  it('refuses at and actor in the body instead of ignoring them', () => {
    const snapshot = incomplete();
    const forged = safeApplyUntrusted(
      snapshot,
      { id: 'r', type: 'file.completed', at: '2030-01-01T00:00:00Z', data: {} },
      { ...opts, ...who },
    );
    expect(forged.success ? null : forged.error.details.reason).toBe('stamped_field');
    expect(forged.snapshot).toBe(snapshot);
    const role = safeApplyUntrusted(
      snapshot,
      { id: 'r', type: 'file.completed', actor: { role: 'admin_instansi' }, data: {} },
      { ...opts, ...who },
    );
    expect(role.success ? null : role.error.details.reason).toBe('stamped_field');
  });

  it('refuses the forged tick of the issue, and every event only the system records', () => {
    const snapshot = incomplete();
    const run = (body: unknown) => reasonOf(() => applyUntrusted(snapshot, body, { ...opts, ...who }));
    expect(run({ id: 'r1', type: 'sla.tick' })).toBe('system_event');
    expect(run({ id: 'r2', type: 'sla.breach_recorded', data: { clockKey: 'uu25.response' } })).toBe(
      'system_event',
    );
    expect(run({ id: 'r3', type: 'complaint.withdrawn', data: { reason: 'deemed_lapsed' } })).toBe(
      'system_event',
    );
    expect(run({ id: 'r4', type: 'complaint.closed', data: { reason: 'no_reply' } })).toBe('system_event');
    expect(run({ id: 'r5', type: 'complaint.closed', data: { reason: 'settled' } })).toBe('system_event');
    // A withdrawal by the complainant is theirs to send.
    expect(
      applyUntrusted(
        snapshot,
        { id: 'r6', type: 'complaint.withdrawn', data: { reason: 'by_complainant' } },
        { ...opts, ...who },
      ).snapshot.value,
    ).toBe('withdrawn');
  });

  it('requires an id, refuses the reserved prefix, and validates the body with the event schema', () => {
    const snapshot = incomplete();
    const run = (body: unknown) => reasonOf(() => applyUntrusted(snapshot, body, { ...opts, ...who }));
    expect(run({ type: 'file.completed', data: {} })).toBe('missing_id');
    expect(run({ id: 'pengaduan:lapse:x', type: 'file.completed', data: {} })).toBe('reserved_id');
    expect(run({ id: 'r', type: 'file.completed', data: { extra: 1 } })).toBe('invalid_event');
    expect(run({ id: 'r', type: 'file.completed', data: {}, surprise: true })).toBe('invalid_event');
    expect(run({ id: 'r', type: 'no.such.event' })).toBe('invalid_event');
    expect(run([])).toBe('invalid_event');
    expect(run(null)).toBe('invalid_event');
    expect(run('file.completed')).toBe('invalid_event');
  });

  it('answers a double submission as a duplicate even when the server stamps another time', () => {
    const body = { id: 'form-77', type: 'file.completed', data: {} };
    const first = applyUntrusted(incomplete(), body, { ...opts, ...who });
    const again = applyUntrusted(first.snapshot, body, {
      ...opts,
      actor: complainant,
      now: wib('2025-04-05', '09:00:03'),
    });
    expect(again.duplicate).toBe(true);
    expect(again.snapshot).toBe(first.snapshot);
  });

  it('checks expectedRevision', () => {
    const snapshot = incomplete();
    const body = { id: 'form-1', type: 'file.completed', data: {} };
    const stale = safeApplyUntrusted(snapshot, body, { ...opts, ...who, expectedRevision: 1 });
    expect(stale.success).toBe(false);
    expect(stale.success ? null : stale.error).toBeInstanceOf(RevisionConflictError);
  });

  it('throws InvalidArgumentError for an actor or now the host got wrong', () => {
    const snapshot = incomplete();
    const body = { id: 'r', type: 'file.completed', data: {} };
    for (const bad of [
      { actor: system, now: wib('2025-04-05') },
      { actor: { role: 'root' }, now: wib('2025-04-05') },
      { actor: complainant, now: '2025-04-05' },
      { actor: complainant, now: 5 },
    ]) {
      expect(() => applyUntrusted(snapshot, body, { ...opts, ...(bad as typeof who) })).toThrow(
        expect.objectContaining({ code: 'invalid_argument' }),
      );
    }
  });
});

describe('bounded quoting in machine errors (issue 8, defect 12)', () => {
  const huge = 'x'.repeat(2_000_000);

  it('quotes a 2 MB type, role or policy id in a few hundred characters', () => {
    const refused = safeApplyEvent(
      screening(),
      { type: huge, at: wib('2025-03-28'), actor: { role: huge }, data: {} } as never,
      opts,
    );
    expect(refused.success).toBe(false);
    if (refused.success) return;
    expect(refused.error.message.length).toBeLessThan(2_000);
    expect(refused.error.text.id.length).toBeLessThan(2_000);
    const json = JSON.parse(JSON.stringify(screening()));
    json.context.policyId = huge;
    let message = '';
    try {
      restoreSnapshot(json, opts);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('policy');
    expect(message.length).toBeLessThan(2_000);
    try {
      applyEvent(json, { type: 'sla.tick', at: wib('2025-03-29') }, opts);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.length).toBeLessThan(2_000);
  });

  it('names states and roles by their labels in Indonesian, and keeps the codes in details', () => {
    const refused = safeApplyEvent(
      screening(),
      ev('complaint.reopened', wib('2025-03-28'), complainant, { reason: 'x' }),
      opts,
    );
    expect(refused.success).toBe(false);
    if (refused.success || !(refused.error instanceof TransitionRefusedError)) return;
    expect(refused.error.text.id).toContain('"Penelaahan"');
    expect(refused.error.text.id).not.toContain('screening');
    expect(refused.error.details).toMatchObject({
      state: 'screening',
      role: 'complainant',
      eventType: 'complaint.reopened',
    });
  });
});
