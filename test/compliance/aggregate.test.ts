import { describe, expect, it } from 'vitest';
import {
  type Aggregate,
  type AuditResult,
  auditHistory,
  auditMany,
  createAggregator,
  INDICATORS,
  indicatorsOf,
  mergeAggregates,
} from '../../src/compliance/index.js';
import { percentileOf } from '../../src/compliance/indicatorsOf.js';
import type { Actor, HistoryEvent } from '../../src/history/types.js';
import { combinePolicies, sp4nLaporPolicy, uu25Policy } from '../../src/rules/index.js';

const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
const admin: Actor = { role: 'admin_instansi' };
const wib = (date: string, time = '09:00:00') => `${date}T${time}+07:00`;
/** An aggregate with one more result, through the public accumulator. */
const addTo = (aggregate: Aggregate, result: AuditResult): Aggregate => {
  const aggregator = createAggregator(aggregate);
  aggregator.add(result);
  return aggregator.toJSON();
};
const ev = (type: string, at: string, actor: Actor, data: Record<string, unknown> = {}) =>
  ({ type, at, actor, data }) as HistoryEvent;
const AS_OF = wib('2025-07-01');

/** A complaint answered in `answerDays` and decided in `decideDays` (calendar days from submission), in June 2025. */
function handled(day: number, answerDays: number, decideDays: number | null, unitId = 'dukcapil') {
  const d = (n: number) => `2025-05-${String(day + n).padStart(2, '0')}`;
  const events = [
    ev('complaint.submitted', wib(d(0)), { role: 'complainant' }, { complaintType: 'pengaduan' }),
    ev('complaint.received', wib(d(0), '10:00:00'), { role: 'system' }),
    ev('file.declared_complete', wib(d(answerDays), '11:00:00'), admin),
    ev('complaint.dispositioned', wib(d(answerDays), '12:00:00'), admin, { unitId, unitKind: 'opd' }),
  ];
  if (decideDays !== null) {
    events.push(
      ev('examination.started', wib(d(answerDays), '13:00:00'), admin),
      ev('decision.made', wib(d(decideDays), '14:00:00'), admin, { outcome: 'upheld', summary: 'Beralasan' }),
      ev('decision.notified', wib(d(decideDays), '15:00:00'), admin),
      ev('complainant.replied', wib(d(decideDays), '16:00:00'), { role: 'complainant' }, { kind: 'accept' }),
    );
  }
  return events;
}

