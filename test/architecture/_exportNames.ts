import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const REPO = join(import.meta.dirname, '..', '..');

const hasExport = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false);

/**
 * Every name (value or type) an entry file exports, read from the sources without type checking:
 * `export { a, type B } from`, `export *` (followed), and exported declarations. Sorted.
 */
export function exportNames(entry: string): string[] {
  const names = new Set<string>();
  const visit = (file: string): void => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const statement of source.statements) {
      if (ts.isExportDeclaration(statement)) {
        const clause = statement.exportClause;
        if (clause === undefined) {
          const specifier = statement.moduleSpecifier;
          if (specifier !== undefined && ts.isStringLiteral(specifier)) {
            visit(join(dirname(file), specifier.text.replace(/\.js$/, '.ts')));
          }
        } else if (ts.isNamedExports(clause)) {
          for (const element of clause.elements) names.add(element.name.text);
        } else {
          names.add(clause.name.text);
        }
        continue;
      }
      if (!hasExport(statement)) continue;
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
        }
      } else if (
        (ts.isFunctionDeclaration(statement) ||
          ts.isClassDeclaration(statement) ||
          ts.isInterfaceDeclaration(statement) ||
          ts.isTypeAliasDeclaration(statement) ||
          ts.isEnumDeclaration(statement)) &&
        statement.name !== undefined
      ) {
        names.add(statement.name.text);
      }
    }
  };
  visit(join(REPO, entry));
  return [...names].sort();
}
