import { spawn } from 'node:child_process';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/export/pdf/findBrowser.js';

import { EXAMPLE, pdfPageCount, ROOT, runCli, tempDir, type CliResult } from '../support/cli.js';
import { generateNotes } from '../../bench/generateNotes.mjs';
import { eventually } from '../support/longRunning.js';
import { countingServer, type CountingServer } from '../support/testServer.js';

/** Makes the CLI's writes to one path fail (see test/support/writeFault.mjs). */
const WRITE_FAULT = new URL('../support/writeFault.mjs', import.meta.url).href;

interface Manifest {
  decks: { title: string; slides: number; files: Record<string, string> }[];
}

const SMALL_NOTES =
  '# Small Conf\n\n## Day 1\n\n### Talk A - Ann Lee, Acme\n\n- one\n- two\n\n### Talk B - Bo Chen\n\n- three\n\n### Talk C\n\n- four\n';

/** Every file the manifest lists exists and is whole: PDFs parse with one page per slide, HTML ends its document. */
async function expectWhole(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  for (const deck of manifest.decks) {
    if (deck.files.pdf) expect(await pdfPageCount(join(dir, deck.files.pdf)), deck.files.pdf).toBe(deck.slides);
    if (deck.files.html)
      expect((await readFile(join(dir, deck.files.html), 'utf8')).trimEnd(), deck.files.html).toMatch(/<\/html>$/);
    if (deck.files.md)
      expect(
        (await readFile(join(dir, deck.files.md), 'utf8')).split('\n---\n').length,
        deck.files.md,
      ).toBeGreaterThanOrEqual(deck.slides);
  }
  expect((await readFile(join(dir, 'index.html'), 'utf8')).trimEnd()).toMatch(/<\/html>$/);
  return manifest;
}

/**
 * Kills a process and everything it started. The wrapper's PID is not always the browser: Debian's
 * /usr/bin/chromium execs the browser, but its chromium-headless-shell starts it as a child.
 */
async function killTree(pid: number): Promise<void> {
  const children = async (parent: number) => {
    const found: number[] = [];
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
      // Field 4 (after "pid (comm) state") is the parent's PID; comm may hold spaces and parentheses.
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) found.push(Number(entry));
    }
    return found;
  };
  for (const child of await children(pid)) await killTree(child);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Gone already (a child of a killed process may exit by itself).
  }
}

/** What a build left in its temporary folder: Chromium profiles and staging folders that should be gone. */
async function leftovers(tmp: string, out: string): Promise<string[]> {
  const inTmp = (await readdir(tmp)).filter((name) => name.startsWith('recapdeck-chromium-'));
  const inOut = (await readdir(out).catch(() => [] as string[])).filter((name) => name.startsWith('.recapdeck-tmp'));
  return [...inTmp, ...inOut];
}

