import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { runCli, tempDir, type CliResult } from '../support/cli.js';
import { solidPng } from '../support/pixels.js';

/**
 * Notes that try to smuggle Marp directives onto the slides (issue 15, item 3): each way in
 * carries a class of its own (`evil-…`), and one a `style` that would change the PDF page size.
 */
const NOTES = `---
title: "Conf \`<!-- _class: evil-front-matter -->\`"
---
## Day 1

### Spans - Eve

- spans <! then \`<!-- _class: evil-span -->\` here

### Lists - Eve

- a point
- an item with a comment block:

  <!-- _class: evil-list -->

### Quotes - Eve

> quoted words
>
> <!-- _class: evil-quote -->

### Flow - Eve

- a point

{style: "@page { size: 300px 500px; } section { background: red; }"}

### Quoted key - Eve

- a point

"_class": evil-quoted-key

### Explicit key - Eve

- a point

? _class
: evil-explicit-key

### Anchor - Eve

- a point

&a _class: evil-anchor

### Entity &lt;!-- _class: evil-entity --&gt; - Eve

- a point

### Code \`<!-- _class: evil-code-title -->\` - Eve

- a point
`;

interface Manifest {
  decks: { title: string; slides: number; files: Record<string, string> }[];
}

describe('Marp directives smuggled in notes', () => {
  let root: string;
  let deckDir: string;
  let build: CliResult;
  let manifest: Manifest;
  let decks: { title: string; md: string; html: string }[];

  beforeAll(async () => {
    root = await tempDir('recapdeck-smuggled-');
    await mkdir(join(root, 'notes'));
    await writeFile(join(root, 'notes/conf.md'), NOTES);
    build = await runCli([
      'build',
      join(root, 'notes/conf.md'),
      '-o',
      join(root, 'out'),
      '--decks',
      'recap,sessions',
      '--format',
      'md,html,pdf',
    ]);
    // The folder is named after the front matter's title.
    deckDir = join(root, 'out', (await readdir(join(root, 'out')))[0]!);
    manifest = JSON.parse(await readFile(join(deckDir, 'manifest.json'), 'utf8')) as Manifest;
    decks = await Promise.all(
      manifest.decks.map(async (entry) => ({
        title: entry.title,
        md: await readFile(join(deckDir, entry.files.md!), 'utf8'),
        html: await readFile(join(deckDir, entry.files.html!), 'utf8'),
      })),
    );
  });

  /** What Marp applied to the slides: each `<section>`'s class, and any `style` directive. */
  const applied = (html: string) =>
    [...html.matchAll(/<section\b[^>]*>/g)].map((match) => {
      const tag = match[0];
      return [/\sclass="([^"]*)"/.exec(tag)?.[1] ?? '', /\sdata-style=/.test(tag) ? 'style' : ''].join(' ').trim();
    });

  const notApplied = (marker: string) => {
    for (const deck of decks)
      for (const section of applied(deck.html)) expect(section, deck.title).not.toContain(marker);
    // Nothing lost: the text is still in the Markdown, on a slide or in the notes.
    expect(
      decks.some((deck) => deck.md.includes(marker)),
      marker,
    ).toBe(true);
  };

  it('builds', () => {
    expect(build.code, build.stderr).toBe(0);
    expect(decks.length).toBeGreaterThan(5);
  });

  it('a comment after a `<!` in text, inside a code span, is no directive', () => notApplied('evil-span'));

  it('an HTML comment inside a list item or a quote is dropped with a warning, never applied', () => {
    for (const deck of decks)
      for (const section of applied(deck.html)) expect(section, deck.title).not.toMatch(/evil-(?:list|quote)(?![\w-])/);
    // The notes' HTML comments are dropped before modelling (src/parse/dialects/htmlComments.ts), with a line each.
    expect(decks.filter((deck) => /evil-(?:list|quote)(?![\w-])/.test(deck.md)).map((deck) => deck.title)).toEqual([]);
    expect(
      build.stderr.split('\n').filter((line) => /Dropped an HTML comment `<!-- _class: evil-(?:list|quote)/.test(line)),
    ).toHaveLength(2);
  });

  it('speaker notes that YAML reads as a mapping are notes, not directives', async () => {
    for (const marker of ['evil-quoted-key', 'evil-explicit-key', 'evil-anchor']) notApplied(marker);
    expect(decks.some((deck) => deck.md.includes('{style: "@page { size: 300px 500px; }'))).toBe(true);
    for (const deck of decks)
      for (const section of applied(deck.html)) expect(section, deck.title).not.toContain('style');
    // In the presenter notes as text, in no style sheet.
    const styles = decks.flatMap((deck) =>
      [...deck.html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!),
    );
    expect(styles.filter((css) => css.includes('300px 500px'))).toEqual([]);
    // The PDF of the deck whose notes held `{style: …}` keeps its 16:9 pages.
    const flow = manifest.decks.find((entry) => entry.title.startsWith('Flow'))!;
    const pdf = await PDFDocument.load(await readFile(join(deckDir, flow.files.pdf!)));
    for (const page of pdf.getPages()) expect(page.getWidth() / page.getHeight()).toBeCloseTo(16 / 9, 2);
  });

  it('a title or front-matter string that decodes to a comment is text', () => {
    for (const marker of ['evil-front-matter', 'evil-entity', 'evil-code-title']) notApplied(marker);
  });

  it('a deck opened from disk shows images only from its own images/ folder and inline data', async () => {
    const notes = join(root, 'pictures');
    await mkdir(notes);
    await writeFile(join(notes, 'red.png'), solidPng(40, 20, [220, 30, 30]));
    await writeFile(join(notes, 'talk.md'), '# Pictures\n\n## A talk - Eve\n\n- ![red](red.png)\n');
    const result = await runCli([
      'build',
      join(notes, 'talk.md'),
      '-o',
      join(root, 'pictures-out'),
      '--decks',
      'sessions',
      '--format',
      'html',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const html = join(root, 'pictures-out/talk/sessions/01-a-talk-eve.html');
    expect(await readFile(html, 'utf8')).toMatch(
      /img-src file:\/\/\*\/[^ ;]*\/pictures-out\/talk\/images\/ data: blob:;/,
    );

    const browsers = lazyBrowser({});
    try {
      const page = await (await browsers.get()).newPage();
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      // The deck's own image, the same picture outside images/, and a file elsewhere on the machine.
      const loads = (src: string) =>
        page.evaluate(
          (url) =>
            new Promise<boolean>((resolve) => {
              const image = new Image();
              image.onload = () => resolve(true);
              image.onerror = () => resolve(false);
              image.src = url;
            }),
          src,
        );
      const own = await page.evaluate(() => document.querySelector('img')?.getAttribute('src'));
      expect(own).toMatch(/^\.\.\/images\/red-/);
      expect(await loads(own!)).toBe(true);
      expect(await loads(pathToFileURL(join(notes, 'red.png')).href)).toBe(false);
      expect(await loads('../../../pictures/red.png')).toBe(false);
    } finally {
      await browsers.close();
    }
  });
});
