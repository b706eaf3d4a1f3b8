// Drift check of the API reference: regenerates it with TypeDoc (typedoc.json) into a temporary
// folder and compares it, file by file, with the committed docs/api. Run by scripts/ci/api-docs.sh
// after `npm test` (TypeDoc takes about a minute, too slow for the test suite).
//
// The same run fails when an export is undocumented: TypeDoc's `notDocumented` validation, for the
// exported declarations themselves (types, interfaces, classes, functions, constants), not yet for
// every member (`npx typedoc --validation.notDocumented true` lists those too).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const committed = join(root, 'docs', 'api');
const fresh = mkdtempSync(join(tmpdir(), 'pengaduan-api-'));

/** Every file under `dir`, relative to it, sorted. */
const filesOf = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
        .sort()
    : [];

/** The declaration kinds TypeDoc must find documented (members are not checked yet). */
const mustBeDocumented = ['Enum', 'Variable', 'Function', 'Class', 'Interface', 'TypeAlias'];

/** Runs TypeDoc into `fresh`; false when it fails (an undocumented export, or any other error). */
const generate = () => {
  try {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'),
        '--out',
        fresh,
        '--validation.notDocumented',
        '--treatValidationWarningsAsErrors',
        ...mustBeDocumented.flatMap((kind) => ['--requiredToBeDocumented', kind]),
      ],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    return true;
  } catch {
    return false;
  }
};

try {
  if (!generate()) {
    console.error(
      'TypeDoc failed (see above). An exported declaration without a TSDoc comment is an error here: ' +
        'document it, then run `npm run docs:api` and commit docs/api.',
    );
    process.exitCode = 1;
  } else {
    const want = filesOf(fresh);
    const have = filesOf(committed);
    const problems = [
      ...want.filter((file) => !have.includes(file)).map((file) => `missing: docs/api/${file}`),
      ...have
        .filter((file) => !want.includes(file))
        .map((file) => `not generated any more: docs/api/${file}`),
      ...want
        .filter((file) => have.includes(file))
        .filter(
          (file) => readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(committed, file), 'utf8'),
        )
        .map((file) => `out of date: docs/api/${file}`),
    ];
    if (problems.length > 0) {
      console.error(
        [
          'The API reference (docs/api) does not match the sources:',
          ...problems.map((p) => `  ${p}`),
          'Run `npm run docs:api` and commit docs/api.',
        ].join('\n'),
      );
      process.exitCode = 1;
    } else {
      console.log(
        `API reference: docs/api matches the sources (${want.length} files); every export is documented.`,
      );
    }
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
