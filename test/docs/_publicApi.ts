import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { type Example, examplesInSource } from '../_lib/runExamples.js';

/**
 * Reads the public surface of an entry from the sources, without type checking: which functions an
 * `index.ts` exports, where each is declared and whether its JSDoc has an `@example`. Also finds the
 * `@example` blocks of a whole source folder, `_lib` included.
 */

const REPO = join(import.meta.dirname, '..', '..');

/** The `@example` blocks of every `.ts` file under `src/<folder>`, subfolders included, by path. */
export function examplesUnder(folder: string): Example[] {
  return readdirSync(join(REPO, 'src', folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) =>
      relative(REPO, join(REPO, 'src', folder, name))
        .split('\\')
        .join('/'),
    )
    .sort()
    .flatMap((file) => examplesInSource(file));
}

export interface PublicFunction {
  /** The name it is exported under. */
  readonly name: string;
  /** The name it is declared under (the same unless re-exported with `as`). */
  readonly declaredName: string;
  /** Where it is declared, relative to the repository. */
  readonly file: string;
  /** The text of its `@example` tags, joined; `undefined` when it has none. */
  readonly example: string | undefined;
}

const parsed = new Map<string, ts.SourceFile>();

function sourceOf(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (source === undefined) {
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    parsed.set(file, source);
  }
  return source;
}

/** `'./x.js'` from `src/a/index.ts` is `src/a/x.ts`. */
const resolveFrom = (file: string, specifier: string): string =>
  join(dirname(file), specifier.replace(/\.js$/, '.ts'));

function exampleOf(node: ts.Node): string | undefined {
  const tags = ts.getJSDocTags(node).filter((tag) => tag.tagName.text === 'example');
  if (tags.length === 0) return undefined;
  return tags.map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? '').join('\n');
}

/** The function named `name` that `file` declares or re-exports, or `undefined` for any other value. */
function findFunction(file: string, name: string): PublicFunction | undefined {
  const source = sourceOf(file);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) {
      return { name, declaredName: name, file: relative(REPO, file), example: exampleOf(statement) };
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
        const init = declaration.initializer;
        const isFunction = init !== undefined && (ts.isArrowFunction(init) || ts.isFunctionExpression(init));
        return isFunction
          ? { name, declaredName: name, file: relative(REPO, file), example: exampleOf(statement) }
          : undefined;
      }
    }
  }
  for (const statement of source.statements) {
    const reexported = reexportsOf(file, statement).find((r) => r.exported === name);
    if (reexported) return findFunction(reexported.from, reexported.local);
  }
  return undefined;
}

interface Reexport {
  readonly exported: string;
  readonly local: string;
  readonly from: string;
}

/** The values `export { a, b as c } from './x.js'` names (type-only exports left out). */
function reexportsOf(file: string, statement: ts.Statement): Reexport[] {
  if (!ts.isExportDeclaration(statement) || statement.isTypeOnly) return [];
  const specifier = statement.moduleSpecifier;
  const clause = statement.exportClause;
  if (specifier === undefined || !ts.isStringLiteral(specifier)) return [];
  if (clause === undefined || !ts.isNamedExports(clause)) return [];
  const from = resolveFrom(file, specifier.text);
  return clause.elements
    .filter((element) => !element.isTypeOnly)
    .map((element) => ({
      exported: element.name.text,
      local: (element.propertyName ?? element.name).text,
      from,
    }));
}

/**
 * The functions an entry (`src/machine/index.ts`) exports, following `export { … } from` and
 * `export * from`, each with its declaration file and `@example` text.
 */
export function publicFunctions(entry: string): PublicFunction[] {
  const found = new Map<string, PublicFunction>();
  const visit = (file: string): void => {
    for (const statement of sourceOf(file).statements) {
      if (
        ts.isExportDeclaration(statement) &&
        !statement.isTypeOnly &&
        statement.exportClause === undefined &&
        statement.moduleSpecifier !== undefined &&
        ts.isStringLiteral(statement.moduleSpecifier)
      ) {
        visit(resolveFrom(file, statement.moduleSpecifier.text));
        continue;
      }
      if (
        ts.isFunctionDeclaration(statement) &&
        statement.name !== undefined &&
        statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      ) {
        const name = statement.name.text;
        found.set(name, {
          name,
          declaredName: name,
          file: relative(REPO, file),
          example: exampleOf(statement),
        });
        continue;
      }
      for (const { exported, local, from } of reexportsOf(file, statement)) {
        const fn = findFunction(from, local);
        if (fn) found.set(exported, { ...fn, name: exported });
      }
    }
  };
  visit(join(REPO, entry));
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
