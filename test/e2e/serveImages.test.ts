import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { startCli, type RunningCli } from '../support/longRunning.js';
import { countPixels, solidPng, type Rgb } from '../support/pixels.js';

const RED: Rgb = [220, 30, 30];

describe('recapdeck serve with images in the notes (3), behind a Content-Security-Policy', () => {
  let dir: string;
  let server: RunningCli;
  let url: string;

  beforeAll(async () => {
    dir = await tempDir('recapdeck-serve-images-');
    await mkdir(join(dir, 'img'));
    await writeFile(join(dir, 'img/red.png'), solidPng(240, 140, RED));
    await writeFile(
      join(dir, 'notes.md'),
      '# Pictures Conf\n\n## Day 1\n\n### Talk - Ann Lee\n\n- inside ![red](img/red.png)\n- outside ![passwd](/etc/passwd)\n',
    );
    server = startCli(['serve', 'notes.md', '--port', '0', '--decks', 'recap'], { cwd: dir });
    url = (await server.waitForStderr(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
  });

  afterAll(async () => {
    expect(await server?.stop()).toBe(0);
  });

  it('serves the image inside the notes folder, shows it in the PDF, and nothing from outside', async () => {
    const markdown = await (await fetch(`${url}recap.md`)).text();
    const image = /!\[red\]\((images\/red-[0-9a-f]{10}\.png)\)/.exec(markdown)?.[1];
    expect(image, markdown).toBeDefined();
    expect(markdown).not.toMatch(/etc\/passwd|file:/);
    const served = await fetch(`${url}${image}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(solidPng(240, 140, RED))).toBe(true);
    // The served page carries a policy too, letting in only its own scripts and the live reload.
    expect(await (await fetch(`${url}recap.html`)).text()).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-[^"]*; connect-src 'self';/,
    );
    const pdf = join(dir, 'recap.pdf');
    await writeFile(pdf, Buffer.from(await (await fetch(`${url}recap.pdf`)).arrayBuffer()));
    // Part 0 is the front matter, so a slide's part index is its page number.
    const page = markdown.split('\n---\n').findIndex((slide) => slide.includes('![red]'));
    expect(page).toBeGreaterThan(0);
    expect(await countPixels(pdf, page, RED)).toBeGreaterThan(200);
  });
});
