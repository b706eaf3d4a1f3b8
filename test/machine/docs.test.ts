import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as xstate from 'xstate';
import * as root from '../../src/index.js';
import * as machine from '../../src/machine/index.js';
import * as schema from '../../src/schema/index.js';

/**
 * Runs every `ts` block of docs/embedding.md and docs/persistence.md as written: imports read from the
 * library under test, and every `expression; //=> value` line must give that value. The guides cannot
 * drift from the code.
 */
const MODULES: Record<string, unknown> = {
  pengaduan: root,
  'pengaduan/machine': machine,
  'pengaduan/schema': schema,
  xstate,
};
const DOCS = ['embedding.md', 'persistence.md'];

function blocks(markdown: string): { line: number; code: string }[] {
  const found: { line: number; code: string }[] = [];
  for (const match of markdown.matchAll(/^```ts\n([\s\S]*?)^```/gm)) {
    found.push({ line: markdown.slice(0, match.index).split('\n').length + 1, code: match[1] ?? '' });
  }
  return found;
}

function runnable(code: string): string {
  const withoutImports = code
    .replace(/^import type [^;]*;$/gm, '')
    .replace(/^import \{([^}]*)\} from '([^']+)';$/gm, (_, names: string, from: string) => {
      const values = names
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '' && !n.startsWith('type '));
      return `const { ${values.join(', ')} } = __modules[${JSON.stringify(from)}];`;
    });
  const checked = withoutImports
    .split('\n')
    .map((line) => {
      const inline = /^(.*\S);\s*\/\/=> (.+)$/.exec(line);
      return inline ? `__check(${inline[1]}, ${inline[2]}, ${JSON.stringify(line.trim())});` : line;
    })
    .join('\n');
  return ts.transpileModule(checked, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

for (const doc of DOCS) {
  describe(`docs/${doc}`, () => {
    const found = blocks(readFileSync(join(import.meta.dirname, '..', '..', 'docs', doc), 'utf8'));

    it('has runnable examples', () => {
      expect(found.length).toBeGreaterThanOrEqual(3);
    });

    it.each(found.map((b) => [b.line, b.code] as const))(
      'runs the example at line %i as written',
      async (_, code) => {
        const checks: string[] = [];
        const check = (actual: unknown, expected: unknown, source: string) => {
          checks.push(source);
          expect(actual, source).toEqual(expected);
        };
        await new AsyncFunction('__modules', '__check', runnable(code))(MODULES, check);
        expect(checks.length).toBeGreaterThan(0);
      },
    );
  });
}
