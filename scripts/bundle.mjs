// Bundles the CLI (dist/cli/run.js, compiled by tsc) and the library API (dist/index.js) into
// dist/bundle/: a handful of files instead of thousands of small modules, which halves the time a
// build spends loading code (about 0.7 s of a 5 s build). What is bundled is a devDependency; only
// the externals below are installed with recapdeck (package.json "dependencies"). The files the
// code reads at run time that are not in the repo's own folders (bespoke.css, marp-cli's presenter
// script) are copied into dist/bespoke/, which the package ships.
// Usage: node scripts/bundle.mjs   (after tsc; `npm run build` runs both)
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/bundle`;
await rm(out, { recursive: true, force: true });
await build({
  // The worker thread that renders slides is loaded by file name (next to the code that names it),
  // so it is an entry of its own.
  input: {
    run: `${root}dist/cli/run.js`,
    index: `${root}dist/index.js`,
    marpWorkerThread: `${root}dist/export/slides/marpWorkerThread.js`,
  },
  platform: 'node',
  // See the stub: download code puppeteer-core's launcher pulls in but recapdeck never runs.
  resolve: { alias: { 'proxy-agent': `${root}scripts/stubs/proxyAgent.mjs` } },
  // Loaded as they are (so package.json "dependencies"): open finds its xdg-open script by a path a
  // bundle does not keep; jiti compiles TypeScript config files with files of its own;
  // jsonc-parser's main is a UMD build that requires its parts at run time; chrono-node is required
  // at run time, on first use (src/merge/dayKey.ts); subset-font's harfbuzz reads its .wasm file
  // beside its own code.
  external: ['open', 'jiti', 'jsonc-parser', /^chrono-node(\/|$)/, 'subset-font'],
  logLevel: 'warn',
  // gray-matter's JavaScript front-matter engine uses eval; recapdeck never runs it (see safeSource).
  onLog(level, log, report) {
    if (log.code !== 'EVAL') report(level, log);
  },
  output: { dir: out, format: 'esm' },
});

// The versions of what the bundle holds, for `recapdeck --version` (marp-core's package.json is not installed).
const versionOf = async (name) =>
  JSON.parse(await readFile(`${root}node_modules/${name}/package.json`, 'utf8')).version;
await writeFile(
  `${out}/versions.json`,
  `${JSON.stringify({ '@marp-team/marp-core': await versionOf('@marp-team/marp-core') })}\n`,
);

const assets = `${root}dist/bespoke`;
await mkdir(assets, { recursive: true });
await copyFile(`${root}src/export/html/bespoke/bespoke.css`, `${assets}/bespoke.css`);
await copyFile(createRequire(import.meta.url).resolve('@marp-team/marp-cli/lib/bespoke.js'), `${assets}/bespoke.js`);
