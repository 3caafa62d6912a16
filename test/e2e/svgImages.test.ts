import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { runCli, tempDir } from '../support/cli.js';
import { startCli } from '../support/longRunning.js';

/** An SVG that, opened on its own, would mark the page in every way an SVG can run script. */
const HOSTILE_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40" onload="document.documentElement.setAttribute('data-ran', 'onload')">
  <script>document.documentElement.setAttribute('data-ran', 'script')</script>
  <script><![CDATA[ document.documentElement.setAttribute('data-ran', 'cdata') ]]></script>
  <rect width="40" height="40" fill="red"/>
  <foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="document.documentElement.setAttribute('data-ran', 'html')"/></body></foreignObject>
  <a xlink:href="javascript:alert(1)"><circle r="3"/></a>
  <image href="http://evil.example/beacon.png" width="1" height="1"/>
</svg>
`;

const NOTES = '# Pictures Conf\n\n## Day 1\n\n### Talk - Ann Lee\n\n- a chart ![chart](img/chart.svg)\n';

describe('an SVG from the notes runs nothing (CLI, real Chromium)', () => {
  const browsers = lazyBrowser({});
  afterAll(() => browsers.close());

  it('copies it sanitized into images/, with a warning and file:line for each thing removed', async () => {
    const dir = await tempDir('recapdeck-svg-');
    await mkdir(join(dir, 'img'));
    await writeFile(join(dir, 'img/chart.svg'), HOSTILE_SVG);
    await writeFile(join(dir, 'notes.md'), NOTES);
    const result = await runCli(['build', 'notes.md', '-o', 'out', '--format', 'md,html'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const svgPath = join(dir, 'img/chart.svg');
    const warnings = result.stderr
      .split('\n')
      .filter((line) => line.startsWith(`warning: ${svgPath}`))
      .map((line) => line.slice(`warning: ${svgPath}`.length));
    expect(warnings).toEqual([
      ':2: Removed an event handler (`onload`) from an SVG image',
      ':3: Removed `<script>` from an SVG image',
      ':4: Removed `<script>` from an SVG image',
      ':6: Removed `<foreignObject>` from an SVG image',
      ':7: Removed a link (`<a>`) from an SVG image, kept what it draws',
      ':7: Removed an external reference (`xlink:href`) from an SVG image',
      ':8: Removed an external reference (`href`) from an SVG image',
    ]);
    const images = join(dir, 'out/notes/images');
    const [copy] = await readdir(images);
    const svg = await readFile(join(images, copy!), 'utf8');
    expect(svg).not.toMatch(/script|onload|onerror|foreignObject|javascript:|evil\.example/i);
    expect(svg).toContain('<rect width="40" height="40" fill="red"/>');
    expect(svg).toContain('<circle r="3"/>');

    // Opened directly, as a link in the deck or a colleague would open it: nothing runs.
    const page = await (await browsers.get()).newPage();
    try {
      await page.goto(pathToFileURL(join(images, copy!)).href);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-ran'))).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('leaves out an SVG that declares entities or does not parse, with a warning', async () => {
    const dir = await tempDir('recapdeck-svg-bad-');
    await mkdir(join(dir, 'img'));
    await writeFile(
      join(dir, 'img/chart.svg'),
      '<!DOCTYPE svg [<!ENTITY x "<script>1</script>">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
    );
    await writeFile(join(dir, 'notes.md'), NOTES);
    const result = await runCli(['build', 'notes.md', '-o', 'out', '--format', 'md'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`warning: ${join(dir, 'img/chart.svg')}: Left out image: it declares XML entities`);
    expect(await readdir(join(dir, 'out/notes')).then((names) => names.includes('images'))).toBe(false);
  });

  it('serve sends images with a sandboxing policy and nosniff, and answers only its own Host', async () => {
    const dir = await tempDir('recapdeck-svg-serve-');
    await mkdir(join(dir, 'img'));
    await writeFile(join(dir, 'img/chart.svg'), HOSTILE_SVG);
    await writeFile(join(dir, 'notes.md'), NOTES);
    const server = startCli(['serve', 'notes.md', '--port', '0', '--decks', 'recap'], { cwd: dir });
    try {
      const url = (await server.waitForStderr(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
      const markdown = await (await fetch(`${url}recap.md`)).text();
      const image = /\((images\/chart-[0-9a-f]{10}\.svg)\)/.exec(markdown)?.[1];
      expect(image, markdown).toBeDefined();
      const served = await fetch(`${url}${image}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-security-policy')).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      );
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await served.text()).not.toMatch(/script/i);

      // DNS rebinding: the same request under another site's name is refused.
      const { port } = new URL(url);
      const asked = (host: string) =>
        new Promise<number>((resolve, reject) => {
          import('node:http').then(({ get }) =>
            get({ host: '127.0.0.1', port, path: '/recap.md', headers: { host } }, (response) => {
              response.resume();
              resolve(response.statusCode ?? 0);
            }).on('error', reject),
          );
        });
      expect(await asked('evil.example')).toBe(403);
      expect(await asked(`evil.example:${port}`)).toBe(403);
      expect(await asked('127.0.0.1:1')).toBe(403);
      expect(await asked(`127.0.0.1:${port}`)).toBe(200);
      expect(await asked(`localhost:${port}`)).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
