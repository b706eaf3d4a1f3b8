// Drift check of the API reference: regenerates it with TypeDoc (typedoc.json) into a temporary
// folder and compares it, file by file, with the committed docs/api. Run by scripts/ci/api-docs.sh
// after `npm test` (TypeDoc takes about a minute, too slow for the test suite).
//
// The same run fails on undocumented API:
// - an exported declaration (type, interface, class, function, constant) without a TSDoc comment
//   (TypeDoc's `notDocumented` validation);
// - a member (property, method, accessor) without one, when it is declared in a hand-written type of
//   src (an options object, a returned shape, a data record) or inside a zod schema's `z.object({ … })`
//   literal (TypeScript carries that comment into the `z.infer` type, and TypeDoc shows it);
// - more undocumented members than `MEMBER_CEILINGS` allows in the two groups the package cannot or
//   does not document one by one (the keys of data tables and of the XState config, and members of
//   zod's and xstate's own types): those counts may only fall.
// `node scripts/list-undocumented-members.mjs --list` lists every undocumented member with its group.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { convertProject, countByGroup, undocumentedMembers } from './undocumented-members.mjs';

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

/** The declaration kinds TypeDoc's own validation must find documented (members: see below). */
const mustBeDocumented = ['Enum', 'Variable', 'Function', 'Class', 'Interface', 'TypeAlias'];

/**
 * Members of hand-written types left undocumented on purpose, by TypeDoc's full name: the parameters
 * of the machine's private guards and actions, which appear only inside `createComplaintMachine`'s
 * inferred XState type.
 */
const KNOWN_UNDOCUMENTED = new Set([
  'pengaduan/machine.createComplaintMachine.__type.recordClosure.__type.reason',
  'pengaduan/machine.createComplaintMachine.__type.recordDue.__type.watch',
  'pengaduan/machine.createComplaintMachine.__type.somethingDueAtTick',
  'pengaduan/machine.createComplaintMachine.__type.somethingDueAtTick.__type.watch',
]);

/**
 * The most undocumented members allowed where a comment per member is not asked for (counted per
 * reflection, as the reference shows them): `value`, the keys of data tables (`LAPOR_CROSSWALK.byState`
 * …) and of the XState config inferred in `createComplaintMachine`'s type; `library`, members of zod's
 * and xstate's own types shown with a schema or the machine. Lower a ceiling when its count falls.
 */
const MEMBER_CEILINGS = { value: 641, library: 460 };

/** Converts, validates and renders into `fresh`; the problems found (empty when none). */
const generate = async () => {
  const { app, project } = await convertProject({
    out: fresh,
    validation: { notExported: false, invalidLink: false, notDocumented: true },
    treatValidationWarningsAsErrors: true,
    requiredToBeDocumented: mustBeDocumented,
  });
  if (!project) return ['TypeDoc could not convert the sources (see above).'];
  app.validate(project);
  const problems = [];
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    problems.push(
      'An exported declaration has no TSDoc comment (see above): document it, then run `npm run docs:api`.',
    );
  }
  const members = undocumentedMembers(project);
  const strict = members.filter(
    (m) => (m.group === 'hand-written' || m.group === 'zod') && !KNOWN_UNDOCUMENTED.has(m.name),
  );
  const shown = [...new Map(strict.map((m) => [`${m.file}:${m.line}`, m])).values()];
  for (const m of shown.slice(0, 20)) {
    problems.push(`undocumented member: ${m.file}:${m.line} ${m.name.replace(/\.__type/g, '')}`);
  }
  if (shown.length > 20) problems.push(`… and ${shown.length - 20} more declarations`);
  const counts = countByGroup(members);
  for (const [group, ceiling] of Object.entries(MEMBER_CEILINGS)) {
    if (counts[group] > ceiling) {
      problems.push(
        `${counts[group]} undocumented ${group} members, more than the ${ceiling} allowed: ` +
          `document the new ones (\`node scripts/list-undocumented-members.mjs --list\`).`,
      );
    } else if (counts[group] < ceiling) {
      console.log(
        `note: ${group} members undocumented ${counts[group]} < ${ceiling}: lower MEMBER_CEILINGS.${group}`,
      );
    }
  }
  if (problems.length === 0) await app.generateOutputs(project);
  return problems;
};

try {
  const problems = await generate();
  if (problems.length > 0) {
    console.error(['The API reference has undocumented API:', ...problems.map((p) => `  ${p}`)].join('\n'));
    process.exitCode = 1;
  } else {
    const want = filesOf(fresh);
    const have = filesOf(committed);
    const drift = [
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
    if (drift.length > 0) {
      console.error(
        [
          'The API reference (docs/api) does not match the sources:',
          ...drift.map((p) => `  ${p}`),
          'Run `npm run docs:api` and commit docs/api.',
        ].join('\n'),
      );
      process.exitCode = 1;
    } else {
      console.log(
        `API reference: docs/api matches the sources (${want.length} files); every export and every ` +
          'member of a hand-written type or zod schema is documented.',
      );
    }
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