describe('performance indicators, worked by hand', () => {
  // Five complaints of May 2025: answered after 1, 2, 2, 3 and 9 days; four decided after 5, 6, 8
  // and 20 days, all accepted (closed); one still open.
  const histories = [
    { id: 'A', channel: 'web', rating: 5, history: handled(5, 1, 5) },
    { id: 'B', channel: 'web', rating: 4, history: handled(6, 2, 6) },
    { id: 'C', channel: 'sms_1708', history: handled(7, 2, 8, 'dinsos') },
    { id: 'D', channel: 'web', history: handled(8, 3, 20) },
    { id: 'E', channel: 'web', history: handled(9, 9, null) },
  ];
  const results = histories.map((h) => auditHistory(h, policy, { asOf: AS_OF }));
  const aggregate = results.reduce(addTo, createAggregator({ groupBy: 'channel' }).toJSON());
  const value = (
    group: { values: readonly { id: string; value: number | null; ruleId?: string }[] },
    id: string,
    ruleId?: string,
  ) => group.values.find((v) => v.id === id && v.ruleId === ruleId)?.value;

  it('counts received, followed up, completed and the rates', () => {
    const { total } = indicatorsOf(aggregate);
    expect(value(total, 'received')).toBe(5);
    expect(value(total, 'followed_up')).toBe(4);
    expect(value(total, 'follow_up_rate')).toBe(0.8);
    expect(value(total, 'completed')).toBe(4);
    expect(value(total, 'completion_rate')).toBe(0.8);
    expect(value(total, 'in_process')).toBe(1);
    expect(value(total, 'satisfaction_rate')).toBe(1);
    expect(value(total, 'rating_mean')).toBe(4.5);
  });

  it('takes nearest-rank medians and 90th percentiles of the exact day counts', () => {
    const { total } = indicatorsOf(aggregate);
    // First answers 1, 2, 2, 3, 9: median (3rd of 5) 2, p90 (5th of 5) 9.
    expect(value(total, 'first_response_median_days')).toBe(2);
    expect(value(total, 'first_response_p90_days')).toBe(9);
    // Decisions 5, 6, 8, 20: median (2nd of 4) 6, p90 (4th of 4) 20.
    expect(value(total, 'decision_median_days')).toBe(6);
    expect(value(total, 'decision_p90_days')).toBe(20);
    // E, submitted 14 May, open on 1 July: 48 days old.
    expect(value(total, 'backlog_31_60')).toBe(1);
    expect(value(total, 'backlog_0_14')).toBe(0);
  });

  it('gives the on-time rate per clock: the 3 hari kerja forwarding was met by A, B, C and missed by D and E', () => {
    const { total } = indicatorsOf(aggregate);
    // A: Mon 5 May → answered 6 May; B: Tue 6 → 8 May; C: Wed 7 → 9 May; D: Thu 8 → 11 May (Sun):
    // 3 hari kerja from Thu 8 May run to Thu 15 May (Mon 12 May is Waisak, Tue 13 May cuti bersama)
    // so D is on time too; E: Fri 9 May → 18 May, due Fri 16 May: late.
    expect(value(total, 'on_time_rate', 'sp4n.verification')).toBe(0.8);
    expect(value(total, 'on_time_rate', 'uu25.decision')).toBe(1);
  });

  it('groups by channel, and every indicator is defined once with a source', () => {
    const { groups } = indicatorsOf(aggregate);
    expect(groups.map((g) => [g.key, value(g, 'received')])).toEqual([
      ['sms_1708', 1],
      ['web', 4],
    ]);
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) expect(i.source === 'ours' || i.source.instrument.length > 0).toBe(true);
  });

  it('refuses to merge aggregates of another grouping, instant or policy, and malformed ones', () => {
    expect(() => mergeAggregates(aggregate, createAggregator().toJSON())).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    const other = addTo(
      createAggregator({ groupBy: 'channel' }).toJSON(),
      auditHistory(histories[0]!, policy, { asOf: wib('2025-08-01') }),
    );
    expect(() => mergeAggregates(aggregate, other)).toThrow(/asOf/);
    expect(() =>
      mergeAggregates(aggregate, { ...aggregate, total: { ...aggregate.total, received: -1 } }),
    ).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => indicatorsOf('x' as never)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => createAggregator({ groupBy: 'region' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });

  it('leaves the aggregate it continues from unchanged', () => {
    const before = JSON.stringify(aggregate);
    addTo(aggregate, results[0]!);
    expect(JSON.stringify(aggregate)).toBe(before);
  });
});

describe('percentileOf', () => {
  it('is the nearest rank of a histogram, null when empty', () => {
    expect(percentileOf({}, 0.5)).toBeNull();
    expect(percentileOf({ '3': 1 }, 0.9)).toBe(3);
    expect(percentileOf({ '1': 5, '10': 5 }, 0.5)).toBe(1);
    expect(percentileOf({ '1': 5, '10': 5 }, 0.6)).toBe(10);
  });
});

describe('auditMany', () => {
  it('pulls one history at a time and yields every result in order, bad ones included', async () => {
    let pulled = 0;
    let read = 0;
    let maxAhead = 0;
    async function* source() {
      for (let i = 0; i < 20; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - read);
        yield i % 7 === 3
          ? { id: `bad-${i}`, history: 'oops' }
          : { id: `ok-${i}`, history: handled(5, 1, 5) };
      }
    }
    const aggregator = createAggregator();
    const ids: (string | undefined)[] = [];
    for await (const result of auditMany(source(), policy, { asOf: AS_OF })) {
      read++;
      ids.push(result.complaintId);
      aggregator.add(result);
    }
    expect(ids).toHaveLength(20);
    expect(ids[3]).toBe('bad-3');
    expect(maxAhead).toBeLessThanOrEqual(1);
    expect(aggregator.toJSON().total.findings.unauditable_history).toBe(3);
  });

  it('refuses something that is not iterable, and bad options, on the first read', async () => {
    await expect(auditMany(42 as never, policy, { asOf: AS_OF }).next()).rejects.toMatchObject({
      code: 'invalid_argument',
    });
    await expect(auditMany([], policy, { asOf: 'soon' }).next()).rejects.toMatchObject({
      code: 'invalid_date',
    });
  });
});
