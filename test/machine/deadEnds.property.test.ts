import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/history/types.js';
import { type ComplaintEvent, safeApplyEvent, startComplaint } from '../../src/machine/index.js';
import {
  combinePolicies,
  ombudsmanPolicy,
  type Policy,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  uu25Policy,
} from '../../src/rules/index.js';
import { admin, complainant, ev, plusHours, submission, supervisor, system } from './_fixtures.js';

// Issue 8, defect 6: a complaint that is not final either has a next wake-up, or waits on a person
// with no limit left to run (docs/decisions.md, "Every non-final state has a next wake-up …"): no
// clock is still running, and every breach that fell due is recorded.

const POLICIES: readonly Policy[] = [
  uu25Policy,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  ombudsmanPolicy,
  combinePolicies([uu25Policy, sp4nLaporPolicy]),
];
const penghubung = (unitId: string): Actor => ({ role: 'admin_penghubung', unitId });

function eventsAt(at: string, unit: string): ComplaintEvent[] {
  return [
    ev('complaint.received', at, system, {}),
    ev('file.declared_complete', at, admin, {}),
    ev('file.declared_incomplete', at, admin, { missing: ['KTP'] }),
    ev('file.declared_incomplete', at, admin, { missing: ['KTP'], receivedByComplainantAt: at }),
    ev('file.completed', at, complainant, {}),
    ev('complaint.dispositioned', at, admin, { unitId: unit, unitKind: 'opd' }),
    ev('disposition.rejected', at, penghubung(unit), { unitId: unit, reason: 'bukan wewenang' }),
    ev('followup.posted', at, penghubung(unit), { unitId: unit, summary: 'Ditangani' }),
    ev('examination.started', at, admin, {}),
    ev('decision.made', at, supervisor, { outcome: 'upheld', summary: 'Beralasan' }),
    ev('decision.notified', at, system, { channel: 'email' }),
    ev('complainant.replied', at, complainant, { kind: 'dispute', message: 'Belum' }),
    ev('complainant.replied', at, complainant, { kind: 'comment', message: 'Kapan?' }),
    ev('admin.replied', at, admin, { message: 'Ditunggu' }),
    ev('complaint.reopened', at, supervisor, { reason: 'bantahan beralasan' }),
    ev('complaint.held', at, admin, { reason: 'menunggu data' }),
    ev('complaint.resumed', at, admin, {}),
    { type: 'sla.tick', at },
    { type: 'sla.tick', at },
    { type: 'sla.tick', at },
  ];
}

const RUNS = Number(process.env.PENGADUAN_FUZZ_RUNS ?? 0) || 150;

describe('no dead ends (issue 8, defect 6)', () => {
  it('gives every open complaint a next wake-up unless no clock is left running and every breach is recorded', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POLICIES),
        fc.array(
          fc.tuple(
            fc.nat({ max: 100 }),
            fc.integer({ min: 1, max: 60 * 24 * 90 }),
            fc.constantFrom('a', 'b'),
          ),
          { maxLength: 20 },
        ),
        (policy, steps) => {
          const options = { policy };
          let snapshot = startComplaint(submission('2025-01-06T09:00:00+07:00'), options).snapshot;
          for (const [kind, minutes, unit] of steps) {
            const at = plusHours(snapshot.context.history.at(-1)!.at, minutes / 60);
            const events = eventsAt(at, unit);
            const result = safeApplyEvent(snapshot, events[kind % events.length]!, options);
            if (!result.success) continue;
            snapshot = result.snapshot;
            if (snapshot.status === 'done' || result.wakeUpAt !== null) continue;
            const { clocks } = snapshot.context.deadlines;
            expect(clocks.filter((c) => c.status === 'running').map((c) => c.key)).toEqual([]);
            const recorded = new Set(
              snapshot.context.history.flatMap((e) =>
                e.type === 'sla.breach_recorded' ? [e.data.clockKey] : [],
              ),
            );
            const unrecorded = clocks.filter((c) => c.status === 'breached' && !recorded.has(c.key));
            expect(unrecorded.map((c) => c.key)).toEqual([]);
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
