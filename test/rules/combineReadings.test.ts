import { describe, expect, it } from 'vitest';
import {
  combinePolicies,
  createUu25Policy,
  evaluateSla,
  InvalidArgumentError,
  nationalCalendar,
  PolicyError,
  uu25Policy,
} from '../../src/index.js';

const history = [
  { type: 'complaint.submitted', at: '2025-01-06T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
  {
    type: 'file.declared_complete',
    at: '2025-01-06T10:00:00+07:00',
    actor: { role: 'admin_instansi' },
    data: {},
  },
] as const;

describe('both readings of "hari" in one policy (docs/sla.md)', () => {
  const both = combinePolicies([uu25Policy, createUu25Policy({ hari: 'working_days' })], {
    ruleIdPrefixes: ['kalender:', 'kerja:'],
  });

  it('combines the calendar-day and working-day UU 25 policies under prefixed rule ids', () => {
    expect(both.rules.map((r) => r.id)).toEqual([
      ...uu25Policy.rules.map((r) => `kalender:${r.id}`),
      ...uu25Policy.rules.map((r) => `kerja:${r.id}`),
    ]);
  });

  it('binds the earlier deadline: 60 calendar days end on 7 March 2025, 60 working days on 14 April', () => {
    const report = evaluateSla([...history], both, {
      calendar: nationalCalendar,
      asOf: '2025-02-03T09:00:00+07:00',
    });
    const decisions = report.clocks.filter((c) => c.ruleId.endsWith('uu25.decision'));
    expect(decisions.map((c) => [c.ruleId, c.dueDate])).toEqual([
      ['kalender:uu25.decision', '2025-03-07'],
      ['kerja:uu25.decision', '2025-04-14'],
    ]);
    const open = report.clocks.filter((c) => c.status === 'running');
    const earliest = open.reduce((a, b) => (a.dueAt! <= b.dueAt! ? a : b));
    expect(report.binding?.key).toBe(earliest.key);
  });

  it('still refuses the two readings without prefixes, naming the duplicate id', () => {
    expect(() => combinePolicies([uu25Policy, createUu25Policy({ hari: 'working_days' })])).toThrow(
      PolicyError,
    );
  });

  it('refuses prefixes that are not one string per policy', () => {
    expect(() => combinePolicies([uu25Policy], { ruleIdPrefixes: ['a:', 'b:'] })).toThrow(
      InvalidArgumentError,
    );
    expect(() => combinePolicies([uu25Policy], { ruleIdPrefixes: [1 as never] })).toThrow(
      InvalidArgumentError,
    );
  });

  it('refuses what is not a list of policies with a typed error', () => {
    expect(() => combinePolicies(null as never)).toThrow(InvalidArgumentError);
    expect(() => combinePolicies([null as never])).toThrow(PolicyError);
  });
});
