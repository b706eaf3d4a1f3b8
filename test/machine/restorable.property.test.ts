import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, HistoryEvent } from '../../src/history/types.js';
import {
  applyEvent,
  type ComplaintEvent,
  type ComplaintSnapshot,
  replayHistory,
  restoreSnapshot,
  safeApplyEvent,
  startComplaint,
} from '../../src/machine/index.js';
import {
  combinePolicies,
  createUu25Policy,
  ombudsmanPolicy,
  type Policy,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  uu25Policy,
} from '../../src/rules/index.js';
import { HistoryEventSchema } from '../../src/schema/index.js';
import { admin, ev, plusHours, submission, supervisor, system } from './_fixtures.js';

// Issue 8, defect 1 and "restorable always": random walks over every preset (and combinations),
// with gaps from minutes to months between events, units that reject and are dispositioned again,
// and breaches that escalate. After every step, every event the library wrote passes the library's
// own schema, the JSON round trip restores the same state and deadlines, and the history replays.

const POLICIES: readonly (readonly [string, Policy])[] = [
  ['uu25', uu25Policy],
  ['uu25 working days', createUu25Policy({ hari: 'working_days' })],
  ['sp4n', sp4nLaporPolicy],
  ['tiered', tieredLocalPolicy],
  ['ombudsman', ombudsmanPolicy],
  ['uu25 + sp4n', combinePolicies([uu25Policy, sp4nLaporPolicy])],
  ['uu25 + sp4n + ombudsman', combinePolicies([uu25Policy, sp4nLaporPolicy, ombudsmanPolicy])],
];

const UNITS = ['dinsos', 'dukcapil', 'inspektorat'] as const;
const penghubung = (unitId: string): Actor => ({ role: 'admin_penghubung', unitId });
const pelapor: Actor = { role: 'complainant', id: 'warga-9' };

/** One thing someone could do next, at `at`. */
function eventFor(kind: number, unit: string, at: string): ComplaintEvent {
  const events: ComplaintEvent[] = [
    ev('complaint.received', at, system, {}),
    ev('file.declared_complete', at, admin, {}),
    ev('file.declared_incomplete', at, admin, { missing: ['KTP'] }),
    ev('file.completed', at, pelapor, {}),
    ev('complaint.dispositioned', at, admin, {
      unitId: unit,
      unitKind: unit === 'inspektorat' ? 'apip' : 'opd',
    }),
    ev('disposition.rejected', at, penghubung(unit), { unitId: unit, reason: 'bukan wewenang' }),
    ev('followup.posted', at, penghubung(unit), { unitId: unit, summary: 'Sudah ditindaklanjuti' }),
    ev('examination.started', at, admin, {}),
    ev('decision.made', at, supervisor, { outcome: 'upheld', summary: 'Beralasan' }),
    ev('decision.made', at, supervisor, {
      outcome: 'partially_upheld',
      summary: 'Ganti rugi',
      compensation: { amount: 500_000, dueOn: '2027-06-30' },
    }),
    ev('decision.notified', at, system, { channel: 'email' }),
    ev('compensation.paid', at, admin, { amount: 500_000 }),
    ev('complainant.replied', at, pelapor, { kind: 'dispute', message: 'Belum selesai' }),
    ev('complainant.replied', at, pelapor, { kind: 'accept' }),
    ev('admin.replied', at, admin, { message: 'Mohon ditunggu' }),
    ev('complaint.reopened', at, supervisor, { reason: 'bantahan beralasan' }),
    ev('complaint.held', at, admin, { reason: 'menunggu data' }),
    ev('complaint.resumed', at, admin, {}),
    ev('complaint.escalated', at, pelapor, { to: 'ombudsman' }),
    ev('ombudsman.lhp_received', at, admin, { reference: 'LHP-1' }),
    ev('ombudsman.lhp_acted', at, admin, { summary: 'Dilaksanakan' } as never),
    { type: 'sla.tick', at },
    { type: 'sla.tick', at },
    { type: 'sla.tick', at },
  ];
  return events[kind % events.length]!;
}

const step = fc.record({
  kind: fc.nat({ max: 200 }),
  unit: fc.constantFrom(...UNITS),
  // From a minute to about four months after the last event.
  minutes: fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 600, max: 60 * 24 * 120 })),
});
const walk = fc.record({
  policy: fc.constantFrom(...POLICIES),
  escalate: fc.constantFrom(null, 'atasan' as const),
  start: fc.integer({ min: 0, max: 365 * 2 }),
  steps: fc.array(step, { minLength: 1, maxLength: 22 }),
});

function shift(instant: string, minutes: number): string {
  return plusHours(instant, minutes / 60);
}

