import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import type { Manifest } from '../../src/export/manifest.js';
import { EXAMPLE, pdfPageCount, runCli, tempDir } from '../support/cli.js';

describe('recapdeck build (the example, all formats, real Chromium)', () => {
  let dir: string;
  let manifest: Manifest;
  let stderr: string;

  beforeAll(async () => {
    const out = await tempDir();
    const result = await runCli(['build', EXAMPLE, '-o', out]);
    stderr = result.stderr;
    expect(result.code, result.stderr).toBe(0);
    dir = join(out, 'kubecon-eu-2021');
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  });

  it('writes the recap, 16 session decks, index.html and manifest.json', async () => {
    expect((await readdir(dir)).sort()).toEqual([
      '.recapdeck-cache.json',
      '.vscode',
      'index.html',
      'manifest.json',
      'recap.html',
      'recap.md',
      'recap.pdf',
      'sessions',
      'themes',
      'thumbnails',
    ]);
    const sessions = await readdir(join(dir, 'sessions'));
    expect(sessions).toHaveLength(16 * 3);
    for (const name of sessions) expect(name).toMatch(/^(0[1-9]|1[0-6])-[a-z0-9-]+\.(md|html|pdf)$/);
    expect(stderr).toContain('Wrote 17 decks');
  });

  it('describes every deck in the manifest, with paths that exist', async () => {
    expect(manifest.title).toBe('KubeCon / Cloud Native Con Europe 2021');
    expect(manifest.decks).toHaveLength(17);
    expect(manifest.decks[0]).toMatchObject({
      kind: 'recap',
      files: { md: 'recap.md', html: 'recap.html', pdf: 'recap.pdf' },
    });
    expect(manifest.decks.filter((deck) => deck.kind === 'session')).toHaveLength(16);
    expect(manifest.decks.find((deck) => deck.title.startsWith('How DoD Uses K8s'))?.files.pdf).toBe(
      'sessions/04-how-dod-uses-k8s-and-flux-to-achieve-compliance-and-deployme.pdf',
    );
    for (const deck of manifest.decks) {
      expect(deck.slides).toBeGreaterThan(1);
      for (const file of Object.values(deck.files)) expect((await stat(join(dir, file))).size).toBeGreaterThan(0);
    }
  });

  it('prints each PDF with exactly as many pages as its deck has slides', async () => {
    for (const deck of manifest.decks) {
      expect(await pdfPageCount(join(dir, deck.files.pdf!)), deck.title).toBe(deck.slides);
    }
  });

  it('makes Marp Markdown whose slide count matches the manifest', async () => {
    for (const deck of manifest.decks) {
      const markdown = await readFile(join(dir, deck.files.md!), 'utf8');
      expect(markdown.startsWith('---\nmarp: true\ntheme: recap-light\npaginate: true\n')).toBe(true);
      const separators = markdown.split('\n').filter((line) => line === '---').length;
      // Two front matter fences, then one `---` between consecutive slides.
      expect(separators - 2 + 1).toBe(deck.slides);
    }
  });

  it('makes presentable HTML with keyboard navigation and presenter notes', async () => {
    const html = await readFile(join(dir, 'recap.html'), 'utf8');
    expect(html).toContain(`data-marpit-pagination-total="${manifest.decks[0]!.slides}"`);
    expect(html).toContain('class="bespoke-marp-note"');
    expect(html).toContain('Peleton had to scale massively during COVID');
    expect(html).toMatch(/keydown|ArrowRight/);
  });

  it('moves between slides with the keyboard when opened in Chromium', async () => {
    const browsers = lazyBrowser({});
    try {
      const page = await (await browsers.get()).newPage();
      await page.goto(pathToFileURL(join(dir, 'recap.html')).href, { waitUntil: 'load' });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.hash === '#3', { timeout: 5_000 });
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => location.hash === '#2', { timeout: 5_000 });
    } finally {
      await browsers.close();
    }
  });

  it('links every deck from index.html', async () => {
    const index = await readFile(join(dir, 'index.html'), 'utf8');
    for (const deck of manifest.decks)
      for (const file of Object.values(deck.files)) expect(index).toContain(`href="${file}"`);
  });
});
