import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { runCli, tempDir, type CliResult } from '../support/cli.js';
import { countPixels, solidPng, type Rgb } from '../support/pixels.js';
import { countingServer, type CountingServer } from '../support/testServer.js';

const RED: Rgb = [220, 30, 30];
const BLUE: Rgb = [30, 60, 220];

interface Manifest {
  decks: { kind: string; title: string; slides: number; files: Record<string, string> }[];
}

/** Notes from someone who means harm: every payload would call alert(), log "payload" or fetch from the server. */
function hostileNotes(server: string): string {
  return `# Hostile Conf

## Day 1

### Scripts <script>alert('payload-title')</script> - Eve, Evil Corp

- a <script>alert('payload-1');console.log('payload-1');fetch('${server}/payload-1')</script> item
- img <img src="${server}/payload-2.png" onerror="alert('payload-2')"> here
- svg <svg onload="alert('payload-3')"></svg> here
- frame <iframe srcdoc="<script>parent.alert('payload-4')</script>"></iframe> here
- smuggled <!-- --><script>alert('payload-5')</script><!-- --> here
- <!-- x --><img src=x onerror=alert('payload-6')><!-- y -->

<script>alert('payload-block')</script>

<img src="${server}/payload-block.png" onerror="alert('payload-7')">

<!-- backgroundImage: url('${server}/payload-directive.png') -->

<style>section { background: url('${server}/payload-style.png'); }</style>

### Links - Mallory

- [js-link](javascript:alert('payload-8'))
- [vb-link](vbscript:msgbox('payload-9'))
- [data-link](data:text/html;base64,PHNjcmlwdD5hbGVydCgncGF5bG9hZC0xMCcpPC9zY3JpcHQ+)
- [entity-link](jav&#x61;script:alert('payload-11')) and [tab-link](jav&#9;ascript:alert('payload-12'))
- [case-link](JaVaScRiPt:alert('payload-13')) and [space-link](<  javascript:alert('payload-14')>)
- [ref-link][evil] and <javascript:alert('payload-15')>
- [good-link](https://example.org/talk)

[evil]: javascript:alert('payload-16')

### Pictures - Trent

- inside ![red](img/red.png)
- passwd ![passwd](/etc/passwd) and ![file-url](file:///etc/hostname)
- escape ![up](../secret/blue.png) and ![abs](${join('SECRET_DIR', 'blue.png')})
- symlink ![link](img/link.png)
- remote ![remote](${server}/remote.png)
- css <span style="background:url(../secret/blue.png)">styled</span>

<div style="background: url('../secret/blue.png')">block</div>
`;
}

