import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditResult,
  auditHistory,
  createAggregator,
  type FindingKind,
  type GroupBy,
  mergeAggregates,
} from '../../src/compliance/index.js';
import { TransitionRefusedError } from '../../src/errors/TransitionRefusedError.js';
import type { HistoryEvent } from '../../src/history/types.js';
import { nationalCalendar } from '../../src/holidays/index.js';
import { replayHistory } from '../../src/machine/index.js';
import { ACTOR_ROLES } from '../../src/schema/ActorSchema.js';
import { evaluateSla } from '../../src/sla/index.js';
import { PRESETS, walk } from './_walk.js';

const CLOCK_KINDS: readonly FindingKind[] = [
  'missing_receipt',
  'late_receipt',
  'late_response',
  'late_forwarding',
  'late_followup',
  'late_decision',
  'late_notification',
  'late_resolution',
  'late_ombudsman_action',
  'late_duty',
];
const LIFECYCLE_KINDS: readonly FindingKind[] = [
  'role_not_permitted',
  'event_not_allowed',
  'event_out_of_order',
  'invalid_event',
  'deemed_withdrawal_too_early',
  'unauditable_history',
];

const step = fc.record({ pick: fc.nat({ max: 1000 }), hours: fc.integer({ min: 1, max: 24 * 60 }) });
const walkArb = fc.record({
  preset: fc.constantFrom(...PRESETS),
  seed: fc.nat({ max: 100_000 }),
  steps: fc.array(step, { maxLength: 14 }),
  // Where asOf falls: a share of the history's span, then up to 120 days after its end.
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  after: fc.integer({ min: 0, max: 24 * 120 }),
});

function asOfFor(history: readonly HistoryEvent[], share: number, afterHours: number): string {
  const first = Date.parse(history[0]!.at);
  const last = Date.parse(history[history.length - 1]!.at);
  const at =
    afterHours % 3 === 0 ? first + Math.floor((last - first) * share) : last + afterHours * 3_600_000;
  return new Date(at).toISOString();
}

describe('the audit agrees with the deadline engine and the machine (random walks of every preset)', () => {
  it('reports the clocks evaluateSla reports, a finding for every breached clock, and the state of replayHistory', () => {
    const seen = { breached: 0, states: new Set<string>() };
    fc.assert(
      fc.property(walkArb, ({ preset: [, policy], seed, steps, share, after }) => {
        const history = walk(policy, seed, steps);
        const asOf = asOfFor(history, share, after);
        const audit = auditHistory(history, policy, { asOf });
        const sla = evaluateSla(history, policy, { calendar: nationalCalendar, asOf });

        expect(audit.clocks.map((c) => [c.key, c.status, c.dueDate, c.overdue, c.stoppedAt])).toEqual(
          sla.clocks.map((c) => [c.key, c.status, c.dueDate, c.overdue, c.stoppedAt]),
        );
        const breached = sla.clocks
          .filter((c) => c.status === 'breached' && c.onLapse.kind === 'breach')
          .map((c) => c.key)
          .sort();
        const reported = audit.findings
          .filter((f) => CLOCK_KINDS.includes(f.kind))
          .map((f) => f.clockKey)
          .sort();
        expect(reported).toEqual(breached);
        seen.breached += breached.length;
        if (audit.state !== undefined) seen.states.add(audit.state);

        const considered = history.filter((e) => Date.parse(e.at) <= Date.parse(asOf));
        expect(audit.eventsConsidered).toBe(considered.length);
        expect(audit.state).toBe(replayHistory(considered, { policy }).value);
        expect(audit.findings.filter((f) => LIFECYCLE_KINDS.includes(f.kind))).toEqual([]);
      }),
      { numRuns: 80 },
    );
    // The walks must reach breaches and many states, or the agreement above proves little.
    expect(seen.breached).toBeGreaterThan(5);
    expect(seen.states.size).toBeGreaterThanOrEqual(4);
  });

  it('finds a lifecycle fault at the first event replayHistory refuses, and none when it refuses none', () => {
    const mutation = fc.record({
      kind: fc.constantFrom('drop', 'role'),
      at: fc.nat({ max: 1000 }),
      role: fc.constantFrom(...ACTOR_ROLES),
    });
    let refusals = 0;
    fc.assert(
      fc.property(walkArb, mutation, ({ preset: [, policy], seed, steps }, m) => {
        const history = walk(policy, seed, steps);
        const i = m.at % history.length;
        const mutated =
          m.kind === 'drop'
            ? history.filter((_, k) => k !== i || k === 0)
            : history.map((e, k) =>
                k === i ? ({ ...e, actor: { ...e.actor, role: m.role } } as HistoryEvent) : e,
              );
        const asOf = new Date(Date.parse(mutated[mutated.length - 1]!.at) + 3_600_000).toISOString();
        let refusedAt: number | undefined;
        try {
          replayHistory(mutated, { policy });
        } catch (error) {
          if (!(error instanceof TransitionRefusedError)) throw error;
          refusedAt = (error.details.index as number | undefined) ?? 0;
        }
        const audit = auditHistory(mutated, policy, { asOf });
        const lifecycle = audit.findings.filter(
          (f) =>
            LIFECYCLE_KINDS.includes(f.kind) ||
            (f.kind === 'missing_incomplete_notice' && f.ruleId.startsWith('lifecycle.')),
        );
        if (refusedAt === undefined) expect(lifecycle).toEqual([]);
        else {
          refusals++;
          expect(Math.min(...lifecycle.map((f) => f.eventIndex ?? Number.POSITIVE_INFINITY))).toBe(refusedAt);
        }
      }),
      { numRuns: 80 },
    );
    expect(refusals).toBeGreaterThan(3);
  });
});