function checkRestorable(snapshot: ComplaintSnapshot, policy: Policy, escalate: 'atasan' | null) {
  const options = { policy };
  for (const event of snapshot.context.history) {
    const parsed = HistoryEventSchema.safeParse(event);
    if (!parsed.success)
      throw new Error(`the library wrote an event its schema refuses: ${JSON.stringify(event)}`);
  }
  const restored = restoreSnapshot(JSON.parse(JSON.stringify(snapshot)), options);
  expect(restored.value).toBe(snapshot.value);
  expect(restored.revision).toBe(snapshot.revision);
  expect(restored.context.history).toEqual(snapshot.context.history);
  expect(restored.context.deadlines).toEqual(snapshot.context.deadlines);
  const replayed = replayHistory(snapshot.context.history, { ...options, escalateBreachesTo: escalate });
  expect(replayed.value).toBe(snapshot.value);
  expect(replayed.context.history).toEqual(snapshot.context.history);
}

const RUNS = Number(process.env.PENGADUAN_FUZZ_RUNS ?? 0) || 60;

describe('every complaint the machine produces is restorable (issue 8)', () => {
  it('writes only events its own schema accepts, restores and replays at every step of random walks over every preset', () => {
    fc.assert(
      fc.property(walk, ({ policy: [, policy], escalate, start, steps }) => {
        const options = { policy };
        const at0 = plusHours('2025-01-06T09:00:00+07:00', start * 24);
        let snapshot = startComplaint(submission(at0), { ...options, escalateBreachesTo: escalate }).snapshot;
        for (const { kind, unit, minutes } of steps) {
          const last: HistoryEvent = snapshot.context.history.at(-1)!;
          const at = shift(last.at, minutes);
          const result = safeApplyEvent(snapshot, eventFor(kind, unit, at), options);
          if (!result.success) continue;
          snapshot = result.snapshot;
          checkRestorable(snapshot, policy, escalate);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('restores the breach of a second run of a per-unit clock (defect 1: the `~2` key)', () => {
    const options = { policy: sp4nLaporPolicy };
    let { snapshot } = startComplaint(submission('2025-06-02T09:00:00+07:00'), options);
    for (const event of [
      ev('complaint.received', '2025-06-02T09:10:00+07:00', admin, {}),
      ev('file.declared_complete', '2025-06-02T10:00:00+07:00', admin, {}),
      ev('complaint.dispositioned', '2025-06-02T11:00:00+07:00', admin, {
        unitId: 'dinsos',
        unitKind: 'opd',
      }),
      ev('disposition.rejected', '2025-06-03T09:00:00+07:00', penghubung('dinsos'), {
        unitId: 'dinsos',
        reason: 'salah unit',
      }),
      ev('complaint.dispositioned', '2025-06-03T10:00:00+07:00', admin, {
        unitId: 'dinsos',
        unitKind: 'opd',
      }),
      { type: 'sla.tick', at: '2025-07-30T10:00:00+07:00' } as const,
    ]) {
      snapshot = applyEvent(snapshot, event, options).snapshot;
    }
    const breach = snapshot.context.history.find(
      (e) => e.type === 'sla.breach_recorded' && e.data.clockKey.includes('~2'),
    );
    expect(breach).toMatchObject({ data: { clockKey: 'sp4n.followup@dinsos~2' } });
    expect(HistoryEventSchema.safeParse(breach).success).toBe(true);
    checkRestorable(snapshot, sp4nLaporPolicy, null);
    expect(
      restoreSnapshot(JSON.parse(JSON.stringify(snapshot)), { ...options, verify: 'replay' }).value,
    ).toBe('dispositioned');
  });

  it('writes a valid id for the breach of a clock of a unit with a long id', () => {
    const options = { policy: sp4nLaporPolicy };
    const unitId = `unit-${'x'.repeat(120)}`;
    let { snapshot } = startComplaint(submission('2025-06-02T09:00:00+07:00'), options);
    for (const event of [
      ev('complaint.received', '2025-06-02T09:10:00+07:00', admin, {}),
      ev('file.declared_complete', '2025-06-02T10:00:00+07:00', admin, {}),
      ev('complaint.dispositioned', '2025-06-02T11:00:00+07:00', admin, { unitId, unitKind: 'opd' }),
      { type: 'sla.tick', at: '2025-07-30T10:00:00+07:00' } as const,
    ]) {
      snapshot = applyEvent(snapshot, event, options).snapshot;
    }
    expect(snapshot.context.history.some((e) => e.type === 'sla.breach_recorded')).toBe(true);
    checkRestorable(snapshot, sp4nLaporPolicy, null);
  });
});
