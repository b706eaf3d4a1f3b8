import { describe, expect, it } from 'vitest';
import { ZONES } from '../../src/calendar/index.js';
import { CalendarCoverageError } from '../../src/errors/CalendarCoverageError.js';
import { InvalidArgumentError } from '../../src/errors/InvalidArgumentError.js';
import { InvalidDateError } from '../../src/errors/InvalidDateError.js';
import { InvalidHistoryError } from '../../src/errors/InvalidHistoryError.js';
import { PolicyError } from '../../src/errors/PolicyError.js';
import type { HistoryEvent } from '../../src/history/types.js';
import { nationalCalendar } from '../../src/holidays/nationalCalendar.js';
import { nationalCalendarAsOf } from '../../src/holidays/nationalCalendarAsOf.js';
import { definePolicy } from '../../src/rules/definePolicy.js';
import { createOmbudsmanPolicy } from '../../src/rules/ombudsmanPolicy.js';
import { createSp4nLaporPolicy, sp4nLaporPolicy } from '../../src/rules/sp4nLaporPolicy.js';
import { createTieredLocalPolicy, tieredLocalPolicy } from '../../src/rules/tieredLocalPolicy.js';
import type { ClockRule, Policy } from '../../src/rules/types.js';
import { createUu25Policy, uu25Policy } from '../../src/rules/uu25Policy.js';
import { evaluateSla } from '../../src/sla/evaluateSla.js';
import { nextWakeUp } from '../../src/sla/nextWakeUp.js';
import type { ClockReport, SlaReport } from '../../src/sla/types.js';
import { ev } from '../fixtures/sla/_types.js';

const calendar = nationalCalendar;

function clock(report: SlaReport, key: string): ClockReport {
  const found = report.clocks.find((c) => c.key === key);
  if (found === undefined)
    throw new Error(`no clock ${key} in ${report.clocks.map((c) => c.key).join(', ')}`);
  return found;
}

function oneRule(rule: Partial<ClockRule> & Pick<ClockRule, 'limit'>): Policy {
  return definePolicy({
    id: 'test',
    title: { id: 'Uji', en: 'Test' },
    rules: [
      {
        id: 'test.clock',
        title: { id: 'Jam uji', en: 'Test clock' },
        startOn: ['complaint.submitted'],
        stopOn: ['complaint.dispositioned'],
        onLapse: { kind: 'breach' },
        source: { instrument: 'SOP Uji', article: 'Pasal 1', status: 'verified' },
        ...rule,
      },
    ],
  });
}

