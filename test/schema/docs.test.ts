import * as ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { examplesInMarkdown, itRunsEveryExample } from '../_lib/runExamples.js';
import { examplesUnder } from '../docs/_publicApi.js';

describe('docs/schemas.md', () => {
  const found = examplesInMarkdown('docs/schemas.md');

  it('has runnable examples', () => {
    expect(found.length).toBeGreaterThanOrEqual(9);
  });

  itRunsEveryExample(found, { ajv });
});

/**
 * Every `@example` of src/schema and src/i18n (the messages the schemas speak), run as a user would
 * paste it: imports of `pengaduan/schema` read the sources, and every `//=>` line must hold.
 */
describe('the @example blocks of src/schema and src/i18n', () => {
  const found = [...examplesUnder('schema'), ...examplesUnder('i18n')];

  it('include one for every schema and parse helper', () => {
    const files = new Set(found.map((e) => e.file));
    for (const name of [
      'ComplaintSchema',
      'HistoryEventSchema',
      'parseComplaint',
      'safeParseComplaint',
      'formatIssues',
      'diagnoseNik',
    ])
      expect(files, name).toContain(`src/schema/${name}.ts`);
    expect(files).toContain('src/i18n/messagesFor.ts');
    expect(found.length).toBeGreaterThanOrEqual(34);
  });

  itRunsEveryExample(found);
});
