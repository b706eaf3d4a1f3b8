import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests and the model-based machine tests walk many paths; keep the default generous.
    testTimeout: 30_000,
    onConsoleLog: () => false,
  },
});
