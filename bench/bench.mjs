// Every performance target of recapdeck, measured side by side in one run (see README "Performance").
// Usage: npm run bench [-- --runs N] [-- --skip-large] [-- --cli CHECKOUT]   (needs Chromium; CHROME_PATH or on PATH)
// --cli: measure another checkout's recapdeck (its bin/recapdeck.js, built) with this bench, notes,
// marp-cli and floor, so two versions are compared by one harness.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findBrowser } from '../dist/export/pdf/findBrowser.js';
import { createMarp, marpSlides } from '../dist/export/slides/marpSlides.js';
import { printableDocument } from '../dist/export/slides/printablePage.js';
import { loadThemes } from '../dist/themes.js';
import { generateNotes } from './generateNotes.mjs';
import { runMeasured } from './processTree.mjs';
import { watchRebuilds as watchRebuildsOf } from './watchRebuilds.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'skip-large': { type: 'boolean', default: false },
    cli: { type: 'string' },
  },
});
const runs = Number(values.runs);
const root = new URL('..', import.meta.url).pathname;
const cli = join(values.cli ?? root, 'bin/recapdeck.js');
// The browser recapdeck would use (the headless shell when installed), for marp-cli and the floor too.
const chrome = await findBrowser();
if (!chrome) throw new Error('bench: no Chromium or Chrome found');
const env = { ...process.env, CHROME_PATH: chrome };
const work = await mkdtemp(join(tmpdir(), 'recapdeck-bench-'));
const recapdeck = (args, options) => runMeasured(process.execPath, [cli, ...args, '--quiet'], { env, ...options });
const watchRebuilds = (notes, count) => watchRebuildsOf({ recapdeck: cli, env, work, notes, count });
const marp = (args) =>
  runMeasured(process.execPath, [join(root, 'node_modules/@marp-team/marp-cli/marp-cli.js'), ...args], { env });
const logged = new WeakSet();
const median = (values) => {
  if (!logged.has(values)) console.error(`    runs: ${values.map((value) => value.toFixed(2)).join(', ')}`);
  logged.add(values);
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
};
/** CPU seconds (user + system, children waited for included) of each run: they hold up on a busy machine. */
const cpu = {};
const measuredCpu = (name, measure) => {
  cpu[name] = [...(cpu[name] ?? []), measure.cpuSeconds];
  console.error(`    ${name}: CPU ${measure.cpuSeconds.toFixed(2)} s`);
  return measure;
};
const rows = [];
/** A target's line in the table; `limit` null marks a reference line, measured but not a target. */
const row = (target, measured, ratio, limit, unit = 'x') => {
  const verdict =
    limit === null ? { limit: '—', met: '' } : { limit: `≤ ${limit}${unit}`, met: ratio <= limit ? 'met' : 'NOT MET' };
  rows.push({ target, measured, value: `${ratio.toFixed(2)}${unit}`, ...verdict });
  console.error(`  ${target}: ${measured}`);
};

