import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/render/barChart.js';
import { themeChartColours } from '../../src/render/themeColours.js';
import { ROOT } from '../support/cli.js';

const THEMES = ['recap-light', 'recap-dark', 'recap-poster'];

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = hex
    .slice(1)
    .match(/../g)!
    .map((part) => parseInt(part, 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A theme's CSS after recap-light's, which it imports: the later declaration wins, as in the cascade. */
function themeCss(name: string): string {
  const own = readFileSync(join(ROOT, 'themes', `${name}.css`), 'utf8');
  return name === 'recap-light' ? own : readFileSync(join(ROOT, 'themes/recap-light.css'), 'utf8') + own;
}

/** The last value of `property` in a rule whose selector list includes `selector`, with var() resolved from `section`. */
function valueOf(css: string, selector: string, property: string): string {
  let value: string | null = null;
  for (const [, selectors, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{};]+)\{([^}]*)\}/g)) {
    if (
      !selectors!
        .split(',')
        .map((each) => each.trim())
        .includes(selector)
    )
      continue;
    const found = new RegExp(`(?:^|[;\\s])${property}\\s*:\\s*([^;]+)`).exec(body!);
    if (found) value = found[1]!.trim();
  }
  if (value === null) throw new Error(`no ${property} for ${selector}`);
  const variable = /^var\((--[\w-]+)\)$/.exec(value);
  return variable ? valueOf(css, 'section', variable[1]!) : value;
}

describe('theme colours reach WCAG AA (4.5:1) for text under 24 px', () => {
  it.each(THEMES)('%s', (name) => {
    const css = themeCss(name);
    const bg = valueOf(css, 'section', '--bg');
    const pairs: [string, string, string][] = [
      ['body text', valueOf(css, 'section', '--fg'), bg],
      ['muted text (header, footer, page number, captions)', valueOf(css, 'section', '--muted'), bg],
      ["accent text (links; recap-poster's header)", valueOf(css, 'section', '--accent'), bg],
      ['compare captions', valueOf(css, 'section', '--fg'), valueOf(css, 'section', '--accent-soft')],
      ['divider subtitle', valueOf(css, 'section.divider p', 'color'), valueOf(css, 'section.divider', 'background')],
    ];
    const below = pairs
      .map(([what, text, background]) => `${what}: ${text} on ${background} = ${contrast(text, background).toFixed(2)}`)
      .filter((line) => Number(line.split('= ')[1]) < 4.5);
    expect(below).toEqual([]);
  });
});

describe('the "At a glance" chart labels reach WCAG AA (4.5:1) on the slide they are drawn on', () => {
  const cssOf = (name: string) => readFileSync(join(ROOT, 'themes', `${name}.css`), 'utf8');

  // The chart's 28 px type is drawn at most 880 px wide of its 1,000: under 24 px, so 4.5:1 applies (bold values too, under 18.7 px).
  it.each(THEMES)('%s', (name) => {
    // The colours a build gives the chart (src/pipeline/renderDecks.ts), and the SVG it draws with them.
    const { svg } = barChart(
      [
        { label: 'Day 1', value: 5 },
        { label: 'Replays', value: 3 },
      ],
      themeChartColours(cssOf(name), cssOf),
    );
    const labels = /^<svg [^>]*fill="([^"]+)"/.exec(svg)![1]!;
    // Labels and values take the SVG's fill: no text is given a colour of its own.
    expect(svg).not.toMatch(/<text [^>]*fill=/);
    const css = themeCss(name);
    // The chart is the glance slide's background image, over the slide's own background.
    expect(css).not.toMatch(/section\.glance[^{]*\{[^}]*background(?:-color)?\s*:/);
    const background = valueOf(css, 'section', '--bg');
    expect(contrast(labels, background), `${labels} on ${background}`).toBeGreaterThanOrEqual(4.5);
  });
});
