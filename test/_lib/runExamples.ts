import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import * as compliance from '../../src/compliance/index.js';
import * as root from '../../src/index.js';
import * as machine from '../../src/machine/index.js';
import * as schema from '../../src/schema/index.js';
import * as testing from '../../src/testing/index.js';

/**
 * Runs the code examples of the library as a user would paste them: JSDoc `@example` blocks and the
 * ```ts blocks of markdown guides. Imports of `pengaduan`, `pengaduan/schema` and `pengaduan/machine`
 * read the sources under test; the TypeScript is stripped with `ts.transpileModule`.
 *
 * A top-level expression statement followed by a marker comment is a check:
 * - `expr; //=> value` (or `//=> value` on the next line): `expr` must equal `value` (`toEqual`).
 *   Lines after it that start with `//` and two or more spaces continue the value; a remark in
 *   parentheses after the value (`//=> '2025-04-04' (21 March + 14 days)`) is prose, and the string
 *   `'…'` inside a value stands for anything.
 * - `expr;` then `// throws Name: message` (or `//=> throws Name: message`): `expr` must throw an
 *   error named `Name` whose `Name: message` contains `message`.
 * A marker anywhere else (inside a function, after a declaration) is an error, never silently skipped.
 */

const REPO = join(import.meta.dirname, '..', '..');

/** The entries of the package, as the sources under test. */
const ENTRIES: Readonly<Record<string, unknown>> = {
  pengaduan: root,
  'pengaduan/schema': schema,
  'pengaduan/machine': machine,
  'pengaduan/compliance': compliance,
  'pengaduan/testing': testing,
};

