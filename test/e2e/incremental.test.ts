import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { EXAMPLE, pdfPageCount, runCli, tempDir } from '../support/cli.js';
import { renderPages } from '../support/pixels.js';

/** Every file under `dir` (relative path) with what tells a rewrite apart: inode and modification time. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    files.set(path.slice(dir.length + 1), `${info.ino}:${info.mtimeMs}`);
  }
  return files;
}

function changedBetween(
  before: Map<string, string>,
  after: Map<string, string>,
): { changed: string[]; removed: string[] } {
  const changed = [...after]
    .filter(([file, id]) => before.get(file) !== id)
    .map(([file]) => file)
    .sort();
  const removed = [...before.keys()].filter((file) => !after.has(file)).sort();
  return { changed, removed };
}

/** Runs the CLI with `args`; its stdout, and the npm packages whose code it loaded (see test/support/loadedPackages.mjs). */
async function loadingPackages(args: string[], list: string): Promise<{ stdout: string; packages: Set<string> }> {
  const seam = `${new URL('../support/loadedPackages.mjs', import.meta.url).href}?${encodeURIComponent(list)}`;
  const result = await runCli(args, { nodeArgs: ['--import', seam] });
  expect(result.code, result.stderr).toBe(0);
  return { stdout: result.stdout, packages: new Set((await readFile(list, 'utf8')).split('\n').filter(Boolean)) };
}

/** Files the build always writes again: the folder's index, manifest and cache. */
const BOOKKEEPING = ['.recapdeck-cache.json', 'index.html', 'manifest.json'];

