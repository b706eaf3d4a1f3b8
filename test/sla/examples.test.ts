import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src/index.js';
import {
  combinePolicies,
  createOmbudsmanPolicy,
  createSp4nLaporPolicy,
  createTieredLocalPolicy,
  createUu25Policy,
  definePolicy,
  describeClock,
  evaluateSla,
  formatClockSource,
  nationalCalendar,
  nextWakeUp,
  ombudsmanPolicy,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  uu25Policy,
  validatePolicy,
} from '../../src/index.js';

// The @example blocks of src/rules and src/sla, run through the root entry as a user would.
const history: HistoryEvent[] = [
  { type: 'complaint.submitted', at: '2025-03-21T10:00:00+07:00', actor: { role: 'complainant' }, data: {} },
];
const options = { calendar: nationalCalendar, asOf: '2025-04-01T09:00:00+07:00' };

describe('the documented examples', () => {
  it('evaluateSla: the response to a complaint of 21 March 2025', () => {
    const response = evaluateSla(history, uu25Policy, options).clocks.find(
      (c) => c.ruleId === 'uu25.response',
    );
    expect(response?.dueDate).toBe('2025-04-04');
    expect(response?.status).toBe('running');
    expect(response?.left).toBe(3);
  });

  it('nextWakeUp: the breach at the end of 4 April', () => {
    expect(nextWakeUp(history, uu25Policy, options)).toBe('2025-04-05T00:00:00.000+07:00');
  });

  it('describeClock and formatClockSource', () => {
    const report = evaluateSla(history, uu25Policy, options);
    expect(describeClock(report.clocks.find((c) => c.ruleId === 'uu25.response')!)).toBe(
      'Tanggapan atas kelengkapan pengaduan: batas waktu 4 April 2025 (14 hari kalender) menurut UU 25/2009 Pasal 44 ayat (3); berjalan, sisa 3 hari kalender.',
    );
    const response = uu25Policy.rules.find((r) => r.id === 'uu25.response')!;
    expect(`batas waktu menurut ${formatClockSource(response)}`).toBe(
      'batas waktu menurut UU 25/2009 Pasal 44 ayat (3)',
    );
    expect(formatClockSource(response, 'en')).toBe('UU 25/2009 Article 44(3)');
  });

  it('the presets', () => {
    expect(createUu25Policy({ hari: 'working_days' }).id).toBe('uu25-2009;hari=working_days');
    expect(uu25Policy.rules.map((r) => r.id)).toEqual([
      'uu25.filing_window',
      'uu25.receipt',
      'uu25.response',
      'uu25.completion',
      'uu25.decision',
      'uu25.notification',
    ]);
    expect(createSp4nLaporPolicy({ onHold: 'pause' }).id).toBe('sp4n-lapor;onHold=pause');
    expect(sp4nLaporPolicy.rules.map((r) => `${r.id}: ${r.limit.amount} ${r.limit.unit}`)).toEqual([
      'sp4n.verification: 3 working_days',
      'sp4n.followup: 5 working_days',
      'sp4n.auto_close: 10 working_days',
    ]);
    expect(createTieredLocalPolicy().rules.map((r) => r.limit.amount)).toEqual([5, 14, 60]);
    expect(tieredLocalPolicy.id).toBe('local-tiered');
    expect(createOmbudsmanPolicy().preconditions?.[0]?.id).toBe('ombudsman.prior_complaint');
    expect(ombudsmanPolicy.rules.find((r) => r.id === 'ombudsman.lhp_followup')?.limit).toEqual({
      amount: 30,
      unit: 'working_days',
    });
    const both = combinePolicies([uu25Policy, sp4nLaporPolicy]);
    expect(both.id).toBe('uu25-2009+sp4n-lapor');
    expect(both.rules.length).toBe(9);
  });

  it('definePolicy and validatePolicy', () => {
    const perbup = definePolicy({
      id: 'perbup-contoh-12-2024',
      title: { id: 'Perbup Contoh 12/2024', en: 'Regent Regulation Contoh 12/2024' },
      rules: [
        {
          id: 'perbup.response',
          title: { id: 'Tanggapan awal', en: 'First response' },
          limit: { amount: 7, unit: 'working_days' },
          startOn: ['complaint.submitted'],
          stopOn: ['file.declared_complete', 'file.declared_incomplete'],
          onLapse: { kind: 'breach' },
          source: { instrument: 'Perbup Contoh 12/2024', article: 'Pasal 9 ayat (2)', status: 'verified' },
        },
      ],
    });
    expect(Object.isFrozen(perbup.rules[0])).toBe(true);
    expect(validatePolicy(uu25Policy)).toBeUndefined();
    expect(() =>
      validatePolicy({
        ...uu25Policy,
        rules: [{ ...uu25Policy.rules[0]!, limit: { amount: -1, unit: 'calendar_days' } }],
      }),
    ).toThrow(
      'Invalid policy "uu25-2009": rule "uu25.filing_window", `limit.amount` (-1): expected a whole number ≥ 0',
    );
  });
});
