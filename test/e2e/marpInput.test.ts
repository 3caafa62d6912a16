import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, pdfPageCount, runCli, tempDir } from '../support/cli.js';
import { countPixels } from '../support/pixels.js';

/** A deck written for Marp, in recapdeck's dark theme: three slides, one with a speaker note. */
const DECK = `---
marp: true
title: My own talk
theme: recap-dark
paginate: true
---

# My own talk

A deck written for Marp

---

## Second slide

- one
- two

<!-- A speaker note -->

---

## Third slide

Done.
`;

describe('a Marp deck as input (CLI, real Chromium)', () => {
  let work: string;
  let dir: string;

  beforeAll(async () => {
    work = await tempDir('recapdeck-marp-in-');
    await writeFile(join(work, 'talk.md'), DECK);
    const result = await runCli(['build', join(work, 'talk.md'), '-o', join(work, 'out'), '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    dir = join(work, 'out', 'talk');
  });

  it('is one deck named after the file, with the slides it has, not a recap of notes', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toEqual({
      title: 'My own talk',
      decks: [
        {
          kind: 'recap',
          title: 'My own talk',
          slides: 3,
          files: { md: 'talk.md', html: 'talk.html', pdf: 'talk.pdf' },
        },
      ],
    });
    expect(await pdfPageCount(join(dir, 'talk.pdf'))).toBe(3);
    expect(await readFile(join(dir, 'talk.md'), 'utf8')).toBe(DECK);
    const html = await readFile(join(dir, 'talk.html'), 'utf8');
    expect(html).toContain('Second slide</h2>');
    expect(html).not.toContain('Agenda');
  });

  it("is drawn with recapdeck's theme that it names", async () => {
    // recap-dark's background (#141821) fills most of the first page.
    const dark = await countPixels(join(dir, 'talk.pdf'), 1, [0x14, 0x18, 0x21]);
    expect(dark).toBeGreaterThan(0.5 * 400 * 225);
  });

  it("gets recapdeck's theme when it names none, and is refused among notes with file:line", async () => {
    await writeFile(join(work, 'plain.md'), DECK.replace('theme: recap-dark\n', ''));
    const plain = await runCli(['build', join(work, 'plain.md'), '-o', join(work, 'out'), '--format', 'md', '--quiet']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(await readFile(join(work, 'out', 'plain', 'plain.md'), 'utf8')).toMatch(
      /^---\ntheme: recap-light\nmarp: true\n/,
    );
    const mixed = await runCli(['build', EXAMPLE, join(work, 'talk.md'), '-o', join(work, 'mixed')]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/talk\.md:1: Cannot merge a Marp deck/);
    expect(mixed.stderr.trim().split('\n')).toHaveLength(1);
  });
});
