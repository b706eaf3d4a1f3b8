/**
 * `npm run typecheck:examples`: type-checks every code example a user may copy, under `strict`, the
 * way the test suite runs them (test/_lib/runExamples.ts): the ```ts blocks of README.md and docs/*.md,
 * and the `@example` blocks of src/. Each block is its own module; `pengaduan` and its subpaths resolve
 * to the sources of the entries that tsup builds, so an example that compiles here compiles for a user
 * of the published package. Exits 1 with `file:line` for each error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { type Example, examplesInMarkdown, examplesInSource } from '../test/_lib/runExamples.js';
import tsupConfig from '../tsup.config.js';

const REPO = join(import.meta.dirname, '..');

/** Each subpath of package.json `exports` → the source of the tsup entry that builds its file. */
function entryPaths(): Record<string, string[]> {
  const config = (Array.isArray(tsupConfig) ? tsupConfig[0] : tsupConfig) as {
    entry: Record<string, string>;
  };
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { import?: { default?: string } }>;
  };
  const paths: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? undefined : target.import?.default;
    const built = file === undefined ? undefined : /^\.\/dist\/(.+)\.js$/.exec(file)?.[1];
    const source = built === undefined ? undefined : config.entry[built];
    if (source !== undefined)
      paths[subpath === '.' ? 'pengaduan' : `pengaduan/${subpath.slice(2)}`] = [join(REPO, source)];
  }
  return paths;
}

function examples(): Example[] {
  const markdown = [
    'README.md',
    ...readdirSync(join(REPO, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const sources = readdirSync(join(REPO, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) =>
      relative(REPO, join(REPO, 'src', f))
        .split('\\')
        .join('/'),
    )
    .sort();
  return [...markdown.flatMap(examplesInMarkdown), ...sources.flatMap(examplesInSource)];
}

const all = examples();
const virtual = new Map<string, Example>();
all.forEach((example, i) => {
  // `export {}` makes a block without imports a module too, so blocks never share names.
  virtual.set(join(REPO, '.examples', `example-${i}.ts`), {
    ...example,
    code: `${example.code}\nexport {};\n`,
  });
});

const configFile = ts.readConfigFile(join(REPO, 'tsconfig.json'), ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, REPO);
const options: ts.CompilerOptions = {
  ...parsed.options,
  noEmit: true,
  strict: true,
  baseUrl: REPO,
  paths: entryPaths(),
  // Examples show calls and their results; an unused import or variable there is not an error.
  noUnusedLocals: false,
  noUnusedParameters: false,
};

const host = ts.createCompilerHost(options);
const readFile = host.readFile.bind(host);
const fileExists = host.fileExists.bind(host);
const getSourceFile = host.getSourceFile.bind(host);
host.readFile = (file) => virtual.get(file)?.code ?? readFile(file);
host.fileExists = (file) => virtual.has(file) || fileExists(file);
host.getSourceFile = (file, language, onError, create) => {
  const example = virtual.get(file);
  if (example !== undefined) return ts.createSourceFile(file, example.code, language, true, ts.ScriptKind.TS);
  return getSourceFile(file, language, onError, create);
};

const program = ts.createProgram([...virtual.keys()], options, host);
const problems: string[] = [];
for (const [file, example] of virtual) {
  const source = program.getSourceFile(file);
  if (source === undefined) continue;
  for (const diagnostic of [
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ]) {
    const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
    problems.push(`${example.file}:${example.line + line} (block line ${line + 1}): ${text}`);
  }
}

if (problems.length > 0) {
  console.error(`${problems.length} type errors in ${all.length} examples:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`examples type-check: ${all.length} examples, no errors`);
