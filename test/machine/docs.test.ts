import { describe, expect, it } from 'vitest';
import * as xstate from 'xstate';
import { examplesInMarkdown, itRunsEveryExample } from '../_lib/runExamples.js';

/**
 * Runs every `ts` block of docs/embedding.md and docs/persistence.md as written: imports read from the
 * library under test, and every `expression; //=> value` line must give that value. The guides cannot
 * drift from the code.
 */
for (const doc of ['docs/embedding.md', 'docs/persistence.md']) {
  describe(doc, () => {
    const found = examplesInMarkdown(doc);

    it('has runnable examples', () => {
      expect(found.length).toBeGreaterThanOrEqual(3);
    });

    itRunsEveryExample(found, { xstate });
  });
}
