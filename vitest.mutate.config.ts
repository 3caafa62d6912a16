import { defineConfig } from 'vitest/config';

/**
 * The unit tests only, with no build step: what Stryker runs against each mutant (stryker.config.mjs).
 * scripts/mutate.mjs narrows them to a file's own tests through MUTATE_TESTS (comma-separated paths):
 * Stryker's own `--testFiles` leaves static mutants (module-level constants) untested with vitest.
 */
export default defineConfig({
  test: {
    include: process.env.MUTATE_TESTS ? process.env.MUTATE_TESTS.split(',') : ['test/unit/**/*.test.ts'],
    testTimeout: 60_000,
    // A `beforeEach` that plans the example took over 10 s (vitest's default) under a load of 50 on two cores.
    hookTimeout: 60_000,
  },
});
