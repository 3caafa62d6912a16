// Mutation testing of the pure core (`npm run mutate`, `npm run mutate -- src/merge/sameDay.ts`).
// Not part of CI: a full run takes a long while; run one file at a time while writing its tests.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Only the unit tests judge mutants: the end-to-end tests run the built CLI and Chromium.
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // TypeScript 7 has no JS API: no type checker (a mutant that does not type-check just runs), and
  // the sandbox's tsconfig rewrite, which parses tsconfig.json with that API, is skipped by naming
  // a file that does not exist (the sandbox keeps tsconfig.json as it is; vitest does not read it).
  checkers: [],
  tsconfigFile: 'no-tsconfig-rewrite.json',
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  mutate: ['src/parse/**/*.ts', 'src/model/**/*.ts', 'src/merge/**/*.ts', 'src/plan/**/*.ts', 'src/render/**/*.ts'],
  // The machine's cores are shared; one worker keeps a run from starving everything else.
  concurrency: 1,
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
