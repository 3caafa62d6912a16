// Bundles the CLI (dist/cli/run.js, compiled by tsc) into dist/bundle/: a handful of files instead
// of thousands of small modules, which halves the time a build spends loading code (about 0.7 s of
// a 5 s build). The library API (dist/index.js) stays tsc's output.
// Usage: node scripts/bundle.mjs   (after tsc; `npm run build` runs both)
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/bundle`;
await rm(out, { recursive: true, force: true });
await build({
  // The worker thread that renders slides is loaded by file name (next to the code that names it),
  // so it is an entry of its own.
  input: { run: `${root}dist/cli/run.js`, slideRenderWorker: `${root}dist/export/slideRenderWorker.js` },
  platform: 'node',
  // See the stub: download code puppeteer-core's launcher pulls in but recapdeck never runs.
  resolve: { alias: { 'proxy-agent': `${root}scripts/stubs/proxyAgent.mjs` } },
  // Loaded as they are: marp-cli (only its presenter script is read, as a file, see bespokeHtml.ts);
  // puppeteer finds its config file, and open its xdg-open script, by paths a bundle does not keep; jiti
  // compiles TypeScript config files with files of its own; jsonc-parser's main is a UMD build that
  // requires its parts at run time.
  external: ['@marp-team/marp-cli', 'puppeteer', 'open', 'jiti', 'jsonc-parser'],
  logLevel: 'warn',
  // gray-matter's JavaScript front-matter engine uses eval; recapdeck never runs it (see safeSource).
  onLog(level, log, report) {
    if (log.code !== 'EVAL') report(level, log);
  },
  output: { dir: out, format: 'esm' },
});
