// `npm run size` (after `npm run build`): what a browser bundle pays for each entry and for the
// imports a typical page makes, bundled by esbuild (minified, browser, ESM) from the built `dist/`.
// Two figures per case: the library's own code (zod, xstate and @date-fns/tz left out) and the whole
// bundle a user ships (every dependency included), each raw and gzipped. Figures are for reading and
// for docs/performance.md; no test asserts them.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

/** Each case: a label and the import statement a page would write. */
const CASES = [
  ['pengaduan (whole entry)', "export * from './index.js';"],
  ['addWorkingDays + nationalCalendar', "export { addWorkingDays, nationalCalendar } from './index.js';"],
  ['pengaduan/schema (whole entry)', "export * from './schema.js';"],
  ['NikSchema only', "export { NikSchema } from './schema.js';"],
  ['ComplaintSchema only', "export { ComplaintSchema } from './schema.js';"],
  ['pengaduan/machine (whole entry)', "export * from './machine.js';"],
  ['pengaduan/views (whole entry)', "export * from './views.js';"],
  ['pengaduan/json-schemas (whole entry)', "export * from './json-schemas.js';"],
];

const EXTERNAL = ['zod', 'zod/*', 'xstate', 'xstate/*', '@date-fns/tz', 'date-fns', 'date-fns/*'];

async function sizeOf(contents, external) {
  const result = await build({
    stdin: { contents, resolveDir: dist, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.byteLength, gzip: gzipSync(code).byteLength };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = [];
for (const [label, contents] of CASES) {
  const file = contents.match(/'\.\/([^']+)'/)[1];
  if (!existsSync(join(dist, file))) continue;
  const own = await sizeOf(contents, EXTERNAL);
  const all = await sizeOf(contents, []);
  rows.push({
    import: label,
    'own (min)': kb(own.raw),
    'own (gzip)': kb(own.gzip),
    'with deps (min)': kb(all.raw),
    'with deps (gzip)': kb(all.gzip),
  });
}
console.table(rows);