describe('rebuilds remake only what changed (CLI, real Chromium)', () => {
  let work: string;
  let notes: string;
  let original: string;
  let dir: string;
  let firstBuildLoaded: Set<string>;
  const build = async (...extra: string[]) => {
    const result = await runCli(['build', notes, '-o', join(work, 'out'), '--json', ...extra]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as {
      decks: { total: number; made: number; unchanged: number };
      files: { written: string[]; kept: string[] };
      pages: { printed: number; kept: number };
    };
  };

  beforeAll(async () => {
    work = await tempDir('recapdeck-incremental-');
    notes = join(work, 'kubecon.md');
    original = await readFile(EXAMPLE, 'utf8');
    await writeFile(notes, original);
    dir = join(work, 'out', 'kubecon');
    const first = await loadingPackages(['build', notes, '-o', join(work, 'out'), '--json'], join(work, 'first.txt'));
    expect(JSON.parse(first.stdout).decks).toEqual({ total: 17, made: 17, unchanged: 0 });
    firstBuildLoaded = first.packages;
  });

  it('keeps every file when nothing changed', async () => {
    const before = await snapshot(dir);
    const again = await build();
    expect(again.decks).toEqual({ total: 17, made: 0, unchanged: 17 });
    expect(again.files.written).toEqual([]);
    expect(changedBetween(before, await snapshot(dir)).changed.filter((file) => !BOOKKEEPING.includes(file))).toEqual(
      [],
    );
  });

  it('loads neither puppeteer (which drives Chromium) nor pdf-lib when nothing changed; the first build loads both', async () => {
    expect(firstBuildLoaded).toContain('puppeteer-core');
    expect(firstBuildLoaded).toContain('pdf-lib');
    const again = await loadingPackages(['build', notes, '-o', join(work, 'out'), '--json'], join(work, 'again.txt'));
    expect(JSON.parse(again.stdout).decks.made).toBe(0);
    expect(again.packages).toContain('micromark');
    expect([...again.packages].filter((name) => ['puppeteer-core', 'pdf-lib'].includes(name))).toEqual([]);
  });

  it('remakes only the edited session and the recap', async () => {
    const before = await snapshot(dir);
    await writeFile(
      notes,
      original.replace('- Need to get the end users in scope', '- Need to get the end users in scope early'),
    );
    const rebuilt = await build();
    expect(rebuilt.decks).toEqual({ total: 17, made: 2, unchanged: 15 });
    const { changed, removed } = changedBetween(before, await snapshot(dir));
    expect(removed).toEqual([]);
    expect(changed).toEqual(
      [
        ...BOOKKEEPING,
        'recap.html',
        'recap.md',
        'recap.pdf',
        'sessions/01-keynote-day-1.html',
        'sessions/01-keynote-day-1.md',
        'sessions/01-keynote-day-1.pdf',
      ].sort(),
    );
    expect(await readFile(join(dir, 'sessions/01-keynote-day-1.md'), 'utf8')).toContain('end users in scope early');
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      decks: { slides: number; files: { pdf: string } }[];
    };
    expect(await pdfPageCount(join(dir, 'recap.pdf'))).toBe(manifest.decks[0]!.slides);
  });

  it('prints only the edited slide and keeps the other pages of the earlier PDFs, drawn as a fresh build draws them', async () => {
    await writeFile(
      notes,
      original.replace('- Need to get the end users in scope', '- Need to get the end users in scope from day one'),
    );
    const rebuilt = await build();
    expect(rebuilt.decks.made).toBe(2);
    // One slide of the session deck and the same slide in the recap changed; every other page is kept.
    expect(rebuilt.pages.printed).toBe(2);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      decks: { title: string; slides: number }[];
    };
    const slides = manifest.decks[0]!.slides + manifest.decks.find((deck) => deck.title === 'Keynote day 1')!.slides;
    expect(rebuilt.pages.kept).toBe(slides - 2);

    const fresh = join(work, 'fresh');
    const result = await runCli(['build', notes, '-o', fresh, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    for (const file of ['recap.pdf', 'sessions/01-keynote-day-1.pdf']) {
      const [kept, printed] = await Promise.all([
        renderPages(join(dir, file)),
        renderPages(join(fresh, 'kubecon', file)),
      ]);
      expect(kept.length, file).toBe(printed.length);
      kept.forEach((page, index) => expect(page.equals(printed[index]!), `${file} page ${index + 1}`).toBe(true));
    }
  });

  it('writes each presenter note once on a kept page (--pdf-notes)', async () => {
    const out = join(work, 'notes-out');
    const notesOf = async () => {
      const pdf = await PDFDocument.load(await readFile(join(out, 'kubecon', 'recap.pdf')));
      return pdf
        .getPages()
        .map(
          (page) =>
            (page.node.Annots()?.asArray() ?? []).filter(
              (ref) => pdf.context.lookup(ref, PDFDict).get(PDFName.of('Subtype')) === PDFName.of('Text'),
            ).length,
        );
    };
    await writeFile(notes, original);
    expect((await runCli(['build', notes, '-o', out, '--pdf-notes', '--quiet'])).code).toBe(0);
    const first = await notesOf();
    expect(Math.max(...first)).toBe(1);
    await writeFile(
      notes,
      original.replace('- Need to get the end users in scope', '- Need to get the end users in scope, said twice'),
    );
    const rebuilt = await runCli(['build', notes, '-o', out, '--pdf-notes', '--json']);
    expect((JSON.parse(rebuilt.stdout) as { pages: { kept: number } }).pages.kept).toBeGreaterThan(0);
    expect(await notesOf()).toEqual(first);
  });

  it('removes the files of a session that is gone and keeps the others', async () => {
    const before = await snapshot(dir);
    const lastSession = original.indexOf('### Session: Notary v2');
    const closing = original.indexOf('## Interesting projects');
    await writeFile(notes, original.slice(0, lastSession) + original.slice(closing));
    const rebuilt = await build();
    expect(rebuilt.decks).toEqual({ total: 16, made: 2, unchanged: 14 });
    const { changed, removed } = changedBetween(before, await snapshot(dir));
    expect(removed.map((file) => file.replace(/\.\w+$/, ''))).toEqual([
      ...Array(3).fill('sessions/16-notary-v2-supply-chain-security-for-containers'),
      'thumbnails/sessions-16-notary-v2-supply-chain-security-for-containers',
    ]);
    expect(
      changed.filter(
        (file) => !BOOKKEEPING.includes(file) && !file.startsWith('recap.') && !file.startsWith('thumbnails/'),
      ),
    ).toEqual(['sessions/01-keynote-day-1.html', 'sessions/01-keynote-day-1.md', 'sessions/01-keynote-day-1.pdf']);
  });

  it('remakes every HTML and PDF (not the Markdown) when the theme CSS changes', async () => {
    const theme = join(work, 'mine.css');
    await writeFile(theme, "/* @theme mine */\n@import 'recap-light';\n");
    await writeFile(notes, original);
    await build('--theme', theme);
    const before = await snapshot(dir);
    await writeFile(theme, "/* @theme mine */\n@import 'recap-light';\nsection h2 { letter-spacing: 0.01em; }\n");
    const rebuilt = await build('--theme', theme);
    expect(rebuilt.decks).toEqual({ total: 17, made: 17, unchanged: 0 });
    const { changed } = changedBetween(before, await snapshot(dir));
    // The changed theme is written again beside the decks, for Marp tools.
    expect(changed).toContain('themes/mine.css');
    const decks = changed.filter(
      (file) => !BOOKKEEPING.includes(file) && !file.startsWith('thumbnails/') && file !== 'themes/mine.css',
    );
    expect(decks.filter((file) => file.endsWith('.md'))).toEqual([]);
    expect(decks).toHaveLength(17 * 2);
    // Each deck's first slide was printed again, so its picture in index.html is new too.
    expect(changed.filter((file) => file.startsWith('thumbnails/'))).toHaveLength(17);
  });

  it('remakes a deck file that was deleted or edited by hand', async () => {
    await build();
    await writeFile(join(dir, 'sessions/02-demystifying-cloud-native-concepts-for-the-business-world.html'), 'edited');
    const rebuilt = await build();
    expect(rebuilt.files.written).toEqual([
      'sessions/02-demystifying-cloud-native-concepts-for-the-business-world.html',
    ]);
    expect(
      await readFile(join(dir, 'sessions/02-demystifying-cloud-native-concepts-for-the-business-world.html'), 'utf8'),
    ).toContain('<!DOCTYPE html>');
  });
});
