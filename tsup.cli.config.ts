import { defineConfig } from 'tsup';

// The `pengaduan` command, built apart from the library into dist/cli/ (package.json `bin`). No
// library entry imports it. It bundles the library code it uses and xstate (an optional peer the
// library entries leave to the host), so `npx pengaduan` runs with nothing but the package and its
// one dependency, @date-fns/tz. docs/cli.md gives the size this adds to the package.
export default defineConfig({
  entry: {
    main: 'src/cli/main.ts',
    // Loaded by `new Worker(new URL('./worker.js', import.meta.url))` in runAuditPool.
    worker: 'src/cli/audit/worker.ts',
  },
  outDir: 'dist/cli',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: false,
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  minify: true,
  external: ['@date-fns/tz'],
  noExternal: ['xstate', 'zod'],
});
