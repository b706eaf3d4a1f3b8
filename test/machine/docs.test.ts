import { describe, expect, it } from 'vitest';
import * as xstate from 'xstate';
import { examplesInMarkdown, itRunsEveryExample } from '../_lib/runExamples.js';
import { examplesUnder } from '../docs/_publicApi.js';

/**
 * Runs every `ts` block of docs/embedding.md, docs/persistence.md and docs/views.md as written: imports read from the
 * library under test, and every `expression; //=> value` line must give that value. The guides cannot
 * drift from the code.
 */
for (const [doc, least] of [
  ['docs/embedding.md', 3],
  ['docs/persistence.md', 3],
  ['docs/views.md', 1],
] as const) {
  describe(doc, () => {
    const found = examplesInMarkdown(doc);

    it('has runnable examples', () => {
      expect(found.length).toBeGreaterThanOrEqual(least);
    });

    itRunsEveryExample(found, { xstate });
  });
}

/** The same for every `@example` of src/machine and src/views: each builds the complaint it shows. */
describe('the @example blocks of src/machine and src/views', () => {
  const found = [...examplesUnder('machine'), ...examplesUnder('views')];

  it('include one for every step of the lifecycle and every view', () => {
    const files = new Set(found.map((e) => e.file));
    for (const name of ['startComplaint', 'applyEvent', 'allowedEvents', 'restoreSnapshot', 'replayHistory'])
      expect(files, name).toContain(`src/machine/${name}.ts`);
    expect(files).toContain('src/views/projectComplaint.ts');
    expect(found.length).toBeGreaterThanOrEqual(16);
  });

  itRunsEveryExample(found, { xstate });
});
