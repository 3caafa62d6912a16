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
    expect(deck).toContain('2 sessions · 2 speakers');
    expect(result.stderr).toContain('notes.md:1');
    expect(result.stderr).toMatch(/notes\.md:11\b.*HTML comment/);
    expect(result.stderr).toMatch(/notes\.md:14\b.*booth-map\.png/);
    const html = await readFile(join(dir, 'out/notes/recap.html'), 'utf8');
    expect(html).not.toContain('private remark');
  });
});
