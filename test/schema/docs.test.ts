import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/schema/index.js';

const DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'schemas.md'), 'utf8');
const MODULES: Record<string, unknown> = { 'pengaduan/schema': schema, ajv };

/** The `ts` code blocks of the guide, with their first line number. */
function blocks(markdown: string): { line: number; code: string }[] {
  const found: { line: number; code: string }[] = [];
  const pattern = /^```ts\n([\s\S]*?)^```/gm;
  for (const match of markdown.matchAll(pattern)) {
    found.push({ line: markdown.slice(0, match.index).split('\n').length + 1, code: match[1] ?? '' });
  }
  return found;
}

/**
 * Turns a block into a function body: imports read from the modules under test, and every
 * `expression; //=> value` (on one line, or with `//=> value` on the next) becomes a check.
 */
function runnable(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const imported = /^import \{ (.+) \} from '(.+)';$/.exec(line);
    if (imported) {
      out.push(`const { ${imported[1]} } = __modules[${JSON.stringify(imported[2])}];`);
      continue;
    }
    const inline = /^(.*\S);\s*\/\/=> (.+)$/.exec(line);
    if (inline) {
      out.push(`__check(${inline[1]}, ${inline[2]}, ${JSON.stringify(line)});`);
      continue;
    }
    const next = /^\s*\/\/=> (.+)$/.exec(line);
    if (next) {
      const previous = out.pop() ?? '';
      out.push(`__check(${previous.replace(/;\s*$/, '')}, ${next[1]}, ${JSON.stringify(previous)});`);
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

describe('docs/schemas.md', () => {
  const found = blocks(DOC);

  it('has runnable examples', () => {
    expect(found.length).toBeGreaterThanOrEqual(9);
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
