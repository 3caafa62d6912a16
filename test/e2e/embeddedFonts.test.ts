import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { EXAMPLE, runCli, tempDir } from '../support/cli.js';

describe("self-contained HTML: the themes' fonts are embedded (CLI, real Chromium)", () => {
  const browsers = lazyBrowser({});
  let dir: string;

  beforeAll(async () => {
    const out = await tempDir('recapdeck-fonts-');
    const result = await runCli([
      'build',
      EXAMPLE,
      '-o',
      out,
      '--theme',
      'recap-poster',
      '--format',
      'html',
      '--quiet',
    ]);
    expect(result.code, result.stderr).toBe(0);
    dir = join(out, 'kubecon-eu-2021');
  });
  afterAll(() => browsers.close());

  it('as subset TrueType @font-face rules for each family the theme names, which Chromium loads', async () => {
    const html = await readFile(join(dir, 'recap.html'), 'utf8');
    const faces = [
      ...html.matchAll(
        /@font-face\{font-family:'([^']+)';font-weight:(\d+);font-style:(\w+);src:url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/g,
      ),
    ];
    expect(faces.map(([, family, weight, style]) => `${family} ${weight} ${style}`).sort()).toEqual([
      'DejaVu Sans 400 italic',
      'DejaVu Sans 400 normal',
      'DejaVu Sans 700 normal',
      'DejaVu Sans Mono 400 italic',
      'DejaVu Sans Mono 400 normal',
      'DejaVu Sans Mono 700 normal',
      'DejaVu Serif 400 italic',
      'DejaVu Serif 400 normal',
      'DejaVu Serif 700 normal',
    ]);
    // Subset: far smaller than the 700 KB font files.
    for (const [, , , , data] of faces) expect(Buffer.from(data!, 'base64').length).toBeLessThan(120_000);

    const page = await (await browsers.get()).newPage();
    try {
      await page.goto(`${pathToFileURL(join(dir, 'recap.html')).href}#4`, { waitUntil: 'load' });
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        // Load every face the page declares, as drawing text in it would.
        await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
        return [...document.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => `${face.family.replace(/"/g, '')} ${face.weight} ${face.style}`);
      });
      expect(loaded).toContain('DejaVu Serif 700 normal');
      expect(loaded).toContain('DejaVu Sans 400 normal');
      expect(loaded).toHaveLength(faces.length);
    } finally {
      await page.close();
    }
  });
});
