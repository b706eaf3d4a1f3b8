import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as api from '../../src/schema/index.js';
import {
  argumentsFor,
  type Contract,
  checkContract,
  functionExports,
  hostile,
  RUNS,
  TIMEOUT_MS,
} from './_contract.js';

// Every property here may take as long as its runs need (see TIMEOUT_MS).
vi.setConfig({ testTimeout: TIMEOUT_MS });

/** Every zod schema the entry exports, by name. */
type Parser = { safeParse: (value: unknown, params?: unknown) => unknown };
const SCHEMAS = (Object.entries(api) as [string, unknown][]).filter(
  (entry): entry is [string, Parser] =>
    typeof (entry[1] as { safeParse?: unknown } | null)?.safeParse === 'function',
);
const schema = fc.constantFrom(...SCHEMAS.map(([, s]) => s));
const options = fc.oneof(
  hostile,
  fc.record(
    { locale: fc.oneof(fc.constantFrom('id', 'en', 'fr'), hostile), scope: hostile },
    { requiredKeys: [] },
  ),
);

/** Every function of `pengaduan/schema`, with its contract and its arguments. A new export needs a line here. */
const CASES: Record<string, { contract: Contract; args?: fc.Arbitrary<unknown[]> }> = {
  diagnoseNik: { contract: 'never_throws' },
  formatIssues: { contract: 'throws_typed' },
  isPhoneNumber: { contract: 'never_throws' },
  localizedErrorMap: { contract: 'never_throws' },
  messagesFor: { contract: 'never_throws' },
  missingFormalRequirements: { contract: 'throws_typed' },
  normalizePhoneNumber: { contract: 'throws_typed' },
  parseComplaint: { contract: 'throws_typed', args: fc.tuple(hostile, options) },
  parseHistory: { contract: 'throws_typed', args: fc.tuple(hostile, options) },
  parseHistoryEvent: { contract: 'throws_typed', args: fc.tuple(hostile, options) },
  safeParseComplaint: { contract: 'never_throws', args: fc.tuple(hostile, options) },
  safeParseHistory: { contract: 'never_throws', args: fc.tuple(hostile, options) },
  safeParseHistoryEvent: { contract: 'never_throws', args: fc.tuple(hostile, options) },
  parseWith: { contract: 'throws_typed', args: fc.tuple(schema, hostile, options) },
  safeParseWith: { contract: 'never_throws', args: fc.tuple(schema, hostile, options) },
  proposeClassification: { contract: 'throws_typed' },
};

describe('the contract of every function of `pengaduan/schema`', () => {
  it('has a case for every function export, and no case for a function that is gone', () => {
    expect(functionExports(api)).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, { contract, args }] of Object.entries(CASES)) {
    it(`${name}: any input gives its result${contract === 'never_throws' ? ', never a throw' : ' or a PengaduanError'}`, () => {
      const fn = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
      checkContract(name, fn, contract, args ?? argumentsFor());
    });
  }

  it('finds the schemas', () => {
    expect(SCHEMAS.map(([name]) => name)).toContain('ComplaintSchema');
    expect(SCHEMAS.length).toBeGreaterThan(30);
  });

  // zod's own `safeParse` lets an exception thrown by the input itself (a getter, a proxy trap) through:
  // that is the caller's error, not a TypeError of ours. Everything else gets a failure result.
  for (const [name, s] of SCHEMAS) {
    it(`${name}.safeParse never throws an error of its own, with or without the localized error map`, () => {
      checkContract(`${name}.safeParse`, (value) => s.safeParse(value), 'throws_typed', fc.tuple(hostile));
      checkContract(
        `${name}.safeParse with localizedErrorMap`,
        (value, locale) => s.safeParse(value, { error: api.localizedErrorMap({ locale: locale as 'id' }) }),
        'throws_typed',
        fc.tuple(hostile, fc.oneof(fc.constantFrom('id', 'en'), hostile)),
      );
    });
  }
  void RUNS;
});
