import { describe, expect, it } from 'vitest';
import { PengaduanError } from '../../src/errors/PengaduanError.js';
import { PolicyError } from '../../src/errors/PolicyError.js';
import { combinePolicies } from '../../src/rules/combinePolicies.js';
import { definePolicy } from '../../src/rules/definePolicy.js';
import { ombudsmanPolicy } from '../../src/rules/ombudsmanPolicy.js';
import { sp4nLaporPolicy } from '../../src/rules/sp4nLaporPolicy.js';
import type { ClockRule, Policy } from '../../src/rules/types.js';
import { uu25Policy } from '../../src/rules/uu25Policy.js';
import { validatePolicy } from '../../src/rules/validatePolicy.js';

// A regency's own standard: 7 hari kerja for the first response, by a (fictional) Perbup.
const response: ClockRule = {
  id: 'perbup.response',
  title: { id: 'Tanggapan awal', en: 'First response' },
  limit: { amount: 7, unit: 'working_days' },
  startOn: ['complaint.submitted'],
  stopOn: ['file.declared_complete', 'file.declared_incomplete'],
  onLapse: { kind: 'breach' },
  source: { instrument: 'Perbup Contoh 12/2024', article: 'Pasal 9 ayat (2)', status: 'verified' },
};
const perbup: Policy = {
  id: 'perbup-contoh',
  title: { id: 'Perbup Contoh', en: 'Regent Regulation Contoh' },
  rules: [response],
};

function errorOf(run: () => unknown): PolicyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    expect(error).toBeInstanceOf(PengaduanError);
    return error as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

const withRule = (patch: Record<string, unknown>) => ({ ...perbup, rules: [{ ...response, ...patch }] });

