// Times a full build of the example (recap + 16 session decks; md, html, pdf), phase by phase.
// Usage: npm run build && node bench/build-example.mjs [runs]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../dist/index.js';

const runs = Number(process.argv[2] ?? 3);
const results = [];
for (let run = 0; run < runs; run++) {
  const out = await mkdtemp(join(tmpdir(), 'recapdeck-bench-'));
  const { timings, manifest } = await build({ files: ['examples/kubecon-eu-2021.md'], out });
  const slides = manifest.decks.reduce((sum, deck) => sum + deck.slides, 0);
  results.push(timings);
  console.log(
    `run ${run + 1}: ${manifest.decks.length} decks, ${slides} slides — ${Object.entries(timings)
      .map(([phase, s]) => `${phase} ${s.toFixed(2)}s`)
      .join(', ')}`,
  );
  await rm(out, { recursive: true, force: true });
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`median total: ${median(results.map((timing) => timing.total)).toFixed(2)}s over ${runs} runs`);
