// Times `recapdeck serve` on the example (recap + 16 session decks): from saving the notes to the
// server's reload event (what an open page waits for), over a number of saves, and the same
// change as a full `build --format md,html` for comparison.
// Usage: npm run build && node bench/serve-reload.mjs [saves]
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../dist/index.js';
import { treeCpuSeconds } from './processTree.mjs';

const saves = Number(process.argv[2] ?? 10);
const dir = await mkdtemp(join(tmpdir(), 'recapdeck-bench-serve-'));
const notes = join(dir, 'kubecon-eu-2021.md');
await copyFile('examples/kubecon-eu-2021.md', notes);

const server = spawn(process.execPath, ['bin/recapdeck.js', 'serve', notes, '--port', '0'], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
let stderr = '';
server.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
const deadline = Date.now() + 60_000;
while (!/at (http:\/\/\S+)/.test(stderr) && Date.now() < deadline)
  await new Promise((resolve) => setTimeout(resolve, 50));
const url = /at (http:\/\/\S+)/.exec(stderr)?.[1];
if (!url) throw new Error(`serve did not start:\n${stderr}`);

const waiters = [];
get(`${url}__recapdeck/events`, (response) => {
  response.setEncoding('utf8').on('data', (chunk) => {
    if (chunk.includes('event: reload')) waiters.shift()?.(Date.now());
  });
});
await new Promise((resolve) => setTimeout(resolve, 500));

const original = await readFile(notes, 'utf8');
const latencies = [];
const cpu = [];
for (let save = 1; save <= saves; save++) {
  const reloaded = new Promise((resolve, reject) => {
    waiters.push(resolve);
    setTimeout(() => reject(new Error('no reload within 20 s')), 20_000);
  });
  const started = Date.now();
  const cpuBefore = treeCpuSeconds(server.pid);
  await writeFile(
    notes,
    original.replace(
      '- Need to get the end users in scope',
      `- Need to get the end users in scope\n- Edit number ${save}`,
    ),
  );
  latencies.push((await reloaded) - started);
  cpu.push((treeCpuSeconds(server.pid) - cpuBefore) * 1000);
}
server.kill('SIGINT');
await new Promise((resolve) => server.once('exit', resolve));

const full = [];
for (let run = 0; run < 3; run++) {
  const out = await mkdtemp(join(tmpdir(), 'recapdeck-bench-'));
  full.push((await build({ files: [notes], out, formats: ['md', 'html'] })).timings.total * 1000);
  await rm(out, { recursive: true, force: true });
}
await rm(dir, { recursive: true, force: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  stderr
    .match(/Rebuilt \d+ of \d+ decks in [\d.]+ s/g)
    ?.slice(-3)
    .join('\n'),
);
console.log(
  `save → reload event: median ${median(latencies)} ms, max ${Math.max(...latencies)} ms over ${saves} saves`,
);
console.log(`CPU of the server per save (its process tree): median ${median(cpu).toFixed(0)} ms`);
console.log(`full build (md, html) of the same notes: median ${median(full).toFixed(0)} ms`);
