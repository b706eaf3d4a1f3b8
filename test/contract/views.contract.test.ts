import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as api from '../../src/views/index.js';
import { formalComplaint, noIdentityReport } from '../views/_complaints.js';
import {
  argumentsFor,
  type Contract,
  checkContract,
  functionExports,
  hostile,
  TIMEOUT_MS,
} from './_contract.js';

// Every property here may take as long as its runs need (see TIMEOUT_MS).
vi.setConfig({ testTimeout: TIMEOUT_MS });

const complaint = fc.constantFrom(formalComplaint({ anonim: true }), noIdentityReport());
const input = fc.oneof(
  hostile,
  fc.record(
    { complaint: fc.oneof(complaint, hostile), history: hostile, status: hostile, deadlines: hostile },
    { requiredKeys: ['complaint'] },
  ),
);
const audience = fc.oneof(fc.constantFrom(...Object.keys(api.AUDIENCE_RULES)), hostile);

/** Every function of the views layer (re-exported by `pengaduan/machine`). A new export needs a line here. */
const CASES: Record<string, { contract: Contract; args: fc.Arbitrary<unknown[]> }> = {
  projectComplaint: {
    contract: 'throws_typed',
    args: fc.oneof(fc.tuple(input, audience, hostile), argumentsFor()),
  },
};

describe('the contract of every function of the views', () => {
  it('has a case for every function export, and no case for a function that is gone', () => {
    expect(functionExports(api)).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, { contract, args }] of Object.entries(CASES)) {
    it(`${name}: any input gives a view or a PengaduanError`, () => {
      const fn = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
      checkContract(name, fn, contract, args);
    });
  }
});