// A fixed set of audit results, as of one instant under one policy, for the merge properties.
const ALL = PRESETS[PRESETS.length - 1]![1];
const AS_OF = '2026-09-01T00:00:00+07:00';
const RESULTS: readonly AuditResult[] = Array.from({ length: 36 }, (_, n) => {
  const steps = Array.from({ length: 4 + (n % 9) }, (_, k) => ({
    pick: (n * 7919 + k * 104_729) % 997,
    hours: 1 + ((n * 31 + k * 17) % (24 * 30)),
  }));
  const input = {
    id: `C-${n}`,
    channel: n % 3 === 0 ? 'web' : 'sms_1708',
    rating: 1 + (n % 5),
    history: walk(ALL, n * 37, steps),
  };
  return auditHistory(n % 11 === 5 ? 'not a history' : input, ALL, { asOf: AS_OF });
});

describe('merging aggregates', () => {
  it('gives one pass’s aggregate for any split of the results, in any order, after a JSON round trip', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...RESULTS.keys()], { minLength: RESULTS.length, maxLength: RESULTS.length }),
        fc.array(fc.nat({ max: RESULTS.length }), { maxLength: 5 }),
        fc.constantFrom<GroupBy | undefined>(
          undefined,
          'unit',
          'month',
          'channel',
          'classification',
          'complaintType',
        ),
        (order, cuts, groupBy) => {
          const one = createAggregator({ groupBy });
          for (const r of RESULTS) one.add(r);
          const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), order.length];
          const parts = bounds.slice(1).map((end, k) => {
            const part = createAggregator({ groupBy });
            for (const i of order.slice(bounds[k], end)) part.add(RESULTS[i]!);
            return JSON.parse(JSON.stringify(part.toJSON()));
          });
          const merged = parts
            .reverse()
            .reduce((a, b) => mergeAggregates(b, a), createAggregator({ groupBy }).toJSON());
          expect(merged).toEqual(one.toJSON());
          expect(JSON.stringify(merged)).toBe(JSON.stringify(one.toJSON()));
        },
      ),
      { numRuns: 60 },
    );
  });
});
