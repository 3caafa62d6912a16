import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measuredFit, type MeasuredOverflow } from '../../src/pipeline/measuredFit.js';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { createMarp } from '../../src/export/slides/marpSlides.js';
import { measureOverflow } from '../../src/export/pdf/measureOverflow.js';
import { printableDocument } from '../../src/export/slides/printablePage.js';
import { buildConference } from '../../src/model/buildConference.js';
import type { Conference } from '../../src/model/types.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { planDecks } from '../../src/plan/planDecks.js';
import type { Deck, SlideSize } from '../../src/plan/types.js';
import { renderDeck } from '../../src/render/renderDeck.js';
import { loadThemes, type Theme } from '../../src/themes.js';
import { EXAMPLE } from '../support/cli.js';
import { overflowingText } from '../support/slideOverflow.js';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
/** The example, the real notes of the corpus, and hand-made notes of everything hard to fit (long tables, code, URLs, CJK, soft line breaks, code in nested items). */
const FITTING = join(import.meta.dirname, '../fixtures/fitting');
const NOTES = [
  EXAMPLE,
  ...readdirSync(CORPUS)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(CORPUS, name)),
  ...readdirSync(FITTING)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(FITTING, name)),
];
const SIZES: SlideSize[] = ['16:9', '4:3'];

const conferences = new Map(
  NOTES.map((file): [string, Conference] => [file, buildConference(parseNotes(readFileSync(file, 'utf8'), file))]),
);

/**
 * Every deck of the example and of every corpus file, in every built-in theme and both sizes, planned as a
 * build that prints PDFs plans them (by estimate, then measured and planned again, see measuredFit), then
 * checked in one Chromium: all decks of one theme and size share one page (their CSS is the same), so the
 * test stays fast.
 */
describe('no text lies outside its slide, for every corpus deck, theme and size', () => {
  const browsers = lazyBrowser({});
  let page: Page;
  let themes: Theme[];
  beforeAll(async () => {
    themes = await loadThemes();
    page = await (await browsers.get()).newPage();
    await page.setJavaScriptEnabled(false);
  });
  afterAll(() => browsers.close());

  it('ships three themes', () =>
    expect(themes.map((theme) => theme.name).sort()).toEqual(['recap-dark', 'recap-light', 'recap-poster']));

  it('finds text that runs off a slide, down or across', async () => {
    const marp = createMarp(themes);
    const long = Array.from({ length: 30 }, (_, index) => `- Point ${index + 1}`).join('\n');
    // Words break anywhere, so only a table of more columns than their padding leaves room for runs off sideways.
    const wide = `| ${Array.from({ length: 60 }, (_, index) => index).join(' | ')} |\n|${'---|'.repeat(60)}`;
    const { html, css } = marp.render(
      `---\nmarp: true\ntheme: recap-light\n---\n\n## Tall\n\n${long}\n\n---\n\n## Fine\n\n- One\n\n---\n\n${'<!-- _class: table -->'}\n\n${'```'}\n${'y'.repeat(300)}\n${'```'}\n\n${wide}\n`,
    );
    const problems = await overflowingText(page, `<style>${css}</style>${html}`);
    expect(problems.map((problem) => problem.slide)).toEqual([1, 3]);
  });

  /** One notes file's decks in a theme and size, fitted as a build that prints PDFs fits them. */
  async function fittedDecks(file: string, theme: string, size: SlideSize): Promise<{ file: string; deck: Deck }[]> {
    const marp = createMarp(themes);
    const plan = (fit = {}) =>
      planDecks(conferences.get(file)!, { decks: ['recap', 'session'], size, fit }).map((deck) => ({
        deck,
        markdown: renderDeck(deck, { theme, size }),
      }));
    const measure = async (decks: { deck: Deck; markdown: string }[]) => {
      const rendered = decks.map(
        ({ markdown }) => marp.render(markdown, { htmlAsArray: true }) as unknown as { html: string[]; css: string },
      );
      const where = rendered.flatMap(({ html }, deck) => html.map((_, slide) => ({ deck, slide })));
      const html = printableDocument(
        rendered[0]!.css,
        rendered.flatMap(({ html }) => html),
        'fit',
      ).html;
      return (await measureOverflow(page, html, { allowRemote: false })).map(
        ({ slide, belowPx }): MeasuredOverflow => ({ ...where[slide]!, belowPx }),
      );
    };
    const fitted = await measuredFit(plan(), plan, measure);
    return fitted.decks.map(({ deck }) => ({ file: basename(file), deck }));
  }

  for (const size of SIZES) {
    for (const themeName of ['recap-light', 'recap-dark', 'recap-poster']) {
      it(`fits every slide in ${themeName} at ${size}`, async () => {
        const decks: { file: string; deck: Deck }[] = [];
        for (const file of NOTES) decks.push(...(await fittedDecks(file, themeName, size)));
        const marp = createMarp(themes);
        const slides: { file: string; deck: string; slide: number }[] = [];
        const styles = new Set<string>();
        const bodies = decks.map(({ file, deck }) => {
          const { html, css } = marp.render(renderDeck(deck, { theme: themeName, size }));
          styles.add(css);
          deck.slides.forEach((_, index) => slides.push({ file, deck: deck.name, slide: index + 1 }));
          return html;
        });
        expect(styles.size).toBe(1);
        const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0}${[...styles][0]}</style></head><body>${bodies.join('')}</body></html>`;
        const problems = (await overflowingText(page, html)).map(({ slide, what }) => {
          const where = slides[slide - 1]!;
          return `${where.file} ${where.deck} slide ${where.slide}: ${what}`;
        });
        expect(slides.length).toBeGreaterThan(1000);
        expect(problems).toEqual([]);
        // Every corpus file is fitted and measured: about a minute on a quiet 2-core machine, growing with the corpus.
      }, 360_000);
    }
  }
});
