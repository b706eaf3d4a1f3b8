import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/InvalidArgumentError.js';
import { createOmbudsmanPolicy, ombudsmanPolicy } from '../../src/rules/ombudsmanPolicy.js';
import { createSp4nLaporPolicy, sp4nLaporPolicy } from '../../src/rules/sp4nLaporPolicy.js';
import { tieredLocalPolicy } from '../../src/rules/tieredLocalPolicy.js';
import type { ClockRule, Policy } from '../../src/rules/types.js';
import { createUu25Policy, uu25Policy } from '../../src/rules/uu25Policy.js';
import { validatePolicy } from '../../src/rules/validatePolicy.js';

const byId = (policy: Policy, id: string): ClockRule => {
  const rule = policy.rules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
};

describe('the UU 25/2009 preset', () => {
  it('has the six clocks of Pasal 42, 44 and 50 with the limits of the law', () => {
    expect(uu25Policy.rules.map((r) => [r.id, r.limit.amount, r.source.article])).toEqual([
      ['uu25.filing_window', 30, 'Pasal 42 ayat (2)'],
      ['uu25.receipt', 1, 'Pasal 44 ayat (1)'],
      ['uu25.response', 14, 'Pasal 44 ayat (3)'],
      ['uu25.completion', 30, 'Pasal 44 ayat (4)-(5)'],
      ['uu25.decision', 60, 'Pasal 50 ayat (1)'],
      ['uu25.notification', 14, 'Pasal 50 ayat (2)'],
    ]);
  });

  it('attaches the Pasal 54 sanction of each duty (regulations brief §1.7)', () => {
    const sanction = (id: string) => {
      const lapse = byId(uu25Policy, id).onLapse;
      return lapse.kind === 'breach' ? lapse.sanction?.source.article : lapse.kind;
    };
    expect(sanction('uu25.receipt')).toBe('Pasal 54 ayat (2)');
    expect(sanction('uu25.response')).toBe('Pasal 54 ayat (5)');
    expect(sanction('uu25.notification')).toBe('Pasal 54 ayat (5)');
    expect(sanction('uu25.decision')).toBe('Pasal 54 ayat (7)');
    expect(sanction('uu25.completion')).toBe('deemed_withdrawn');
    expect(sanction('uu25.filing_window')).toBe('window_closed');
  });

  it('counts "hari" as calendar days by default and says the unit is our reading', () => {
    for (const id of [
      'uu25.filing_window',
      'uu25.response',
      'uu25.completion',
      'uu25.decision',
      'uu25.notification',
    ]) {
      const { limit } = byId(uu25Policy, id);
      expect(limit.unit).toBe('calendar_days');
      expect(limit.basis?.status).toBe('inferred');
      expect(limit.basis?.note).toMatch(/calendar days, the stricter reading/);
    }
  });

  it('counts working days on request, and says so in its id', () => {
    const policy = createUu25Policy({ hari: 'working_days' });
    expect(policy.id).toBe('uu25-2009;hari=working_days');
    expect(policy.options).toEqual({
      hari: 'working_days',
      nonWorkingDueDate: 'keep',
      receiptDays: 1,
      unknownReceipt: 'wait',
    });
    expect(byId(policy, 'uu25.decision').limit).toMatchObject({ amount: 60, unit: 'working_days' });
    // A working-day limit never falls due on a non-working day: the roll option does not apply.
    expect(byId(policy, 'uu25.decision').nonWorkingDueDate).toBeUndefined();
  });

  it('models the receipt honestly: 1 day by default, marked inferred, or left out', () => {
    expect(byId(uu25Policy, 'uu25.receipt').source.status).toBe('inferred');
    expect(byId(createUu25Policy({ receiptDays: 3 }), 'uu25.receipt').limit.amount).toBe(3);
    expect(createUu25Policy({ receiptDays: null }).rules.map((r) => r.id)).not.toContain('uu25.receipt');
  });

  it('refuses options it does not know with InvalidArgumentError', () => {
    expect(() => createUu25Policy({ hari: 'hari_kerja' as 'working_days' })).toThrow(InvalidArgumentError);
    expect(() => createUu25Policy({ receiptDays: -1 })).toThrow(InvalidArgumentError);
    expect(() => createUu25Policy({ nonWorkingDueDate: 'roll' as 'keep' })).toThrow(InvalidArgumentError);
  });
});

