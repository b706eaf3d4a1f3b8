import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { InvalidArgumentError } from '../../src/errors/InvalidArgumentError.js';
import { nationalCalendar } from '../../src/holidays/nationalCalendar.js';
import { createComplaintMachine } from '../../src/machine/createComplaintMachine.js';
import { createDeadlineEngine } from '../../src/machine/createDeadlineEngine.js';
import { startComplaint } from '../../src/machine/startComplaint.js';
import { uu25Policy } from '../../src/rules/uu25Policy.js';

const machine = createComplaintMachine(createDeadlineEngine(uu25Policy, { calendar: nationalCalendar }));

describe('the machine started without input', () => {
  it('ends in an error snapshot that says what input it needs', () => {
    // @ts-expect-error: the machine's type requires input; this test leaves it out on purpose.
    const actor = createActor(machine);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('error');
    expect(snapshot.error).toBeInstanceOf(InvalidArgumentError);
    expect((snapshot.error as InvalidArgumentError).text.en).toContain('needs input { submission, zone }');
    expect((snapshot.error as InvalidArgumentError).text.id).toContain('perlu input');
  });

  it("does not disturb xstate's pure transition, which builds an input-less actor on every call", () => {
    const { snapshot } = startComplaint(
      {
        type: 'complaint.submitted',
        at: '2025-03-27T09:00:00+07:00',
        actor: { role: 'complainant' },
        data: {},
      },
      { policy: uu25Policy },
    );
    const resolved = machine.resolveState({ value: snapshot.value, context: snapshot.context });
    const [next] = transition(machine, resolved, {
      type: 'complaint.received',
      at: '2025-03-27T10:00:00+07:00',
      actor: { role: 'admin_instansi' },
      data: {},
    });
    expect(next.status).toBe('active');
    expect(next.value).toBe('screening');
    expect(next.context.history).toHaveLength(2);
  });
});
