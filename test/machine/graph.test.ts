import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { toEnvelope } from '../../src/machine/_lib/envelope.js';
import {
  allowedEvents,
  COMPLAINT_STATES,
  type ComplaintMachine,
  type ComplaintSnapshot,
  restoreSnapshot,
  safeApplyEvent,
} from '../../src/machine/index.js';
import { mayRoleSend } from '../../src/machine/permissions.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { ACTOR_ROLES } from '../../src/schema/ActorSchema.js';
import {
  candidateEvents,
  lastDecisionHasCompensation,
  modelInput,
  modelMachine,
  modelPolicy,
  serializeModelState,
} from './_model.js';

type Snap = SnapshotFrom<ComplaintMachine>;
const traversal = {
  input: modelInput,
  events: (s: Snap) => candidateEvents(s),
  serializeState: (s: Snap) => serializeModelState(s),
} as const;

const paths = getShortestPaths(modelMachine, traversal as never) as unknown as {
  state: Snap;
  steps: { event: { type: string } }[];
}[];

describe('the lifecycle graph (xstate/graph, UU 25/2009 + SP4N-LAPOR!)', () => {
  it('reaches every state of the machine', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual([...COMPLAINT_STATE_IDS].sort());
  });

  it('reaches every final state, each as a done snapshot', () => {
    const finals = COMPLAINT_STATE_IDS.filter((id) => COMPLAINT_STATES[id].final);
    expect(finals.sort()).toEqual(['archived', 'closed', 'referred', 'settled', 'withdrawn']);
    for (const id of finals) {
      const path = paths.find((p) => p.state.value === id);
      expect(path?.state.status, id).toBe('done');
    }
  });

  it('has no dead end: from every reachable open vertex some final state can still be reached', () => {
    const adjacency = getAdjacencyMap(modelMachine, traversal as never) as unknown as Record<
      string,
      { state: Snap; transitions: Record<string, { state: Snap }> }
    >;
    const next = new Map<string, Set<string>>();
    for (const [key, vertex] of Object.entries(adjacency)) {
      next.set(key, new Set(Object.values(vertex.transitions).map((t) => serializeModelState(t.state))));
    }
    const canFinish = new Set(Object.keys(adjacency).filter((k) => adjacency[k]!.state.status === 'done'));
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, targets] of next) {
        if (!canFinish.has(key) && [...targets].some((t) => canFinish.has(t))) {
          canFinish.add(key);
          grew = true;
        }
      }
    }
    const stuck = Object.keys(adjacency).filter((k) => !canFinish.has(k));
    expect(stuck).toEqual([]);
    expect(Object.keys(adjacency).length).toBeGreaterThan(100);
  });

  it('lists every simple path to settled through a decision with compensation that was notified and paid', () => {
    const simple = getSimplePaths(modelMachine, {
      ...traversal,
      serializeState: (s: Snap) =>
        `${String(s.value)}${lastDecisionHasCompensation(s.context.history) ? '+ganti-rugi' : ''}`,
      toState: (s: Snap) => s.value === 'settled',
    } as never) as unknown as { steps: { event: { type: string } }[] }[];
    expect(simple.length).toBeGreaterThan(0);
    for (const path of simple) {
      const types = path.steps.map((s) => s.event.type);
      expect(types.slice(-3)).toEqual(['decision.made', 'decision.notified', 'compensation.paid']);
      expect(types).toContain('file.declared_complete');
    }
  });

  describe('a persisted snapshot behaves identically at every reachable vertex', () => {
    const roundTrips = paths.map((path) => {
      const original: ComplaintSnapshot = toEnvelope(path.state, 1);
      const stored = JSON.parse(JSON.stringify(original));
      const restored = restoreSnapshot(stored, { policy: modelPolicy });
      // What a host that stored XState's own persisted snapshot has: restored through the v0 migration.
      const bare = JSON.parse(JSON.stringify(modelMachine.getPersistedSnapshot(path.state)));
      const migrated = restoreSnapshot(bare, { policy: modelPolicy });
      return { key: serializeModelState(path.state), path, original, restored, migrated };
    });

    it('restores the same state, history and deadlines from JSON, and from a bare XState snapshot', () => {
      for (const { key, original, restored, migrated } of roundTrips) {
        expect(restored, key).toEqual(original);
        expect(migrated.value, key).toBe(original.value);
        expect(migrated.context.history, key).toEqual(original.context.history);
        expect(migrated.context.deadlines, key).toEqual(original.context.deadlines);
      }
    });

    it('allows the same events for every role', () => {
      for (const { key, original, restored, migrated } of roundTrips) {
        for (const role of ACTOR_ROLES) {
          expect(allowedEvents(restored, role), `${key} ${role}`).toEqual(allowedEvents(original, role));
          expect(allowedEvents(migrated, role), `${key} ${role}`).toEqual(allowedEvents(original, role));
        }
      }
    });

    it('gives the same result for every next event', () => {
      for (const { key, path, original, restored } of roundTrips) {
        for (const event of candidateEvents(path.state)) {
          const a = safeApplyEvent(original, event, { policy: modelPolicy });
          const b = safeApplyEvent(restored, event, { policy: modelPolicy });
          expect(b.success, `${key} ${event.type}`).toBe(a.success);
          if (a.success && b.success) {
            expect(b.snapshot, `${key} ${event.type}`).toEqual(a.snapshot);
            expect(b.effects).toEqual(a.effects);
          } else if (!a.success && !b.success) {
            expect(b.error.details.reason, `${key} ${event.type}`).toBe(a.error.details.reason);
          }
        }
      }
    }, 120_000); // every reachable vertex × every next event, twice: slow on a shared machine
  });

  it('refuses every event from a role the permission table denies, and allows what it accepts, in every state', () => {
    const onePerState = new Map<string, (typeof paths)[number]>();
    for (const path of paths)
      if (!onePerState.has(String(path.state.value))) onePerState.set(String(path.state.value), path);
    for (const [state, path] of onePerState) {
      const snapshot = toEnvelope(path.state, 1);
      for (const event of candidateEvents(path.state)) {
        if (event.type === 'sla.tick') continue;
        for (const role of ACTOR_ROLES) {
          const actor = event.actor.unitId === undefined ? { role } : { role, unitId: event.actor.unitId };
          const result = safeApplyEvent(snapshot, { ...event, actor } as never, { policy: modelPolicy });
          const label = `${state}: ${event.type} from ${role}`;
          if (!mayRoleSend(event.type, role)) {
            expect(result.success, label).toBe(false);
            if (!result.success)
              expect(result.error.details.reason, label).toBe(
                snapshot.status === 'done' ? 'complaint_ended' : 'role_not_permitted',
              );
          } else if (result.success) {
            expect(allowedEvents(snapshot, role), label).toContain(event.type);
          }
        }
      }
    }
  });
});