describe('evaluateSla: input checks', () => {
  const submitted = ev('complaint.submitted', '2025-02-03T09:00:00+07:00');

  it('refuses a history whose events are out of time order, naming the event', () => {
    const history = [submitted, ev('complaint.received', '2025-02-03T08:59:59+07:00')];
    const run = () => evaluateSla(history, uu25Policy, { calendar, asOf: '2025-02-04T00:00:00+07:00' });
    expect(run).toThrow(InvalidHistoryError);
    try {
      run();
    } catch (error) {
      expect((error as InvalidHistoryError).code).toBe('invalid_history');
      expect((error as InvalidHistoryError).details).toMatchObject({ index: 1, field: 'at' });
      expect((error as InvalidHistoryError).text.id).toContain('urut waktu');
    }
  });

  it('compares instants, not strings: the same moment written in two offsets is in order', () => {
    // 09:00 WIB is 10:00 WITA: equal instants keep their given order.
    const history = [submitted, ev('complaint.received', '2025-02-03T10:00:00+08:00')];
    const report = evaluateSla(history, uu25Policy, { calendar, asOf: '2025-02-04T00:00:00+07:00' });
    expect(clock(report, 'uu25.receipt').status).toBe('met');
  });

  it('refuses an event time without an offset, naming the event and the field', () => {
    const history = [ev('complaint.submitted', '2025-02-03T09:00:00')];
    expect(() => evaluateSla(history, uu25Policy, { calendar, asOf: '2025-02-04T00:00:00+07:00' })).toThrow(
      expect.objectContaining({
        code: 'invalid_history',
        details: expect.objectContaining({ index: 0, field: 'at' }),
      }),
    );
  });

  it('refuses an event of an unknown type, including names every object has and non-strings', () => {
    const lookalike = { toString: () => 'complaint.submitted' };
    for (const type of ['complaint.teleported', '__proto__', 'toString', 'constructor', 42, lookalike]) {
      const history = [{ ...submitted, type }] as unknown as HistoryEvent[];
      expect(
        () => evaluateSla(history, uu25Policy, { calendar, asOf: '2025-02-04T00:00:00+07:00' }),
        String(type),
      ).toThrow(
        expect.objectContaining({
          code: 'invalid_history',
          details: expect.objectContaining({ field: 'type' }),
        }),
      );
    }
  });

  it('refuses a malformed date in the data a clock reads', () => {
    const history = [
      submitted,
      ev('file.declared_incomplete', '2025-02-04T09:00:00+07:00', {
        missing: [],
        receivedByComplainantAt: 'besok',
      }),
    ];
    expect(() => evaluateSla(history, uu25Policy, { calendar, asOf: '2025-02-05T00:00:00+07:00' })).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ index: 1, field: 'data.receivedByComplainantAt' }),
      }),
    );
  });

  it('refuses a disposition without a unit for a per-unit clock', () => {
    const history = [
      submitted,
      ev('complaint.dispositioned', '2025-02-04T09:00:00+07:00', { unitKind: 'opd' }),
    ];
    expect(() =>
      evaluateSla(history, sp4nLaporPolicy, { calendar, asOf: '2025-02-05T00:00:00+07:00' }),
    ).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'data.unitId' }) }));
  });

  it('refuses an asOf without an offset with InvalidDateError', () => {
    expect(() => evaluateSla([submitted], uu25Policy, { calendar, asOf: '2025-02-04' })).toThrow(
      InvalidDateError,
    );
  });

  it('refuses an unknown zone, a bad warning threshold and something that is not a calendar', () => {
    const asOf = '2025-02-04T00:00:00+07:00';
    expect(() => evaluateSla([submitted], uu25Policy, { calendar, asOf, zone: 'Asia/Atlantis' })).toThrow(
      InvalidArgumentError,
    );
    expect(() =>
      evaluateSla([submitted], uu25Policy, { calendar, asOf, warning: { fraction: 1.5 } }),
    ).toThrow(InvalidArgumentError);
    const fake = { ...calendar } as typeof calendar;
    expect(() => evaluateSla([submitted], uu25Policy, { calendar: fake, asOf })).toThrow(
      InvalidArgumentError,
    );
  });

  it('refuses a policy that was never validated and is not valid', () => {
    const broken = {
      ...uu25Policy,
      rules: [{ ...uu25Policy.rules[0]!, limit: { amount: 1.5, unit: 'years' } }],
    };
    expect(() =>
      evaluateSla([submitted], broken as Policy, { calendar, asOf: '2025-02-04T00:00:00+07:00' }),
    ).toThrow(PolicyError);
  });
});

