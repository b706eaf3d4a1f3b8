import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEnvelope } from '../../src/machine/_lib/envelope.js';
import {
  allowedEvents,
  applyEvent,
  type ComplaintSnapshot,
  replayHistory,
  restoreSnapshot,
  safeApplyEvent,
  startComplaint,
} from '../../src/machine/index.js';
import { candidateEvents, modelInput, modelMachine, modelPolicy } from './_model.js';

const opts = { policy: modelPolicy };

/** Runs a complaint through the events chosen by `choices` (indices into the candidates of each step). */
function run(choices: readonly number[]) {
  let snapshot: ComplaintSnapshot = startComplaint(modelInput.submission, opts).snapshot;
  const steps: { before: ComplaintSnapshot; ok: boolean; after: ComplaintSnapshot }[] = [];
  for (const choice of choices) {
    const candidates = candidateEvents(fromEnvelope(modelMachine, snapshot.value, snapshot.context));
    const event = candidates[choice % candidates.length]!;
    const result = safeApplyEvent(snapshot, event, opts);
    steps.push({ before: snapshot, ok: result.success, after: result.snapshot });
    snapshot = result.snapshot;
  }
  return { snapshot, steps };
}

const choices = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 18 });

describe('properties of any run of the machine', () => {
  it('only ever appends to the history, in time order, and a refusal changes nothing', () => {
    fc.assert(
      fc.property(choices, (picks) => {
        for (const { before, ok, after } of run(picks).steps) {
          if (!ok) expect(after).toBe(before);
          expect(after.context.history.slice(0, before.context.history.length)).toEqual(
            before.context.history,
          );
          const times = after.context.history.map((e) => Date.parse(e.at));
          expect(times).toEqual([...times].sort((a, b) => a - b));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reaches the same state when its history is replayed, and survives a JSON round trip', () => {
    fc.assert(
      fc.property(choices, (picks) => {
        const { snapshot } = run(picks);
        const replayed = replayHistory(snapshot.context.history, opts);
        expect(replayed.value).toBe(snapshot.value);
        expect(replayed.context.history).toEqual(snapshot.context.history);
        expect(restoreSnapshot(JSON.parse(JSON.stringify(snapshot)), { ...opts, verify: 'replay' })).toEqual(
          snapshot,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('takes a second identical tick as a no-op', () => {
    fc.assert(
      fc.property(choices, fc.integer({ min: 1, max: 24 * 120 }), (picks, hours) => {
        const { snapshot } = run(picks);
        const last = Date.parse(snapshot.context.history.at(-1)!.at);
        const at = new Date(last + hours * 3_600_000).toISOString();
        const once = applyEvent(snapshot, { type: 'sla.tick', at }, opts);
        const twice = applyEvent(once.snapshot, { type: 'sla.tick', at }, opts);
        expect(twice.snapshot).toBe(once.snapshot);
        expect(twice.effects).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('accepts an event of a type allowedEvents did not list for its role, never', () => {
    fc.assert(
      fc.property(choices, (picks) => {
        for (const { before, ok, after } of run(picks).steps) {
          if (!ok || after.context.history.length === before.context.history.length) continue;
          const added = after.context.history.at(-1)!;
          const caller =
            after.context.history
              .slice(before.context.history.length)
              .find((e) => e.actor.role !== 'system') ?? added;
          expect(allowedEvents(before, caller.actor.role)).toContain(caller.type);
        }
      }),
      { numRuns: 40 },
    );
  });
});
