import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/rules/index.js';
import {
  combinePolicies,
  ombudsmanPolicy,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  uu25Policy,
  validatePolicy,
} from '../../src/rules/index.js';
import { type PolicyRecord, PolicySchema, safeParseWith } from '../../src/schema/index.js';
import { readFixtures } from './_lib/fixtures.js';

const fixtures = readFixtures('policy.json');

// Compile-time: a parsed policy is a `Policy` the deadline engine accepts.
const asPolicy = (record: PolicyRecord): Policy => record;

describe('PolicySchema', () => {
  it.each([
    ['UU 25/2009', uu25Policy],
    ['SP4N-LAPOR!', sp4nLaporPolicy],
    ['Ombudsman', ombudsmanPolicy],
    ['tiered local standards', tieredLocalPolicy],
    ['UU 25/2009 with SP4N-LAPOR!', combinePolicies([uu25Policy, sp4nLaporPolicy])],
  ])('accepts the %s preset, read back from JSON, unchanged', (_, policy) => {
    const fromJson = JSON.parse(JSON.stringify(policy)) as unknown;
    const result = PolicySchema.safeParse(fromJson);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    if (!result.success) return;
    expect(asPolicy(result.data)).toEqual(policy);
  });

  it('accepts only what validatePolicy accepts', () => {
    for (const fixture of fixtures.valid) {
      expect(PolicySchema.safeParse(fixture.value).success).toBe(true);
      expect(() => validatePolicy(fixture.value), fixture.name).not.toThrow();
    }
  });

  it('refuses, like validatePolicy, duplicate rule ids and per-unit clocks started without a unit', () => {
    for (const fixture of fixtures.zodOnly ?? []) {
      expect(PolicySchema.safeParse(fixture.value).success).toBe(false);
      expect(() => validatePolicy(fixture.value), fixture.name).toThrow();
    }
  });

  it('skips an option named __proto__ (read by JSON.parse) without polluting anything', () => {
    const input = JSON.parse(
      '{"id":"p","title":{"id":"P","en":"P"},"rules":[],"options":{"__proto__":{"polluted":true},"hari":"x"}}',
    ) as unknown;
    const result = PolicySchema.safeParse(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.options).toEqual({ hari: 'x' });
    expect(Object.keys(result.data.options ?? {})).toEqual(['hari']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the rule and the field of a problem in the message', () => {
    const invalid = fixtures.invalid.find((f) => f.name === 'a negative limit')?.value;
    const result = safeParseWith(PolicySchema, invalid, { scope: 'policy', locale: 'en' });
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'Time limit amount (item 1) must be at least 0',
    ]);
  });

  it('refuses a per-unit clock started by submission with the events that carry a unit', () => {
    const invalid = fixtures.zodOnly?.find((f) => f.name.startsWith('a per-unit'))?.value;
    const result = safeParseWith(PolicySchema, invalid, { scope: 'policy' });
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'Peristiwa yang memulai jam (butir ke-1): jam per unit harus dimulai oleh peristiwa yang membawa ID unit (complaint.dispositioned, followup.posted, disposition.rejected)',
    ]);
  });

  it('refuses what validatePolicy refuses and the shapes cannot say, in the words of its PolicyError', () => {
    const valid = fixtures.valid[0]?.value as { rules: Record<string, unknown>[] };
    const input = {
      ...valid,
      rules: [{ ...valid.rules[0], stopOn: [{ type: 'complaint.escalated', where: { unitId: 'dinsos' } }] }],
    };
    let thrown: unknown;
    try {
      validatePolicy(input);
    } catch (error) {
      thrown = error;
    }
    const english = safeParseWith(PolicySchema, input, { scope: 'policy', locale: 'en' });
    const indonesian = safeParseWith(PolicySchema, input, { scope: 'policy' });
    expect(english.success ? [] : english.issues.map((i) => i.path)).toEqual([
      ['rules', 0, 'stopOn', 0, 'where', 'unitId'],
    ]);
    expect(english.success ? '' : english.issues[0]?.message).toContain(
      'not a text data field of complaint.escalated events, so the condition could never match; the fields it can test are: to, reference, note',
    );
    expect(indonesian.success ? '' : indonesian.issues[0]?.message).toContain('tidak akan pernah terpenuhi');
    expect((thrown as Error).message).toContain('the fields it can test are: to, reference, note');
  });
});
