import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

/**
 * Runs every `@example` in the calendar and holidays layers and every `ts` block of docs/calendar.md: a
 * line followed by `//=> value` must give that value, a line followed by `// throws Name: message` must
 * throw it. The docs cannot drift from the code.
 */
const folders = ['calendar', 'holidays'];

interface Example {
  readonly file: string;
  readonly code: string;
}

function examplesOf(file: string, source: string): Example[] {
  const examples: Example[] = [];
  const blocks = source.matchAll(/\/\*\*([\s\S]*?)\*\//g);
  for (const [, body] of blocks) {
    const lines = (body ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((line) => line.startsWith('@example'));
    if (start < 0) continue;
    const rest = lines.slice(start + 1);
    const end = rest.findIndex((line) => line.startsWith('@'));
    examples.push({ file, code: (end < 0 ? rest : rest.slice(0, end)).join('\n') });
  }
  return examples;
}

function compile(code: string): string {
  // Imports from 'pengaduan' (on one or several lines) become reads from the library under test.
  const withoutImports = code.replace(/import \{([^}]*)\} from 'pengaduan';/g, (_, names: string) => {
    const values = names
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !name.startsWith('type '));
    return `const { ${values.join(', ')} } = lib;`;
  });
  const lines = withoutImports.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    const statement = /^(.*);\s*(\/\/.*)?$/.exec(line)?.[1];
    if (next.startsWith('//=>') && statement !== undefined) {
      out.push(
        `__check(() => (${statement}), () => (${next.slice(4).trim()}), ${JSON.stringify(statement)});`,
      );
      i++;
    } else if (next.startsWith('// throws') && statement !== undefined) {
      const [, name, message] = /^\/\/ throws (\w+)(?:: (.*))?$/.exec(next) ?? [];
      out.push(`__throws(() => (${statement}), ${JSON.stringify(name)}, ${JSON.stringify(message ?? '')});`);
      i++;
    } else {
      out.push(line);
    }
  }
  // The examples are TypeScript: strip the types, keep the code.
  return ts.transpileModule(out.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

const guide = readFileSync(new URL('../../docs/calendar.md', import.meta.url), 'utf8');
const examples = [
  ...folders.flatMap((folder) => {
    const dir = new URL(`../../src/${folder}/`, import.meta.url);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => examplesOf(`${folder}/${name}`, readFileSync(new URL(name, dir), 'utf8')));
  }),
  ...[...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code]) => ({
    file: 'docs/calendar.md',
    code: code ?? '',
  })),
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
      expect(files.has(`calendar/${name}.ts`)).toBe(true);
    }
    expect(examples.length).toBeGreaterThan(15);
    expect(examples.filter((e) => e.file === 'docs/calendar.md').length).toBeGreaterThan(8);
  });

  it.each(examples.map((e, i) => [`${e.file} #${i}`, e] as const))(
    '%s gives the results it shows',
    (_, example) => {
      let checks = 0;
      const check = (actual: () => unknown, expected: () => unknown, source: string): void => {
        expect(actual(), source).toEqual(expected());
        checks++;
      };
      const throws = (run: () => unknown, name: string, message: string): void => {
        let error: unknown;
        try {
          run();
        } catch (caught) {
          error = caught;
        }
        expect((error as Error | undefined)?.name).toBe(name);
        expect(`${name}: ${(error as Error).message}`).toContain(message);
        checks++;
      };
      new Function('lib', '__check', '__throws', compile(example.code))(lib, check, throws);
      expect(checks).toBeGreaterThan(0);
    },
  );
});
