import { chmod, copyFile, readFile, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import type { Manifest } from '../../src/export/manifest.js';
import { ROOT, runCli, tempDir } from '../support/cli.js';
import { eventually, listenToEvents, startCli, type RunningCli } from '../support/longRunning.js';

const FIXTURES = join(ROOT, 'test/fixtures/team');

async function copyTeam(): Promise<string> {
  const dir = await tempDir('recapdeck-serve-test-');
  for (const name of ['alice.md', 'bob.md', 'carol.md']) await copyFile(join(FIXTURES, name), join(dir, name));
  return dir;
}

async function fetchText(url: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

/** A raw request, so paths like /../ reach the server as written. */
function rawStatus(base: string, method: string, path: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, method, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** Appends a bullet to the talk "Keeping Secrets Out of Git" in Alice's notes, as an editor would save it. */
async function addBullet(notes: string, bullet: string): Promise<void> {
  const text = await readFile(notes, 'utf8');
  await writeFile(
    notes,
    text.replace(
      '- Rotation is the hard part, not encryption\n',
      `- Rotation is the hard part, not encryption\n- ${bullet}\n`,
    ),
  );
}

describe('recapdeck serve (the real CLI on a free port)', () => {
  let dir: string;
  let server: RunningCli;
  let url: string;

  beforeAll(async () => {
    dir = await copyTeam();
    server = startCli(['serve', 'alice.md', 'bob.md', 'carol.md', '--port', '0'], { cwd: dir });
    url = (await server.waitForStderr(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
  });

  afterAll(async () => {
    await server?.stop('SIGKILL');
  });

  it('serves index.html and every deck, each page with the live-reload script', async () => {
    const index = await fetchText(url);
    expect(index.status).toBe(200);
    expect(index.type).toMatch(/^text\/html/);
    const manifest = JSON.parse((await fetchText(`${url}manifest.json`)).body) as Manifest;
    expect(manifest.decks).toHaveLength(10);
    for (const deck of manifest.decks) {
      expect(index.body).toContain(`href="${deck.files.html}"`);
      expect(index.body).toContain(`href="${deck.files.pdf}"`);
      const page = await fetchText(`${url}${deck.files.html}`);
      expect(page.status, deck.files.html).toBe(200);
      expect(page.body).toContain('<script src="/__recapdeck/live.js"></script></body>');
      expect((await fetchText(`${url}${deck.files.md}`)).body).toMatch(/^---\nmarp: true\n/);
    }
    const script = await fetchText(`${url}__recapdeck/live.js`);
    expect(script.type).toMatch(/javascript/);
    expect(script.body).toContain("new EventSource('/__recapdeck/events')");
  });

  it('makes a PDF on request, one page per slide', async () => {
    const manifest = JSON.parse((await fetchText(`${url}manifest.json`)).body) as Manifest;
    const deck = manifest.decks.find((candidate) => candidate.title === 'Keeping Secrets Out of Git')!;
    const response = await fetch(`${url}${deck.files.pdf}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.getPageCount()).toBe(deck.slides);
    expect((await fetch(`${url}sessions/99-no-such-talk.pdf`)).status).toBe(404);
  });

  it('rebuilds what changed when a notes file is saved and tells the open pages to reload', async () => {
    const events = await listenToEvents(`${url}__recapdeck/events`);
    try {
      const saved = Date.now();
      await addBullet(join(dir, 'alice.md'), 'Served live after a save');
      const reload = await eventually(
        () => events.events.find((event) => event.event === 'reload'),
        20_000,
        'a reload event',
      );
      const { paths } = reload.data as { paths: string[] };
      expect(paths).toContain('/recap.html');
      expect(paths).toContain('/sessions/03-keeping-secrets-out-of-git.html');
      // Decks that did not change are not rebuilt nor reloaded.
      expect(paths).not.toContain('/sessions/01-keynotes.html');
      expect(server.stderr()).toMatch(/Rebuilt 2 of 10 decks in \d+\.\d+ s \(alice\.md\)/);
      expect((await fetchText(`${url}recap.html`)).body).toContain('Served live after a save');
      expect((await fetchText(`${url}sessions/03-keeping-secrets-out-of-git.md`)).body).toContain(
        '- Served live after a save',
      );
      console.info(`serve: save → reload event in ${reload.at - saved} ms`);
    } finally {
      events.close();
    }
  });

  it('reports broken notes to the open pages and keeps serving the last good decks', async () => {
    const events = await listenToEvents(`${url}__recapdeck/events`);
    const notes = join(dir, 'bob.md');
    const good = await readFile(notes, 'utf8');
    try {
      await writeFile(notes, good.replace('date = 2022-05-20', 'date = = 2022'));
      const problem = await eventually(
        () => events.events.find((event) => event.event === 'problem'),
        20_000,
        'a problem event',
      );
      expect((problem.data as { message: string }).message).toMatch(/bob\.md:3: Cannot read the TOML front matter/);
      expect(server.stderr()).toMatch(/^recapdeck: .*bob\.md:3: Cannot read the TOML front matter/m);
      expect((await fetchText(`${url}recap.html`)).status).toBe(200);
      await writeFile(notes, good);
      await eventually(() => events.events.find((event) => event.event === 'reload'), 20_000, 'a reload after the fix');
    } finally {
      events.close();
    }
  });

  it('reloads a page open in Chromium when its notes are saved', async () => {
    const browsers = lazyBrowser({});
    try {
      const page = await (await browsers.get()).newPage();
      await page.goto(`${url}recap.html#3`, { waitUntil: 'load' });
      // The page's event stream is open before the save.
      await page.waitForFunction(() => document.documentElement.dataset.recapdeckLive === 'connected', {
        timeout: 10_000,
      });
      // A mark that a reload wipes: the change must come by a real reload of the page.
      await page.evaluate(() => ((window as unknown as { beforeSave: boolean }).beforeSave = true));
      const saved = Date.now();
      await addBullet(join(dir, 'alice.md'), 'Seen in the browser without pressing reload');
      await page.waitForFunction(
        () =>
          !('beforeSave' in window) &&
          document.body.textContent!.includes('Seen in the browser without pressing reload'),
        { timeout: 20_000 },
      );
      console.info(`serve: save → page in Chromium shows the change in ${Date.now() - saved} ms`);
      // The reload keeps the slide the presenter was on.
      expect(await page.evaluate(() => location.hash)).toBe('#3');
    } finally {
      await browsers.close();
    }
  });

  it('serves nothing outside its folder and only reads', async () => {
    expect(await rawStatus(url, 'GET', '/../../../etc/passwd')).toBe(404);
    expect(await rawStatus(url, 'GET', '/..%2f..%2f..%2fetc%2fpasswd')).toBe(404);
    expect(await rawStatus(url, 'POST', '/recap.html')).toBe(405);
    expect(await rawStatus(url, 'GET', '/sessions')).toBe(404);
  });

  it('stops cleanly on Ctrl-C', async () => {
    const code = await server.stop('SIGINT');
    expect(code).toBe(0);
    expect(server.stderr()).toMatch(/Stopped\.\n$/);
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe('recapdeck serve, failures and --open', () => {
  it('exits 2 with one clear line when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((listening) => blocker.listen(0, '127.0.0.1', listening));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = await runCli(['serve', join(FIXTURES, 'alice.md'), '--port', String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        `recapdeck: Cannot serve on http://127.0.0.1:${port}/: the port ${port} is in use; choose another with --port N (0 picks a free one)`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('exits 2 on a port that is not a number, 1 on notes it cannot read', async () => {
    const badPort = await runCli(['serve', join(FIXTURES, 'alice.md'), '--port', 'eighty']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toMatch(
      /^recapdeck: Cannot use port `eighty`, expected a number from 0 \(any free port\) to 65535/,
    );
    const missing = await runCli(['serve', 'no/such/notes.md', '--port', '0']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('recapdeck: no/such/notes.md: Cannot read notes: no such file');
  });

  it('opens the browser with --open', async () => {
    const dir = await tempDir();
    const opened = join(dir, 'opened.txt');
    const fakeBrowser = join(dir, 'browser.sh');
    await writeFile(fakeBrowser, `#!/bin/sh\necho "$@" > '${opened}'\n`);
    await chmod(fakeBrowser, 0o755);
    // `open` runs xdg-open, which hands the URL to $BROWSER.
    const server = startCli(['serve', join(FIXTURES, 'carol.md'), '--port', '0', '--open'], {
      env: { ...process.env, BROWSER: fakeBrowser, DISPLAY: '' },
    });
    try {
      const url = (await server.waitForStderr(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
      expect(
        await eventually(
          async () => (await readFile(opened, 'utf8').catch(() => '')).trim() || undefined,
          20_000,
          'the browser to be opened',
        ),
      ).toBe(url);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
