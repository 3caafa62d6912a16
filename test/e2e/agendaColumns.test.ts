import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { runCli, tempDir } from '../support/cli.js';

/** Notes of one day with `count` talks, each with a point (so each has a slide the agenda links to). */
function notes(count: number): string {
  const talks = Array.from({ length: count }, (_, index) => `## Talk number ${index + 1} - Jane Roe\n\n- A point\n`);
  return `# Columns Conf 2024\n\n${talks.join('\n')}`;
}

/**
 * The agenda of one day's talks reads down one column while it is short (six entries or fewer), in two
 * balanced columns past that: two entries side by side looked like two half-empty columns (seen 135, 141, 145).
 * Measured in Chromium, from the entries' left edges.
 */
describe('the agenda in one or two columns (real Chromium)', () => {
  const browsers = lazyBrowser({});
  let out: string;

  beforeAll(async () => {
    out = await tempDir('recapdeck-agenda-');
    for (const count of [2, 6, 7]) {
      const file = join(out, `columns-${count}.md`);
      await writeFile(file, notes(count));
      const result = await runCli(['build', file, '-o', out, '--format', 'html', '--quiet']);
      expect(result.code, result.stderr).toBe(0);
    }
  });
  afterAll(() => browsers.close());

  /** The distinct left edges of the agenda's entries: one per column. */
  async function columnsOf(count: number): Promise<number> {
    const page = await (await browsers.get()).newPage();
    try {
      await page.goto(`${pathToFileURL(join(out, `columns-${count}`, 'recap.html')).href}#2`, { waitUntil: 'load' });
      const lefts = await page.evaluate(() =>
        [...document.querySelectorAll('section.agenda li')].map((entry) =>
          Math.round(entry.getBoundingClientRect().left),
        ),
      );
      expect(lefts).toHaveLength(count);
      return new Set(lefts).size;
    } finally {
      await page.close();
    }
  }

  it.each([
    [2, 1],
    [6, 1],
    [7, 2],
  ])('%i entries in %i column(s)', async (count, columns) => {
    expect(await columnsOf(count)).toBe(columns);
  });
});
