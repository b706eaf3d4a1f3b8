import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nationalCalendar } from '../../src/holidays/index.js';
import { applyEvent, migrateSnapshot, restoreSnapshot } from '../../src/machine/index.js';
import { evaluateSla } from '../../src/sla/index.js';
import { bothPolicies } from './_fixtures.js';

/**
 * Snapshots as earlier versions of the library stored them, recorded by those versions and kept as
 * files: every stored complaint must still restore, whatever the current format.
 *
 * `snapshot-v2.json`: schema version 2 (with the whole deadline report), written on 2026-12-02 by the
 * library as it was then. Under both policies with breaches escalated to the atasan: received,
 * declared complete, dispositioned to one unit, then three ticks (a reminder, the follow-up breach
 * with its escalation, then a reminder only, so the report is as of a later instant than the last
 * event).
 */
function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'machine', name), 'utf8'));
}

const opts = { policy: bothPolicies };

describe('stored snapshots of schema version 2', () => {
  const stored = fixture('snapshot-v2.json');
  const context = stored.context as {
    history: { type: string }[];
    zone: string;
    deadlines: { asOf: string };
    reminded: string[];
    settings: unknown;
  };

  it('restore to the complaint they were, with the deadlines as of the same instant', () => {
    const restored = restoreSnapshot(stored, opts);
    expect(restored.value).toBe('dispositioned');
    expect(restored.status).toBe('active');
    expect(restored.revision).toBe(7);
    expect(restored.context.history).toEqual(context.history);
    expect(restored.context.reminded).toEqual(['sp4n.followup@dinas-pupr', 'uu25.decision']);
    expect(restored.context.settings).toEqual({ escalateBreachesTo: 'atasan' });
    expect(restored.context.deadlines.asOf).toBe('2025-05-02T00:00:00.000+07:00');
    expect(restored.context.deadlines).toEqual(
      evaluateSla(restored.context.history, bothPolicies, {
        calendar: nationalCalendar,
        asOf: '2025-05-02T00:00:00.000+07:00',
        zone: 'Asia/Jakarta',
      }),
    );
    // Same calendar data as when it was written: the recomputed report is the stored one.
    expect(restored.context.deadlines).toEqual(context.deadlines);
  });

  it('carry on where they stopped: the next tick records the decision breach, once', () => {
    const restored = restoreSnapshot(stored, opts);
    const tick = { type: 'sla.tick', at: '2025-05-05T00:00:00.000+07:00' } as const;
    const next = applyEvent(restored, tick, opts);
    expect(next.appended.map((e) => e.type)).toEqual(['sla.breach_recorded']);
    expect(next.snapshot.revision).toBe(8);
    expect(applyEvent(next.snapshot, tick, opts).appended).toEqual([]);
  });

  it('are migrated without changing the stored object', () => {
    const copy = structuredClone(stored);
    migrateSnapshot(stored);
    restoreSnapshot(stored, opts);
    expect(stored).toEqual(copy);
  });
});
