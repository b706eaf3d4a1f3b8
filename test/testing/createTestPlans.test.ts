import { describe, expect, it } from 'vitest';
import { applyEvent, type ComplaintSnapshot, startComplaint } from '../../src/machine/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { combinePolicies, sp4nLaporPolicy, uu25Policy } from '../../src/rules/index.js';
import { createTestPlans } from '../../src/testing/index.js';

const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
const plans = createTestPlans({ policy });

describe('createTestPlans (xstate/graph over the lifecycle machine)', () => {
  it('gives a shortest path to every state of the machine', () => {
    const targets = plans.filter((p) => p.kind === 'reach_state').map((p) => p.target);
    expect(targets.sort()).toEqual([...COMPLAINT_STATE_IDS].sort());
    expect(plans.find((p) => p.id === 'reach:screening')?.steps.map((s) => s.event.type)).toEqual([
      'complaint.submitted',
      'complaint.received',
    ]);
  });

  it('covers every transition that changes the state, including the lapses delivered by the scheduler', () => {
    const ids = new Set(plans.filter((p) => p.kind === 'cover_transition').map((p) => p.id));
    for (const id of [
      'cover:awaitingCompletion --sla.tick--> withdrawn',
      'cover:awaitingFeedback --sla.tick--> closed',
      'cover:disputed --complaint.reopened--> dispositioned',
      'cover:decided --decision.notified--> awaitingCompensation',
      'cover:awaitingCompensation --compensation.paid--> settled',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('gives plans a host can replay through the public API, with times that only move forward', () => {
    for (const plan of plans) {
      const [first, ...rest] = plan.steps;
      let snapshot: ComplaintSnapshot = startComplaint(first!.event as never, { policy }).snapshot;
      let last = Date.parse(first!.event.at);
      for (const step of rest) {
        expect(Date.parse(step.event.at)).toBeGreaterThan(last);
        last = Date.parse(step.event.at);
        snapshot = applyEvent(snapshot, step.event, { policy }).snapshot;
        expect(snapshot.value, plan.id).toBe(step.state);
      }
      expect(snapshot.value).toBe(plan.target);
    }
  });

  it('refuses a bad start instant', () => {
    expect(() => createTestPlans({ start: 'tomorrow' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});
