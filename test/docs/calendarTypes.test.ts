import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { examplesInMarkdown } from '../_lib/runExamples.js';

/**
 * The `ts` blocks of docs/calendar.md are run by test/calendar/examples.test.ts; here they are also type-checked, as
 * a user's editor would check them, with `pengaduan` resolved to the sources. A block that compiles
 * only because the runner strips its types would mislead: `// @ts-expect-error` lines in the docs must
 * still point at real errors (a `Date` without a zone where a civil date is needed).
 */
const REPO = join(import.meta.dirname, '..', '..');

function typeErrors(files: Readonly<Record<string, string>>): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    baseUrl: REPO,
    paths: { pengaduan: ['src/index.ts'], 'pengaduan/schema': ['src/schema/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSource = host.getSourceFile.bind(host);
  host.readFile = (name) => files[name] ?? read(name);
  host.fileExists = (name) => name in files || exists(name);
  host.getSourceFile = (name, language, onError) =>
    name in files
      ? ts.createSourceFile(name, files[name] ?? '', language, true)
      : getSource(name, language, onError);
  const program = ts.createProgram(Object.keys(files), options, host);
  return Object.keys(files).flatMap((name) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(name))
      .map((d) => `${name}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`),
  );
}

describe('docs/calendar.md', () => {
  it('has code blocks that type-check as written, each as its own module', { timeout: 60_000 }, () => {
    const blocks = examplesInMarkdown('docs/calendar.md');
    expect(blocks.length).toBeGreaterThan(8);
    const files = Object.fromEntries(
      blocks.map((block) => [
        join(REPO, 'docs', `__calendar_${block.line}.ts`),
        `${block.code}\nexport {};\n`,
      ]),
    );
    expect(typeErrors(files)).toEqual([]);
  });

  it('would catch a type error in a block (the check can fail)', { timeout: 60_000 }, () => {
    const file = join(REPO, 'docs', '__broken.ts');
    const errors = typeErrors({
      [file]:
        "import { isWorkingDay, nationalCalendar } from 'pengaduan';\nisWorkingDay(new Date(), nationalCalendar);\n",
    });
    expect(errors.join('\n')).toContain("not assignable to parameter of type 'CivilDateInput'");
  });
});
