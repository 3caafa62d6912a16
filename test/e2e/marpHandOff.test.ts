import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, pdfPageCount, ROOT, runCli, tempDir } from '../support/cli.js';
import { fullBrowser, marp } from '../support/marpCli.js';
import { renderPages } from '../support/pixels.js';

describe('hand-off to Marp tools', () => {
  let dir: string;
  let slides: number;

  beforeAll(async () => {
    const out = await tempDir();
    const result = await runCli([
      'build',
      EXAMPLE,
      '-o',
      out,
      '--format',
      'md,pdf',
      '--theme',
      'recap-poster',
      '--quiet',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    dir = join(out, 'kubecon-eu-2021');
    slides = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')).decks[0].slides;
  });

  it('writes the theme used, the theme it imports, and VS Code settings registering both', async () => {
    expect((await readdir(join(dir, 'themes'))).sort()).toEqual(['recap-light.css', 'recap-poster.css']);
    expect(await readFile(join(dir, 'themes/recap-poster.css'), 'utf8')).toBe(
      await readFile(join(ROOT, 'themes/recap-poster.css'), 'utf8'),
    );
    const settings = JSON.parse(await readFile(join(dir, '.vscode/settings.json'), 'utf8'));
    expect(settings['markdown.marp.themes'].sort()).toEqual(['./themes/recap-light.css', './themes/recap-poster.css']);
    // Recorded as recapdeck's own files, so a later build may replace or remove them.
    const cache = await readFile(join(dir, '.recapdeck-cache.json'), 'utf8');
    for (const file of ['themes/recap-light.css', 'themes/recap-poster.css', '.vscode/settings.json'])
      expect(cache).toContain(`"${file}"`);
  });

  it('marp-cli renders the written recap.md with the written themes to the same slides and pixels as recapdeck', async () => {
    const browser = await fullBrowser();
    expect(browser).not.toBeNull();
    const result = await marp(
      ['--no-stdin', '--theme-set', 'themes/', '--pdf', 'recap.md', '-o', 'marp-recap.pdf'],
      dir,
      browser!,
    );
    expect(result.stderr).not.toMatch(/ERROR|not recognized|not found/i);
    expect(result.code).toBe(0);
    expect(await pdfPageCount(join(dir, 'marp-recap.pdf'))).toBe(slides);
    const [theirs, ours] = await Promise.all([
      renderPages(join(dir, 'marp-recap.pdf')),
      renderPages(join(dir, 'recap.pdf')),
    ]);
    expect(theirs).toHaveLength(ours.length);
    // Every page drawn the same, byte for byte: the title, the agenda, talk slides, At a glance.
    const differing = theirs
      .map((page, index) => (page.equals(ours[index]!) ? null : index + 1))
      .filter((page) => page !== null);
    expect(differing).toEqual([]);
  });
});
