import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { nationalCalendar } from '../../src/holidays/index.js';
import {
  allowedEvents,
  applyEvent,
  type ComplaintSnapshot,
  createComplaintMachine,
  createDeadlineEngine,
  migrateSnapshot,
  replayHistory,
  restoreSnapshot,
  SNAPSHOT_MIGRATIONS,
  SnapshotError,
  startComplaint,
} from '../../src/machine/index.js';
import { uu25Policy } from '../../src/rules/index.js';
import {
  admin,
  bothPolicies,
  ev,
  restoreRefusal,
  type StoredJson,
  submission,
  system,
  wib,
} from './_fixtures.js';

const opts = { policy: bothPolicies };

function screening(): ComplaintSnapshot {
  const started = startComplaint(submission(wib('2025-03-27')), opts).snapshot;
  return applyEvent(started, ev('complaint.received', wib('2025-03-27', '10:00:00'), system, {}), opts)
    .snapshot;
}

function stored(snapshot: ComplaintSnapshot): Record<string, unknown> {
  return JSON.parse(JSON.stringify(snapshot));
}

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as SnapshotError).code).toBe('snapshot');
    return (error as SnapshotError).details.reason;
  }
  throw new Error('expected a SnapshotError');
}

describe('restoreSnapshot', () => {
  it('gives back a snapshot equal to the one stored, through JSON', () => {
    const snapshot = screening();
    expect(restoreSnapshot(stored(snapshot), opts)).toEqual(snapshot);
  });

  it('stores no deadline report, only the instant it is as of, and restores it as of that instant', () => {
    const snapshot = screening();
    const json = stored(snapshot) as { context: Record<string, unknown> };
    expect(Object.keys(json.context)).toEqual([
      'policyId',
      'zone',
      'history',
      'asOf',
      'reminded',
      'settings',
    ]);
    expect(json.context.asOf).toBe(snapshot.context.deadlines.asOf);
    expect(JSON.stringify(json).length * 4).toBeLessThan(JSON.stringify(snapshot.context.deadlines).length);
    // The snapshot in memory keeps its report, and its own fields are what its type says.
    expect(Object.keys(snapshot.context)).toContain('deadlines');
    expect(Object.keys(snapshot)).toEqual([
      'schemaVersion',
      'machine',
      'revision',
      'value',
      'status',
      'context',
    ]);
    expect(restoreSnapshot(json, opts).context.deadlines).toEqual(snapshot.context.deadlines);
  });

  it('recomputes the deadlines instead of trusting a stored copy (schema version 2 stored one)', () => {
    const snapshot = screening();
    const { asOf: _asOf, ...context } = stored(snapshot).context as Record<string, unknown>;
    const deadlines = structuredClone(snapshot.context.deadlines) as unknown as {
      clocks: { dueDate?: string }[];
    };
    for (const c of deadlines.clocks) c.dueDate = '2099-01-01';
    const json = { ...stored(snapshot), schemaVersion: 2, context: { ...context, deadlines } };
    const restored = restoreSnapshot(json, opts);
    expect(restored.context.deadlines.clocks.find((c) => c.ruleId === 'sp4n.verification')?.dueDate).toBe(
      '2025-04-10',
    );
  });

  it('applies a calendar that gained a day off since the snapshot was stored', () => {
    const calendar = nationalCalendar.extend({
      dataVersion: 'test-closure',
      add: [
        {
          date: '2025-04-09',
          name: { id: 'Kantor tutup (banjir)', en: 'Office closed (flood)' },
          kind: 'office_closure',
          source: 'SE Bupati 2025',
        },
      ],
    });
    const restored = restoreSnapshot(stored(screening()), { ...opts, calendar });
    expect(restored.context.deadlines.calendar.dataVersion).toBe('test-closure');
    expect(restored.context.deadlines.clocks.find((c) => c.ruleId === 'sp4n.verification')?.dueDate).toBe(
      '2025-04-11',
    );
  });

  it('refuses a snapshot of another policy, an unknown state, and a status that contradicts the state', () => {
    expect(reasonOf(() => restoreSnapshot(stored(screening()), { policy: uu25Policy }))).toBe(
      'policy_mismatch',
    );
    expect(reasonOf(() => restoreSnapshot({ ...stored(screening()), value: 'reviewing' }, opts))).toBe(
      'invalid_state',
    );
    expect(reasonOf(() => restoreSnapshot({ ...stored(screening()), status: 'done' }, opts))).toBe(
      'invalid_state',
    );
  });

  it('names the first wrong field in a fixed order when several are wrong', () => {
    const base = stored(screening());
    const refusal = (change: (json: StoredJson) => void) => restoreRefusal(base, change, opts);
    // The status is checked against the state before the revision and everything in the context.
    expect(
      refusal((json) => {
        json.status = 'done';
        json.revision = 1.5;
        json.context.zone = '+07:00';
      }),
    ).toBe('invalid_state');
    expect(
      refusal((json) => {
        json.revision = 0;
        json.context.policyId = 'other';
      }),
    ).toBe('invalid_context revision');
    expect(
      refusal((json) => {
        json.context.policyId = 'other';
        json.context.zone = '+07:00';
      }),
    ).toBe('policy_mismatch');
    expect(
      refusal((json) => {
        json.context.zone = '+07:00';
        json.context.history = [];
      }),
    ).toBe('invalid_context zone');
    expect(
      refusal((json) => {
        json.context.history = (json.context.history as unknown[]).slice(1);
        json.context.settings = { escalateBreachesTo: 'nobody' };
        json.context.reminded = 'no';
      }),
    ).toBe('invalid_context history');
    expect(
      refusal((json) => {
        json.context.settings = null;
        json.context.reminded = [1];
      }),
    ).toBe('invalid_context settings.escalateBreachesTo');
    expect(
      refusal((json) => {
        json.context.reminded = [1];
      }),
    ).toBe('invalid_context reminded');
    // What was accepted stays accepted: no reminders as null, settings as an array, an unusable asOf.
    expect(
      refusal((json) => {
        json.context.reminded = null;
        json.context.settings = [];
        json.context.asOf = 42;
      }),
    ).toBe('restored');
  });

  it('refuses a history that does not match the schema, with the issues', () => {
    const json = stored(screening()) as { context: { history: Record<string, unknown>[] } };
    json.context.history[1] = { ...json.context.history[1], at: '2025-03-27 10:00' };
    try {
      restoreSnapshot(json, opts);
      expect.unreachable();
    } catch (error) {
      expect((error as SnapshotError).details.reason).toBe('invalid_context');
      expect((error as SnapshotError).details.field).toBe('history');
      expect((error as SnapshotError).details.issues).toBeInstanceOf(Array);
    }
  });

  it('refuses a history out of order, an unknown zone, and bad settings', () => {
    const outOfOrder = stored(screening()) as { context: { history: { at: string }[] } };
    outOfOrder.context.history[1]!.at = wib('2025-03-20');
    expect(reasonOf(() => restoreSnapshot(outOfOrder, opts))).toBe('invalid_context');
    const zone = stored(screening()) as { context: { zone: string } };
    zone.context.zone = 'Mars/Olympus';
    expect(reasonOf(() => restoreSnapshot(zone, opts))).toBe('invalid_context');
    const settings = stored(screening()) as { context: { settings: { escalateBreachesTo: string } } };
    settings.context.settings.escalateBreachesTo = 'presiden';
    expect(reasonOf(() => restoreSnapshot(settings, opts))).toBe('invalid_context');
  });

  it("with verify: 'replay', refuses a state the history does not lead to", () => {
    const json = { ...stored(screening()), value: 'fileComplete' };
    expect(restoreSnapshot(json, opts).value).toBe('fileComplete');
    expect(reasonOf(() => restoreSnapshot(json, { ...opts, verify: 'replay' }))).toBe('replay_mismatch');
    expect(restoreSnapshot(stored(screening()), { ...opts, verify: 'replay' }).value).toBe('screening');
  });
});

