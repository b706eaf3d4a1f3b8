import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ApplyOutcome, applyToSnapshot } from '../../src/machine/_lib/apply.js';
import { runtimeFor } from '../../src/machine/_lib/runtime.js';
import {
  type ComplaintEvent,
  type ComplaintSnapshot,
  restoreSnapshot,
  startComplaint,
} from '../../src/machine/index.js';
import { combinePolicies, ombudsmanPolicy, sp4nLaporPolicy, uu25Policy } from '../../src/rules/index.js';
import { plusHours, submission } from './_fixtures.js';
import { candidateEvents } from './_model.js';

// `applyEvent` skips a tick (the catch-up before a person's event, or the host's own) when it can
// prove that nothing is due, and reuses the stored report for the effects when it is the one needed
// (src/machine/_lib/quiet.ts). These walks apply every step both ways, with the shortcuts and
// without, and require the same outcome to the last field: snapshot (deadlines included), effects,
// appended events, wake-up, or the same refusal. Steps land before, at and after the wake-up the
// previous call named, and some go through storage (JSON and restoreSnapshot) first.

const POLICY_SETS = [
  combinePolicies([uu25Policy, sp4nLaporPolicy]),
  combinePolicies([uu25Policy, sp4nLaporPolicy, ombudsmanPolicy]),
  uu25Policy,
] as const;

/** Where a step lands in time, from the last event `last` and the last wake-up `wake`. */
function instantFor(kind: number, last: string, wake: string | null): string {
  const target = wake ?? plusHours(last, 24 * 30);
  switch (kind) {
    case 0:
      return plusHours(last, 1);
    case 1:
      return plusHours(last, 24 * 3);
    case 2:
      return plusHours(target, -1 / 3600); // just before the wake-up (to the second)
    case 3:
      return target; // the wake-up itself
    case 4:
      return plusHours(target, 5);
    default:
      return plusHours(last, 24 * 60);
  }
}

function same(shortcut: ApplyOutcome, plain: ApplyOutcome, given: ComplaintSnapshot): void {
  expect(shortcut.ok).toBe(plain.ok);
  if (shortcut.ok && plain.ok) {
    expect(shortcut.result.snapshot).toEqual(plain.result.snapshot);
    expect(shortcut.result.effects).toEqual(plain.result.effects);
    expect(shortcut.result.appended).toEqual(plain.result.appended);
    expect(shortcut.result.wakeUpAt).toBe(plain.result.wakeUpAt);
    expect(shortcut.result.duplicate).toBe(plain.result.duplicate);
    // An unchanged snapshot is given back as it is, both ways.
    expect(shortcut.result.snapshot === given).toBe(plain.result.snapshot === given);
  } else if (!shortcut.ok && !plain.ok) {
    expect(shortcut.error.name).toBe(plain.error.name);
    expect(shortcut.error.details).toEqual(plain.error.details);
    expect(shortcut.error.message).toBe(plain.error.message);
  }
}

describe('skipping a tick that finds nothing due', () => {
  it('gives what running it gives, step by step along random walks', () => {
    let skipped = 0;
    let ran = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: POLICY_SETS.length - 1 }),
        fc.array(
          fc.record({
            tick: fc.boolean(),
            pick: fc.nat(),
            when: fc.integer({ min: 0, max: 5 }),
            restore: fc.integer({ min: 0, max: 4 }),
          }),
          { minLength: 1, maxLength: 14 },
        ),
        (policyIndex, steps) => {
          const options = { policy: POLICY_SETS[policyIndex]! };
          const runtime = runtimeFor(options);
          const started = startComplaint(submission('2025-03-24T09:00:00+07:00'), {
            ...options,
            escalateBreachesTo: 'atasan',
          });
          let snapshot: ComplaintSnapshot = started.snapshot;
          let wake = started.wakeUpAt;
          for (const step of steps) {
            if (snapshot.status === 'done') break;
            if (step.restore === 0) snapshot = restoreSnapshot(JSON.parse(JSON.stringify(snapshot)), options);
            const history = snapshot.context.history;
            const at = instantFor(step.when, history[history.length - 1]!.at, wake);
            let event: ComplaintEvent;
            if (step.tick) {
              event = { type: 'sla.tick', at };
            } else {
              const candidates = candidateEvents(snapshot as never).filter((e) => e.type !== 'sla.tick');
              event = { ...candidates[step.pick % candidates.length]!, at } as ComplaintEvent;
            }
            const plain = applyToSnapshot(runtime, snapshot, event, {
              locale: 'en',
              catchUp: true,
              shortcuts: false,
            });
            const shortcut = applyToSnapshot(runtime, snapshot, event, { locale: 'en', catchUp: true });
            same(shortcut, plain, snapshot);
            if (shortcut.ok) {
              // Whether the shortcut could apply: the last call's wake-up is after the step.
              if (wake === null || Date.parse(at) < Date.parse(wake)) skipped++;
              else ran++;
              snapshot = shortcut.result.snapshot;
              wake = shortcut.result.wakeUpAt;
            }
          }
        },
      ),
      { numRuns: 150, seed: 20261202 },
    );
    // Both branches were taken many times.
    expect(skipped).toBeGreaterThan(100);
    expect(ran).toBeGreaterThan(100);
  });
});
