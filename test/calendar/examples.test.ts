import * as tz from '@date-fns/tz';
import * as dateFns from 'date-fns';
import * as idLocale from 'date-fns/locale/id';
import { describe, expect, it } from 'vitest';
import { examplesInLayer, examplesInMarkdown, itRunsEveryExample } from '../_lib/runExamples.js';

/**
 * Runs every `@example` in the calendar and holidays layers and every `ts` block of docs/calendar.md: a
 * line followed by `//=> value` must give that value, a line followed by `// throws Name: message` must
 * throw it. The docs cannot drift from the code.
 */
const examples = [
  ...examplesInLayer('calendar'),
  ...examplesInLayer('holidays'),
  ...examplesInMarkdown('docs/calendar.md'),
];

describe('documentation examples', () => {
  it('finds examples for every public function of the calendar', () => {
    const files = new Set(examples.map((e) => e.file));
    for (const name of [
      'addWorkingDays',
      'countWorkingDays',
      'isWorkingDay',
      'nextWorkingDay',
      'civilDateOf',
    ]) {
      expect(files.has(`src/calendar/${name}.ts`)).toBe(true);
    }
    expect(examples.length).toBeGreaterThan(15);
    expect(examples.filter((e) => e.file === 'docs/calendar.md').length).toBeGreaterThan(8);
  });

  // The "With date-fns" section imports date-fns itself, as a user's code does.
  itRunsEveryExample(examples, { 'date-fns': dateFns, '@date-fns/tz': tz, 'date-fns/locale/id': idLocale });
});