describe('definePolicy and validatePolicy', () => {
  it("accept a host's own policy and return a frozen copy, leaving the input as it was", () => {
    const input = JSON.parse(JSON.stringify(perbup)) as Policy;
    const defined = definePolicy(input);
    expect(defined).toEqual(perbup);
    expect(defined).not.toBe(input);
    expect(Object.isFrozen(defined.rules[0]!.limit)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('refuse a rule without a source, naming the rule and the field', () => {
    const error = errorOf(() => validatePolicy(withRule({ source: undefined })));
    expect(error.code).toBe('invalid_policy');
    expect(error.details).toMatchObject({
      policyId: 'perbup-contoh',
      ruleId: 'perbup.response',
      field: 'source',
    });
    expect(error.text.id).toContain('wajib mencantumkan sumbernya');
    expect(
      errorOf(() => validatePolicy(withRule({ source: { ...response.source, article: '' } }))).details.field,
    ).toBe('source.article');
    expect(
      errorOf(() => validatePolicy(withRule({ source: { ...response.source, status: 'likely' } }))).details
        .field,
    ).toBe('source.status');
  });

  it('refuse a negative or fractional limit', () => {
    for (const amount of [-1, 1.5, Number.NaN, '7']) {
      const error = errorOf(() => validatePolicy(withRule({ limit: { amount, unit: 'working_days' } })));
      expect(error.details).toMatchObject({ ruleId: 'perbup.response', field: 'limit.amount' });
    }
    expect(
      errorOf(() => validatePolicy(withRule({ limit: { amount: 7, unit: 'hari_kerja' } }))).details.field,
    ).toBe('limit.unit');
  });

  it('refuse unknown start, stop, cancel and pause events', () => {
    expect(errorOf(() => validatePolicy(withRule({ startOn: ['complaint.filed'] }))).details).toMatchObject({
      field: 'startOn[0]',
      value: 'complaint.filed',
    });
    expect(errorOf(() => validatePolicy(withRule({ startOn: [] }))).details.field).toBe('startOn');
    expect(
      errorOf(() => validatePolicy(withRule({ stopOn: ['file.declared_complete', 'file.done'] }))).details
        .field,
    ).toBe('stopOn[1]');
    expect(errorOf(() => validatePolicy(withRule({ cancelOn: ['complaint.deleted'] }))).details.field).toBe(
      'cancelOn[0]',
    );
    expect(
      errorOf(() => validatePolicy(withRule({ pause: { on: ['complaint.held'], resumeOn: [] } }))).details
        .field,
    ).toBe('pause.resumeOn');
    expect(
      errorOf(() => validatePolicy(withRule({ stopOn: [{ type: 'complaint.escalated', where: { to: 3 } }] })))
        .details.field,
    ).toBe('stopOn[0].where');
  });

  it('refuse a per-unit clock started by an event that carries no unit', () => {
    const error = errorOf(() =>
      validatePolicy(withRule({ scope: 'per_unit', startOn: ['complaint.submitted'] })),
    );
    expect(error.details).toMatchObject({ field: 'startOn[0]', value: 'complaint.submitted' });
  });

  it('refuse duplicate rule ids', () => {
    const error = errorOf(() => validatePolicy({ ...perbup, rules: [response, { ...response }] }));
    expect(error.details).toMatchObject({ ruleId: 'perbup.response', field: 'id' });
    expect(error.message).toContain('unique');
  });

  it('refuse bad warnings, lapse effects and selectors', () => {
    expect(errorOf(() => validatePolicy(withRule({ warning: { fraction: 0 } }))).details.field).toBe(
      'warning.fraction',
    );
    expect(errorOf(() => validatePolicy(withRule({ onLapse: { kind: 'explode' } }))).details.field).toBe(
      'onLapse',
    );
    expect(
      errorOf(() =>
        validatePolicy(withRule({ startsAt: { field: 'x', type: 'datetime', otherwise: 'event_at' } })),
      ).details.field,
    ).toBe('startsAt');
  });

  it('refuse something that is not a policy at all', () => {
    expect(errorOf(() => validatePolicy(null)).details.field).toBe('');
    expect(errorOf(() => validatePolicy({ ...perbup, id: '' })).details.field).toBe('id');
    expect(errorOf(() => validatePolicy({ ...perbup, rules: 'none' })).details.field).toBe('rules');
  });
});

describe('validatePolicy on a policy it has already checked', () => {
  it('checks a policy frozen all the way down once, and reads nothing of it again', () => {
    let reads = 0;
    const counted = new Proxy(definePolicy(perbup), {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    validatePolicy(counted);
    expect(reads).toBeGreaterThan(0);
    const afterFirst = reads;
    validatePolicy(counted);
    expect(reads).toBe(afterFirst);
  });

  it('checks again a policy whose rules can still change, and refuses it once a rule is broken', () => {
    const rule = { ...response };
    const policy = Object.freeze({ ...perbup, rules: Object.freeze([rule]) });
    validatePolicy(policy);
    (rule as { limit: unknown }).limit = { amount: -1, unit: 'working_days' };
    expect(errorOf(() => validatePolicy(policy)).details.field).toBe('limit.amount');
  });

  it('checks again a frozen policy that reads a field through a getter', () => {
    let amount = 7;
    const rule = Object.freeze({
      ...response,
      get limit() {
        return Object.freeze({ amount, unit: 'working_days' });
      },
    });
    const policy = Object.freeze({ ...perbup, rules: Object.freeze([rule]) });
    validatePolicy(policy);
    amount = 1.5;
    expect(errorOf(() => validatePolicy(policy)).details.field).toBe('limit.amount');
  });
});

describe('validatePolicy and the policy vocabulary', () => {
  it('refuses a start selector on a field the start events do not carry, even with otherwise: event_at', () => {
    const misspelled = errorOf(() =>
      validatePolicy(
        withRule({ startsAt: { field: 'serviceRecievedOn', type: 'date', otherwise: 'event_at' } }),
      ),
    );
    expect(misspelled.details).toMatchObject({
      ruleId: 'perbup.response',
      field: 'startsAt.field',
      value: 'serviceRecievedOn',
    });
    expect(misspelled.text.en).toContain('so day 0 would silently be counted from the event');
    expect(misspelled.text.en).toContain('serviceReceivedOn, incidentOn');
    expect(misspelled.text.id).toContain('hari ke-0 akan diam-diam dihitung dari waktu peristiwa');
    // A field of another event, or of the wrong type, is refused the same way.
    for (const startsAt of [
      { field: 'receivedByComplainantAt', type: 'instant', otherwise: 'event_at' },
      { field: 'serviceReceivedOn', type: 'instant', otherwise: 'not_applicable' },
    ]) {
      expect(errorOf(() => validatePolicy(withRule({ startsAt }))).details.field).toBe('startsAt.field');
    }
    expect(() =>
      validatePolicy(
        withRule({ startsAt: { field: 'serviceReceivedOn', type: 'date', otherwise: 'event_at' } }),
      ),
    ).not.toThrow();
  });

  it('refuses a where key the event does not carry as text, naming the fields it can test', () => {
    const error = errorOf(() =>
      validatePolicy(withRule({ stopOn: [{ type: 'complaint.escalated', where: { target: 'ombudsman' } }] })),
    );
    expect(error.details).toMatchObject({ field: 'stopOn[0].where.target', value: 'ombudsman' });
    expect(error.text.en).toContain('the fields it can test are: to, reference, note');
    expect(error.text.id).toContain('tidak akan pernah terpenuhi');
    // A number field can never equal a string: refused too.
    expect(
      errorOf(() =>
        validatePolicy(withRule({ stopOn: [{ type: 'compensation.paid', where: { amount: '5' } }] })),
      ).details.field,
    ).toBe('stopOn[0].where.amount');
  });

  it('refuses unknown keys anywhere, listing the known ones', () => {
    const error = errorOf(() => validatePolicy(withRule({ limits: { amount: 7, unit: 'working_days' } })));
    expect(error.details).toMatchObject({ ruleId: 'perbup.response', field: 'limits' });
    expect(error.text.en).toContain('unknown key (a misspelling?)');
    expect(error.text.id).toContain('kunci tidak dikenal');
    expect(errorOf(() => validatePolicy({ ...perbup, rule: [] })).details.field).toBe('rule');
    expect(
      errorOf(() => validatePolicy(withRule({ source: { ...response.source, pasal: '9' } }))).details.field,
    ).toBe('source.pasal');
    expect(
      errorOf(() =>
        validatePolicy(withRule({ onLapse: { kind: 'auto_close', consequence: response.title } })),
      ).details.field,
    ).toBe('onLapse.consequence');
  });

  it('refuses oversize texts and lists', () => {
    expect(errorOf(() => validatePolicy({ ...perbup, id: 'p'.repeat(301) })).text.en).toContain(
      'expected at most 300 characters',
    );
    expect(
      errorOf(() => validatePolicy(withRule({ title: { id: 'x'.repeat(2_001), en: 'x' } }))).details.field,
    ).toBe('title.id');
    const many = errorOf(() => validatePolicy(withRule({ stopOn: Array(51).fill('file.completed') })));
    expect(many.details.field).toBe('stopOn');
    expect(many.text.id).toContain('paling banyak 50 butir');
    expect(
      errorOf(() =>
        validatePolicy({
          ...perbup,
          rules: Array.from({ length: 201 }, (_, i) => ({ ...response, id: `r${i}` })),
        }),
      ).details.field,
    ).toBe('rules');
    expect(
      errorOf(() => validatePolicy({ ...perbup, options: { hari: Number.POSITIVE_INFINITY } })).details.field,
    ).toBe('options.hari');
  });
});

describe('combinePolicies', () => {
  it('puts the rules and preconditions of several policies in one, in order', () => {
    const all = combinePolicies([uu25Policy, sp4nLaporPolicy, ombudsmanPolicy]);
    expect(all.id).toBe('uu25-2009+sp4n-lapor+ombudsman');
    expect(all.rules.map((r) => r.id)).toEqual([
      ...uu25Policy.rules.map((r) => r.id),
      ...sp4nLaporPolicy.rules.map((r) => r.id),
      ...ombudsmanPolicy.rules.map((r) => r.id),
    ]);
    expect(all.preconditions?.map((p) => p.id)).toEqual(['ombudsman.prior_complaint']);
    expect(all.options).toMatchObject({ 'uu25-2009.hari': 'calendar_days', 'sp4n-lapor.onHold': 'ignore' });
  });

  it('takes an id and title of its own', () => {
    const named = combinePolicies([uu25Policy, definePolicy(perbup)], {
      id: 'kab-contoh',
      title: { id: 'Kabupaten Contoh', en: 'Contoh Regency' },
    });
    expect(named.id).toBe('kab-contoh');
    expect(named.rules).toHaveLength(uu25Policy.rules.length + 1);
  });

  it('refuses two policies with the same rule id', () => {
    const error = errorOf(() => combinePolicies([uu25Policy, uu25Policy]));
    expect(error.details).toMatchObject({ ruleId: 'uu25.filing_window', field: 'id' });
  });
});