describe('the SP4N-LAPOR! preset', () => {
  it('has 3, 5 and 10 hari kerja clocks, the follow-up one per unit', () => {
    expect(
      sp4nLaporPolicy.rules.map((r) => [r.id, r.limit.amount, r.limit.unit, r.scope ?? 'complaint']),
    ).toEqual([
      ['sp4n.verification', 3, 'working_days', 'complaint'],
      ['sp4n.followup', 5, 'working_days', 'per_unit'],
      ['sp4n.auto_close', 10, 'working_days', 'complaint'],
    ]);
  });

  it('ends a unit’s follow-up on "bukan wewenang" and restarts the auto-close on a reply (practice; the restart inferred)', () => {
    expect(byId(sp4nLaporPolicy, 'sp4n.followup').cancelOn).toContain('disposition.rejected');
    const autoClose = byId(sp4nLaporPolicy, 'sp4n.auto_close');
    expect(autoClose.restartOn).toEqual([
      'followup.posted',
      'decision.notified',
      'complainant.replied',
      'admin.replied',
    ]);
    expect(autoClose.source.status).toBe('practice');
    expect(autoClose.onLapse).toEqual({ kind: 'auto_close' });
  });

  it('pauses verification on hold only when asked', () => {
    expect(byId(sp4nLaporPolicy, 'sp4n.verification').pause).toBeUndefined();
    expect(byId(createSp4nLaporPolicy({ onHold: 'pause' }), 'sp4n.verification').pause).toEqual({
      on: ['complaint.held'],
      resumeOn: ['complaint.resumed'],
    });
  });
});

describe('the tiered local preset', () => {
  it('keys 5, 14 and 60 hari kerja on the type and the Permendagri 8/2023 class', () => {
    expect(tieredLocalPolicy.rules.map((r) => [r.id, r.limit.amount, r.appliesTo])).toEqual([
      ['local.permintaan_informasi', 5, { complaintType: { in: ['permintaan_informasi'] } }],
      [
        'local.tidak_berkadar_pengawasan',
        14,
        {
          complaintType: { notIn: ['permintaan_informasi'] },
          classification: { notIn: ['berkadar_pengawasan'] },
        },
      ],
      [
        'local.berkadar_pengawasan',
        60,
        {
          complaintType: { notIn: ['permintaan_informasi'] },
          classification: { in: ['berkadar_pengawasan'] },
        },
      ],
    ]);
  });

  it('is practice, and says that the origin of the limits was not traced', () => {
    for (const rule of tieredLocalPolicy.rules) {
      expect(rule.source.status).toBe('practice');
      expect(rule.source.note).toMatch(/not traced/);
    }
  });
});

describe('the Ombudsman preset', () => {
  it('has the 2-year window, the 30 hari kerja LHP clock and the 60-day Rekomendasi clock', () => {
    expect(
      ombudsmanPolicy.rules.map((r) => [
        r.id,
        r.limit,
        r.source.instrument,
        r.source.article,
        r.source.status,
      ]),
    ).toEqual([
      [
        'ombudsman.reporting_window',
        { amount: 2, unit: 'years' },
        'UU 37/2008',
        'Pasal 24 ayat (3)',
        'practice',
      ],
      [
        'ombudsman.lhp_followup',
        { amount: 30, unit: 'working_days' },
        'PO 58/2023',
        'Pasal 54 ayat (1)',
        'verified',
      ],
      [
        'ombudsman.recommendation_report',
        expect.objectContaining({ amount: 60, unit: 'calendar_days' }),
        'UU 37/2008',
        'Pasal 38 ayat (2)',
        'practice',
      ],
    ]);
  });

  it('exposes the prior complaint to the provider as a precondition, not a clock', () => {
    expect(ombudsmanPolicy.preconditions).toEqual([
      expect.objectContaining({
        id: 'ombudsman.prior_complaint',
        source: expect.objectContaining({ instrument: 'UU 37/2008', article: 'Pasal 24 ayat (1) huruf c' }),
      }),
    ]);
    expect(
      byId(createOmbudsmanPolicy({ hari: 'working_days' }), 'ombudsman.recommendation_report').limit.unit,
    ).toBe('working_days');
  });
});

describe('every preset', () => {
  const presets = [uu25Policy, sp4nLaporPolicy, tieredLocalPolicy, ombudsmanPolicy];

  it('is valid, frozen, and cites a source for every rule', () => {
    for (const policy of presets) {
      expect(() => validatePolicy(policy)).not.toThrow();
      expect(Object.isFrozen(policy)).toBe(true);
      expect(Object.isFrozen(policy.rules[0])).toBe(true);
      for (const rule of policy.rules) {
        expect(rule.source.instrument.length, rule.id).toBeGreaterThan(0);
        expect(rule.source.article.length, rule.id).toBeGreaterThan(0);
        expect(['verified', 'practice', 'inferred']).toContain(rule.source.status);
        expect(rule.title.id.length).toBeGreaterThan(0);
        expect(rule.title.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('uses rule ids that are unique across presets, so they can all be combined', () => {
    const ids = presets.flatMap((p) => p.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
