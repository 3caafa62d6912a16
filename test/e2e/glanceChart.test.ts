import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { barChart } from '../../src/render/barChart.js';
import { EXAMPLE, runCli, tempDir } from '../support/cli.js';

/** The "at a glance" chart of a recap.md: the SVG in its background-image directive. */
function chartOf(markdown: string): string {
  const encoded = /_backgroundImage: "url\('data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)'\)"/.exec(markdown)![1]!;
  return Buffer.from(encoded, 'base64').toString('utf8');
}

describe('the "at a glance" chart (real Chromium)', () => {
  it('never cuts a label: every text lies inside the picture, however long the day names', async () => {
    const labels = [
      'Friday 2017-12-08 (Hectic day at the venue, keynotes)',
      'Day 1',
      'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW',
      '第二天：云原生与服务网格的实践分享会议',
      'Replays',
    ];
    const { svg, width, height } = barChart(labels.map((label, index) => ({ label, value: index * 3 })));
    const browsers = lazyBrowser({});
    try {
      const page = await (await browsers.get()).newPage();
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
      const boxes = await page.$$eval('text', (texts) =>
        texts.map((text) => {
          const box = (text as SVGTextElement).getBBox();
          return { text: text.textContent, left: box.x, right: box.x + box.width };
        }),
      );
      expect(boxes).toHaveLength(labels.length * 2);
      for (const box of boxes) {
        expect(box.left, box.text!).toBeGreaterThanOrEqual(0);
        expect(box.right, box.text!).toBeLessThanOrEqual(width);
      }
      // Labels end before the bars start.
      const barsFrom = Number(/<rect x="(\d+)"/.exec(svg)![1]);
      for (const box of boxes.filter((_, index) => index % 2 === 0))
        expect(box.right, box.text!).toBeLessThanOrEqual(barsFrom);
      expect(height).toBe(labels.length * 64);
    } finally {
      await browsers.close();
    }
  });

  it('draws in the theme’s colours and tells its numbers in words', async () => {
    const out = await tempDir();
    const colours = { 'recap-light': '#2563eb', 'recap-dark': '#5eead4', 'recap-poster': '#b83a12' };
    for (const [theme, accent] of Object.entries(colours)) {
      const result = await runCli([
        'build',
        EXAMPLE,
        '-o',
        join(out, theme),
        '--theme',
        theme,
        '--decks',
        'recap',
        '--format',
        'md',
      ]);
      expect(result.code, result.stderr).toBe(0);
      const markdown = await readFile(join(out, theme, 'kubecon-eu-2021/recap.md'), 'utf8');
      const svg = chartOf(markdown);
      expect(
        svg.match(/<rect [^>]*fill="([^"]+)"/g)!.every((rect) => rect.includes(`fill="${accent}"`)),
        theme,
      ).toBe(true);
      expect(svg).toContain('<title>5 May: 5, 6 May: 4, 7 May: 4, Replays: 3</title>');
      const glance = markdown.slice(markdown.lastIndexOf('_class: glance'));
      expect(glance).toContain('- 5 May: 5 sessions\n- 6 May: 4 sessions\n- 7 May: 4 sessions\n- Replays: 3 sessions');
    }
  });
});
