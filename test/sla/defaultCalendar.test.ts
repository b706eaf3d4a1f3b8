import { describe, expect, it } from 'vitest';
import { evaluateSla, nationalCalendar, nextWakeUp, uu25Policy } from '../../src/index.js';
import { createDeadlineEngine } from '../../src/machine/index.js';

const history = [
  { type: 'complaint.submitted', at: '2025-03-21T10:00:00+07:00', actor: { role: 'complainant' }, data: {} },
] as const;
const asOf = '2025-04-01T09:00:00+07:00';

describe('the calendar option defaults to nationalCalendar above the calendar layer', () => {
  it('evaluateSla and nextWakeUp without a calendar equal them with nationalCalendar', () => {
    expect(evaluateSla(history, uu25Policy, { asOf })).toEqual(
      evaluateSla(history, uu25Policy, { asOf, calendar: nationalCalendar }),
    );
    expect(nextWakeUp(history, uu25Policy, { asOf })).toBe(
      nextWakeUp(history, uu25Policy, { asOf, calendar: nationalCalendar }),
    );
    expect(evaluateSla(history, uu25Policy, { asOf: new Date(asOf) }).asOf).toBe(
      evaluateSla(history, uu25Policy, { asOf: new Date(asOf), calendar: nationalCalendar }).asOf,
    );
  });

  it('createDeadlineEngine without options is the engine on nationalCalendar', () => {
    expect(createDeadlineEngine(uu25Policy)).toBe(
      createDeadlineEngine(uu25Policy, { calendar: nationalCalendar }),
    );
  });
});
