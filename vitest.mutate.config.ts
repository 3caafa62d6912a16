import { defineConfig } from 'vitest/config';

/** The unit tests only, with no build step: what Stryker runs against each mutant (stryker.config.mjs). */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
