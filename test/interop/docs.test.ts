import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesInMarkdown, itRunsEveryExample } from '../_lib/runExamples.js';
import { examplesUnder } from '../docs/_publicApi.js';

/** Every `@example` of src/interop, and every `ts` block of docs/interop.md, gives the results it shows. */
describe('the @example blocks of src/interop', () => {
  const found = examplesUnder('interop');

  it('include one for each mapping', () => {
    const files = new Set(found.map((e) => e.file));
    for (const name of ['toOpen311Status', 'toOpen311Request', 'fromOpen311Request', 'eventsFromLaporStatus'])
      expect(files, name).toContain(`src/interop/${name}.ts`);
  });

  itRunsEveryExample(found);
});

const guide = 'docs/interop.md';
if (existsSync(join(import.meta.dirname, '..', '..', guide))) {
  describe(guide, () => {
    const found = examplesInMarkdown(guide);

    it('has runnable examples of each mapping', () => {
      expect(found.length).toBeGreaterThanOrEqual(5);
    });

    itRunsEveryExample(found);
  });
}
