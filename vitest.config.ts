import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The reference portal imports the package by its public names (as tsconfig.json maps them).
  resolve: {
    alias: [
      { find: /^pengaduan$/, replacement: source('./src/index.ts') },
      { find: /^pengaduan\/schema$/, replacement: source('./src/schema/index.ts') },
      { find: /^pengaduan\/machine$/, replacement: source('./src/machine/index.ts') },
    ],
  },
  test: {
    // The portal's HTTP tests run on real SQLite in-process; its PostgreSQL and browser tests are
    // separate scripts run by .ci/run (scripts/ci/portal-*.sh).
    include: ['test/**/*.test.ts', 'examples/portal/test/**/*.test.ts'],
    // Property tests and the model-based machine tests walk many paths; keep the default generous.
    testTimeout: 30_000,
    onConsoleLog: () => false,
  },
});
