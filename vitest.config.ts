import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests run the built CLI: compile once before any test file runs.
    globalSetup: ['test/support/globalSetup.ts'],
    setupFiles: ['test/support/fuzzSeed.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // PDF tests share the machine's two cores with Chromium; more workers only add contention.
    maxWorkers: 2,
  },
});
