import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateNotes } from '../../bench/generateNotes.mjs';
import { runCli, tempDir } from '../support/cli.js';

const NOTES = `+++
title = "Small Conf 2024"
author = "Ada Lovelace"
date = 2024-05-02
+++

## Day 1

### Observability at scale - Grace Hopper, Acme

The speaker measured everything before changing anything.

- Traces first
- Metrics second

### Fast builds - Alan Turing, Initech

- Cache by content hash

TODO: try the content cache at work
- Print each deck once

## Day 2

### Closing keynote - Barbara Liskov

- Substitution matters
`;

type Outline = { title: string; children: Outline[] };

function text(value: unknown): string {
  return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : '';
}

/** The bookmarks as a tree of titles, read from the catalog's /Outlines. */
function outlineOf(doc: PDFDocument): Outline[] {
  const read = (first: unknown): Outline[] => {
    const items: Outline[] = [];
    for (
      let item = doc.context.lookup(first as never) as PDFDict | undefined;
      item;
      item = item.get(PDFName.of('Next')) ? (doc.context.lookup(item.get(PDFName.of('Next'))!) as PDFDict) : undefined
    ) {
      items.push({
        title: text(item.get(PDFName.of('Title'))),
        children: item.get(PDFName.of('First')) ? read(item.get(PDFName.of('First'))) : [],
      });
    }
    return items;
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return root ? read(root.get(PDFName.of('First'))) : [];
}

/** Contents of the text annotations on each page. */
function notesOf(doc: PDFDocument): string[] {
  return doc.getPages().map((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return (annots?.asArray() ?? [])
      .map((ref) => doc.context.lookup(ref, PDFDict))
      .filter((annot) => annot.get(PDFName.of('Subtype'))?.toString() === '/Text')
      .map((annot) => text(annot.get(PDFName.of('Contents'))))
      .join('\n');
  });
}

describe('PDF metadata, bookmarks and presenter notes (CLI, real Chromium)', () => {
  let work: string;
  let plain: string;
  let withNotes: string;

  beforeAll(async () => {
    work = await tempDir('recapdeck-pdf-');
    const notes = join(work, 'small-conf.md');
    await writeFile(notes, NOTES);
    const first = await runCli(['build', notes, '-o', join(work, 'plain'), '--format', 'pdf', '--quiet']);
    expect(first.code, first.stderr).toBe(0);
    const second = await runCli([
      'build',
      notes,
      '-o',
      join(work, 'notes'),
      '--format',
      'pdf',
      '--pdf-notes',
      '--quiet',
    ]);
    expect(second.code, second.stderr).toBe(0);
    plain = join(work, 'plain', 'small-conf');
    withNotes = join(work, 'notes', 'small-conf');
  });

  const load = async (path: string) => PDFDocument.load(await readFile(path), { updateMetadata: false });
  const manifestOf = async (dir: string) =>
    JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      decks: { title: string; slides: number; files: { pdf: string } }[];
    };

  it('writes title, author, subject and keywords', async () => {
    const recap = await load(join(plain, 'recap.pdf'));
    expect(recap.getTitle()).toBe('Small Conf 2024');
    expect(recap.getAuthor()).toBe('Ada Lovelace');
    expect(recap.getSubject()).toBe('Recap of Small Conf 2024 (2024-05-02)');
    expect(recap.getKeywords()).toContain('Small Conf 2024');
    const session = await load(join(plain, 'sessions', '01-observability-at-scale.pdf'));
    expect(session.getTitle()).toBe('Observability at scale');
    expect(session.getSubject()).toBe('Observability at scale — Small Conf 2024 (2024-05-02)');
    expect(session.getKeywords()).toContain('Grace Hopper');
  });

  it('bookmarks each day and, under it, each session of the recap, on the right page', async () => {
    const recap = await load(join(plain, 'recap.pdf'));
    expect(outlineOf(recap)).toEqual([
      { title: 'Agenda', children: [] },
      {
        title: 'Day 1',
        children: [
          { title: 'Observability at scale', children: [] },
          { title: 'Fast builds', children: [] },
        ],
      },
      { title: 'Day 2', children: [{ title: 'Closing keynote', children: [] }] },
      { title: 'Follow-ups', children: [] },
      { title: 'At a glance', children: [] },
    ]);
    // Day 1 (after the agenda), then its first session.
    const first = recap.catalog
      .lookup(PDFName.of('Outlines'), PDFDict)
      .lookup(PDFName.of('First'), PDFDict)
      .lookup(PDFName.of('Next'), PDFDict)
      .lookup(PDFName.of('First'), PDFDict);
    const target = first.lookup(PDFName.of('Dest'), PDFArray).get(0);
    const page = recap.getPages().findIndex((candidate) => candidate.ref === target);
    expect(notesOf(recap)).toHaveLength(recap.getPageCount());
    expect(page).toBeGreaterThan(1);
    // The closing bookmarks open their own slides: the last one, "At a glance", the last page but one (the closing slide).
    const last = recap.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookup(PDFName.of('Last'), PDFDict);
    const glance = recap
      .getPages()
      .findIndex((candidate) => candidate.ref === last.lookup(PDFName.of('Dest'), PDFArray).get(0));
    expect(glance).toBeGreaterThan(page);
    expect(outlineOf(await load(join(plain, 'sessions', '01-observability-at-scale.pdf')))).toEqual([]);
  });

  it('adds presenter notes as annotations only with --pdf-notes, keeping a page per slide', async () => {
    for (const dir of [plain, withNotes]) {
      for (const deck of (await manifestOf(dir)).decks)
        expect((await load(join(dir, deck.files.pdf))).getPageCount()).toBe(deck.slides);
    }
    expect(notesOf(await load(join(plain, 'recap.pdf'))).join('')).toBe('');
    const notes = notesOf(await load(join(withNotes, 'recap.pdf')));
    expect(notes.filter(Boolean).length).toBeGreaterThan(0);
    expect(notes.join('\n')).toContain('The speaker measured everything before changing anything.');
  });

  it('prints a recap of more than 200 slides in parts, joined in order into one PDF with its bookmarks', async () => {
    const notes = join(work, 'big-conf.md');
    await writeFile(notes, generateNotes(60));
    const result = await runCli([
      'build',
      notes,
      '-o',
      join(work, 'big'),
      '--decks',
      'recap',
      '--recap',
      'full',
      '--format',
      'pdf',
      '--quiet',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const dir = join(work, 'big', 'big-conf');
    const [recap] = (await manifestOf(dir)).decks;
    expect(recap!.slides).toBeGreaterThan(200);
    const doc = await load(join(dir, 'recap.pdf'));
    expect(doc.getPageCount()).toBe(recap!.slides);
    const outline = outlineOf(doc);
    const days = outline.filter((entry) => entry.title.startsWith('Day '));
    expect(days.map((day) => day.title)).toEqual(Array.from({ length: 8 }, (_, index) => `Day ${index + 1}`));
    // The agenda runs over several slides: one bookmark.
    expect(outline.filter((entry) => entry.title.startsWith('Agenda'))).toHaveLength(1);
    expect(days.flatMap((day) => day.children)).toHaveLength(60);
    expect(days[7]!.children[3]!.title).toBe('Testing OpenTelemetry at scale, part 60');
  });
});
