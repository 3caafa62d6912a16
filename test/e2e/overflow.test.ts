import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser, type BrowserProvider } from '../../src/export/browser.js';
import { createMarp, printablePage } from '../../src/export/printablePage.js';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { planDecks } from '../../src/plan/planDecks.js';
import { renderDeck } from '../../src/render/renderDeck.js';
import { loadThemes } from '../../src/themes.js';
import { EXAMPLE } from '../support/cli.js';

/** Slides whose content reaches outside the slide box, measured in real Chromium. */
async function overflowingSlides(browsers: BrowserProvider, html: string): Promise<string[]> {
  const page = await (await browsers.get()).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const problems: string[] = [];
      document.querySelectorAll('section').forEach((section, index) => {
        const box = section.getBoundingClientRect();
        for (const element of section.querySelectorAll('h1, h2, p, li, pre, table, blockquote, img')) {
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          if (rect.bottom > box.bottom - 40 || rect.right > box.right + 1 || rect.top < box.top || rect.left < box.left) {
            problems.push(`slide ${index + 1}: <${element.tagName.toLowerCase()}> "${(element.textContent ?? '').slice(0, 40)}"`);
            break;
          }
        }
      });
      return problems;
    });
  } finally {
    await page.close();
  }
}

describe('no slide of the example overflows, in every theme', () => {
  const browsers = lazyBrowser({});
  let decks: ReturnType<typeof planDecks>;
  beforeAll(async () => {
    decks = planDecks(buildConference(parseNotes(await readFile(EXAMPLE, 'utf8'), EXAMPLE)), { decks: ['recap', 'session'] });
  });
  afterAll(() => browsers.close());

  for (const themeName of ['recap-light', 'recap-dark']) {
    it(`fits every slide in ${themeName}`, async () => {
      const themes = await loadThemes();
      const marp = createMarp(themes);
      const problems: string[] = [];
      for (const deck of decks) {
        const page = printablePage(marp, renderDeck(deck, { theme: themeName, size: '16:9' }), deck.title);
        expect(page.slides).toBe(deck.slides.length);
        problems.push(...(await overflowingSlides(browsers, page.html)).map((problem) => `${deck.name} ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
});