describe('evaluateSla: as-of evaluation', () => {
  const history = [
    ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
    ev('complaint.dispositioned', '2025-02-10T09:00:00+07:00', { unitId: 'dinsos', unitKind: 'opd' }),
  ];

  it('ignores events after asOf: the verification that was breached on 7 Feb is still open on 6 Feb', () => {
    // 3 HK after Mon 3 Feb 2025: 4, 5, 6 -> due Thu 6 Feb.
    const before = evaluateSla(history, sp4nLaporPolicy, { calendar, asOf: '2025-02-06T12:00:00+07:00' });
    expect(before.eventsConsidered).toBe(1);
    expect(clock(before, 'sp4n.verification')).toMatchObject({
      status: 'running',
      dueDate: '2025-02-06',
      left: 0,
    });
    expect(clock(before, 'sp4n.followup')).toMatchObject({ status: 'not_started' });
    const after = evaluateSla(history, sp4nLaporPolicy, { calendar, asOf: '2025-02-10T12:00:00+07:00' });
    expect(after.eventsConsidered).toBe(2);
    expect(clock(after, 'sp4n.verification')).toMatchObject({ status: 'breached', overdue: 2 });
    expect(clock(after, 'sp4n.followup@dinsos')).toMatchObject({ status: 'running', dueDate: '2025-02-17' });
  });

  it('reports nothing started before the first event', () => {
    const report = evaluateSla(history, uu25Policy, { calendar, asOf: '2025-02-01T00:00:00+07:00' });
    expect(report.eventsConsidered).toBe(0);
    expect(report.clocks.every((c) => c.status === 'not_started')).toBe(true);
    expect(report.binding).toBeUndefined();
  });

  it('neither mutates nor needs to copy its input, and returns a frozen report', () => {
    const frozen = Object.freeze(
      history.map((e) => Object.freeze({ ...e, data: Object.freeze({ ...e.data }) })),
    );
    const report = evaluateSla(frozen as HistoryEvent[], sp4nLaporPolicy, {
      calendar,
      asOf: '2025-02-10T12:00:00+07:00',
    });
    expect(Object.isFrozen(report)).toBe(true);
    expect(Object.isFrozen(report.clocks)).toBe(true);
  });

  it('names the calendar and its data version, the zone and the policy, for a later audit', () => {
    const report = evaluateSla(history, sp4nLaporPolicy, {
      calendar,
      asOf: '2025-02-10T12:00:00+07:00',
      zone: ZONES.WITA,
    });
    expect(report).toMatchObject({
      asOf: '2025-02-10T12:00:00+07:00',
      zone: 'Asia/Makassar',
      policyId: 'sp4n-lapor',
      calendar: { id: 'id-national', dataVersion: calendar.dataVersion },
      provisional: false,
    });
  });
});

