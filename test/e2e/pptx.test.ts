import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, pdfPageCount, runCli, tempDir } from '../support/cli.js';
import { fullBrowser, marp } from '../support/marpCli.js';
import { readZip } from '../support/zip.js';

/** PowerPoint's unit: 914,400 EMU to the inch, 96 CSS pixels to the inch. */
const EMU_PER_PX = 914_400 / 96;

interface Manifest {
  decks: { title: string; slides: number; files: Record<string, string> }[];
}

/** A PPTX as PowerPoint reads it: its slides in order, each slide's notes text, the slide size in CSS pixels, its metadata. */
async function readPptx(path: string) {
  const files = await readZip(path);
  const text = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const slides = [...files.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  const notes = Array.from({ length: slides }, (_, index) => {
    // A slide's notes page is the one its relationships name.
    const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(
      text(`ppt/slides/_rels/slide${index + 1}.xml.rels`),
    )?.[1];
    const xml = target ? text(`ppt/notesSlides/${target}`) : '';
    // The notes placeholder's runs (the slide number field is another placeholder).
    const body = /name="Notes Placeholder[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
    return [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((run) =>
        run[1]!
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      )
      .join('');
  });
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(text('ppt/presentation.xml'))!;
  // Each slide's picture, by its PNG header: width and height in pixels.
  const pictures = [...files]
    .filter(([name]) => name.startsWith('ppt/media/') && name.endsWith('.png'))
    .map(([, png]) => [png.readUInt32BE(16), png.readUInt32BE(20)]);
  return {
    slides,
    notes,
    width: Number(size[1]) / EMU_PER_PX,
    height: Number(size[2]) / EMU_PER_PX,
    pictures,
    title: /<dc:title>([^<]*)<\/dc:title>/.exec(text('docProps/core.xml'))?.[1],
  };
}

describe('PPTX export (real CLI, real Chromium)', () => {
  let wide: string;
  let narrow: string;
  let manifest: Manifest;

  beforeAll(async () => {
    const out = await tempDir('recapdeck-pptx-');
    wide = join(out, 'wide');
    narrow = join(out, 'narrow');
    const [all, only] = await Promise.all([
      runCli(['build', EXAMPLE, '-o', wide, '--decks', 'recap', '--format', 'md,html,pdf,pptx', '--quiet']),
      runCli(['build', EXAMPLE, '-o', narrow, '--decks', 'recap', '--format', 'pptx', '--size', '4:3', '--quiet']),
    ]);
    expect(all.stderr).toBe('');
    expect(all.code).toBe(0);
    expect(only.stderr).toBe('');
    expect(only.code).toBe(0);
    manifest = JSON.parse(await readFile(join(wide, 'kubecon-eu-2021/manifest.json'), 'utf8'));
  }, 300_000);

  it('has one slide per slide of the deck, as the PDF has one page, at 16:9, titled as the deck', async () => {
    const dir = join(wide, 'kubecon-eu-2021');
    const [recap] = manifest.decks;
    expect(recap!.files).toEqual({ md: 'recap.md', html: 'recap.html', pdf: 'recap.pdf', pptx: 'recap.pptx' });
    const pptx = await readPptx(join(dir, 'recap.pptx'));
    expect(recap!.slides).toBeGreaterThan(20);
    expect(pptx.slides).toBe(recap!.slides);
    expect(pptx.slides).toBe(await pdfPageCount(join(dir, 'recap.pdf')));
    expect([pptx.width, pptx.height]).toEqual([1280, 720]);
    // One picture per slide, at twice the slide's pixels.
    expect(pptx.pictures).toHaveLength(pptx.slides);
    expect(new Set(pptx.pictures.map((size) => size.join('×')))).toEqual(new Set(['2560×1440']));
    expect(pptx.title).toBe(recap!.title.replace(/&/g, '&amp;'));
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toContain('<a class="pptx" href="recap.pptx"');
  });

  it("carries each slide's speaker notes into its notes page (without --pdf-notes)", async () => {
    const pptx = await readPptx(join(wide, 'kubecon-eu-2021/recap.pptx'));
    // The title slide holds the notes' introduction; the agenda has none; the first talk its prose.
    expect(pptx.notes[0]).toContain('I went to Virtual KubeCon EU, almost 2 weeks ago.');
    expect(pptx.notes[1]).toBe('');
    expect(pptx.notes[4]).toContain('Peleton had to scale massively during COVID');
    expect(pptx.notes.filter(Boolean).length).toBeGreaterThan(10);
  });

  it('makes a 4:3 deck a 4:3 PPTX, alone when it is the only format', async () => {
    const dir = join(narrow, 'kubecon-eu-2021');
    const { decks } = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    expect(decks[0]!.files).toEqual({ pptx: 'recap.pptx' });
    const pptx = await readPptx(join(dir, 'recap.pptx'));
    expect(pptx.slides).toBe(decks[0]!.slides);
    expect([pptx.width, pptx.height]).toEqual([960, 720]);
    expect(new Set(pptx.pictures.map((size) => size.join('×')))).toEqual(new Set(['1920×1440']));
  });

  it("has as many slides as marp-cli's own --pptx of the written recap.md with the written themes", async () => {
    const browser = await fullBrowser();
    expect(browser).not.toBeNull();
    const dir = join(wide, 'kubecon-eu-2021');
    const result = await marp(
      ['--no-stdin', '--theme-set', 'themes/', '--pptx', 'recap.md', '-o', 'marp-recap.pptx'],
      dir,
      browser!,
    );
    expect(result.stderr).not.toMatch(/ERROR|not recognized|not found/i);
    expect(result.code).toBe(0);
    const [theirs, ours] = await Promise.all([
      readPptx(join(dir, 'marp-recap.pptx')),
      readPptx(join(dir, 'recap.pptx')),
    ]);
    expect(ours.slides).toBe(theirs.slides);
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
  }, 180_000);

  it('without a browser, still writes the Markdown and exits 3 in one line, listing no PPTX', async () => {
    const out = await tempDir('recapdeck-pptx-nobrowser-');
    const result = await runCli([
      'build',
      EXAMPLE,
      '-o',
      out,
      '--decks',
      'recap',
      '--format',
      'md,pptx',
      '--browser-path',
      join(out, 'no-such-chrome'),
      '--quiet',
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^recapdeck: Cannot run browser .*no-such-chrome/),
    ]);
    const { decks } = JSON.parse(await readFile(join(out, 'kubecon-eu-2021/manifest.json'), 'utf8')) as Manifest;
    expect(decks[0]!.files).toEqual({ md: 'recap.md' });
    await expect(stat(join(out, 'kubecon-eu-2021/recap.md'))).resolves.toBeTruthy();
    await expect(stat(join(out, 'kubecon-eu-2021/recap.pptx'))).rejects.toThrow();
  });

  it('keeps an unchanged PPTX on a rebuild, as it keeps the PDF', async () => {
    const file = join(narrow, 'kubecon-eu-2021/recap.pptx');
    const before = await stat(file);
    const result = await runCli([
      'build',
      EXAMPLE,
      '-o',
      narrow,
      '--decks',
      'recap',
      '--format',
      'pptx',
      '--size',
      '4:3',
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).files).toEqual({ written: [], kept: ['recap.pptx'] });
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });
});
