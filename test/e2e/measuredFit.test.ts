import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { createMarp } from '../../src/export/slides/marpSlides.js';
import { loadThemes } from '../../src/themes.js';
import { pdfPageCount, ROOT, runCli, tempDir } from '../support/cli.js';
import { overflowingText } from '../support/slideOverflow.js';

const FITTING = join(ROOT, 'test/fixtures/fitting');
const THEMES = join(FITTING, 'themes');
/** One of each shape of issue 18: sub-points as lines of one item, code in nested items with text after, stacked code in a third-level item. */
const FIXTURES = ['soft-breaks', 'nested-code', 'stacked-code'];

interface Built {
  /** Every deck's slides that lie outside their box, measured independently of the build. */
  problems: string[];
  slides: number;
  dir: string;
  stderr: string;
}

/**
 * Builds notes with the real CLI, then lays every deck's Markdown out in Chromium and lists what runs
 * off: the Markdown is what the HTML and PDF are made from (their slide counts are checked below).
 */
describe('measured fit: slides that overflow in the browser are planned again', () => {
  const browsers = lazyBrowser({});
  let page: Page;
  let marp: ReturnType<typeof createMarp>;
  beforeAll(async () => {
    marp = createMarp(await loadThemes([THEMES]));
    page = await (await browsers.get()).newPage();
    await page.setJavaScriptEnabled(false);
  });
  afterAll(() => browsers.close());

  async function built(notes: string, args: string[], cwd?: string): Promise<Built> {
    const out = await tempDir();
    const result = await runCli(['build', notes, '-o', out, '--json', ...args], { cwd });
    expect(result.code, result.stderr).toBe(0);
    const { dir, manifest } = JSON.parse(result.stdout) as {
      dir: string;
      manifest: { decks: { slides: number; files: Record<string, string> }[] };
    };
    const problems: string[] = [];
    for (const deck of manifest.decks) {
      const { html, css } = marp.render(await readFile(join(dir, deck.files.md!), 'utf8'));
      expect(html.match(/<section\b/g)).toHaveLength(deck.slides);
      for (const { slide, what } of await overflowingText(
        page,
        `<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0}${css}</style></head><body>${html}</body></html>`,
      ))
        problems.push(`${deck.files.md} slide ${slide}: ${what}`);
      if (deck.files.pdf) expect(await pdfPageCount(join(dir, deck.files.pdf))).toBe(deck.slides);
    }
    return { problems, slides: manifest.decks.reduce((sum, deck) => sum + deck.slides, 0), dir, stderr: result.stderr };
  }

  // The estimate is tuned to the built-in themes; a user's theme with larger text is what it cannot know.
  for (const name of FIXTURES) {
    it(`fits ${name}.md in a theme with larger text only with --check-fit`, async () => {
      const notes = join(FITTING, `${name}.md`);
      const theme = ['--themes', THEMES, '--theme', 'roomy', '--format', 'md,html'];
      const estimated = await built(notes, theme);
      expect(estimated.problems.length).toBeGreaterThan(0);
      const measured = await built(notes, [...theme, '--check-fit']);
      expect(measured.problems).toEqual([]);
      expect(measured.slides).toBeGreaterThan(estimated.slides);
    });
  }

  it('checks the fit whenever it prints PDFs, and the PDF, HTML and Markdown agree', async () => {
    const measured = await built(join(FITTING, 'nested-code.md'), [
      '--themes',
      THEMES,
      '--theme',
      'roomy',
      '--format',
      'md,html,pdf',
    ]);
    expect(measured.problems).toEqual([]);
  });

  // The glance slide's list for screen readers sits in a 1 px box that clips it on purpose: long day titles run
  // out of that box, which is neither overflow nor anything a smaller plan could change.
  it('takes text hidden for screen readers for no overflow: long day titles give no warning', async () => {
    const out = await tempDir();
    const result = await runCli(['build', join(FITTING, 'long-day-titles.md'), '-o', out, '--format', 'md,pdf']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('runs off its slide');
  });

  // Real notes from the corpus that the estimate misfits at 4:3: a long Japanese title over a list of links.
  it('fits notes the estimate misjudges in a built-in theme, with checkFit in the config', async () => {
    const notes = join(ROOT, 'test/fixtures/corpus/62-phperkaigi-2023-day1-ja-link-list.md');
    expect((await built(notes, ['--size', '4:3', '--format', 'md'])).problems.length).toBeGreaterThan(0);
    const project = await tempDir();
    await writeFile(join(project, 'recapdeck.config.json'), JSON.stringify({ checkFit: true }));
    expect((await built(notes, ['--size', '4:3', '--format', 'md'], project)).problems).toEqual([]);
  });
});
