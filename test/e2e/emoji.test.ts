import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { runCli, tempDir, type CliResult } from '../support/cli.js';
import { countPixels, type Rgb } from '../support/pixels.js';

const NOTES =
  '# Emoji Conf\n\n## Day 1\n\n### Launch party - Eve\n\n- shipped it :tada: and 🎉 and :rocket:\n- `:tada:` in code stays as written\n';
/** The orange of Noto Color Emoji's party popper and rocket flame; recapdeck's themes have none. */
const EMOJI_ORANGE: Rgb = [245, 165, 10];

const pdfText = (pdf: string) =>
  new Promise<string>((resolve, reject) =>
    execFile('pdftotext', [pdf, '-'], (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );

describe('emoji in notes', () => {
  let dir: string;
  let offline: CliResult;
  let remote: CliResult;
  const deck = (out: string, format: string) => join(dir, out, 'notes/sessions', `01-launch-party-eve.${format}`);

  beforeAll(async () => {
    dir = await tempDir('recapdeck-emoji-');
    await writeFile(join(dir, 'notes.md'), NOTES);
    offline = await runCli(['build', join(dir, 'notes.md'), '-o', join(dir, 'offline'), '--decks', 'sessions']);
    remote = await runCli([
      'build',
      join(dir, 'notes.md'),
      '-o',
      join(dir, 'remote'),
      '--decks',
      'sessions',
      '--format',
      'html',
      '--allow-remote',
    ]);
  });

  it('are text in the HTML, never an image from the network', async () => {
    expect(offline.code, offline.stderr).toBe(0);
    for (const out of ['offline', 'remote']) {
      const html = await readFile(deck(out, 'html'), 'utf8');
      const slides = html.slice(
        html.indexOf('<div id=":$p">'),
        html.indexOf('<script', html.indexOf('<div id=":$p">')),
      );
      expect(slides).toContain('shipped it 🎉 and 🎉 and 🚀');
      expect(slides).toContain('<code>:tada:</code>');
      expect(slides).not.toMatch(/<img|twemoji|https?:\/\//);
    }
  });

  it('make no request when a deck that may load remote images is opened in Chromium', async () => {
    expect(remote.code, remote.stderr).toBe(0);
    const browsers = lazyBrowser({});
    const requests: string[] = [];
    try {
      const page = await (await browsers.get()).newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        requests.push(request.url());
        // Nothing leaves the machine in a test, whatever the deck asks for.
        void (/^(?:file|data|blob):/.test(request.url()) ? request.continue() : request.abort());
      });
      await page.goto(pathToFileURL(deck('remote', 'html')).href, { waitUntil: 'load' });
    } finally {
      await browsers.close();
    }
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !/^(?:file|data|blob):/.test(url))).toEqual([]);
  });

  it('print in colour in the PDF, from the local emoji font', async () => {
    const pdf = deck('offline', 'pdf');
    expect(await pdfText(pdf)).toMatch(/shipped it\s+🎉 and 🎉 and 🚀/u);
    expect(await countPixels(pdf, 2, EMOJI_ORANGE)).toBeGreaterThan(5);
  });
});
