import { describe, expect, it } from 'vitest';
import { examplesInLayer, examplesInMarkdown, itRunsEveryExample } from '../_lib/runExamples.js';

/** Every `@example` of src/compliance and src/testing, and every ```ts block of docs/compliance.md, runs as written. */
describe('the @example blocks of src/compliance and src/testing', () => {
  const found = [...examplesInLayer('compliance'), ...examplesInLayer('testing')];

  it('include one for every public function', () => {
    const files = new Set(found.map((e) => e.file));
    for (const name of ['auditHistory', 'auditMany', 'createAggregator', 'mergeAggregates', 'indicatorsOf'])
      expect(files, name).toContain(`src/compliance/${name}.ts`);
    for (const name of ['runConformance', 'createTestPlans', 'matchers'])
      expect(files, name).toContain(`src/testing/${name}.ts`);
  });

  itRunsEveryExample(found);
});

describe('docs/compliance.md', () => {
  const found = examplesInMarkdown('docs/compliance.md');

  it('has runnable examples', () => {
    expect(found.length).toBeGreaterThanOrEqual(3);
  });

  itRunsEveryExample(found);
});
