// Builds the example and every corpus file (md, html, pdf) with one checkout's CLI, and compares
// two such builds: the guard of a refactor whose outputs must not change.
//
//   node bench/compare-outputs.mjs build <checkout> <folder> [--pdf-every N]   builds into <folder>, one subfolder per notes file
//     (--pdf-every N: PDFs for the example and every Nth corpus file only, md and html for all; for a busy machine)
//   node bench/compare-outputs.mjs compare <folder-a> <folder-b>   exits 1 on any difference
//
// md, html, json, svg and the CLI's stderr are compared byte for byte, after masking what varies
// from run to run: the build's seconds in stderr ("in 2.3 s", "(2.3 s)"), the order in which decks
// finish (progress lines are sorted), the output folder's own path, and .recapdeck-cache.json (file
// sizes and times) is left out. PDFs are compared page by page as pixels (pdftoppm -r 50, PNG bytes)
// and by pdfinfo's fields without its dates. Thumbnails (webp screenshots of the tab that printed the
// deck) are only checked to be there: which of the two tabs takes a print varies with timing, and
// the same checkout gives a few different bytes from one run to the next.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';

const [mode, first, second] = process.argv.slice(2);
const here = resolve(import.meta.dirname, '..');

if (mode === 'build' && first && second)
  buildAll(resolve(first), resolve(second), Number(process.argv[process.argv.indexOf('--pdf-every') + 1] ?? 1) || 1);
else if (mode === 'compare' && first && second) process.exit(compare(resolve(first), resolve(second)) ? 0 : 1);
else {
  console.error('usage: compare-outputs.mjs build <checkout> <folder> | compare <folder-a> <folder-b>');
  process.exit(2);
}

function notesFiles() {
  const corpus = join(here, 'test/fixtures/corpus');
  const files = readdirSync(corpus)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => join(corpus, file));
  return [join(here, 'examples/kubecon-eu-2021.md'), ...files];
}

function buildAll(checkout, folder, pdfEvery) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const started = Date.now();
  for (const [index, file] of notesFiles().entries()) {
    const name = basename(file, '.md');
    const formats = index % pdfEvery === 0 ? 'md,html,pdf' : 'md,html';
    const out = join(folder, name);
    const run = spawnSync(
      process.execPath,
      [join(checkout, 'bin/recapdeck.js'), 'build', file, '--out', out, '--format', formats],
      { cwd: here, encoding: 'utf8' },
    );
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'cli.txt'), `exit ${run.status}\n${run.stderr}`);
    process.stderr.write(`${name}: exit ${run.status}\n`);
  }
  process.stderr.write(`built ${notesFiles().length} notes files in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) files.push(relative(dir, path));
  }
  return files.filter((file) => basename(file) !== '.recapdeck-cache.json').sort();
}

/** What legitimately differs between two runs of the same build. */
function masked(text, root) {
  const lines = text
    .replaceAll(relative(here, root), '<out>')
    .replaceAll(root, '<out>')
    .replace(/ in \d+\.\d+ s\b/g, ' in <seconds> s')
    .replace(/ \(\d+\.\d+ s\)$/gm, '')
    .replace(/^\[\d+\/(\d+)\] /gm, '[·/$1] ')
    .split('\n');
  const progress = (line) => line.startsWith('[·/');
  return [...lines.filter(progress).sort(), ...lines.filter((line) => !progress(line))].join('\n');
}

function compare(a, b) {
  const left = walk(a);
  const right = walk(b);
  let same = true;
  const differ = (message) => {
    same = false;
    console.log(message);
  };
  for (const file of left.filter((file) => !right.includes(file))) differ(`only in ${a}: ${file}`);
  for (const file of right.filter((file) => !left.includes(file))) differ(`only in ${b}: ${file}`);
  const pictures = mkdtempSync(join(tmpdir(), 'compare-outputs-'));
  let pages = 0;
  let checked = 0;
  for (const file of left.filter((file) => right.includes(file))) {
    checked++;
    const [x, y] = [join(a, file), join(b, file)];
    if (file.endsWith('.pdf')) {
      const info = (path) =>
        spawnSync('pdfinfo', [path], { encoding: 'utf8' })
          .stdout.split('\n')
          .filter((line) => !/^(CreationDate|ModDate|Producer|File size):/.test(line))
          .join('\n');
      if (info(x) !== info(y)) differ(`pdfinfo differs: ${file}\n${info(x)}\n---\n${info(y)}`);
      const rasterize = (path, side) => {
        const prefix = join(pictures, side);
        rmSync(pictures, { recursive: true, force: true });
        mkdirSync(pictures, { recursive: true });
        spawnSync('pdftoppm', ['-r', '50', '-png', path, prefix]);
        return readdirSync(pictures)
          .sort()
          .map((page) => readFileSync(join(pictures, page)));
      };
      const xs = rasterize(x, 'a');
      const ys = rasterize(y, 'b');
      if (xs.length !== ys.length) differ(`page count differs: ${file} (${xs.length} vs ${ys.length})`);
      for (let page = 0; page < Math.min(xs.length, ys.length); page++)
        if (!xs[page].equals(ys[page])) differ(`page ${page + 1} differs: ${file}`);
      pages += xs.length;
    } else if (/\.(md|html|json|txt|css|svg)$/.test(file)) {
      if (masked(readFileSync(x, 'utf8'), a) !== masked(readFileSync(y, 'utf8'), b)) differ(`differs: ${file}`);
    } else if (!file.endsWith('.webp') && !readFileSync(x).equals(readFileSync(y))) differ(`differs: ${file}`);
  }
  rmSync(pictures, { recursive: true, force: true });
  console.log(`${same ? 'same' : 'DIFFERENT'}: ${checked} files compared (${pages} PDF pages as pixels)`);
  return same;
}