describe('faults during a build', () => {
  let chromium: string;
  let wrapper: string;
  let work: string;
  let manyTalks: string;

  beforeAll(async () => {
    chromium = (await findBrowser({}))!;
    work = await tempDir('recapdeck-faults-');
    // A stand-in for the browser that notes each start's PID (exec keeps it), so a test can kill exactly that browser.
    wrapper = join(work, 'chromium-wrapper.sh');
    await writeFile(wrapper, `#!/bin/sh\necho $$ >> "$RECAPDECK_TEST_PIDS"\nexec ${JSON.stringify(chromium)} "$@"\n`);
    await chmod(wrapper, 0o755);
    // Enough slides (about 600, in several prints) that a browser killed after its first PDF
    // still had decks to print, however fast the machine.
    manyTalks = join(work, 'many-talks.md');
    await writeFile(manyTalks, generateNotes(96));
  });

  /** Builds the example with the wrapper as browser; `kills` browsers are killed while PDFs are printing. */
  async function buildKillingBrowsers(
    kills: number,
  ): Promise<{ result: CliResult; out: string; tmp: string; started: number }> {
    const out = await tempDir('recapdeck-killed-out-');
    const tmp = await tempDir('recapdeck-killed-tmp-');
    const pids = join(tmp, 'pids');
    await writeFile(pids, '');
    const env = { ...process.env, TMPDIR: tmp, RECAPDECK_TEST_PIDS: pids };
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/recapdeck.js'), 'build', manyTalks, '-o', out, '--browser-path', wrapper],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    const browserPids = async () => (await readFile(pids, 'utf8')).split('\n').filter(Boolean).map(Number);
    const stagedPdfs = async () =>
      (await readdir(out, { recursive: true })).filter((name) => name.endsWith('.pdf')).length;
    for (let kill = 0; kill < kills; kill++) {
      // Mid-export: this browser has started and printed a PDF of its own. (Counted from its start:
      // the retry starts a browser only once every write of the one before has ended.)
      const pid = await eventually(async () => (await browserPids())[kill], 60_000, `browser start ${kill + 1}`);
      const before = await stagedPdfs();
      await eventually(
        async () => ((await stagedPdfs()) > before ? true : undefined),
        60_000,
        `a PDF from browser ${kill + 1}`,
      );
      await killTree(pid);
    }
    const code = await exited;
    return { result: { code, stdout, stderr }, out, tmp, started: (await browserPids()).length };
  }

  it('retries once when the browser is killed mid-export, and finishes every PDF (9)', async () => {
    const { result, out, tmp, started } = await buildKillingBrowsers(1);
    expect(result.code, result.stderr).toBe(0);
    expect(started).toBe(2);
    const manifest = await expectWhole(join(out, 'many-talks'));
    expect(manifest.decks.every((deck) => deck.files.pdf)).toBe(true);
    expect(await leftovers(tmp, out)).toEqual([]);
  });

  it('exits 3 when the browser is killed again, leaving no partial PDF and no temporary files (9)', async () => {
    const { result, out, tmp, started } = await buildKillingBrowsers(2);
    expect(result.code).toBe(3);
    expect(started).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      /^recapdeck: Cannot export PDF: the browser stopped twice while printing \(\d+ of 97 decks not printed\)$/,
    );
    const dir = join(out, 'many-talks');
    const manifest = await expectWhole(dir);
    // What was printed before is delivered whole; no PDF is at a final path that the manifest does not list.
    const pdfs = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.pdf')).sort();
    expect(pdfs).toEqual(manifest.decks.flatMap((deck) => (deck.files.pdf ? [deck.files.pdf] : [])).sort());
    expect(manifest.decks.every((deck) => deck.files.md && deck.files.html)).toBe(true);
    expect(await leftovers(tmp, out)).toEqual([]);
  });

  describe('a deck that never finishes loading (12) and remote resources (4)', () => {
    let server: CountingServer;
    let notes: string;

    beforeAll(async () => {
      server = await countingServer({ hang: true });
      notes = join(work, 'slow.md');
      await writeFile(
        notes,
        `# Slow Conf\n\n## Day 1\n\n### Talk - Ann Lee\n\n- a picture that never comes ![never](${server.url}/never.png)\n`,
      );
    });
    afterAll(async () => {
      await server?.close();
    });

    it('fails after the --timeout when remote loading is allowed and the server never answers', async () => {
      const out = await tempDir();
      const result = await runCli([
        'build',
        notes,
        '-o',
        out,
        '--allow-remote',
        '--timeout',
        '1500',
        '--decks',
        'recap',
      ]);
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(
        /^recapdeck: Cannot print `Slow Conf` to PDF: .*1500 ?ms/i,
      );
      expect(server.hits).toContain('/never.png');
      // md and html are still delivered.
      expect((await readdir(join(out, 'slow'))).sort()).toEqual([
        '.recapdeck-cache.json',
        '.vscode',
        'index.html',
        'manifest.json',
        'recap.html',
        'recap.md',
        'themes',
      ]);
    });

    it('takes the timeout from the config file too', async () => {
      const dir = await tempDir();
      await writeFile(
        join(dir, 'recapdeck.config.json'),
        JSON.stringify({ allowRemote: true, timeout: 1200, decks: ['recap'] }),
      );
      const result = await runCli(['build', notes, '-o', join(dir, 'out')], { cwd: dir });
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/Cannot print `Slow Conf` to PDF: .*1200 ?ms/i);
    });

    it('neither requests nor waits on it by default (4)', async () => {
      const hits = server.hits.length;
      const out = await tempDir();
      const result = await runCli(['build', notes, '-o', out, '--decks', 'recap', '--timeout', '20000']);
      expect(result.code, result.stderr).toBe(0);
      expect(server.hits.length).toBe(hits);
      expect(await pdfPageCount(join(out, 'slow/recap.pdf'))).toBeGreaterThan(0);
    });
  });

  it('exits 3 naming the path when the disk is full or a folder unwritable, keeping earlier outputs (10)', async () => {
    const notes = join(work, 'small.md');
    await writeFile(notes, SMALL_NOTES);
    const out = await tempDir();
    expect((await runCli(['build', notes, '-o', out, '--format', 'md,html'])).code).toBe(0);
    const dir = join(out, 'small');
    const before = new Map(
      await Promise.all(
        (await readdir(dir, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map(
            async (entry) =>
              [
                relative(dir, join(entry.parentPath, entry.name)),
                await readFile(join(entry.parentPath, entry.name), 'utf8'),
              ] as const,
          ),
      ),
    );
    await writeFile(notes, SMALL_NOTES.replace('- one', '- one, changed'));
    const faults: [string, RegExp][] = [
      // The recap changes with the edit (an unchanged deck's files are kept, never rewritten).
      ['ENOSPC:recap.html', /^recapdeck: Cannot write `.*small\/recap\.html`: no space left on device$/],
      ['EACCES:recap.md', /^recapdeck: Cannot write `.*small\/recap\.md`: permission denied$/],
      ['EROFS:manifest.json', /^recapdeck: Cannot write `.*small\/manifest\.json`: read-only file system$/],
    ];
    for (const [fault, message] of faults) {
      const result = await runCli(['build', notes, '-o', out, '--format', 'md,html', '--quiet'], {
        nodeArgs: ['--import', `${WRITE_FAULT}?${encodeURIComponent(fault)}`],
      });
      expect(result.code, fault).toBe(3);
      expect(result.stderr.trim().split('\n'), fault).toEqual([expect.stringMatching(message)]);
      for (const [name, content] of before)
        expect(await readFile(join(dir, name), 'utf8'), `${fault}: ${name}`).toBe(content);
      expect((await readdir(out)).filter((name) => name.startsWith('.recapdeck-tmp'))).toEqual([]);
    }
  });

  it('exits 3 naming the path when the output folder is a file (10)', async () => {
    const file = join(work, 'not-a-folder');
    await writeFile(file, 'keep me');
    const result = await runCli(['build', EXAMPLE, '-o', file, '--format', 'md']);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^recapdeck: Cannot write `.*not-a-folder.*`: a file is in the way$/),
    ]);
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it('lets two builds into the same folder at once both finish, every file whole (11)', async () => {
    const notes = join(work, 'twice.md');
    await writeFile(notes, SMALL_NOTES);
    const out = await tempDir();
    const [first, second] = await Promise.all([
      runCli(['build', notes, '-o', out]),
      runCli(['build', notes, '-o', out]),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const manifest = await expectWhole(join(out, 'twice'));
    expect(manifest.decks.map((deck) => Object.keys(deck.files).sort())).toEqual(Array(4).fill(['html', 'md', 'pdf']));
    expect((await readdir(out)).filter((name) => name.startsWith('.recapdeck-tmp'))).toEqual([]);
  });
});
