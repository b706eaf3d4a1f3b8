import { describe, expect, it } from 'vitest';
import { compileExample, type Example, runExample } from './runExamples.js';

// The runner guards every documented example; these prove that it can fail.
const example = (code: string): Example => ({ file: 'inline', line: 1, code });

describe('runExample', () => {
  it('counts a value shown on the same line and on the next line, with types stripped', async () => {
    const code = [
      "import { addWorkingDays, nationalCalendar } from 'pengaduan';",
      "import type { CivilDate } from 'pengaduan';",
      "const from: CivilDate = '2025-03-27';",
      "addWorkingDays(from, 3, nationalCalendar).date; //=> '2025-04-10'",
      'addWorkingDays(from, 3, nationalCalendar).provisional;',
      '//=> false',
    ].join('\n');
    await expect(runExample(example(code))).resolves.toBe(2);
  });

  it('fails when a shown value is wrong', async () => {
    const code =
      "import { addCalendarDays } from 'pengaduan';\naddCalendarDays('2025-03-27', 1); //=> '2025-03-29'";
    await expect(runExample(example(code))).rejects.toThrow("'2025-03-28'");
  });

  it('reads a value continued on indented comment lines, a remark after it, and … as anything', async () => {
    const code = [
      "import { uu25Policy } from 'pengaduan';",
      'uu25Policy.rules.slice(0, 2).map((r) => r.id);',
      "//=> ['uu25.filing_window',",
      "//    'uu25.receipt']",
      "uu25Policy.id; //=> 'uu25-2009' (the default preset)",
      "uu25Policy.rules[0]?.source; //=> { instrument: '…', article: 'Pasal 42 ayat (2)', status: 'verified', note: '…' }",
    ].join('\n');
    await expect(runExample(example(code))).resolves.toBe(3);
  });

  it('checks the name, class and message of a documented throw, and fails when nothing is thrown', async () => {
    const throws = "import { parseCivilDate } from 'pengaduan';\nparseCivilDate('2025-02-29');\n";
    await expect(
      runExample(example(`${throws}// throws InvalidDateError: Invalid date "2025-02-29"`)),
    ).resolves.toBe(1);
    await expect(runExample(example(`${throws}//=> throws RangeError`))).rejects.toThrow('RangeError');
    const quiet =
      "import { parseCivilDate } from 'pengaduan';\nparseCivilDate('2025-02-28');\n// throws InvalidDateError";
    await expect(runExample(example(quiet))).rejects.toThrow('InvalidDateError');
  });

  it('awaits an expression that awaits, and nothing else', async () => {
    await expect(runExample(example('(await Promise.resolve(7)) + 1; //=> 8'))).resolves.toBe(1);
    await expect(runExample(example('Promise.resolve(7); //=> 7'))).rejects.toThrow();
  });

  it('refuses a check it cannot attach, and an import it does not provide', async () => {
    expect(() => compileExample('const x = 1; //=> 1')).toThrow('must follow an expression statement');
    expect(() => compileExample('if (true) {\n  1; //=> 1\n}')).toThrow('line 2');
    await expect(runExample(example("import { z } from 'zod';\nz; //=> 1"))).rejects.toThrow("'zod'");
    await expect(runExample(example('const x = 1;'))).resolves.toBe(0);
  });
});
