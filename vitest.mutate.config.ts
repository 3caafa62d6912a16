import { resolve } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests only, with no build step: what Stryker runs against each mutant (stryker.config.mjs).
 * scripts/mutate.mjs narrows them to a file's own tests through MUTATE_TESTS (comma-separated paths):
 * Stryker's own `--testFiles` leaves static mutants (module-level constants) untested with vitest.
 */
const givenTests = process.env.MUTATE_TESTS?.split(',');

/**
 * Runs the test files in MUTATE_TESTS' order (mutate.mjs puts those loading the fewest modules first).
 * Stryker stops a mutant's run at its first failing test, so the files after the one that kills it are
 * never imported; vitest's own order (the largest and slowest first) imported the whole-notes tests first.
 */
class GivenOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = new Map(givenTests?.map((test, index) => [resolve(test), index]));
    const rankOf = (file: TestSpecification) => rank.get(file.moduleId) ?? rank.size;
    return [...files].sort((a, b) => rankOf(a) - rankOf(b));
  }
}

export default defineConfig({
  test: {
    include: givenTests ?? ['test/unit/**/*.test.ts'],
    sequence: { sequencer: GivenOrder },
    testTimeout: 60_000,
    // A `beforeEach` that plans the example took over 10 s (vitest's default) under a load of 50 on two cores.
    hookTimeout: 60_000,
  },
});
