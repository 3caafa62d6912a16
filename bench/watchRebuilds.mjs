// Times rebuilds under `recapdeck build --watch`: the example's notes are built once, then one
// session's notes are edited `count` times; each time is from the save to the line the rebuild
// ends with ("Wrote ..."), and the CPU the watch's process tree used meanwhile. The watch process
// is stopped with Ctrl-C (SIGINT) at the end.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { treeCpuSeconds } from './processTree.mjs';

const EDITED_LINE = '- Need to get the end users in scope';

export async function watchRebuilds({ recapdeck, env, work, notes, count }) {
  const dir = join(work, 'watch');
  await mkdir(dir);
  const file = join(dir, 'kubecon-eu-2021.md');
  await writeFile(file, notes);
  const child = spawn(process.execPath, [recapdeck, 'build', file, '-o', join(dir, 'out'), '--watch'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let waiting = null;
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    stderr += chunk;
    if (waiting && waiting.pattern.test(stderr)) waiting.resolve();
  });
  // Resolves once stderr matches `pattern`; fails after a minute.
  const until = (pattern) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`bench: the watch did not print ${pattern} in time:\n${stderr}`)),
        60_000,
      );
      waiting = {
        pattern,
        resolve: () => {
          clearTimeout(timer);
          waiting = null;
          resolve();
        },
      };
      if (pattern.test(stderr)) waiting.resolve();
    });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    await until(/Watching /);
    const times = [];
    const cpu = [];
    for (let run = 0; run < count; run++) {
      stderr = '';
      const started = performance.now();
      const cpuBefore = treeCpuSeconds(child.pid);
      await writeFile(file, notes.replace(EDITED_LINE, `${EDITED_LINE} (watched edit ${run})`));
      await until(/Wrote 2 decks/);
      times.push((performance.now() - started) / 1000);
      cpu.push(treeCpuSeconds(child.pid) - cpuBefore);
    }
    return { times, cpu };
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}
