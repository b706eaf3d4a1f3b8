import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarTentativeError,
  type ClockReport,
  combinePolicies,
  createWorkingCalendar,
  evaluateSla,
  NATIONAL_NON_WORKING_DAYS,
  nationalCalendar,
  nationalCalendarAsOf,
  type SlaReport,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  type WorkingCalendar,
} from '../../src/index.js';
import { ev } from '../fixtures/sla/_types.js';

const policy = combinePolicies([sp4nLaporPolicy, tieredLocalPolicy]);

/** The national calendar with one tentative day moved, built through the public API only. */
function moved(index: number, delta: number): WorkingCalendar {
  return createWorkingCalendar({
    id: 'id-national',
    dataVersion: 'moved',
    coverage: nationalCalendar.coverage,
    nonWorkingDays: NATIONAL_NON_WORKING_DAYS.map((day, i) => {
      if (i !== index) return day;
      const t = Date.parse(`${day.date}T00:00:00Z`) + delta * 86_400_000;
      return { ...day, date: new Date(t).toISOString().slice(0, 10) };
    }),
  });
}
const variants = NATIONAL_NON_WORKING_DAYS.flatMap((day, i) =>
  day.tentative === undefined ? [] : [moved(i, -1), moved(i, 1)],
);

/** What a clock reports, without the flags: what a move of a tentative day could change. */
function figures(clock: ClockReport): unknown {
  const { status, dueDate, used, left, overdue, warning, warningAt } = clock;
  return { status, dueDate, used, left, overdue, warning, warningAt };
}

function report(day: string, hour: number, asOf: string, calendar: WorkingCalendar): SlaReport {
  const at = `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;
  return evaluateSla(
    [ev('complaint.submitted', at, { complaintType: 'pengaduan', classification: 'berkadar_pengawasan' })],
    policy,
    { calendar, asOf },
  );
}

describe('evaluateSla: tentative clocks', () => {
  it('marks a clock tentative exactly when moving one tentative day by one day would change it', () => {
    const day = fc
      .integer({ min: Date.UTC(2027, 0, 10), max: Date.UTC(2027, 5, 10) })
      .map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 40 }), (d, hour, later) => {
        const asOf = new Date(Date.parse(`${d}T12:00:00+07:00`) + later * 86_400_000).toISOString();
        const actual = report(d, hour, asOf, nationalCalendar);
        const others = variants.map((calendar) => report(d, hour, asOf, calendar));
        for (const clock of actual.clocks) {
          const changes = others.some(
            (other) =>
              JSON.stringify(figures(other.clocks.find((c) => c.key === clock.key)!)) !==
              JSON.stringify(figures(clock)),
          );
          expect({ key: clock.key, tentative: clock.tentative }).toEqual({
            key: clock.key,
            tentative: changes,
          });
        }
        expect(actual.tentative).toBe(actual.clocks.some((c) => c.tentative));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a 3-hari-kerja verification certain when it ends before Lebaran, tentative when it spans it', () => {
    const before = report('2027-03-01', 9, '2027-03-02T09:00:00+07:00', nationalCalendar);
    expect(before.clocks.find((c) => c.ruleId === 'sp4n.verification')).toMatchObject({
      dueDate: '2027-03-04',
      provisional: false,
      tentative: false,
    });
    // Thursday 4 March: 5 Mar (1); Nyepi 8 Mar; Lebaran 9-12 and 15 Mar; 16 (2), 17 Mar (3).
    const across = report('2027-03-04', 9, '2027-03-05T09:00:00+07:00', nationalCalendar);
    expect(across.clocks.find((c) => c.ruleId === 'sp4n.verification')).toMatchObject({
      dueDate: '2027-03-17',
      provisional: false,
      tentative: true,
    });
    expect(across.tentative).toBe(true);
    expect(across.calendar).toEqual({ id: 'id-national', dataVersion: 'id-2018-2027.1' });
  });

  it("refuses a tentative clock in { tentative: 'strict' } mode, naming the days", () => {
    const history = [ev('complaint.submitted', '2027-03-04T09:00:00+07:00')];
    let error: unknown;
    try {
      evaluateSla(history, sp4nLaporPolicy, {
        calendar: nationalCalendar,
        asOf: '2027-03-05T09:00:00+07:00',
        tentative: 'strict',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarTentativeError);
    expect((error as CalendarTentativeError).details.days).toContain('2027-03-09');
    // A clock far from Lebaran passes strict mode.
    const calm = evaluateSla([ev('complaint.submitted', '2027-07-05T09:00:00+07:00')], sp4nLaporPolicy, {
      calendar: nationalCalendar,
      asOf: '2027-07-06T09:00:00+07:00',
      tentative: 'strict',
    });
    expect(calm.tentative).toBe(false);
    expect(() =>
      evaluateSla(history, sp4nLaporPolicy, {
        calendar: nationalCalendar,
        asOf: '2027-03-05T09:00:00+07:00',
        tentative: 'sometimes' as never,
      }),
    ).toThrow(/tentative/);
  });

  it('names the data version it used, so a report made before the 2027 SKB can be reproduced', () => {
    const then = report('2026-12-30', 9, '2026-12-31T09:00:00+07:00', nationalCalendarAsOf('2026-12-01'));
    expect(then.calendar.dataVersion).toBe('id-2018-2027.1');
    const earlier = report('2026-12-30', 9, '2026-12-31T09:00:00+07:00', nationalCalendarAsOf('2026-09-01'));
    expect(earlier.calendar.dataVersion).toBe('id-2018-2027.1@2025-09-19');
    expect(earlier.provisional).toBe(true);
    expect(then.provisional).toBe(false);
  });
});
