import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateNotes } from '../../bench/generateNotes.mjs';
import { ROOT, runCli, tempDir } from '../support/cli.js';
import { eventually, sleep, startCli } from '../support/longRunning.js';

/** Every file under `dir` (hidden ones too) with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return files;
}

/** Processes started with this TMPDIR: the CLI and every Chromium process it started (they inherit its environment). */
async function processesWith(tmp: string): Promise<{ pid: number; command: string }[]> {
  const found: { pid: number; command: string }[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '');
    if (!environ.split('\0').includes(`TMPDIR=${tmp}`)) continue;
    const command = (await readFile(`/proc/${pid}/cmdline`, 'latin1').catch(() => ''))
      .replaceAll('\0', ' ')
      .slice(0, 120);
    found.push({ pid: Number(pid), command });
  }
  return found;
}

/** The processes still there after a bounded wait (Chromium's may take a moment to go after the browser closed). */
/** Kills whatever a failed run left running under `tmp`, so it does not slow the tests after it. */
async function killLeftovers(tmp: string): Promise<void> {
  for (const { pid } of await processesWith(tmp)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone by itself meanwhile.
    }
  }
}

async function processesLeft(tmp: string, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let left = await processesWith(tmp);
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(100);
    left = await processesWith(tmp);
  }
  return left.map(({ pid, command }) => `${pid}: ${command}`);
}

const EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

describe('a signal stops a build cleanly (15, item 7)', () => {
  let notes: string;
  let earlier: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    const work = await tempDir('recapdeck-signals-');
    // Enough talks that printing their PDFs takes a while after the first is written.
    notes = join(work, 'many-talks.md');
    await writeFile(notes, generateNotes(64));
    // An earlier build (Markdown only) that a stopped build must leave as it was.
    earlier = join(work, 'earlier');
    const result = await runCli(['build', notes, '-o', earlier, '--format', 'md', '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    before = await snapshot(earlier);
    expect(Object.keys(before)).toContain('many-talks/manifest.json');
  }, 120_000);

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    for (const when of ['early', 'late'] as const) {
      it(`${signal} ${when === 'early' ? 'before Chromium prints' : 'while PDFs are printing'}: exit ${EXIT_CODES[signal]}, the earlier output as it was, nothing left behind`, async () => {
        const out = await tempDir('recapdeck-signals-out-');
        await cp(earlier, out, { recursive: true, preserveTimestamps: true });
        const tmp = await tempDir('recapdeck-signals-tmp-');
        const child = spawn(process.execPath, [join(ROOT, 'bin/recapdeck.js'), 'build', notes, '-o', out], {
          env: { ...process.env, TMPDIR: tmp },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
        try {
          if (when === 'early') {
            // The build has made its staging folder: it has read the notes and is about to print.
            await eventually(
              async () => ((await readdir(out)).some((name) => name.startsWith('.recapdeck-tmp')) ? true : undefined),
              60_000,
              'the staging folder',
            );
          } else {
            // A deck is done, PDF and all: Chromium is up and printing the others.
            await eventually(
              () => (/^\[1\/\d+\] /m.test(stderr) ? true : undefined),
              100_000,
              `a deck printed\n${stderr}`,
            );
          }
          expect(child.exitCode, stderr).toBeNull();
          child.kill(signal);
          const code = await Promise.race([
            exited,
            new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 20_000)),
          ]);
          expect(code, `${signal}: ${stderr}`).toBe(EXIT_CODES[signal]);
          expect(stderr.trim().split('\n').at(-1)).toBe(
            `recapdeck: Stopped by ${signal}; the output folder is as the last finished build left it`,
          );
          expect(await snapshot(out)).toEqual(before);
          expect((await readdir(out)).filter((name) => name.startsWith('.recapdeck-tmp'))).toEqual([]);
          expect((await readdir(tmp)).filter((name) => name.startsWith('recapdeck-chromium-'))).toEqual([]);
          expect(await processesLeft(tmp, 10_000)).toEqual([]);
        } finally {
          // Whatever a failed run left goes, so it does not slow the tests after this one.
          await killLeftovers(tmp);
        }
      }, 150_000);
    }
  }

  it('build --watch on SIGTERM while its build prints: stops that build, exit 0, the earlier output as it was, nothing left behind', async () => {
    const out = await tempDir('recapdeck-signals-out-');
    await cp(earlier, out, { recursive: true, preserveTimestamps: true });
    const tmp = await tempDir('recapdeck-signals-tmp-');
    const cli = startCli(['build', notes, '--watch', '-o', out], { env: { ...process.env, TMPDIR: tmp } });
    try {
      await cli.waitForStderr(/^\[1\/\d+\] /m, 100_000);
      expect(await cli.stop('SIGTERM'), cli.stderr()).toBe(0);
      expect(cli.stderr()).toMatch(/Stopped\.\n$/);
      expect(cli.stderr()).not.toMatch(/^recapdeck: /m);
      expect(await snapshot(out)).toEqual(before);
      expect((await readdir(out)).filter((name) => name.startsWith('.recapdeck-tmp'))).toEqual([]);
      expect(await readdir(tmp)).toEqual([]);
      expect(await processesLeft(tmp, 10_000)).toEqual([]);
    } finally {
      await killLeftovers(tmp);
    }
  }, 150_000);
});

describe('serve and build --watch stop cleanly on SIGTERM and SIGHUP too (15, item 7)', () => {
  const NOTES = '# Conf\n\n## Day 1\n\n### Talk A - Ann Lee, Acme\n\n- first point\n';

  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    for (const command of ['serve', 'build --watch'] as const) {
      it(`${command} on ${signal}: stops, with no temporary folder, profile or Chromium process left`, async () => {
        const dir = await tempDir();
        await writeFile(join(dir, 'talks.md'), NOTES);
        const tmp = await tempDir('recapdeck-signals-tmp-');
        const args =
          command === 'serve' ? ['serve', 'talks.md', '--port', '0'] : ['build', 'talks.md', '--watch', '-o', 'out'];
        const cli = startCli(args, { cwd: dir, env: { ...process.env, TMPDIR: tmp } });
        try {
          if (command === 'serve') {
            const url = (await cli.waitForStderr(/at (http:\/\/127\.0\.0\.1:\d+\/)/, 60_000))[1]!;
            // A PDF asked for: Chromium is up.
            expect((await fetch(`${url}recap.pdf`)).status).toBe(200);
          } else {
            await cli.waitForStderr(/Watching 1 path for changes/, 100_000);
          }
          expect((await readdir(tmp)).some((name) => name.startsWith('recapdeck-chromium-'))).toBe(true);
          expect(await cli.stop(signal)).toBe(0);
          expect(cli.stderr()).toMatch(/Stopped\.\n$/);
          expect(await readdir(tmp)).toEqual([]);
          expect(await processesLeft(tmp, 10_000)).toEqual([]);
        } finally {
          await killLeftovers(tmp);
        }
      }, 150_000);
    }
  }
});
