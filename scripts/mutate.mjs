#!/usr/bin/env node
// `npm run mutate -- src/merge/sameDay.ts src/plan/paginate.ts`: Stryker on those files only;
// with no file, on the whole pure core (stryker.config.mjs). Options (`--concurrency 2`) pass through.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const files = [];
const options = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index];
  if (arg.startsWith('-')) {
    options.push(arg);
    // An option's value follows it ("--concurrency 2"), unless written "--concurrency=2".
    if (!arg.includes('=') && args[index + 1] !== undefined && !args[index + 1].startsWith('-') && !existsSync(args[index + 1])) {
      options.push(args[++index]);
    }
  } else if (existsSync(arg)) {
    files.push(arg);
  } else {
    console.error(`mutate: no such file: ${arg}`);
    process.exit(2);
  }
}

const core = dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json'));
const stryker = join(core, 'bin', 'stryker.js');
// Stryker keeps the last results of files outside `mutate` in its incremental report and counts them in
// the score: a run of some files gets an incremental report of its own, so it reports and judges only them.
const incrementalFile = `reports/incremental/${files.map((file) => file.replace(/[^\w.-]+/g, '_')).join('+')}.json`;
const mutate = files.length > 0 ? ['--mutate', files.join(','), '--incrementalFile', incrementalFile] : [];
const result = spawnSync(process.execPath, [stryker, 'run', ...mutate, ...options], { stdio: 'inherit' });
process.exit(result.status ?? 1);