describe('evaluateSla: pauses', () => {
  const paused = createSp4nLaporPolicy({ onHold: 'pause' });
  // Submitted Mon 3 Feb 2025; held Tue 4 Feb 10:00; resumed Thu 6 Feb 15:00.
  // The hold day (4 Feb) counts as used; the days after it up to and including the resume day
  // (5 and 6 Feb) do not: the 3 HK become 5 HK after 3 Feb: 4, 5, 6, 7, 10 -> due Mon 10 Feb.
  const history = [
    ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
    ev('complaint.held', '2025-02-04T10:00:00+07:00', { reason: 'menunggu identitas' }),
    ev('complaint.resumed', '2025-02-06T15:00:00+07:00'),
  ];

  it('reports a held clock as paused, its due date as if it resumed today', () => {
    // As of Wed 5 Feb: used = (3, 4] = 1; resuming today would shift by (4, 5] = 1 -> due Fri 7 Feb.
    const report = evaluateSla(history, paused, { calendar, asOf: '2025-02-05T12:00:00+07:00' });
    expect(clock(report, 'sp4n.verification')).toMatchObject({
      status: 'paused',
      used: 1,
      left: 2,
      dueDate: '2025-02-07',
      paused: [{ from: '2025-02-04T10:00:00+07:00' }],
    });
    expect(report.binding?.key).toBe('sp4n.verification');
  });

  it('shifts the due date by the working days the pause covered once it resumes', () => {
    const report = evaluateSla(history, paused, { calendar, asOf: '2025-02-07T12:00:00+07:00' });
    expect(clock(report, 'sp4n.verification')).toMatchObject({
      status: 'running',
      dueDate: '2025-02-10',
      used: 2,
      left: 1,
      paused: [{ from: '2025-02-04T10:00:00+07:00', to: '2025-02-06T15:00:00+07:00' }],
    });
  });

  it('does not pause by default (the stricter reading): the same hold leaves the due date on 6 Feb', () => {
    const report = evaluateSla(history, sp4nLaporPolicy, { calendar, asOf: '2025-02-07T12:00:00+07:00' });
    expect(clock(report, 'sp4n.verification')).toMatchObject({
      status: 'breached',
      dueDate: '2025-02-06',
      paused: [],
    });
  });

  it('shifts a calendar-day clock by the calendar days paused, weekends included', () => {
    const policy = oneRule({
      limit: { amount: 10, unit: 'calendar_days' },
      pause: { on: ['complaint.held'], resumeOn: ['complaint.resumed'] },
    });
    // Day 0 Mon 3 Feb; paused Fri 7 Feb to Mon 10 Feb: shift 10 - 7 = 3 -> 3 Feb + 13 = 16 Feb.
    const report = evaluateSla(
      [
        ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
        ev('complaint.held', '2025-02-07T16:00:00+07:00', { reason: 'x' }),
        ev('complaint.resumed', '2025-02-10T08:00:00+07:00'),
      ],
      policy,
      { calendar, asOf: '2025-02-11T08:00:00+07:00' },
    );
    expect(clock(report, 'test.clock')).toMatchObject({
      status: 'running',
      dueDate: '2025-02-16',
      used: 5,
      left: 5,
    });
  });

  it('counts a pause that begins and ends on one day as nothing', () => {
    const policy = oneRule({
      limit: { amount: 10, unit: 'calendar_days' },
      pause: { on: ['complaint.held'], resumeOn: ['complaint.resumed'] },
    });
    const report = evaluateSla(
      [
        ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
        ev('complaint.held', '2025-02-04T08:00:00+07:00', { reason: 'x' }),
        ev('complaint.resumed', '2025-02-04T17:00:00+07:00'),
      ],
      policy,
      { calendar, asOf: '2025-02-05T08:00:00+07:00' },
    );
    expect(clock(report, 'test.clock').dueDate).toBe('2025-02-13');
  });

  it('ignores a hold that begins after the clock fell due: a breach is not undone', () => {
    const report = evaluateSla(
      [
        ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
        ev('complaint.held', '2025-02-07T10:00:00+07:00', { reason: 'x' }),
        ev('complaint.resumed', '2025-02-12T10:00:00+07:00'),
        ev('complaint.dispositioned', '2025-02-12T11:00:00+07:00', { unitId: 'a', unitKind: 'opd' }),
      ],
      paused,
      { calendar, asOf: '2025-02-13T08:00:00+07:00' },
    );
    expect(clock(report, 'sp4n.verification')).toMatchObject({
      status: 'breached',
      dueDate: '2025-02-06',
      paused: [],
    });
  });
});