describe('migrateSnapshot', () => {
  it('ships three migrations: the bare XState snapshot (v0) to the envelope (v1), the revision (v2), no stored report (v3)', () => {
    expect(SNAPSHOT_MIGRATIONS.map((m) => [m.from, m.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('moves the instant of a version 2 report to context.asOf and drops the report', () => {
    const snapshot = screening();
    const { asOf, ...context } = stored(snapshot).context as Record<string, unknown>;
    const v2 = {
      ...stored(snapshot),
      schemaVersion: 2,
      context: { ...context, deadlines: JSON.parse(JSON.stringify(snapshot.context.deadlines)) },
    };
    const copy = structuredClone(v2);
    const migrated = migrateSnapshot(v2);
    expect(v2).toEqual(copy);
    expect(migrated).toEqual(stored(snapshot));
    expect((migrated.context as Record<string, unknown>).asOf).toBe(asOf);
    expect(restoreSnapshot(v2, opts)).toEqual(snapshot);
  });

  it('gives a version 1 snapshot the length of its history as its revision', () => {
    const { revision: _revision, ...current } = stored(screening()) as Record<string, unknown>;
    const v1 = { ...current, schemaVersion: 1 };
    const copy = structuredClone(v1);
    const migrated = migrateSnapshot(v1);
    expect(v1).toEqual(copy);
    expect(migrated).toMatchObject({ schemaVersion: 3, revision: 2 });
    const restored = restoreSnapshot(v1, opts);
    expect(restored.revision).toBe(2);
    expect(restored.value).toBe('screening');
  });

  it('migrates what actor.getPersistedSnapshot() stored, and the restored complaint carries on', () => {
    const machine = createComplaintMachine(
      createDeadlineEngine(bothPolicies, { calendar: nationalCalendar }),
    );
    const actor = createActor(machine, {
      input: { submission: submission(wib('2025-03-27')), zone: 'Asia/Jakarta' },
    });
    actor.start();
    actor.send(ev('complaint.received', wib('2025-03-27', '10:00:00'), system, {}));
    actor.send(ev('file.declared_complete', wib('2025-03-28'), admin, {}));
    const bare = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    expect(bare.schemaVersion).toBeUndefined();
    expect(bare.value).toBe('fileComplete');

    const copy = structuredClone(bare);
    const migrated = migrateSnapshot(bare);
    expect(bare).toEqual(copy);
    expect(migrated).toMatchObject({
      schemaVersion: 3,
      machine: { id: 'pengaduan.complaint', version: 1 },
      revision: 3,
      value: 'fileComplete',
    });
    expect(migrated).not.toHaveProperty('historyValue');
    expect(migrated).not.toHaveProperty('children');

    const restored = restoreSnapshot(bare, opts);
    expect(allowedEvents(restored, 'admin_instansi')).toContain('complaint.dispositioned');
    const next = applyEvent(
      restored,
      ev('complaint.dispositioned', wib('2025-03-28', '10:00:00'), admin, {
        unitId: 'opd-1',
        unitKind: 'opd',
      }),
      opts,
    );
    expect(next.snapshot.value).toBe('dispositioned');
  });

  it('fills the context fields a v0 snapshot may lack with their documented defaults', () => {
    const { reminded: _r, settings: _s, ...context } = stored(screening()).context as Record<string, unknown>;
    const restored = restoreSnapshot(
      { status: 'active', value: 'screening', historyValue: {}, children: {}, context },
      opts,
    );
    expect(restored.context.reminded).toEqual([]);
    expect(restored.context.settings).toEqual({ escalateBreachesTo: null });
  });

  it('refuses newer versions, other machines, unknown versions and non-snapshots', () => {
    const json = stored(screening());
    expect(reasonOf(() => migrateSnapshot({ ...json, schemaVersion: 4 }))).toBe('newer_version');
    expect(
      reasonOf(() => migrateSnapshot({ ...json, machine: { id: 'pengaduan.complaint', version: 2 } })),
    ).toBe('newer_version');
    expect(reasonOf(() => migrateSnapshot({ ...json, machine: { id: 'order-approval', version: 1 } }))).toBe(
      'unknown_machine',
    );
    expect(
      reasonOf(() => migrateSnapshot({ ...json, machine: { id: 'pengaduan.complaint', version: 0 } })),
    ).toBe('no_migration');
    expect(reasonOf(() => migrateSnapshot({ ...json, schemaVersion: -1 }))).toBe('not_a_snapshot');
    expect(reasonOf(() => migrateSnapshot('screening'))).toBe('not_a_snapshot');
    expect(reasonOf(() => migrateSnapshot({ state: 'screening' }))).toBe('not_a_snapshot');
  });

  it('makes applyEvent refuse a snapshot that was not restored first', () => {
    const bare = {
      status: 'active',
      value: 'screening',
      historyValue: {},
      children: {},
      context: stored(screening()).context,
    };
    expect(
      reasonOf(() =>
        applyEvent(bare as never, ev('complaint.held', wib('2025-03-28'), admin, { reason: 'x' }), opts),
      ),
    ).toBe('no_migration');
  });
});

describe('replayHistory', () => {
  it('replays a history, records made by the machine included, to the same state', () => {
    let s = screening();
    s = applyEvent(s, ev('file.declared_complete', wib('2025-04-14'), admin, {}), opts).snapshot;
    expect(s.context.history.map((e) => e.type)).toContain('sla.breach_recorded');
    expect(replayHistory(s.context.history, opts).context.history).toEqual(s.context.history);
  });

  it('names the event the machine refuses', () => {
    const history = [
      ...screening().context.history,
      ev('decision.made', wib('2025-03-28'), admin, { outcome: 'upheld', summary: 'x' }),
    ];
    expect(() => replayHistory(history, opts)).toThrow(/history \[2\]/);
  });
});
