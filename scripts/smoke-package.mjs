// Runs after `npm run build`: proves the built package works the way a user meets it.
// 1. The root entry's module graph names neither zod nor xstate (they are optional peers of the
//    `schema` and `machine` entries only), as zod's bundle tests do with MUST_NOT_APPEAR.
// 2. Each entry loads by its public name through the `exports` map, in ESM and in CJS, and a real
//    example gives the documented answer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};

const visitedFiles = new Map();
function bareImportsOf(entry) {
  const seen = new Set();
  visitedFiles.set(entry, seen);
  const bare = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    )) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(join(root, 'dist', entry));
  return bare;
}

const MUST_NOT_APPEAR = ['zod', 'xstate'];
const rootImports = bareImportsOf('index.js');
for (const name of MUST_NOT_APPEAR) {
  check(
    ![...rootImports].some((s) => s === name || s.startsWith(`${name}/`)),
    `dist/index.js must not import ${name}`,
  );
}
check(!bareImportsOf('schema.js').has('xstate'), 'dist/schema.js must not import xstate');
// views validates what it is given with the schemas (zod) but never loads the machine (xstate).
for (const [entry, forbidden] of [
  ['views.js', ['xstate']],
  ['json-schemas.js', MUST_NOT_APPEAR],
]) {
  for (const name of forbidden) {
    check(
      ![...bareImportsOf(entry)].some((s) => s === name || s.startsWith(`${name}/`)),
      `dist/${entry} must not import ${name}`,
    );
  }
}

// Every subpath of `exports` is also in `typesVersions`, so that TypeScript projects still on
// `moduleResolution: "node"` (node10, older NestJS templates) resolve its types.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const typesVersions = pkg.typesVersions?.['*'] ?? {};
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath === '.' || subpath === './package.json' || subpath.includes('*')) continue;
  const name = subpath.slice(2);
  check(
    typesVersions[name]?.[0] === pkg.exports[subpath].import.types,
    `typesVersions["*"]["${name}"] must point at ${pkg.exports[subpath].import.types}`,
  );
}

// vitest is an optional peer of `pengaduan/testing/vitest` only.
for (const entry of ['index.js', 'schema.js', 'machine.js', 'compliance.js', 'testing.js']) {
  check(!bareImportsOf(entry).has('vitest'), `dist/${entry} must not import vitest`);
}
check(bareImportsOf('testing-vitest.js').has('vitest'), 'dist/testing-vitest.js imports vitest');

// No existing entry loads the compliance or testing layers: their code is in their own entries only.
function filesOf(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g)) {
      visit(join(dirname(file), m[1]));
    }
  };
  visit(join(root, 'dist', entry));
  return [...seen].map((f) => readFileSync(f, 'utf8')).join('\n');
}
for (const entry of ['index.js', 'schema.js', 'machine.js']) {
  const code = filesOf(entry);
  check(!code.includes('function auditHistory'), `dist/${entry} must not contain the compliance layer`);
  check(!code.includes('function runConformance'), `dist/${entry} must not contain the testing layer`);
}

// Loading the root entry must not create an Intl.DateTimeFormat (several ms on a cold runtime): the
// national calendar's zone is one the package knows without asking the runtime.
const RealDateTimeFormat = Intl.DateTimeFormat;
let formatsAtImport = 0;
Intl.DateTimeFormat = new Proxy(RealDateTimeFormat, {
  construct(target, args) {
    formatsAtImport++;
    return new target(...args);
  },
  apply(target, self, args) {
    formatsAtImport++;
    return Reflect.apply(target, self, args);
  },
});
const esm = await import('pengaduan');
Intl.DateTimeFormat = RealDateTimeFormat;
check(formatsAtImport === 0, `importing pengaduan created ${formatsAtImport} Intl.DateTimeFormat`);
const require = createRequire(import.meta.url);
const cjs = require('pengaduan');
for (const [label, lib] of [
  ['esm', esm],
  ['cjs', cjs],
]) {
  const r = lib.addWorkingDays('2025-03-27', 3, lib.nationalCalendar);
  check(
    r.date === '2025-04-10',
    `${label}: 3 hari kerja after 2025-03-27 should be 2025-04-10, got ${r.date}`,
  );
}

// The data file ships, and builds the same calendar as the built-in data.
const dataFile = JSON.parse(readFileSync(require.resolve('pengaduan/data/national-calendar.json'), 'utf8'));
const fromFile = esm.calendarFromData(dataFile);
check(
  fromFile.dataVersion === esm.nationalCalendar.dataVersion &&
    fromFile.nonWorkingDays.length === esm.nationalCalendar.nonWorkingDays.length,
  'pengaduan/data/national-calendar.json builds the same calendar as nationalCalendar',
);
check(
  typeof require.resolve('pengaduan/data/calendar-data.schema.json') === 'string',
  'pengaduan/data/calendar-data.schema.json ships',
);

