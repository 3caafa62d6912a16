import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { EXAMPLE, runCli, tempDir } from '../support/cli.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const THEMES = ['recap-light', 'recap-dark', 'recap-poster'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/**
 * axe-core's WCAG 2.1 A and AA rules, run inside the page as Chromium shows it; `extra` adds rules by
 * name (index.html is recapdeck's own page: also its landmarks, which are best practice in axe).
 */
async function violations(page: Page, url: string, extra: string[] = []): Promise<string[]> {
  await page.goto(url, { waitUntil: 'load' });
  // Let the presenter script build its views (the presenter view adds its frame and notes).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  await page.addScriptTag({ content: await readFile(AXE, 'utf8') });
  const found = await page.evaluate(async (rules: string[]) => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }
    ).axe;
    const wcag = (
      await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    ).violations;
    const named =
      rules.length > 0 ? (await axe.run(document, { runOnly: { type: 'rule', values: rules } })).violations : [];
    return [...wcag, ...named];
  }, extra);
  return found.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${url.replace(/^.*\//, '')}: ${violation.id} (${violation.help}) at ${node.target.join(' ')}: ${node.failureSummary}`,
    ),
  );
}

describe('accessibility: axe-core finds no WCAG A/AA violation (real Chromium)', () => {
  const browsers = lazyBrowser({});
  let out: string;

  beforeAll(async () => {
    out = await tempDir('recapdeck-a11y-');
    for (const theme of THEMES) {
      const result = await runCli([
        'build',
        EXAMPLE,
        '-o',
        join(out, theme),
        '--theme',
        theme,
        '--format',
        'html',
        '--quiet',
      ]);
      expect(result.code, result.stderr).toBe(0);
    }
  });
  afterAll(() => browsers.close());

  it.each(THEMES)('in %s: slides of each layout, the presenter view and index.html', async (theme) => {
    const dir = join(out, theme, 'kubecon-eu-2021');
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      decks: { slides: number; files: { html: string } }[];
    };
    const recap = pathToFileURL(join(dir, manifest.decks[0]!.files.html)).href;
    const session = pathToFileURL(join(dir, manifest.decks[1]!.files.html)).href;
    const last = manifest.decks[0]!.slides;
    // Title, agenda, a talk, a talk's content, the slide before the last, "At a glance" (the last; pages count from 1); a session deck; the presenter view.
    const pages = [1, 2, 4, 5, last - 1, last].map((slide) => `${recap}#${slide}`);
    pages.push(`${session}#2`, `${recap}?view=presenter#4`);
    const browser = await browsers.get();
    const page = await browser.newPage();
    // The decks' Content-Security-Policy would refuse the injected axe script.
    await page.setBypassCSP(true);
    try {
      const found: string[] = [];
      for (const url of pages) found.push(...(await violations(page, url)));
      // The last page is "At a glance" (its chart's colours are checked in test/unit/themeContrast.test.ts: axe does not read a background image).
      await page.goto(pages[5]!, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      expect(await page.evaluate(() => document.querySelector('svg.bespoke-marp-active section')?.className)).toContain(
        'glance',
      );
      found.push(
        ...(await violations(page, pathToFileURL(join(dir, 'index.html')).href, ['landmark-one-main', 'region'])),
      );
      expect(found).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
