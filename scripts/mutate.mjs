#!/usr/bin/env node
// `npm run mutate -- src/merge/sameDay.ts [more files under src/]`: Stryker on those files only, judged by
// the unit tests that import them (a module's own tests must notice its changed lines; the run takes
// minutes). `--all-tests` judges them by every unit test instead. With no file: the whole pure core
// (stryker.config.mjs) against every unit test. Other options (`--concurrency 2`) pass through to Stryker.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const UNIT_TESTS = 'test/unit';
const args = process.argv.slice(2);
const files = [];
const options = [];
let allTests = false;
for (let index = 0; index < args.length; index++) {
  const arg = args[index];
  if (arg === '--all-tests') allTests = true;
  else if (arg.startsWith('-')) {
    options.push(arg);
    // An option's value follows it ("--concurrency 2"), unless written "--concurrency=2".
    if (!arg.includes('=') && args[index + 1] !== undefined && !args[index + 1].startsWith('-'))
      options.push(args[++index]);
  } else if (!existsSync(arg)) {
    console.error(`mutate: no such file: ${arg}`);
    process.exit(2);
  } else {
    files.push(relative(process.cwd(), resolve(arg)));
  }
}

/**
 * Unit test files that import one of `sources` ("../../src/merge/sameDay.js"), those loading the fewest
 * modules first: vitest.mutate.config.ts runs them in this order and Stryker stops at the first failing
 * test, so a mutant the module's own small tests kill never pays for the imports of the whole-notes tests
 * (over a second a file, and every static mutant runs every file).
 */
function testsImporting(sources) {
  const imports = sources.map((source) => `/${source.replace(/\.ts$/, '.js')}'`);
  // Recursive: the dialects' tests live in test/unit/dialects/.
  const tests = readdirSync(UNIT_TESTS, { recursive: true })
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(UNIT_TESTS, name))
    .filter((test) => imports.some((imported) => readFileSync(test, 'utf8').includes(imported)));
  const weight = new Map(tests.map((test) => [test, modulesLoadedBy(test)]));
  return tests.sort((a, b) => weight.get(a) - weight.get(b));
}

const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/** Each module's relative imports, read once: the test files share most of their module graphs. */
const importsByModule = new Map();
function importsOf(path) {
  if (!importsByModule.has(path))
    importsByModule.set(
      path,
      [...readFileSync(path, 'utf8').matchAll(RELATIVE_IMPORT)].map(([, specifier]) =>
        resolve(dirname(path), specifier.replace(/\.js$/, '.ts')),
      ),
    );
  return importsByModule.get(path);
}

/** How many of the project's own modules importing `file` loads, itself included: a stand-in for its import time. */
function modulesLoadedBy(file) {
  const seen = new Set();
  const pending = [resolve(file)];
  while (pending.length > 0) {
    const path = pending.pop();
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    pending.push(...importsOf(path));
  }
  return seen.size;
}

const stryker = join(
  dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')),
  'bin',
  'stryker.js',
);
const selection = [];
let tests = [];
if (files.length > 0) {
  // Stryker keeps the last results of files outside `mutate` in its incremental report and counts them in
  // the score: a run of some files gets an incremental report of its own, so it reports and judges only them.
  const joined = files.map((file) => file.replace(/[^\w.-]+/g, '_')).join('+');
  // A file name has at most 255 bytes: a long list of files is named by its first and a hash of all.
  const name =
    joined.length <= 200
      ? joined
      : `${joined.slice(0, 100)}+${createHash('sha1').update(joined).digest('hex').slice(0, 12)}`;
  tests = allTests || options.includes('--testFiles') ? [] : testsImporting(files);
  if (!allTests && !options.includes('--testFiles') && tests.length === 0) {
    console.error(`mutate: no unit test imports ${files.join(', ')}: add one, or pass --all-tests`);
    process.exit(2);
  }
  selection.push(
    '--mutate',
    files.join(','),
    '--incrementalFile',
    `reports/incremental/${name}${tests.length > 0 ? '' : '.all-tests'}.json`,
  );
  if (tests.length > 0) console.log(`mutate: ${files.join(', ')} judged by ${tests.join(', ')}`);
}
// The tests go to vitest.mutate.config.ts, not to Stryker's --testFiles: with that, Stryker runs no test
// against a static mutant (one in a module-level constant) and reports it survived.
// The 2000-case fuzzes (hostile notes, smuggled directives) try 200 per mutant: minutes less per mutant they reach.
const env = { FC_RUNS: '200', ...process.env, ...(tests.length > 0 && { MUTATE_TESTS: tests.join(',') }) };
const result = spawnSync(process.execPath, [stryker, 'run', ...selection, ...options], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
