/**
 * Writes the options tables of docs/embedding.md from the sources: for every function that
 * `pengaduan/machine` exports with an `options` parameter, one table of the options it takes (own and
 * inherited), whether each is required, its type, and its documentation comment. Only the part between
 * `<!-- BEGIN GENERATED: options -->` and `<!-- END GENERATED: options -->` is replaced.
 * Run with `npx tsx scripts/generate-options-doc.ts` (or `npm run docs:generate`);
 * test/docs/optionsDoc.test.ts fails when the committed file differs from what this produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(REPO, 'src/machine/index.ts');
export const OPTIONS_DOC = join(REPO, 'docs/embedding.md');
const BEGIN = '<!-- BEGIN GENERATED: options -->';
const END = '<!-- END GENERATED: options -->';

/** One option of one function. */
export interface OptionRow {
  readonly name: string;
  readonly required: boolean;
  readonly type: string;
  readonly doc: string;
}

/** The options of every function of the entry that takes an `options` parameter, by function name. */
export function machineOptions(): Map<string, { typeName: string; rows: OptionRow[] }> {
  // Building the program is the slow part (seconds): read the sources once per process.
  read ??= readMachineOptions();
  return read;
}
let read: Map<string, { typeName: string; rows: OptionRow[] }> | undefined;

function readMachineOptions(): Map<string, { typeName: string; rows: OptionRow[] }> {
  const config = ts.readConfigFile(join(REPO, 'tsconfig.json'), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, REPO);
  const program = ts.createProgram([ENTRY], { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(ENTRY)!;
  const result = new Map<string, { typeName: string; rows: OptionRow[] }>();
  const moduleSymbol = checker.getSymbolAtLocation(entry)!;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined || !ts.isFunctionDeclaration(declaration)) continue;
    const parameter = declaration.parameters.find((p) => p.name.getText() === 'options');
    if (parameter?.type === undefined) continue;
    const type = checker.getTypeFromTypeNode(parameter.type);
    const rows: OptionRow[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const propertyDeclaration = property.valueDeclaration ?? property.declarations?.[0];
      if (propertyDeclaration === undefined) continue;
      const required = (property.flags & ts.SymbolFlags.Optional) === 0;
      // The type as the source writes it (`EscalationTarget | null`), else as the checker prints it.
      const typeText =
        ts.isPropertySignature(propertyDeclaration) && propertyDeclaration.type !== undefined
          ? propertyDeclaration.type.getText().replace(/\s+/g, ' ')
          : checker.typeToString(
              checker.getTypeOfSymbolAtLocation(property, propertyDeclaration),
              undefined,
              ts.TypeFormatFlags.NoTruncation,
            );
      const doc = ts.displayPartsToString(property.getDocumentationComment(checker)).replace(/\s+/g, ' ');
      rows.push({ name: property.getName(), required, type: typeText, doc });
    }
    result.set(exported.getName(), { typeName: parameter.type.getText(), rows });
  }
  return result;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The generated part of docs/embedding.md. */
export function optionsSection(): string {
  const out: string[] = [
    BEGIN,
    '',
    'Generated from the sources by `npm run docs:generate` (scripts/generate-options-doc.ts); the',
    'tests fail when a function gains, loses or re-documents an option and this table was not',
    'regenerated.',
    '',
  ];
  const all = machineOptions();
  for (const name of [...all.keys()].sort()) {
    const { typeName, rows } = all.get(name)!;
    out.push(`### \`${name}(…, options: ${typeName})\``, '');
    out.push('| option | required | type | what it does |', '|---|---|---|---|');
    for (const row of [...rows].sort(
      (a, b) => Number(b.required) - Number(a.required) || a.name.localeCompare(b.name),
    ))
      out.push(
        `| \`${row.name}\` | ${row.required ? 'yes' : 'no'} | \`${cell(row.type)}\` | ${cell(row.doc) || '—'} |`,
      );
    out.push('');
  }
  out.push(END);
  return out.join('\n');
}

/** docs/embedding.md with its generated part rewritten. */
export function regenerated(current: string): string {
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/embedding.md has no ${BEGIN} … ${END} section`);
  return current.slice(0, start) + optionsSection() + current.slice(end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OPTIONS_DOC, regenerated(readFileSync(OPTIONS_DOC, 'utf8')));
}
