import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../src/compliance/index.js';
import {
  CONFORMANCE_VECTORS,
  type ConformanceAdapter,
  createReferenceAdapter,
  policyOfVector,
  runConformance,
} from '../../src/testing/index.js';

const dir = new URL('../../src/testing/vectors/', import.meta.url);
const files = readdirSync(dir).filter(
  (f) => f.endsWith('.json') && f !== 'index.json' && !f.includes('schema'),
);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));

describe('the conformance vectors', () => {
  it('are the JSON files shipped, listed in index.json, each valid against the JSON Schema', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual(
      CONFORMANCE_VECTORS.map((v) => v.id).sort(),
    );
    expect(read('index.json').vectors.sort()).toEqual(files.sort());
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(read('conformance-vector.schema.json'));
    for (const file of files) {
      expect(validate(read(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ id: 'x', policy: 'uu25' })).toBe(false);
  });

  it('explain how each expectation was worked out', () => {
    for (const v of CONFORMANCE_VECTORS) expect(v.reasoning.length, v.id).toBeGreaterThan(80);
  });

  it('all pass on the reference adapter (this library’s own machine)', async () => {
    const report = await runConformance(createReferenceAdapter());
    expect(report.failed).toEqual([]);
    expect(report.passed).toHaveLength(CONFORMANCE_VECTORS.length);
  });

  it('give the audit exactly the findings they expect', () => {
    for (const v of CONFORMANCE_VECTORS) {
      const audit = auditHistory(v.history, policyOfVector(v.policy), { asOf: v.asOf });
      const got = audit.findings.map((f) => [f.kind, f.ruleId, f.late?.amount]).sort();
      const expected = v.expected.findings.map((f) => [f.kind, f.ruleId, f.lateBy]).sort();
      expect(got, v.id).toEqual(expected);
      if (v.expected.state !== undefined) expect(audit.state, v.id).toBe(v.expected.state);
    }
  });
});

describe('runConformance', () => {
  it('reports a host that counts calendar days where the rule counts hari kerja, and one that accepts everything', async () => {
    const reference = createReferenceAdapter();
    // A portal that adds 3 calendar days for the SP4N-LAPOR! verification instead of 3 hari kerja.
    const naive: ConformanceAdapter = {
      ...reference,
      async deadlines(handle, asOf, vector) {
        const clocks = await reference.deadlines(handle, asOf, vector);
        return clocks.map((c) =>
          c.ruleId === 'sp4n.verification' && vector.id === 'sp4n-forwarding-over-lebaran'
            ? { ...c, dueDate: '2025-03-30' }
            : c,
        );
      },
    };
    const report = await runConformance(naive);
    expect(report.failed).toEqual([
      {
        vectorId: 'sp4n-forwarding-over-lebaran',
        failures: [
          {
            vectorId: 'sp4n-forwarding-over-lebaran',
            what: 'clock sp4n.verification: due date',
            expected: '2025-04-10',
            actual: '2025-03-30',
          },
        ],
      },
    ]);
    const permissive: ConformanceAdapter = { ...reference, act: () => ({ refused: false }) };
    const loose = await runConformance(permissive, {
      vectors: CONFORMANCE_VECTORS.filter((v) => v.id === 'uu25-role-not-permitted'),
    });
    expect(loose.failed[0]?.failures.map((f) => f.what)).toContain(
      'event [2] file.declared_complete was accepted',
    );
  });

  it('fails only the vector whose adapter call throws, and refuses a non-adapter', async () => {
    const throwing: ConformanceAdapter = {
      ...createReferenceAdapter(),
      submit: () => {
        throw new Error('database down');
      },
    };
    const report = await runConformance(throwing, { vectors: CONFORMANCE_VECTORS.slice(0, 2) });
    expect(report.failed.map((f) => f.failures[0]?.what)).toEqual(['submit threw', 'submit threw']);
    await expect(runConformance({} as never)).rejects.toMatchObject({ code: 'invalid_argument' });
  });
});
