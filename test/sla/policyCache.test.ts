import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src/history/types.js';
import { nationalCalendar } from '../../src/holidays/nationalCalendar.js';
import type { ClockRule, Policy } from '../../src/rules/types.js';
import { evaluateSla } from '../../src/sla/evaluateSla.js';

const rule: ClockRule = {
  id: 'perbup.response',
  title: { id: 'Tanggapan awal', en: 'First response' },
  limit: { amount: 7, unit: 'working_days' },
  startOn: ['complaint.submitted'],
  stopOn: ['file.declared_complete'],
  onLapse: { kind: 'breach' },
  source: { instrument: 'Perbup Contoh 12/2024', article: 'Pasal 9 ayat (2)', status: 'verified' },
};

const history: readonly HistoryEvent[] = [
  {
    id: 'e1',
    type: 'complaint.submitted',
    at: '2025-03-03T09:00:00+07:00',
    actor: { role: 'complainant', id: 'w' },
    data: {},
  } as HistoryEvent,
];

const dueOf = (policy: Policy) =>
  evaluateSla(history, policy, { calendar: nationalCalendar, asOf: '2025-03-04T09:00:00+07:00' }).clocks[0]!
    .dueAt;

describe('the engine’s cache of compiled policies', () => {
  it('does not answer from an old compile when a rule of a policy frozen only on top changes', () => {
    const mutable = { ...rule, limit: { amount: 7, unit: 'working_days' as const } };
    const policy: Policy = Object.freeze({
      id: 'perbup-contoh',
      title: { id: 'Perbup Contoh', en: 'Regent Regulation Contoh' },
      rules: Object.freeze([mutable]),
    });
    const before = dueOf(policy);
    mutable.limit = { amount: 14, unit: 'working_days' };
    const after = dueOf(policy);
    expect(after).not.toBe(before);
    // The same answer as a fresh policy with the new limit.
    expect(after).toBe(
      dueOf({ ...policy, rules: [{ ...rule, limit: { amount: 14, unit: 'working_days' } }] }),
    );
  });

  it('compiles a policy frozen all the way down once, and answers the same from the cache', () => {
    const policy: Policy = Object.freeze({
      id: 'perbup-contoh',
      title: Object.freeze({ id: 'Perbup Contoh', en: 'Regent Regulation Contoh' }),
      rules: Object.freeze([deepFreeze(structuredClone(rule))]),
    });
    expect(dueOf(policy)).toBe(dueOf(policy));
    expect(dueOf(policy)).toBe(dueOf({ ...policy, rules: [{ ...rule }] }));
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}
