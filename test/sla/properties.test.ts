import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/calendar/index.js';
import { HISTORY_EVENT_TYPES, type HistoryEvent } from '../../src/history/types.js';
import { nationalCalendar } from '../../src/holidays/nationalCalendar.js';
import { combinePolicies } from '../../src/rules/combinePolicies.js';
import { definePolicy } from '../../src/rules/definePolicy.js';
import { createOmbudsmanPolicy } from '../../src/rules/ombudsmanPolicy.js';
import { createSp4nLaporPolicy } from '../../src/rules/sp4nLaporPolicy.js';
import { createTieredLocalPolicy } from '../../src/rules/tieredLocalPolicy.js';
import type { LimitUnit, Policy } from '../../src/rules/types.js';
import { createUu25Policy } from '../../src/rules/uu25Policy.js';
import { evaluateSla } from '../../src/sla/evaluateSla.js';
import { nextWakeUp } from '../../src/sla/nextWakeUp.js';
import type { ClockReport, SlaReport } from '../../src/sla/types.js';
import { ev } from '../fixtures/sla/_types.js';
import { generateHistory, isoAt, prng } from './_generate.js';

const calendar = nationalCalendar;
const RUNS = { numRuns: 150 };

// Every preset, with the non-default options too, so that pauses and rolled due dates are exercised.
const POLICIES: readonly Policy[] = [
  combinePolicies([
    createUu25Policy(),
    createSp4nLaporPolicy(),
    createTieredLocalPolicy(),
    createOmbudsmanPolicy(),
  ]),
  combinePolicies([
    createUu25Policy({ hari: 'working_days' }),
    createSp4nLaporPolicy({ onHold: 'pause' }),
    createTieredLocalPolicy({ onHold: 'pause', unclassified: 'not_applicable' }),
  ]),
  combinePolicies([
    createUu25Policy({ nonWorkingDueDate: 'next_working_day' }),
    createOmbudsmanPolicy({ hari: 'working_days' }),
  ]),
];

const ms = (instant: string) => Date.parse(instant);

/** A generated history, a policy, and an asOf, from fast-check's seed. */
// Counterexamples print as a seed and a policy index, which replay exactly.
const scenario = fc.record({
  seed: fc.integer(),
  policyIndex: fc.integer({ min: 0, max: POLICIES.length - 1 }),
});

function generated(
  seed: number,
  policyIndex: number,
): { history: HistoryEvent[]; asOf: string; policy: Policy } {
  return { ...generateHistory(prng(seed)), policy: POLICIES[policyIndex]! };
}

/** A random event to append: any known type, with the data the clocks read. */
const extraEvent = fc.record({
  type: fc.constantFrom(...HISTORY_EVENT_TYPES),
  unitId: fc.constantFrom('opd-a', 'opd-b', 'opd-c', 'opd-z'),
  to: fc.constantFrom('ombudsman', 'dprd', 'atasan'),
  hours: fc.integer({ min: 0, max: 24 * 40 }),
});

function statusByKey(report: SlaReport): Map<string, ClockReport> {
  return new Map(report.clocks.map((c) => [c.key, c]));
}

/** The parts of a report that do not echo the caller's own instant strings. */
function comparable(report: SlaReport) {
  return report.clocks.map((c) => ({
    key: c.key,
    status: c.status,
    reason: c.reason,
    dueDate: c.dueDate,
    dueAt: c.dueAt,
    used: c.used,
    left: c.left,
    overdue: c.overdue,
    warning: c.warning,
    warningAt: c.warningAt,
    startedAt: c.startedAt === undefined ? undefined : ms(c.startedAt),
    stoppedAt: c.stoppedAt === undefined ? undefined : ms(c.stoppedAt),
    paused: c.paused.map((p) => [ms(p.from), p.to === undefined ? undefined : ms(p.to)]),
  }));
}

