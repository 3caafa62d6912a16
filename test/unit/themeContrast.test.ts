import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = hex.slice(1).match(/../g)!.map((part) => parseInt(part, 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
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
    if (!selectors!.split(',').map((each) => each.trim()).includes(selector)) continue;
    const found = new RegExp(`(?:^|[;\\s])${property}\\s*:\\s*([^;]+)`).exec(body!);
    if (found) value = found[1]!.trim();
  }
  if (value === null) throw new Error(`no ${property} for ${selector}`);
  const variable = /^var\((--[\w-]+)\)$/.exec(value);
  return variable ? valueOf(css, 'section', variable[1]!) : value;
}

describe('theme colours reach WCAG AA (4.5:1) for text under 24 px', () => {
  it.each(['recap-light', 'recap-dark', 'recap-poster'])('%s', (name) => {
    const css = themeCss(name);
    const bg = valueOf(css, 'section', '--bg');
    const pairs: [string, string, string][] = [
      ['body text', valueOf(css, 'section', '--fg'), bg],
      ['muted text (header, footer, page number, captions)', valueOf(css, 'section', '--muted'), bg],
      ['accent text (links; recap-poster\'s header)', valueOf(css, 'section', '--accent'), bg],
      ['compare captions', valueOf(css, 'section', '--fg'), valueOf(css, 'section', '--accent-soft')],
      ['divider subtitle', valueOf(css, 'section.divider p', 'color'), valueOf(css, 'section.divider', 'background')],
    ];
    const below = pairs.map(([what, text, background]) => `${what}: ${text} on ${background} = ${contrast(text, background).toFixed(2)}`).filter((line) => Number(line.split('= ')[1]) < 4.5);
    expect(below).toEqual([]);
  });
});
