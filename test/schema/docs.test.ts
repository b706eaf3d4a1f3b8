import * as ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { examplesInMarkdown, itRunsEveryExample } from '../_lib/runExamples.js';

describe('docs/schemas.md', () => {
  const found = examplesInMarkdown('docs/schemas.md');

  it('has runnable examples', () => {
    expect(found.length).toBeGreaterThanOrEqual(9);
  });

  itRunsEveryExample(found, { ajv });
});