describe('hostile notes', () => {
  let root: string;
  let notes: string;
  let out: string;
  let server: CountingServer;
  let build: CliResult;
  let manifest: Manifest;
  const deckDir = () => join(out, 'hostile');
  const deck = (title: RegExp) => manifest.decks.find((entry) => title.test(entry.title))!;

  beforeAll(async () => {
    root = await tempDir('recapdeck-hostile-');
    await mkdir(join(root, 'notes/img'), { recursive: true });
    await mkdir(join(root, 'secret'), { recursive: true });
    await writeFile(join(root, 'notes/img/red.png'), solidPng(240, 140, RED));
    await writeFile(join(root, 'secret/blue.png'), solidPng(240, 140, BLUE));
    await symlink(join(root, 'secret/blue.png'), join(root, 'notes/img/link.png'));
    server = await countingServer({ body: solidPng(10, 10, [0, 200, 0]) });
    notes = join(root, 'notes/hostile.md');
    await writeFile(notes, hostileNotes(server.url).replace('SECRET_DIR', join(root, 'secret')));
    out = join(root, 'out');
    build = await runCli(['build', notes, '-o', out]);
    manifest = JSON.parse(await readFile(join(deckDir(), 'manifest.json'), 'utf8')) as Manifest;
  });

  afterAll(async () => {
    await server?.close();
  });

  it('builds md, html and pdf, warning about each thing it took out, with file:line', () => {
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/hostile\.md:7: Dropped a `<script>` element/);
    expect(build.stderr).toMatch(/hostile\.md:\d+: Removed a `javascript:alert\('payload-8'\)` link, kept its text/);
    expect(build.stderr).toMatch(
      /hostile\.md:\d+: Removed image `\/etc\/passwd`: it is outside the notes file's folder/,
    );
    expect(build.stderr).toMatch(
      /hostile\.md:\d+: Remote image `http:\/\/127\.0\.0\.1:\d+\/remote\.png` is not loaded in HTML and PDF \(--allow-remote loads it\)/,
    );
    expect(build.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs no script from the notes when its HTML is opened in Chromium, nor while printing the PDF (1, 4)', async () => {
    const browsers = lazyBrowser({});
    const dialogs: string[] = [];
    const messages: string[] = [];
    try {
      const browser = await browsers.get();
      for (const entry of manifest.decks) {
        for (const view of ['', '?view=presenter']) {
          const page = await browser.newPage();
          page.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
          });
          page.on('console', (message) => messages.push(message.text()));
          page.on('pageerror', (error) => messages.push(String(error)));
          await page.goto(`${pathToFileURL(join(deckDir(), entry.files.html!)).href}${view}`, { waitUntil: 'load' });
          // Every slide shown once: a payload bound to a slide's activation would fire now.
          for (let slide = 1; slide < entry.slides; slide++) await page.keyboard.press('ArrowRight');
          await page.evaluate(
            () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
          );
          await page.close();
        }
      }
    } finally {
      await browsers.close();
    }
    expect(dialogs).toEqual([]);
    expect(messages.filter((message) => /payload/i.test(message))).toEqual([]);
    // Neither export nor the opened pages asked the server for anything.
    expect(server.hits).toEqual([]);
  });

  it('keeps no script and no event handler in any HTML slide, and a policy that would block them anyway (1)', async () => {
    for (const entry of manifest.decks) {
      const html = await readFile(join(deckDir(), entry.files.html!), 'utf8');
      // The slides: from their container to the first script (Marp's own, after the last slide).
      const start = html.indexOf('<div id=":$p">');
      const slides = html.slice(start, html.indexOf('<script', start));
      expect(start).toBeGreaterThan(0);
      expect(slides).toContain('<section');
      expect(slides).not.toMatch(/<(script|iframe|svg onload|img[^>]*onerror)/i);
      expect(slides).not.toMatch(/\son\w+=/i);
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/,
      );
    }
    expect(await readFile(join(deckDir(), 'index.html'), 'utf8')).toMatch(
      /<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none';/,
    );
  });

  it('removes javascript:, vbscript: and data:text/html links, however disguised, keeping their text (2)', async () => {
    const links = deck(/^Links/);
    const md = await readFile(join(deckDir(), links.files.md!), 'utf8');
    const html = await readFile(join(deckDir(), links.files.html!), 'utf8');
    for (const text of [
      'js-link',
      'vb-link',
      'data-link',
      'entity-link',
      'tab-link',
      'case-link',
      'ref-link',
      'good-link',
    ])
      expect(md).toContain(text);
    expect(md).not.toMatch(/\]\(\s*<?\s*(?:java|vb)\s*script:|\]\(data:text|\]:\s*javascript:/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    // Besides web links and the deck's own anchors, only the links recapdeck makes between its decks (../recap.html).
    expect(
      hrefs.filter(
        (href) => !/^(?:https?:|#|\?|$)/.test(href) && !/^(?:\.\.\/)?(?:sessions\/)?[\w.-]+\.html$/.test(href),
      ),
    ).toEqual([]);
    expect(hrefs).toContain('https://example.org/talk');
  });

  it('reads and embeds no file outside the notes folder; the image inside shows in HTML and PDF (3)', async () => {
    const pictures = deck(/^Pictures/);
    const secret = solidPng(240, 140, BLUE);
    const outputs = await readdir(deckDir(), { recursive: true });
    expect(outputs.filter((name) => name.startsWith('images/'))).toEqual([
      expect.stringMatching(/^images\/red-[0-9a-f]{10}\.png$/),
    ]);
    for (const name of outputs.filter((file) => /\.(md|html|pdf|json|png)$/.test(file))) {
      const bytes = await readFile(join(deckDir(), name));
      expect(bytes.includes(secret), name).toBe(false);
      expect(bytes.includes(Buffer.from(secret.toString('base64').slice(0, 60))), name).toBe(false);
      expect(bytes.toString('latin1'), name).not.toMatch(/root:x:0:0/);
    }
    const md = await readFile(join(deckDir(), pictures.files.md!), 'utf8');
    expect(md).toContain('![red](../images/red-');
    // The block of HTML is in the speaker notes as text; no image on a slide points outside.
    expect(md).not.toMatch(/\]\([^)]*(?:etc\/|secret\/|file:)/);
    expect(build.stderr).toMatch(/link\.png: Left out image: it links to a file outside the notes folder/);

    const browsers = lazyBrowser({});
    try {
      const page = await (await browsers.get()).newPage();
      await page.goto(pathToFileURL(join(deckDir(), pictures.files.html!)).href, { waitUntil: 'load' });
      const images = await page.evaluate(() =>
        [...document.images].map((image) => ({ src: image.getAttribute('src'), width: image.naturalWidth })),
      );
      expect(images).toContainEqual({ src: expect.stringMatching(/^\.\.\/images\/red-/), width: 240 });
      expect(images.filter((image) => image.width > 0)).toHaveLength(1);
    } finally {
      await browsers.close();
    }
    const pdf = join(deckDir(), pictures.files.pdf!);
    expect(await countPixels(pdf, 'all', RED)).toBeGreaterThan(200);
    expect(await countPixels(pdf, 'all', BLUE)).toBe(0);
  });

  it('shows images from anywhere with --allow-local-files, and loads remote ones only with --allow-remote (3, 4)', async () => {
    const allowed = join(root, 'allowed');
    const result = await runCli([
      'build',
      notes,
      '-o',
      allowed,
      '--allow-local-files',
      '--allow-remote',
      '--decks',
      'sessions',
      '--format',
      'html,pdf',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/Remote image/);
    const pictures = (
      JSON.parse(await readFile(join(allowed, 'hostile/manifest.json'), 'utf8')) as Manifest
    ).decks.find((entry) => entry.title.startsWith('Pictures'))!;
    const pdf = join(allowed, 'hostile', pictures.files.pdf!);
    expect(await countPixels(pdf, 'all', BLUE)).toBeGreaterThan(200);
    expect(await countPixels(pdf, 'all', [0, 200, 0])).toBeGreaterThan(0);
    expect(server.hits).toContain('/remote.png');
    expect(await readFile(join(allowed, 'hostile', pictures.files.html!), 'utf8')).toMatch(
      /img-src file:\/\/\*\/\S*\/allowed\/hostile\/images\/ data: blob: https: http:/,
    );
  });
});