describe('evaluateSla: restarts, cancellations and cycles', () => {
  it('restarts the SP4N auto-close from a reply, but not after it has lapsed', () => {
    const base = [
      ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
      ev('complaint.dispositioned', '2025-02-04T09:00:00+07:00', { unitId: 'a', unitKind: 'opd' }),
      ev('followup.posted', '2025-02-05T09:00:00+07:00', { unitId: 'a', summary: 's' }),
    ];
    // 10 HK after Wed 5 Feb 2025: 6, 7, 10-14, 17, 18, 19 -> due Wed 19 Feb.
    const replied = [...base, ev('admin.replied', '2025-02-10T09:00:00+07:00')];
    // From Mon 10 Feb: 11-14, 17-21, 24 -> due Mon 24 Feb.
    expect(
      clock(
        evaluateSla(replied, sp4nLaporPolicy, { calendar, asOf: '2025-02-20T09:00:00+07:00' }),
        'sp4n.auto_close',
      ),
    ).toMatchObject({
      status: 'running',
      dueDate: '2025-02-24',
      restartedFrom: ['2025-02-05T09:00:00+07:00'],
    });
    const late = [...base, ev('complainant.replied', '2025-02-20T09:00:00+07:00', { kind: 'comment' })];
    expect(
      clock(
        evaluateSla(late, sp4nLaporPolicy, { calendar, asOf: '2025-02-21T09:00:00+07:00' }),
        'sp4n.auto_close',
      ),
    ).toMatchObject({ status: 'lapsed', dueDate: '2025-02-19' });
  });

  it('ends open duties as not applicable when the complaint is withdrawn in time, and keeps a breach', () => {
    const history = [
      ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
      ev('complaint.withdrawn', '2025-02-12T09:00:00+07:00', { reason: 'by_complainant' }),
    ];
    const report = evaluateSla(history, sp4nLaporPolicy, { calendar, asOf: '2025-02-13T09:00:00+07:00' });
    // Verification was due 6 Feb: the withdrawal on 12 Feb comes after the breach.
    expect(clock(report, 'sp4n.verification')).toMatchObject({ status: 'breached', reason: 'ended' });
    expect(clock(report, 'sp4n.followup')).toMatchObject({ status: 'not_applicable', reason: 'ended' });
    const early = evaluateSla(
      [history[0]!, ev('complaint.withdrawn', '2025-02-04T09:00:00+07:00', { reason: 'by_complainant' })],
      uu25Policy,
      { calendar, asOf: '2025-02-13T09:00:00+07:00' },
    );
    expect(clock(early, 'uu25.response')).toMatchObject({ status: 'not_applicable', reason: 'ended' });
    expect(clock(early, 'uu25.decision')).toMatchObject({ status: 'not_applicable', reason: 'ended' });
  });

  it('starts a new run when a unit is disposed to again after its clock ended', () => {
    const history = [
      ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
      ev('complaint.dispositioned', '2025-02-04T09:00:00+07:00', { unitId: 'a', unitKind: 'opd' }),
      ev('followup.posted', '2025-02-05T09:00:00+07:00', { unitId: 'a', summary: 's' }),
      ev('complaint.dispositioned', '2025-02-10T09:00:00+07:00', { unitId: 'a', unitKind: 'opd' }),
    ];
    const report = evaluateSla(history, sp4nLaporPolicy, { calendar, asOf: '2025-02-11T09:00:00+07:00' });
    expect(clock(report, 'sp4n.followup@a')).toMatchObject({ run: 1, status: 'met' });
    expect(clock(report, 'sp4n.followup@a~2')).toMatchObject({
      run: 2,
      status: 'running',
      dueDate: '2025-02-17',
    });
  });

  it('gives every unit still assigned a new follow-up cycle when the complaint is reopened', () => {
    const history = [
      ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
      ev('complaint.dispositioned', '2025-02-04T09:00:00+07:00', { unitId: 'a', unitKind: 'opd' }),
      ev('complaint.dispositioned', '2025-02-04T09:00:00+07:00', { unitId: 'b', unitKind: 'opd' }),
      ev('disposition.rejected', '2025-02-05T09:00:00+07:00', { unitId: 'b', reason: 'bukan wewenang' }),
      ev('followup.posted', '2025-02-06T09:00:00+07:00', { unitId: 'a', summary: 's' }),
      ev('complaint.reopened', '2025-02-12T09:00:00+07:00', { reason: 'keberatan' }),
    ];
    const report = evaluateSla(history, sp4nLaporPolicy, { calendar, asOf: '2025-02-13T09:00:00+07:00' });
    expect(report.clocks.map((c) => c.key)).toEqual([
      'sp4n.verification',
      'sp4n.followup@a',
      'sp4n.followup@b',
      'sp4n.followup@a#2',
      'sp4n.auto_close',
      'sp4n.auto_close#2',
    ]);
    // From Wed 12 Feb: 13, 14, 17, 18, 19 -> due Wed 19 Feb.
    expect(clock(report, 'sp4n.followup@a#2')).toMatchObject({
      cycle: 2,
      status: 'running',
      dueDate: '2025-02-19',
    });
    // The auto-close of cycle 1 was running at the reopening: it ends as superseded.
    expect(clock(report, 'sp4n.auto_close')).toMatchObject({
      status: 'not_applicable',
      reason: 'superseded',
    });
    expect(clock(report, 'sp4n.auto_close#2')).toMatchObject({ status: 'not_started' });
  });

  it('waits for a start date recorded in the future, and wakes up then', () => {
    const history = [
      ev('complaint.submitted', '2025-02-03T09:00:00+07:00'),
      ev('file.declared_incomplete', '2025-02-04T09:00:00+07:00', {
        missing: ['KTP'],
        receivedByComplainantAt: '2025-02-07T10:00:00+07:00',
      }),
    ];
    const options = { calendar, asOf: '2025-02-05T09:00:00+07:00' };
    expect(clock(evaluateSla(history, uu25Policy, options), 'uu25.completion').status).toBe('not_started');
    expect(nextWakeUp(history, uu25Policy, options)).toBe('2025-02-07T10:00:00+07:00');
  });
});

