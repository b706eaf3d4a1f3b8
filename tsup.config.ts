import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One bundle per public entry. `pengaduan` (calendar, rules, sla) must not pull in zod or xstate:
// they are peer dependencies of `pengaduan/schema` and `pengaduan/machine` only (see test/packaging).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    machine: 'src/machine/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'xstate', '@date-fns/tz'],
  // The JSON Schema files go out as files too (`pengaduan/json/complaint.json`), for hosts in PHP, Go,
  // Java or Python and for form builders that read JSON Schema without loading JavaScript.
  // The national calendar data goes out as a file too (`pengaduan/data/national-calendar.json`, with
  // `calendar-data.schema.json`): the same file the built-in data is generated from.
  onSuccess: async () => {
    cpSync('src/schema/json', 'dist/json', { recursive: true });
    cpSync('src/holidays/data', 'dist/data', { recursive: true });
  },
});
