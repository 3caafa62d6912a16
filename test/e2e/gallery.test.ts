import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import type { Manifest } from '../../src/export/manifest.js';
import { EXAMPLE, runCli, tempDir } from '../support/cli.js';

/** The `src` and `alt` of every picture of index.html, in order. */
function imagesOf(html: string): { src: string; alt: string }[] {
  return [...html.matchAll(/<img src="([^"]+)" alt="([^"]+)"/g)].map((match) => ({ src: match[1]!, alt: match[2]! }));
}

describe('index.html as a gallery (real Chromium)', () => {
  let out: string;
  let dir: string;
  let manifest: Manifest;
  let index: string;

  beforeAll(async () => {
    out = await tempDir();
    const result = await runCli(['build', EXAMPLE, '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    dir = join(out, 'kubecon-eu-2021');
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    index = await readFile(join(dir, 'index.html'), 'utf8');
  });

  it('shows the recap first with its title slide, then each day with a card per talk', async () => {
    const images = imagesOf(index);
    expect(images).toHaveLength(17);
    expect(images[0]).toEqual({
      src: 'thumbnails/recap.webp',
      alt: 'First slide of KubeCon / Cloud Native Con Europe 2021',
    });
    expect(images.slice(1).map((image) => image.alt)).toEqual(
      manifest.decks.slice(1).map((deck) => `First slide of ${deck.title.replace(/&/g, '&amp;')}`),
    );
    const days = [...index.matchAll(/<h2 id="day-\d+">([^<]+)<\/h2>/g)].map((match) => match[1]);
    expect(days).toEqual(['5 May', '6 May', '7 May', 'Replays']);
    expect(index.indexOf('thumbnails/recap.webp')).toBeLessThan(index.indexOf('<h2 id="day-1">'));
    expect(index).toContain('Michael Medellin (Department of Defense), Gordon Tillman (Department of Defense)');
    expect(index).toContain('<p class="slides">29 slides</p>');
    for (const image of images) {
      const bytes = await readFile(join(dir, image.src));
      // A WebP file: RIFF….WEBP, small enough for a gallery of hundreds.
      expect(bytes.subarray(0, 4).toString('latin1') + bytes.subarray(8, 12).toString('latin1')).toBe('RIFFWEBP');
      expect(bytes.length).toBeLessThan(40_000);
    }
  });

  it('has landmarks, alt text and a keyboard path through the decks, with every picture loading', async () => {
    for (const landmark of ['<header>', '<main id="main"', '<footer>']) expect(index).toContain(landmark);
    const browsers = lazyBrowser({});
    try {
      const page = await (await browsers.get()).newPage();
      await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });
      const loaded = await page.$$eval('img', (images) =>
        images.map((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0),
      );
      expect(loaded).toEqual(Array(17).fill(true));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the decks');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({
        text: document.activeElement?.textContent,
        href: document.activeElement?.getAttribute('href'),
        described: document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '')?.textContent,
      }));
      expect(first).toEqual({
        text: 'Present',
        href: 'recap.html',
        described: 'KubeCon / Cloud Native Con Europe 2021',
      });
    } finally {
      await browsers.close();
    }
  });

  it('keeps the pictures on a rebuild that prints nothing again', async () => {
    const result = await runCli(['build', EXAMPLE, '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    const again = await readFile(join(dir, 'index.html'), 'utf8');
    expect(imagesOf(again)).toEqual(imagesOf(index));
    for (const image of imagesOf(again)) expect((await stat(join(dir, image.src))).size).toBeGreaterThan(0);
  });

  it('shows placeholders and makes no pictures without PDFs', async () => {
    const plain = await tempDir();
    const result = await runCli(['build', EXAMPLE, '-o', plain, '--format', 'md,html']);
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(join(plain, 'kubecon-eu-2021/index.html'), 'utf8');
    expect(imagesOf(html)).toEqual([]);
    expect(html.match(/class="placeholder"/g)).toHaveLength(17);
    expect(await readdir(join(plain, 'kubecon-eu-2021'))).not.toContain('thumbnails');
  });
});
