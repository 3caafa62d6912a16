import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/export/manifest.js';
import { pdfPageCount, runCli, tempDir } from '../support/cli.js';
import { corpusNotesIn } from '../support/corpusFiles.js';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
const corpusFiles = corpusNotesIn(CORPUS);

/**
 * Files whose talks the model does not find yet (npm run eval shows them at 0 talks): they still build every
 * format, as a recap with no session decks. Take a file off the list when its talks are read.
 */
const TALKS_NOT_READ_YET = new Set<string>([]);

describe('every corpus file builds', () => {
  it.each(corpusFiles)('%s → md, html and pdf with exit 0', async (name) => {
    const out = await tempDir();
    const result = await runCli(['build', join(CORPUS, name), '--out', out, '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [folder] = await readdir(out);
    const dir = join(out, folder!);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const recap = manifest.decks.find((deck) => deck.kind === 'recap')!;
    expect(Object.keys(recap.files).sort()).toEqual(['html', 'md', 'pdf']);
    expect(await pdfPageCount(join(dir, recap.files.pdf!))).toBe(recap.slides);
    const sessions = manifest.decks.filter((deck) => deck.kind === 'session').length;
    if (TALKS_NOT_READ_YET.has(name)) expect(sessions).toBe(0);
    else expect(sessions).toBeGreaterThan(0);
  });

  it('inspect --json lists what the model guessed, with file lines', async () => {
    const result = await runCli(['inspect', join(CORPUS, '12-devopsdays-ams-2016-broken-headings.md'), '--json']);
    expect(result.code).toBe(0);
    const { warnings } = JSON.parse(result.stdout) as { warnings: { line: number; message: string }[] };
    expect(warnings).toContainEqual(expect.objectContaining({ line: 14, message: expect.stringContaining('##Day 1') }));
  });
});
