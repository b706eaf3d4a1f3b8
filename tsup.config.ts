import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One bundle per public entry. `pengaduan` (calendar, rules, sla) must not pull in zod or xstate:
// they are peer dependencies of `pengaduan/schema` and `pengaduan/machine` only (see test/packaging).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    machine: 'src/machine/index.ts',
    views: 'src/views/index.ts',
    'json-schemas': 'src/schema/jsonSchemas.ts',
    interop: 'src/interop/index.ts',
    compliance: 'src/compliance/index.ts',
    testing: 'src/testing/index.ts',
    // `import 'pengaduan/testing/vitest'` registers the matchers: the one entry with a side effect
    // (listed in package.json `sideEffects`), and the only one that imports vitest.
    'testing-vitest': 'src/testing/vitest.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  // No source maps in the tarball: they doubled its size (2.5 MB) for code that is already unminified,
  // readable ESM with its names intact.
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'xstate', '@date-fns/tz', 'date-fns', 'vitest'],
  // The JSON Schema files go out as files too (`pengaduan/json/complaint.json`), for hosts in PHP, Go,
  // Java or Python and for form builders that read JSON Schema without loading JavaScript.
  // The national calendar data goes out as a file too (`pengaduan/data/national-calendar.json`, with
  // `calendar-data.schema.json`): the same file the built-in data is generated from.
  onSuccess: async () => {
    cpSync('src/schema/json', 'dist/json', { recursive: true });
    // The conformance vectors and their JSON Schema, for test suites in any language.
    cpSync('src/testing/vectors', 'dist/vectors', { recursive: true });
    cpSync('src/holidays/data', 'dist/data', { recursive: true });
  },
});
