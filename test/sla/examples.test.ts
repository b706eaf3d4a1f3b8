import { describe, expect, it } from 'vitest';
import { examplesInLayer, examplesInMarkdown, itRunsEveryExample } from '../_lib/runExamples.js';

// The @example blocks of src/rules and src/sla, and the ts blocks of docs/sla.md, run through the
// root entry as a user would.
const examples = [
  ...examplesInLayer('rules'),
  ...examplesInLayer('sla'),
  ...examplesInMarkdown('docs/sla.md'),
];

describe('the documented examples', () => {
  it('finds an example for every public function and preset of the rules and the engine', () => {
    const files = new Set(examples.map((e) => e.file));
    for (const file of [
      'rules/combinePolicies',
      'rules/definePolicy',
      'rules/ombudsmanPolicy',
      'rules/sp4nLaporPolicy',
      'rules/tieredLocalPolicy',
      'rules/uu25Policy',
      'rules/validatePolicy',
      'sla/describeClock',
      'sla/evaluateSla',
      'sla/formatClockSource',
      'sla/nextWakeUp',
    ]) {
      expect(files.has(`src/${file}.ts`), file).toBe(true);
    }
    // Each preset documents both its factory and its default instance.
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(examples.filter((e) => e.file === 'docs/sla.md').length).toBeGreaterThanOrEqual(5);
  });

  itRunsEveryExample(examples);
});