describe('evaluateSla: due dates on non-working days', () => {
  // The 14-day response to a complaint of Fri 21 Mar 2025 falls on Fri 4 Apr, a cuti bersama day.
  const history = [
    ev('complaint.submitted', '2025-03-21T14:00:00+07:00'),
    ev('file.declared_complete', '2025-04-08T09:00:00+07:00'),
  ];
  const asOf = '2025-04-09T09:00:00+07:00';

  it('keeps a due date on a non-working day by default (the stricter reading)', () => {
    expect(clock(evaluateSla(history, uu25Policy, { calendar, asOf }), 'uu25.response')).toMatchObject({
      dueDate: '2025-04-04',
      status: 'breached',
    });
  });

  it('rolls it to the next working day on request: Sat 5, Sun 6 and Mon 7 (cuti) pass, Tue 8 Apr', () => {
    const policy = createUu25Policy({ nonWorkingDueDate: 'next_working_day' });
    expect(policy.id).toBe('uu25-2009;nonWorkingDueDate=next_working_day');
    expect(clock(evaluateSla(history, policy, { calendar, asOf }), 'uu25.response')).toMatchObject({
      dueDate: '2025-04-08',
      status: 'met',
    });
  });
});

describe('evaluateSla: warnings', () => {
  // File declared complete Mon 6 Jan 2025: the decision is due Fri 7 Mar (60 days).
  const history = [
    ev('complaint.submitted', '2025-01-03T09:00:00+07:00'),
    ev('file.declared_complete', '2025-01-06T10:00:00+07:00'),
  ];
  const asOf = '2025-02-24T09:00:00+07:00';

  it('warns from the working day before the due date by default (Thu 6 Mar)', () => {
    expect(clock(evaluateSla(history, uu25Policy, { calendar, asOf }), 'uu25.decision')).toMatchObject({
      warning: false,
      warningAt: '2025-03-06T00:00:00.000+07:00',
    });
  });

  it('warns from the day a share of the limit is used: 0.8 × 60 = day 48, Sun 23 Feb', () => {
    expect(
      clock(
        evaluateSla(history, uu25Policy, { calendar, asOf, warning: { fraction: 0.8 } }),
        'uu25.decision',
      ),
    ).toMatchObject({ warning: true, warningAt: '2025-02-23T00:00:00.000+07:00' });
  });

  it('warns a number of calendar days before: 3 days before 7 Mar is Tue 4 Mar', () => {
    expect(
      clock(
        evaluateSla(history, uu25Policy, { calendar, asOf, warning: { calendarDaysBefore: 3 } }),
        'uu25.decision',
      ),
    ).toMatchObject({ warning: false, warningAt: '2025-03-04T00:00:00.000+07:00' });
  });

  it('gives no warning for rules without their own threshold when the option is null', () => {
    const decision = clock(
      evaluateSla(history, uu25Policy, { calendar, asOf, warning: null }),
      'uu25.decision',
    );
    expect(decision.warning).toBe(false);
    expect(decision.warningAt).toBeUndefined();
  });

  it("prefers a rule's own threshold to the option", () => {
    const policy = oneRule({
      limit: { amount: 10, unit: 'working_days' },
      warning: { workingDaysBefore: 3 },
    });
    // 10 HK after Mon 3 Feb 2025: 4-7, 10-14, 17 -> Mon 17 Feb; 3 HK before: Wed 12 Feb.
    const fresh = evaluateSla([ev('complaint.submitted', '2025-02-03T09:00:00+07:00')], policy, {
      calendar,
      asOf: '2025-02-03T10:00:00+07:00',
      warning: { workingDaysBefore: 1 },
    });
    expect(clock(fresh, 'test.clock')).toMatchObject({
      dueDate: '2025-02-17',
      warningAt: '2025-02-12T00:00:00.000+07:00',
    });
  });
});

