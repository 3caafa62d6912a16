import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { eventually, sleep, startCli, type RunningCli } from '../support/longRunning.js';

const NOTES = '# Conf\n\n## Day 1\n\n### Talk A - Ann Lee, Acme\n\n- first point\n';
const notesWith = (point: string) => `${NOTES}- ${point}\n`;

/** Saves as editors, git and sync tools do: a plain write, a new file renamed over the old one, or the file removed and written anew. */
const SAVES = [
  (file: string, text: string) => writeFile(file, text),
  async (file: string, text: string) => {
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
  },
  async (file: string, text: string) => {
    await unlink(file);
    await writeFile(file, text);
  },
];

/**
 * A themes folder is watched too, as for most users: a watcher that watched each file for itself
 * lost a file removed and written anew whenever it had more than one path to watch.
 *
 * Bursts of five saves 30 ms apart, of every kind mixed, each followed by a check that the output
 * shows the burst's last save; then, after a pause, one more edit that must show too. The pacing
 * makes the bursts; the checks poll with a deadline. `shows` reads the output (a file, a page).
 */
async function saveInBursts(cli: RunningCli, notes: string, shows: (point: string) => Promise<boolean>): Promise<void> {
  const rounds = 20;
  for (let round = 0; round < rounds; round++) {
    let last = '';
    for (let save = 0; save < 5; save++) {
      last = `burst ${round} save ${save}`;
      await SAVES[(round + save) % SAVES.length]!(notes, notesWith(last));
      await sleep(30);
    }
    await eventually(
      async () => ((await shows(last)) ? true : undefined),
      15_000,
      `"${last}" in the output\n${cli.stderr()}`,
    );
  }
  await sleep(500);
  await writeFile(notes, notesWith('the edit after the bursts'));
  await eventually(
    async () => ((await shows('the edit after the bursts')) ? true : undefined),
    15_000,
    `the edit after the bursts in the output\n${cli.stderr()}`,
  );
}

describe('the watcher after bursts of saves (15, item 5)', () => {
  it('build --watch builds the last state of every burst, and the edit after them', async () => {
    const dir = await tempDir();
    const notes = join(dir, 'talks.md');
    await writeFile(notes, NOTES);
    await mkdir(join(dir, 'themes'));
    const cli = startCli(['build', 'talks.md', '--watch', '-o', 'out', '--format', 'md', '--themes', 'themes'], {
      cwd: dir,
    });
    try {
      await cli.waitForStderr(/Watching 2 paths for changes/, 60_000);
      const talk = join(dir, 'out/talks/sessions/01-talk-a.md');
      await saveInBursts(cli, notes, async (point) => (await readFile(talk, 'utf8')).includes(`- ${point}\n`));
    } finally {
      expect(await cli.stop('SIGINT')).toBe(0);
    }
  }, 120_000);

  it('serve shows the last state of every burst, and the edit after them', async () => {
    const dir = await tempDir();
    const notes = join(dir, 'talks.md');
    await writeFile(notes, NOTES);
    await mkdir(join(dir, 'themes'));
    const cli = startCli(['serve', 'talks.md', '--port', '0', '--themes', 'themes'], { cwd: dir });
    try {
      const url = (await cli.waitForStderr(/at (http:\/\/127\.0\.0\.1:\d+\/)/, 60_000))[1]!;
      await saveInBursts(cli, notes, async (point) =>
        (await (await fetch(`${url}sessions/01-talk-a.md`)).text()).includes(`- ${point}\n`),
      );
    } finally {
      expect(await cli.stop('SIGINT')).toBe(0);
    }
  }, 120_000);
});
