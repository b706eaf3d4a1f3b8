import { describe, expect, it } from 'vitest';
import { createUu25Policy, evaluateSla, nationalCalendarAsOf, uu25Policy } from '../../src/index.js';

// The national calendar as known before the 2027 SKB (set 15 September 2026): it covers 2018-2026.
const nationalCalendar = nationalCalendarAsOf('2026-09-01');

// That calendar covers 2018-2026. A file declared complete on Monday 16 November 2026 has
// its 60-calendar-day decision deadline on Friday 15 January 2027: certain without any 2027 holiday
// data. Only its reminder, one working day earlier, needs to know whether 14 January 2027 is a holiday.
const history = [
  { type: 'complaint.submitted', at: '2026-11-16T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
  {
    type: 'complaint.received',
    at: '2026-11-16T09:30:00+07:00',
    actor: { role: 'admin_instansi' },
    data: {},
  },
  {
    type: 'file.declared_complete',
    at: '2026-11-16T10:00:00+07:00',
    actor: { role: 'admin_instansi' },
    data: {},
  },
] as const;

function decision(report: ReturnType<typeof evaluateSla>) {
  return report.clocks.find((c) => c.ruleId === 'uu25.decision')!;
}

describe('provisional means the due date depends on data the calendar lacks', () => {
  it('does not flag a 60-calendar-day deadline whose reminder reaches an uncovered year', () => {
    const report = evaluateSla([...history], uu25Policy, {
      calendar: nationalCalendar,
      asOf: '2026-12-01T09:00:00+07:00',
    });
    const clock = decision(report);
    expect(clock.unit).toBe('calendar_days');
    expect(clock.dueDate).toBe('2027-01-15');
    expect(clock.provisional).toBe(false);
    expect(clock.warningProvisional).toBe(true);
    expect(clock.warningAt).toBe('2027-01-14T00:00:00.000+07:00');
  });

  it('does not refuse it in strict mode either', () => {
    const report = evaluateSla([...history], uu25Policy, {
      calendar: nationalCalendar,
      asOf: '2026-12-01T09:00:00+07:00',
      coverage: 'strict',
    });
    expect(decision(report).dueDate).toBe('2027-01-15');
  });

  it('does not make the report provisional for a warning alone', () => {
    const report = evaluateSla([...history], uu25Policy, {
      calendar: nationalCalendar,
      asOf: '2026-12-01T09:00:00+07:00',
    });
    expect(report.clocks.filter((c) => c.provisional)).toEqual([]);
    expect(report.provisional).toBe(false);
  });

  it('leaves a warning certain when it is counted in calendar days', () => {
    const report = evaluateSla([...history], uu25Policy, {
      calendar: nationalCalendar,
      asOf: '2026-12-01T09:00:00+07:00',
      warning: { calendarDaysBefore: 3 },
    });
    expect(decision(report).warningProvisional).toBeUndefined();
  });

  it('still flags a working-day deadline in an uncovered year, and its warning', () => {
    const policy = createUu25Policy({ hari: 'working_days' });
    const report = evaluateSla([...history], policy, {
      calendar: nationalCalendar,
      asOf: '2026-12-01T09:00:00+07:00',
    });
    const clock = decision(report);
    expect(clock.provisional).toBe(true);
    expect(clock.warningProvisional).toBe(true);
    expect(report.provisional).toBe(true);
    expect(() =>
      evaluateSla([...history], policy, {
        calendar: nationalCalendar,
        asOf: '2026-12-01T09:00:00+07:00',
        coverage: 'strict',
      }),
    ).toThrow(expect.objectContaining({ code: 'calendar_coverage' }));
  });

  it('flags nothing inside the covered years', () => {
    const early = history.map((e) => ({ ...e, at: e.at.replace('2026-11-16', '2025-03-03') }));
    const report = evaluateSla(early, uu25Policy, {
      calendar: nationalCalendar,
      asOf: '2025-03-10T09:00:00+07:00',
    });
    expect(decision(report).provisional).toBe(false);
    expect(decision(report).warningProvisional).toBeUndefined();
  });
});