describe('evaluateSla: which rules apply', () => {
  const received = (data: Record<string, unknown>) => [
    ev('complaint.submitted', '2025-02-03T08:00:00+07:00', data),
    ev('complaint.received', '2025-02-03T09:00:00+07:00'),
  ];
  const asOf = '2025-02-04T09:00:00+07:00';
  const statuses = (report: SlaReport) => Object.fromEntries(report.clocks.map((c) => [c.key, c.status]));

  it('gives a request for information 5 working days (Mon 3 Feb 2025 -> Mon 10 Feb)', () => {
    const report = evaluateSla(received({ complaintType: 'permintaan_informasi' }), tieredLocalPolicy, {
      calendar,
      asOf,
    });
    expect(statuses(report)).toEqual({
      'local.permintaan_informasi': 'running',
      'local.tidak_berkadar_pengawasan': 'not_applicable',
      'local.berkadar_pengawasan': 'not_applicable',
    });
    expect(clock(report, 'local.permintaan_informasi').dueDate).toBe('2025-02-10');
    expect(clock(report, 'local.berkadar_pengawasan').reason).toBe('out_of_scope');
  });

  it('gives a berkadar pengawasan complaint 60 working days, across Lebaran 2025 (-> Fri 9 May)', () => {
    // February 4-28 (19), March 3-27 (38), April 8-30 without Good Friday (54), May 2, 5-9 (60).
    const report = evaluateSla(
      received({ complaintType: 'pengaduan', classification: 'berkadar_pengawasan' }),
      tieredLocalPolicy,
      { calendar, asOf },
    );
    expect(clock(report, 'local.berkadar_pengawasan')).toMatchObject({
      status: 'running',
      dueDate: '2025-05-09',
    });
    expect(clock(report, 'local.tidak_berkadar_pengawasan').status).toBe('not_applicable');
  });

  it('counts an unclassified complaint as tidak berkadar pengawasan (14 HK -> Fri 21 Feb) unless told not to', () => {
    const report = evaluateSla(received({ complaintType: 'pengaduan' }), tieredLocalPolicy, {
      calendar,
      asOf,
    });
    expect(clock(report, 'local.tidak_berkadar_pengawasan')).toMatchObject({
      status: 'running',
      dueDate: '2025-02-21',
    });
    const strict = createTieredLocalPolicy({ unclassified: 'not_applicable' });
    const none = evaluateSla(received({ complaintType: 'pengaduan' }), strict, { calendar, asOf });
    expect(none.clocks.every((c) => c.status === 'not_applicable')).toBe(true);
  });
});