try {
  const example = join(root, 'examples/kubecon-eu-2021.md');
  const load = loadavg()[0];

  // (a) Full build vs marp-cli's defaults on the same .md files vs the floor, interleaved run by run.
  console.error('(a) full build of the example, marp-cli, floor');
  const generated = join(work, 'generated');
  await recapdeck(['build', example, '-o', generated]);
  const deckDir = join(generated, 'kubecon-eu-2021');
  const mdFiles = [
    join(deckDir, 'recap.md'),
    ...(await readdir(join(deckDir, 'sessions')))
      .filter((file) => file.endsWith('.md'))
      .map((file) => join(deckDir, 'sessions', file)),
  ];
  const marpDir = join(work, 'marp');
  const floorDir = join(work, 'floor');
  await mkdir(floorDir);
  const marpCopies = mdFiles.map((file, index) => join(marpDir, `${String(index).padStart(2, '0')}.md`));
  await mkdir(marpDir);
  for (const [index, file] of mdFiles.entries()) await cp(file, marpCopies[index]);
  const marpEngine = createMarp(await loadThemes());
  const floorPages = [];
  for (const [index, file] of mdFiles.entries()) {
    const page = join(floorDir, `${String(index).padStart(2, '0')}.html`);
    const { css, slides } = marpSlides(marpEngine, await readFile(file, 'utf8'));
    await writeFile(page, printableDocument(css, slides, file).html);
    floorPages.push(page);
  }
  const full = [],
    marpTimes = [],
    floor = [];
  for (let run = 0; run < runs; run++) {
    const out = join(work, `full-${run}`);
    full.push(measuredCpu('full build', await recapdeck(['build', example, '-o', out])).seconds);
    const html = await marp(['--theme-set', join(root, 'themes'), '--', ...marpCopies]);
    const pdf = await marp(['--pdf', '--theme-set', join(root, 'themes'), '--', ...marpCopies]);
    marpTimes.push(html.seconds + pdf.seconds);
    measuredCpu('marp-cli html+pdf', { cpuSeconds: html.cpuSeconds + pdf.cpuSeconds });
    const floorPrint = [join(root, 'bench/floor.mjs'), floorDir, ...floorPages];
    floor.push(measuredCpu('floor', await runMeasured(process.execPath, floorPrint, { env })).seconds);
  }
  const fullTime = median(full);
  const slides = JSON.parse(await readFile(join(deckDir, 'manifest.json'), 'utf8')).decks.reduce(
    (sum, deck) => sum + deck.slides,
    0,
  );
  row(
    `full build (${mdFiles.length} decks, ${slides} slides) vs marp-cli html+pdf`,
    `${fullTime.toFixed(2)} s vs ${median(marpTimes).toFixed(2)} s`,
    fullTime / median(marpTimes),
    0.3,
  );
  row(
    'full build vs floor (1 browser, 1 page.pdf() per deck)',
    `${fullTime.toFixed(2)} s vs ${median(floor).toFixed(2)} s`,
    fullTime / median(floor),
    1.5,
  );

  // (b) Rebuild after one session's notes change: only that deck and the recap are made again.
  console.error('(b) rebuild after one session changed');
  const notes = await readFile(example, 'utf8');
  const rebuilds = [],
    unchanged = [];
  for (let run = 0; run < runs; run++) {
    const copy = join(work, `rebuild-${run}`, 'kubecon-eu-2021.md');
    await mkdir(join(work, `rebuild-${run}`));
    await writeFile(copy, notes);
    const out = join(work, `rebuild-${run}`, 'out');
    await recapdeck(['build', copy, '-o', out]);
    await writeFile(
      copy,
      notes.replace('- Need to get the end users in scope', `- Need to get the end users in scope (edit ${run})`),
    );
    rebuilds.push(measuredCpu('rebuild, one session changed', await recapdeck(['build', copy, '-o', out])).seconds);
    unchanged.push(measuredCpu('rebuild, nothing changed', await recapdeck(['build', copy, '-o', out])).seconds);
  }
  row(
    'rebuild after one session changed vs full build',
    `${median(rebuilds).toFixed(2)} s vs ${fullTime.toFixed(2)} s`,
    median(rebuilds) / fullTime,
    0.2,
  );
  // Not a target: what any rebuild costs before it makes a file (start-up, reading and modelling
  // the notes, checking the cache), the lower bound of the row above.
  row(
    '(reference) rebuild with nothing changed vs full build',
    `${median(unchanged).toFixed(2)} s vs ${fullTime.toFixed(2)} s`,
    median(unchanged) / fullTime,
    null,
  );
  // The same edit under `build --watch`, which keeps Chromium and the renderer between builds:
  // from saving the notes to the rebuild's last line (the watch's settle time included). Each edit
  // takes under a second, so there are at least 8, one after the other, as someone editing makes them.
  const watch = await watchRebuilds(notes, Math.max(8, runs));
  const watched = watch.times;
  cpu['rebuild under --watch (its process tree)'] = watch.cpu;
  row(
    'rebuild after one session changed, under build --watch, vs full build',
    `${median(watched).toFixed(2)} s vs ${fullTime.toFixed(2)} s`,
    median(watched) / fullTime,
    0.2,
  );

  // (c) Linear growth: 64 session decks vs 4 x 16.
  console.error('(c) 16 and 64 generated sessions');
  const sized = {};
  for (const sessions of [16, 64]) {
    const file = join(work, `notes-${sessions}.md`);
    await writeFile(file, generateNotes(sessions));
    const times = [];
    for (let run = 0; run < runs; run++)
      times.push(
        measuredCpu(
          `${sessions} sessions`,
          await recapdeck(['build', file, '-o', join(work, `sized-${sessions}-${run}`), '--decks', 'sessions']),
        ).seconds,
      );
    sized[sessions] = median(times);
  }
  row(
    '64 session decks vs 4 x 16 session decks',
    `${sized[64].toFixed(2)} s vs 4 x ${sized[16].toFixed(2)} s`,
    sized[64] / (4 * sized[16]),
    1.1,
  );

  // (d) Peak memory of a 1,000-session build (md, html, pdf; recap and every session).
  if (!values['skip-large']) {
    console.error('(d) 1,000 sessions: peak memory');
    const file = join(work, 'notes-1000.md');
    await writeFile(file, generateNotes(1000));
    const large = measuredCpu(
      '1,000 sessions',
      await recapdeck(['build', file, '-o', join(work, 'large')], { watchMemory: true }),
    );
    row(
      `1,000 sessions in ${large.seconds.toFixed(0)} s: peak RSS of recapdeck`,
      `${large.selfMiB.toFixed(0)} MiB`,
      large.selfMiB / 1024,
      1,
      ' GiB',
    );
    row(
      '1,000 sessions: peak PSS of recapdeck + Chromium',
      `${large.treeMiB.toFixed(0)} MiB`,
      large.treeMiB / 1024,
      1,
      ' GiB',
    );
  }

  // (e) Start-up: --version.
  console.error('(e) --version');
  const ours = [],
    theirs = [];
  for (let run = 0; run < Math.max(5, runs * 3); run++) {
    ours.push(measuredCpu('recapdeck --version', await runMeasured(process.execPath, [cli, '--version'])).seconds);
    theirs.push(measuredCpu('marp --version', await marp(['--version'])).seconds);
  }
  row(
    'recapdeck --version vs marp --version',
    `${median(ours).toFixed(3)} s vs ${median(theirs).toFixed(3)} s`,
    median(ours) / median(theirs),
    0.5,
  );

  console.log(
    `\nrecapdeck bench — ${runs} run(s) each, medians; load average ${load.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end; ${chrome}; ${cli}\n`,
  );
  const header = { target: 'target', measured: 'measured', value: 'ratio', limit: 'target', met: '' };
  const widths = Object.keys(header).map((key) => Math.max(...[header, ...rows].map((line) => line[key].length)));
  const separator = Object.fromEntries(Object.keys(header).map((key, index) => [key, '-'.repeat(widths[index])]));
  for (const line of [header, separator, ...rows])
    console.log(
      `| ${Object.keys(header)
        .map((key, index) => line[key].padEnd(widths[index]))
        .join(' | ')} |`,
    );
  console.log('\nCPU seconds (user + system, children included), median of the runs:');
  for (const [name, values] of Object.entries(cpu)) console.log(`  ${name}: ${median(values).toFixed(3)} s`);
} finally {
  await rm(work, { recursive: true, force: true });
}
