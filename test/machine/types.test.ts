import { describe, expect, expectTypeOf, it } from 'vitest';
import { transition } from 'xstate';
import { nationalCalendar } from '../../src/holidays/index.js';
import {
  type ComplaintEvent,
  type ComplaintEventType,
  type ComplaintState,
  createComplaintActor,
  createComplaintMachine,
  createDeadlineEngine,
  safeApplyEvent,
  startComplaint,
} from '../../src/machine/index.js';
import { uu25Policy } from '../../src/rules/index.js';
import { submission, wib } from './_fixtures.js';

// These checks run twice: `tsc` proves the `@ts-expect-error` lines are errors (an unknown event does
// not compile), and vitest proves the same values are refused at run time, for hosts that take
// events from JSON.

const opts = { policy: uu25Policy };
const { snapshot } = startComplaint(submission(wib('2025-03-27')), opts);

describe('event types', () => {
  it('does not compile an event type the machine does not know, and refuses it at run time', () => {
    const at = wib('2025-03-28');
    // @ts-expect-error 'complaint.exploded' is not a ComplaintEvent
    const exploded: ComplaintEvent = { type: 'complaint.exploded', at, actor: { role: 'system' }, data: {} };
    expect(safeApplyEvent(snapshot, exploded, opts).success).toBe(false);
  });

  it('does not compile an event with the wrong payload', () => {
    const result = safeApplyEvent(
      snapshot,
      // @ts-expect-error followup.posted needs data.unitId and data.summary
      { type: 'followup.posted', at: wib('2025-03-28'), actor: { role: 'admin_penghubung' }, data: {} },
      opts,
    );
    expect(result.success).toBe(false);
  });

  it('does not compile an unknown role', () => {
    const result = safeApplyEvent(
      snapshot,
      // @ts-expect-error 'bupati' is not an ActorRole
      { type: 'complaint.received', at: wib('2025-03-28'), actor: { role: 'bupati' }, data: {} },
      opts,
    );
    expect(result.success).toBe(false);
  });

  it('does not compile an unknown event on the actor or on the raw machine either', () => {
    const actor = createComplaintActor(submission(wib('2025-03-27')), opts);
    // @ts-expect-error unknown event type
    expect(actor.trySend({ type: 'sla.tock', at: wib('2025-03-28') }).success).toBe(false);
    const machine = createComplaintMachine(createDeadlineEngine(uu25Policy, { calendar: nationalCalendar }));
    const initial = machine.resolveState({ value: 'submitted', context: snapshot.context });
    // @ts-expect-error unknown event type on xstate's pure transition
    const [next] = transition(machine, initial, { type: 'nope' });
    expect(next.value).toBe('submitted');
  });

  it('types the snapshot state and event types as unions', () => {
    expectTypeOf(snapshot.value).toEqualTypeOf<ComplaintState>();
    expectTypeOf<'sla.tick'>().toExtend<ComplaintEventType>();
    expectTypeOf<{ type: 'sla.tick'; at: string }>().toExtend<ComplaintEvent>();
    expectTypeOf<'complaint.exploded'>().not.toExtend<ComplaintEventType>();
  });
});