describe('evaluateSla: the Ombudsman clocks', () => {
  const policy = createOmbudsmanPolicy();

  it('closes the 2-year reporting window two years after the event, 29 Feb to 28 Feb', () => {
    const history = [ev('complaint.submitted', '2024-03-01T09:00:00+07:00', { incidentOn: '2024-02-29' })];
    const report = evaluateSla(history, policy, { calendar, asOf: '2026-03-01T09:00:00+07:00' });
    expect(clock(report, 'ombudsman.reporting_window')).toMatchObject({
      status: 'lapsed',
      dueDate: '2026-02-28',
      unit: 'years',
      used: 2,
      onLapse: { kind: 'window_closed' },
    });
  });

  it('is met by an escalation to the Ombudsman, not by one to the DPRD', () => {
    const history = [
      ev('complaint.submitted', '2024-03-01T09:00:00+07:00', { incidentOn: '2024-02-20' }),
      ev('complaint.escalated', '2024-06-03T09:00:00+07:00', { to: 'dprd' }),
    ];
    const asOf = '2024-07-01T09:00:00+07:00';
    expect(clock(evaluateSla(history, policy, { calendar, asOf }), 'ombudsman.reporting_window').status).toBe(
      'running',
    );
    const toOmbudsman = [
      ...history,
      ev('complaint.escalated', '2024-06-20T09:00:00+07:00', { to: 'ombudsman' }),
    ];
    expect(
      clock(evaluateSla(toOmbudsman, policy, { calendar, asOf }), 'ombudsman.reporting_window'),
    ).toMatchObject({ status: 'met', dueDate: '2026-02-20', used: 0, left: 1 });
  });

  it('gives the Terlapor 30 working days to act on an LHP (Mon 5 May 2025 -> Tue 24 Jun)', () => {
    // May 2025: 12 (Waisak), 13 (cuti), 29 (Ascension), 30 (cuti) off; June: 6 (Idul Adha), 9 (cuti).
    // 6-9 May (4), 14-16 (7), 19-23 (12), 26-28 (15), 2-5 Jun (19), 10-13 (23), 16-20 (28), 23, 24 (30).
    const history = [ev('ombudsman.lhp_received', '2025-05-05T09:00:00+07:00')];
    const report = evaluateSla(history, policy, { calendar, asOf: '2025-06-25T09:00:00+07:00' });
    expect(clock(report, 'ombudsman.lhp_followup')).toMatchObject({
      status: 'breached',
      dueDate: '2025-06-24',
      overdue: 1,
    });
  });

  it('gives the atasan Terlapor 60 days to report on a Rekomendasi (5 May 2025 -> 4 Jul)', () => {
    const history = [
      ev('ombudsman.recommendation_received', '2025-05-05T09:00:00+07:00'),
      ev('ombudsman.recommendation_reported', '2025-07-04T16:00:00+07:00'),
    ];
    const report = evaluateSla(history, policy, { calendar, asOf: '2025-07-10T09:00:00+07:00' });
    expect(clock(report, 'ombudsman.recommendation_report')).toMatchObject({
      status: 'met',
      dueDate: '2025-07-04',
    });
  });
});

describe('evaluateSla: calendar coverage', () => {
  // Submitted Wed 30 Dec 2026: 3 HK run into 2027, which the national data as known before the 2027
  // SKB (15 Sep 2026) does not cover: 31 Dec (1), [1 Jan 2027 assumed a holiday], Mon 4 Jan (2), Tue 5 Jan (3).
  const calendar = nationalCalendarAsOf('2026-09-14');
  const history = [ev('complaint.submitted', '2026-12-30T09:00:00+07:00')];
  const asOf = '2026-12-31T09:00:00+07:00';

  it('marks a clock that reaches an uncovered year as provisional', () => {
    const report = evaluateSla(history, sp4nLaporPolicy, { calendar, asOf });
    expect(clock(report, 'sp4n.verification')).toMatchObject({ dueDate: '2027-01-05', provisional: true });
    expect(report.provisional).toBe(true);
    // A calendar-day clock does not consult the calendar for its due date.
    expect(
      clock(evaluateSla(history, uu25Policy, { calendar, asOf, warning: null }), 'uu25.response'),
    ).toMatchObject({ dueDate: '2027-01-13', provisional: false });
  });

  it('throws CalendarCoverageError instead in strict mode', () => {
    expect(() => evaluateSla(history, sp4nLaporPolicy, { calendar, asOf, coverage: 'strict' })).toThrow(
      CalendarCoverageError,
    );
  });
});