const schema = await import('pengaduan/schema');
check(
  typeof schema.HistoryEventSchema?.safeParse === 'function',
  'pengaduan/schema exports HistoryEventSchema',
);
check(
  typeof require('pengaduan/schema').HistoryEventSchema?.safeParse === 'function',
  'cjs pengaduan/schema',
);
const machine = await import('pengaduan/machine');
check(typeof machine.startComplaint === 'function', 'pengaduan/machine exports startComplaint');
check(typeof require('pengaduan/machine').startComplaint === 'function', 'cjs pengaduan/machine');
const views = await import('pengaduan/views');
check(typeof views.projectComplaint === 'function', 'pengaduan/views exports projectComplaint');
check(typeof require('pengaduan/views').projectComplaint === 'function', 'cjs pengaduan/views');
const jsonSchemaEntry = await import('pengaduan/json-schemas');
check(
  jsonSchemaEntry.jsonSchemas?.complaint?.$schema === 'http://json-schema.org/draft-07/schema#',
  'pengaduan/json-schemas exports jsonSchemas',
);
check(typeof require('pengaduan/json-schemas').jsonSchemas === 'object', 'cjs pengaduan/json-schemas');

const interop = await import('pengaduan/interop');
check(interop.toOpen311Status?.('closed') === 'closed', 'pengaduan/interop exports toOpen311Status');
check(
  require('pengaduan/interop').toLaporStatus?.('fileComplete') === 'terverifikasi',
  'cjs pengaduan/interop',
);

const compliance = await import('pengaduan/compliance');
const audit = compliance.auditHistory(
  [
    {
      type: 'complaint.submitted',
      at: '2025-03-03T09:00:00+07:00',
      actor: { role: 'complainant' },
      data: {},
    },
  ],
  esm.uu25Policy,
  { asOf: '2025-03-20T09:00:00+07:00' },
);
check(
  audit.findings.map((f) => f.kind).join() === 'missing_receipt,late_response',
  `pengaduan/compliance audits: got ${audit.findings.map((f) => f.kind).join()}`,
);
check(typeof require('pengaduan/compliance').mergeAggregates === 'function', 'cjs pengaduan/compliance');
const testing = await import('pengaduan/testing');
check(testing.CONFORMANCE_VECTORS.length >= 12, 'pengaduan/testing exports the conformance vectors');
const conformance = await testing.runConformance(testing.createReferenceAdapter());
check(
  conformance.failed.length === 0,
  `the reference adapter passes every vector: ${JSON.stringify(conformance.failed)}`,
);
check(typeof require('pengaduan/testing').createTestPlans === 'function', 'cjs pengaduan/testing');
const vectorIndex = JSON.parse(readFileSync(join(root, 'dist', 'vectors', 'index.json'), 'utf8'));
check(
  vectorIndex.vectors.length === testing.CONFORMANCE_VECTORS.length,
  'dist/vectors/index.json lists every vector',
);
check(
  typeof require.resolve('pengaduan/vectors/conformance-vector.schema.json') === 'string',
  'pengaduan/vectors/conformance-vector.schema.json resolves',
);

// 3. The `pengaduan` command lives in dist/cli/ and no library entry reaches it: importing
//    `pengaduan`, `pengaduan/schema`, `pengaduan/machine` or `pengaduan/compliance` never loads CLI code.
const cliDir = join(root, 'dist', 'cli');
for (const entry of ['index.js', 'index.cjs', 'schema.js', 'machine.js', 'compliance.js', 'testing.js']) {
  try {
    bareImportsOf(entry);
  } catch {
    continue; // an entry this build does not have
  }
  const reached = [...visitedFiles.get(entry)].filter((file) => file.startsWith(cliDir));
  check(reached.length === 0, `dist/${entry} must not reach the CLI, but imports ${reached.join(', ')}`);
}
check(pkg.bin?.pengaduan === './dist/cli/main.js', 'package.json bin.pengaduan is ./dist/cli/main.js');
const { execFileSync } = await import('node:child_process');
const answer = execFileSync(
  process.execPath,
  [join(root, pkg.bin.pengaduan), 'deadline', '2025-03-27', '3', 'hari-kerja', '--json'],
  {
    encoding: 'utf8',
  },
);
check(
  JSON.parse(answer).dueDate === '2025-04-10',
  `the built command answers 2025-04-10, got ${answer.slice(0, 200)}`,
);
check(
  readFileSync(join(root, pkg.bin.pengaduan), 'utf8').startsWith('#!/usr/bin/env node'),
  'dist/cli/main.js starts with a shebang',
);

if (failures.length > 0) {
  console.error(`package smoke test: ${failures.length} failed\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `package smoke test: root entry imports ${[...rootImports].join(', ') || 'nothing external'}; ESM and CJS entries load and answer; no entry reaches dist/cli; the pengaduan command answers`,
);