describe('evaluateSla properties', () => {
  it('never turns a met clock into a breached one when events are added', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(extraEvent, { minLength: 1, maxLength: 4 }),
        ({ seed, policyIndex }, extras) => {
          const { history, asOf, policy } = generated(seed, policyIndex);
          const before = evaluateSla(history, policy, { calendar, asOf });
          let t = ms(history[history.length - 1]!.at);
          const longer = [...history];
          for (const extra of extras) {
            t += extra.hours * 3_600_000;
            longer.push(
              ev(extra.type, isoAt(t), { unitId: extra.unitId, to: extra.to, reason: 'x', kind: 'comment' }),
            );
          }
          const later = isoAt(Math.max(t, ms(asOf)));
          const after = statusByKey(evaluateSla(longer, policy, { calendar, asOf: later }));
          for (const clock of before.clocks) {
            if (clock.status === 'met') expect(after.get(clock.key)?.status, clock.key).toBe('met');
          }
        },
      ),
      RUNS,
    );
  });

  it('never un-breaches a clock in a report as of a later instant', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 90 * 24 }), ({ seed, policyIndex }, hours) => {
        const { history, asOf, policy } = generated(seed, policyIndex);
        const early = evaluateSla(history, policy, { calendar, asOf });
        const late = statusByKey(
          evaluateSla(history, policy, { calendar, asOf: isoAt(ms(asOf) + hours * 3_600_000) }),
        );
        for (const clock of early.clocks) {
          if (clock.status === 'breached' || clock.status === 'lapsed') {
            expect(late.get(clock.key)?.status, clock.key).toBe(clock.status);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives the same report whatever offsets the same instants are written with', () => {
    const offsets = ['+07:00', '+08:00', '+09:00', 'Z'] as const;
    fc.assert(
      fc.property(scenario, fc.constantFrom(...offsets), ({ seed, policyIndex }, offset) => {
        const { history, asOf, policy } = generated(seed, policyIndex);
        const rewritten = history.map((e) => ({ ...e, at: isoAt(ms(e.at), offset) }));
        const a = evaluateSla(history, policy, { calendar, asOf });
        const b = evaluateSla(rewritten, policy, { calendar, asOf: isoAt(ms(asOf), offset) });
        expect(comparable(b)).toEqual(comparable(a));
        expect(b.binding?.key).toBe(a.binding?.key);
      }),
      RUNS,
    );
  });

  it('wakes up after asOf, and nothing changes in statuses or warnings before then', () => {
    fc.assert(
      fc.property(scenario, ({ seed, policyIndex }) => {
        const { history: all, asOf, policy } = generated(seed, policyIndex);
        // nextWakeUp is about what changes without new events: keep only the events known at asOf.
        const history = all.filter((e) => ms(e.at) <= ms(asOf));
        const wake = nextWakeUp(history, policy, { calendar, asOf });
        const now = evaluateSla(history, policy, { calendar, asOf });
        const signature = (r: SlaReport) => r.clocks.map((c) => `${c.key}:${c.status}:${c.warning}`);
        if (wake === null) {
          const muchLater = evaluateSla(history, policy, {
            calendar,
            asOf: isoAt(ms(asOf) + 3 * 366 * 86_400_000),
          });
          expect(signature(muchLater)).toEqual(signature(now));
          return;
        }
        expect(ms(wake)).toBeGreaterThan(ms(asOf));
        const justBefore = evaluateSla(history, policy, { calendar, asOf: isoAt(ms(wake) - 1) });
        expect(signature(justBefore)).toEqual(signature(now));
        const at = evaluateSla(history, policy, { calendar, asOf: wake });
        expect(signature(at)).not.toEqual(signature(now));
      }),
      RUNS,
    );
  });
});

/**
 * A day-by-day reference for one clock: walk the days after day 0 and count those that are in the
 * unit (working days, or all days) and not covered by the pause (the days after the pause began, up
 * to and including the day it ended); the due date is the N-th. A pause that began on the due date
 * itself (nothing left) makes the day it ended the due date: that day counts like a new day 0.
 */
function referenceDue(
  day0: string,
  n: number,
  unit: LimitUnit,
  pause?: { from: string; to: string },
): string {
  const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  let d = day0;
  let counted = 0;
  for (;;) {
    if (counted === n) {
      if (pause !== undefined && d <= pause.from) return pause.to;
      return d;
    }
    d = next(d);
    const inPause = pause !== undefined && d > pause.from && d <= pause.to;
    const inUnit = unit === 'calendar_days' || isWorkingDay(d, calendar);
    if (inUnit && !inPause) counted++;
  }
}

describe('evaluateSla against a day-by-day reference', () => {
  const dayArb = fc
    .integer({ min: 0, max: 2900 })
    .map((i) => new Date(Date.UTC(2018, 0, 1) + i * 86_400_000));
  const date = (d: Date) => d.toISOString().slice(0, 10);

  it('puts the due date where counting day by day does, with and without a pause', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 70 }),
        fc.constantFrom<LimitUnit>('working_days', 'calendar_days'),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), {
          nil: undefined,
        }),
        fc.integer({ min: 0, max: 23 }),
        (start, amount, unit, pause, hour) => {
          const policy = definePolicy({
            id: 'reference',
            title: { id: 'Acuan', en: 'Reference' },
            rules: [
              {
                id: 'ref.clock',
                title: { id: 'Jam', en: 'Clock' },
                limit: { amount, unit },
                startOn: ['complaint.submitted'],
                stopOn: ['complaint.closed'],
                pause: { on: ['complaint.held'], resumeOn: ['complaint.resumed'] },
                onLapse: { kind: 'breach' },
                source: { instrument: 'SOP', article: 'Pasal 1', status: 'verified' },
              },
            ],
          });
          const day0 = date(start);
          const at = (d: Date, h: number) => `${date(d)}T${String(h).padStart(2, '0')}:00:00+07:00`;
          const history: HistoryEvent[] = [ev('complaint.submitted', at(start, hour))];
          let span: { from: string; to: string } | undefined;
          if (pause !== undefined) {
            const from = new Date(start.getTime() + pause[0] * 86_400_000);
            const to = new Date(from.getTime() + pause[1] * 86_400_000);
            history.push(ev('complaint.held', at(from, 23), { reason: 'x' }));
            history.push(ev('complaint.resumed', at(to, 23), {}));
            span = { from: date(from), to: date(to) };
          }
          const lastEvent = history[history.length - 1]!.at;
          const report = evaluateSla(history, policy, { calendar, asOf: lastEvent });
          const clock = report.clocks[0]!;
          // A pause that began after the due date changes nothing (the clock had already run out).
          const unpaused = referenceDue(day0, amount, unit);
          const expected =
            span !== undefined && span.from <= unpaused ? referenceDue(day0, amount, unit, span) : unpaused;
          expect(clock.dueDate).toBe(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