export interface Example {
  /** Where it stands, relative to the repository: `src/calendar/addWorkingDays.ts` or `docs/sla.md`. */
  readonly file: string;
  /** The line of the `@example` tag or of the first line of code in the block. */
  readonly line: number;
  readonly code: string;
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** The `@example` blocks of one TypeScript source (fence lines inside them dropped). */
export function examplesInSource(file: string): Example[] {
  const source = readFileSync(join(REPO, file), 'utf8');
  const examples: Example[] = [];
  for (const match of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    let at = 0;
    for (;;) {
      const start = lines.findIndex((line, i) => i >= at && line.startsWith('@example'));
      if (start < 0) break;
      const rest = lines.slice(start + 1);
      const length = rest.findIndex((line) => line.startsWith('@'));
      const body = length < 0 ? rest : rest.slice(0, length);
      const code = body.filter((line) => !/^```/.test(line.trim())).join('\n');
      examples.push({ file, line: lineAt(source, match.index) + start, code });
      at = start + 1;
    }
  }
  return examples;
}

/** The `@example` blocks of every `.ts` file of `src/<layer>`, in file-name order. */
export function examplesInLayer(layer: string): Example[] {
  const dir = join(REPO, 'src', layer);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .flatMap((name) => examplesInSource(relative(REPO, join(dir, name))));
}

/** The ```ts blocks of a markdown file (path relative to the repository). */
export function examplesInMarkdown(file: string): Example[] {
  const markdown = readFileSync(join(REPO, file), 'utf8');
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => ({
    file,
    line: lineAt(markdown, match.index) + 1,
    code: match[1] ?? '',
  }));
}

interface Marker {
  readonly kind: 'value' | 'throws';
  /** The value's source, or `Name: message` for a throw. */
  readonly text: string;
}

/** Reads the marker that starts at `line` (0-based) of `lines`, with its continuation lines. */
function markerAt(lines: readonly string[], line: number, column: number): Marker | undefined {
  const first = (lines[line] ?? '').slice(column).trim();
  const thrown = /^\/\/(?:=>)? throws (\w+(?:: .*)?)$/.exec(first);
  if (thrown) return { kind: 'throws', text: thrown[1] ?? '' };
  if (!first.startsWith('//=>')) return undefined;
  const parts = [first.slice(4)];
  for (let i = line + 1; /^\s*\/\/ {2,}\S/.test(lines[i] ?? ''); i++) {
    parts.push((lines[i] ?? '').trim().slice(2));
  }
  const value = parts
    .join('\n')
    .trim()
    // A remark after the value: `'2025-04-04' (21 March + 14 calendar days)`, `undefined (valid)`.
    .replace(/(?<=[^\s(])\s+\([^'"`]*\)$/, '');
  return { kind: 'value', text: value.replace(/'…'/g, '__anything') };
}

/** Turns an example into the body of an async function taking `__import`, `__check`, `__throws`. */
export function compileExample(code: string): string {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lines = code.split('\n');
  const markerLines = new Set<number>();
  lines.forEach((line, i) => {
    if (/\/\/=>|^\s*\/\/ throws /.test(line)) markerLines.add(i);
  });
  const edits: { start: number; end: number; text: string }[] = [];

  for (const statement of file.statements) {
    const start = statement.getStart(file);
    if (ts.isImportDeclaration(statement)) {
      edits.push({ start, end: statement.end, text: importAsConst(statement, file) });
      continue;
    }
    const end = file.getLineAndCharacterOfPosition(statement.end);
    const trailing = markerAt(lines, end.line, end.character);
    const marker = trailing ?? markerAt(lines, end.line + 1, 0);
    if (marker === undefined) continue;
    const markerLine = trailing ? end.line : end.line + 1;
    if (!ts.isExpressionStatement(statement)) {
      throw new Error(
        `line ${markerLine + 1}: a //=> or // throws check must follow an expression statement`,
      );
    }
    markerLines.delete(markerLine);
    const expression = statement.expression.getText(file);
    const awaits = containsAwait(statement.expression);
    const run = `${awaits ? 'async ' : ''}() => (\n${expression}\n)`;
    const shown = JSON.stringify(expression);
    edits.push({
      start,
      end: statement.end,
      text:
        marker.kind === 'value'
          ? `await __check(${run}, () => (\n${marker.text}\n), ${shown}, ${awaits});`
          : `await __throws(${run}, ${JSON.stringify(marker.text)}, ${shown});`,
    });
  }
  if (markerLines.size > 0) {
    throw new Error(
      `line ${[...markerLines].map((i) => i + 1).join(', ')}: a check that is not after a top-level expression statement`,
    );
  }
  let rewritten = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  }
  // The examples are TypeScript: strip the types, keep the code.
  return ts.transpileModule(rewritten, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

function containsAwait(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, containsAwait) ?? false;
}

/** `import { a, type B, c as d } from 'm';` becomes `const { a, c: d } = __import('m');`. */
function importAsConst(node: ts.ImportDeclaration, file: ts.SourceFile): string {
  const from = (node.moduleSpecifier as ts.StringLiteral).text;
  const clause = node.importClause;
  if (clause === undefined) return `__import(${JSON.stringify(from)});`;
  if (clause.isTypeOnly) return '';
  const module = `__import(${JSON.stringify(from)})`;
  const out: string[] = [];
  if (clause.name) out.push(`const ${clause.name.text} = ${module}.default;`);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) out.push(`const ${bindings.name.text} = ${module};`);
  if (bindings && ts.isNamedImports(bindings)) {
    const names = bindings.elements
      .filter((element) => !element.isTypeOnly)
      .map((element) =>
        element.propertyName
          ? `${element.propertyName.getText(file)}: ${element.name.text}`
          : element.name.text,
      );
    if (names.length > 0) out.push(`const { ${names.join(', ')} } = ${module};`);
  }
  return out.join(' ');
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

/**
 * Runs one example; every check is a vitest expectation.
 *
 * @param modules - other modules the example may import (`xstate`, `ajv`), by specifier
 * @returns how many checks ran
 */
export async function runExample(
  example: Example,
  modules: Readonly<Record<string, unknown>> = {},
): Promise<number> {
  const available: Record<string, unknown> = { ...ENTRIES, ...modules };
  let checks = 0;
  const load = (specifier: string): unknown => {
    if (!(specifier in available))
      throw new Error(`the example imports '${specifier}', which is not provided`);
    return available[specifier];
  };
  const check = async (
    actual: () => unknown,
    expected: () => unknown,
    source: string,
    awaits: boolean,
  ): Promise<void> => {
    // Only an expression that awaits is awaited: a promise shown as a plain value must fail.
    const value = awaits ? await actual() : actual();
    expect(value, source).toEqual(expected());
    checks++;
  };
  const throws = async (run: () => unknown, expected: string, source: string): Promise<void> => {
    const [name = '', message = ''] = expected.split(/: (.*)/s);
    let error: unknown;
    try {
      await run();
    } catch (caught) {
      error = caught;
    }
    expect((error as Error | undefined)?.name, source).toBe(name);
    expect(`${name}: ${(error as Error).message}`, source).toContain(message);
    // Where the package exports the error class, the error must be an instance of it.
    const type = Object.values(ENTRIES)
      .map((entry) => (entry as Record<string, unknown>)[name])
      .find((value) => typeof value === 'function');
    if (type !== undefined) expect(error, source).toBeInstanceOf(type);
    checks++;
  };
  const body = compileExample(example.code);
  await new AsyncFunction('__import', '__check', '__throws', '__anything', body)(
    load,
    check,
    throws,
    expect.anything(),
  );
  return checks;
}

/** Declares one test per example: it must run, and make at least one check. */
export function itRunsEveryExample(
  examples: readonly Example[],
  modules: Readonly<Record<string, unknown>> = {},
): void {
  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))(
    '%s gives the results it shows',
    async (_, example) => {
      expect(await runExample(example, modules)).toBeGreaterThan(0);
    },
  );
}
