import { describe, expect, it } from 'vitest';
import { publicFunctions } from './_publicApi.js';

/**
 * Every function a user can import from `pengaduan`, `pengaduan/schema`, `pengaduan/machine` (which
 * carries the views) and `pengaduan/interop` has an `@example` that calls it. The examples-tests of each layer
 * (test/schema/docs.test.ts, test/machine/docs.test.ts, test/calendar and test/sla examples.test.ts)
 * run them, so each is also true as written.
 */
describe.each([
  [
    'src/schema/index.ts',
    ['safeParseComplaint', 'diagnoseNik', 'messagesFor', 'proposeClassification'],
    ['ComplaintSchema', 'SCHEMA_LIMITS', 'SchemaValidationError'],
  ],
  [
    'src/machine/index.ts',
    ['startComplaint', 'applyEvent', 'restoreSnapshot', 'projectComplaint'],
    ['COMPLAINT_STATES', 'EVENT_PERMISSIONS', 'SnapshotError'],
  ],
  ['src/views/index.ts', ['projectComplaint'], ['AUDIENCE_RULES']],
  [
    'src/interop/index.ts',
    ['toOpen311Request', 'fromOpen311Request', 'eventsFromLaporStatus', 'toOpen311Xml'],
    ['ISO_10002', 'LAPOR_CROSSWALK', 'Open311RequestError'],
  ],
  [
    'src/compliance/index.ts',
    ['auditHistory', 'auditMany', 'createAggregator', 'mergeAggregates', 'indicatorsOf'],
    ['INDICATORS', 'FINDING_KINDS'],
  ],
  [
    'src/testing/index.ts',
    ['runConformance', 'createTestPlans', 'policyOfVector'],
    ['CONFORMANCE_VECTORS', 'pengaduanMatchers'],
  ],
  ['src/index.ts', ['addWorkingDays', 'evaluateSla', 'definePolicy'], ['nationalCalendar', 'uu25Policy']],
] as const)('the functions exported by %s', (entry, known, notFunctions) => {
  const functions = publicFunctions(entry);

  it('are found, through every re-export', () => {
    const names = functions.map((fn) => fn.name);
    for (const name of known) expect(names).toContain(name);
    // Schemas, constants, presets and error classes are not functions: they are not listed.
    for (const name of notFunctions) expect(names).not.toContain(name);
  });

  it('each have an @example', () => {
    const missing = functions.filter((fn) => fn.example === undefined).map((fn) => `${fn.name} (${fn.file})`);
    expect(missing).toEqual([]);
  });

  it('each have an @example that calls the function', () => {
    const uncalled = functions
      .filter((fn) => fn.example !== undefined)
      .filter((fn) => !new RegExp(`\\b(?:${fn.name}|${fn.declaredName})\\(`).test(fn.example ?? ''))
      .map((fn) => `${fn.name} (${fn.file})`);
    expect(uncalled).toEqual([]);
  });
});
