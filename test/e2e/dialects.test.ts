import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

/** One notes file in the markup of several note tools (Obsidian, HackMD, MDX, MkDocs, LaTeX-in-Markdown). */
const NOTES = [
  "import Speaker from '../components/Speaker';",
  '',
  '# Dialect Conf 2024',
  '',
  '###### tags: `conference`',
  '',
  '## $\\textcolor{orange}{Booth Tour}$',
  '',
  '<Speaker name="Jane Roe" position="CTO, Example" />',
  '',
  '<!-- TODO: private remark -->',
  '',
  '- [ ] visit [[Sponsor Hall|the sponsor hall]]',
  '- [x] ![[booth-map.png]]',
  '',
  '> [!tip] Remember',
  '> bring water',
  '',
  '## Service Mesh Patterns',
  '',
  ':::info',
  'speaker:: John Doe',
  ':::',
  '',
  '!!! note "Takeaway"',
  '    meshes cost latency',
  '',
  '    - four space bullet',
  '    - another one',
  '',
].join('\n');

describe("note tools' markup (CLI)", () => {
  it("builds decks with none of the dialects' markup left, and warns about what it dropped", async () => {
    const dir = await tempDir('recapdeck-dialects-');
    await writeFile(join(dir, 'notes.md'), NOTES);
    const result = await runCli(['build', 'notes.md', '-o', 'out', '--format', 'md,html'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const deck = await readFile(join(dir, 'out/notes/recap.md'), 'utf8');
    for (const raw of [
      '\\textcolor',
      '[ ]',
      '[x]',
      '[[',
      '[!tip]',
      ':::',
      '!!!',
      '::',
      'import Speaker',
      '<Speaker',
      'private remark',
      '###### tags',
    ])
      expect(deck, raw).not.toContain(raw);
    for (const kept of [
      'Booth Tour',
      'Speaker: Jane Roe (CTO · Example)',
      'the sponsor hall',
      'booth-map.png',
      '**Remember**',
      'bring water',
      'speaker: John Doe',
      '**Takeaway**',
      'meshes cost latency',
      '- four space bullet',
    ])
      expect(deck, kept).toContain(kept);
    expect(deck).not.toMatch(/```\n- four space bullet/);
    // The speakers the dialects' markup held are read (one-day notes have no "At a glance" to count them).
    expect(deck).toContain('Jane Roe · CTO · Example');
    expect(deck).toMatch(/## Service Mesh Patterns\n\nJohn Doe\n/);
    expect(result.stderr).toContain('notes.md:1');
    expect(result.stderr).toMatch(/notes\.md:11\b.*HTML comment/);
    expect(result.stderr).toMatch(/notes\.md:14\b.*booth-map\.png/);
    const html = await readFile(join(dir, 'out/notes/recap.html'), 'utf8');
    expect(html).not.toContain('private remark');
  });
});

/** A blog post from a Pelican site: metadata lines, a talk with a video, the page's gallery code. */
const PAGE_NOTES = [
  'Title: Calm Conf 2024 Recap',
  'Date: 2024-05-23',
  'Tags: conference, notes',
  'Author: Jane Roe',
  '',
  '## Designing Calm Interfaces',
  '',
  '- fewer alerts, better alerts',
  '',
  '@[youtube](aB3x9Qz)',
  '',
  '<div class="gallery">',
  '',
  '</div>',
  '<script>',
  "const gallery = document.querySelector('.gallery');",
  '',
  'let currentSlide = 0;',
  '</script>',
  '<style>',
  '',
  '.gallery { margin: 2rem; }',
  '</style>',
  '',
].join('\n');

describe('page markup in a blog post (CLI)', () => {
  it('reads the metadata lines as front matter, links the video and drops the page code with a warning', async () => {
    const dir = await tempDir('recapdeck-page-markup-');
    await writeFile(join(dir, 'post.md'), PAGE_NOTES);
    const result = await runCli(['build', 'post.md', '-o', 'out', '--format', 'md,html'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/post\.md:15\b.*`<script>` element/);
    expect(result.stderr).toMatch(/post\.md:20\b.*`<style>` element/);
    const manifest = JSON.parse(await readFile(join(dir, 'out/post/manifest.json'), 'utf8'));
    expect(manifest.title).toBe('Calm Conf 2024');
    const decks = await Promise.all(
      manifest.decks.map((deck: { files: { md: string } }) => readFile(join(dir, 'out/post', deck.files.md), 'utf8')),
    );
    const all = decks.join('\n');
    expect(all).toContain('[YouTube video](<https://www.youtube.com/watch?v=aB3x9Qz>)');
    expect(all).toContain('Notes by Jane Roe');
    for (const raw of ['@youtube', 'Title:', 'Tags:', 'querySelector', 'currentSlide', 'margin'])
      expect(all, raw).not.toContain(raw);
  });
});
