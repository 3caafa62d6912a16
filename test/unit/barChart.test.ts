import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barChart, DEFAULT_CHART_COLOURS } from '../../src/render/barChart.js';
import { themeChartColours } from '../../src/render/themeColours.js';
import { ROOT } from '../support/cli.js';

/** Where the labels' right edge sits (label column + gap): the x of the first label. */
const labelEdge = (label: string) => Number(/<text x="(\d+)"/.exec(barChart([{ label, value: 1 }]).svg)![1]);
/** The label as drawn. */
const drawnLabel = (label: string) => /text-anchor="end">([^<]*)</.exec(barChart([{ label, value: 1 }]).svg)![1];

describe('barChart', () => {
  it('draws each row at its place: label, bar in proportion to the largest value, value after it', () => {
    const colours = { bar: '#111111', text: '#222222' };
    const { svg, width, height, url } = barChart(
      [
        { label: 'A', value: 10 },
        { label: 'B', value: 5 },
      ],
      colours,
    );
    // "A" is 0.8 em of 28 px: a label column of 23 px, bars from 23 + 2 × 16, 1000 − 55 − 80 px for the longest.
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 128" width="1000" height="128" ' +
        'font-family="DejaVu Sans, Noto Sans, sans-serif" font-size="28" fill="#222222" role="img"><title>A: 10, B: 5</title>' +
        '<text x="39" y="42" text-anchor="end">A</text><rect x="55" y="10" width="865" height="44" rx="6" fill="#111111"/>' +
        '<text x="934" y="42" font-weight="700">10</text>' +
        '<text x="39" y="106" text-anchor="end">B</text><rect x="55" y="74" width="433" height="44" rx="6" fill="#111111"/>' +
        '<text x="502" y="106" font-weight="700">5</text></svg>',
    );
    expect([width, height]).toEqual([1000, 128]);
    expect(url).toBe(`url('data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}')`);
  });

  it('keeps a row high and bars measured against at least 1 when there is nothing to draw', () => {
    const empty = barChart([]);
    expect(empty.height).toBe(64);
    expect(empty.svg).toContain('viewBox="0 0 1000 64"');
    expect(empty.svg).toContain('<title></title></svg>');
    // Values under 1 are drawn against 1, not stretched to the full width: half of 1000 − 51 − 80 px.
    const small = barChart([{ label: 'a', value: 0.5 }]).svg;
    expect(small).toContain('width="435"');
  });

  it('measures labels by kind of character, never narrower than DejaVu Sans draws them', () => {
    // 28 px × 1.02 (wide), 0.8 (capitals), 0.42 (narrow), 0.66 (the rest), rounded up, plus the 16 px gap.
    for (const wide of ['W', 'M', 'm', 'w', '@', '%', '—', '漢', '😀']) expect(labelEdge(wide), wide).toBe(45);
    for (const capital of ['A', 'Z', 'É']) expect(labelEdge(capital), capital).toBe(39);
    for (const narrow of ['.', ',', ':', ';', '!', '|', "'", '(', ')', '[', ']', 'i', 'l', 'j', '\t'])
      expect(labelEdge(narrow), narrow).toBe(28);
    for (const other of ['a', 'z', '0', '-', 'é']) expect(labelEdge(other), other).toBe(35);
    expect(labelEdge('Wa')).toBe(Math.ceil((1.02 + 0.66) * 28) + 16);
  });

  it('shortens a label wider than 520 px with "…", dropping a space it would end on', () => {
    // 28 × 0.66 em = 18.48 px a letter: 28 letters (517 px) fit, 29 do not; 27 and "…" do.
    expect(drawnLabel('a'.repeat(28))).toBe('a'.repeat(28));
    expect(drawnLabel('a'.repeat(29))).toBe(`${'a'.repeat(27)}…`);
    expect(drawnLabel(`${'a'.repeat(26)} bbbb`)).toBe(`${'a'.repeat(26)}…`);
    // The title keeps the label whole.
    expect(barChart([{ label: 'a'.repeat(29), value: 1 }]).svg).toContain(`<title>${'a'.repeat(29)}: 1</title>`);
  });

  it('escapes labels in the title as in the rows', () => {
    expect(barChart([{ label: '<b>&"', value: 2 }]).svg).toContain('<title>&lt;b&gt;&amp;&quot;: 2</title>');
  });

  it("draws in recap-light's accent and muted text when given no colours", () => {
    const light = readFileSync(join(ROOT, 'themes/recap-light.css'), 'utf8');
    expect(DEFAULT_CHART_COLOURS).toEqual(themeChartColours(light, () => undefined));
    expect(barChart([{ label: 'a', value: 1 }]).svg).toMatch(/fill="#5d6475".*fill="#2563eb"/);
  });

  it('takes only plain colour values, trimmed, and the defaults for anything else', () => {
    const fills = (bar: string, text: string) => {
      const { svg } = barChart([{ label: 'a', value: 1 }], { bar, text });
      return [/<rect [^>]*fill="([^"]*)"/.exec(svg)![1], /^<svg [^>]*fill="([^"]*)"/.exec(svg)![1]];
    };
    expect(fills(' #ABC ', 'rebeccapurple')).toEqual(['#ABC', 'rebeccapurple']);
    expect(fills('#12345678', 'rgba(1, 2, 3, 50%)')).toEqual(['#12345678', 'rgba(1, 2, 3, 50%)']);
    expect(fills('hsl(10 20% 30% / .5)', 'rgb(0,0,0)')).toEqual(['hsl(10 20% 30% / .5)', 'rgb(0,0,0)']);
    const defaults = [DEFAULT_CHART_COLOURS.bar, DEFAULT_CHART_COLOURS.text];
    for (const bad of ['#12', '#123456789', 'red" onload="x', 'x red', 'url(x)', 'rgb(1;2)', 'red;}', ''])
      expect(fills(bad, bad), bad).toEqual(defaults);
  });
});

describe('themeChartColours', () => {
  const none = () => undefined;

  it("takes a theme's last --accent and --muted, trimmed, up to ; or }", () => {
    expect(themeChartColours('section { --accent: #111; --muted :  #222 }', none)).toEqual({
      bar: '#111',
      text: '#222',
    });
    expect(themeChartColours(':root{--accent:#111;--accent: #333 ;--muted:#444}', none)).toEqual({
      bar: '#333',
      text: '#444',
    });
  });

  it('falls back to the theme it imports, however the import is written, then to the defaults', () => {
    const themes: Record<string, string> = { base: '--accent: #aaa; --muted: #bbb;' };
    const cssOf = (name: string) => themes[name];
    for (const line of ["@import 'base';", '@import  "base";', '@import url(base);', "@import\turl('base');"])
      expect(themeChartColours(`${line} --muted: #ccc;`, cssOf), line).toEqual({ bar: '#aaa', text: '#ccc' });
    expect(themeChartColours("@import 'missing'; --accent: #ddd;", cssOf)).toEqual({
      bar: '#ddd',
      text: DEFAULT_CHART_COLOURS.text,
    });
    expect(themeChartColours('', cssOf)).toEqual(DEFAULT_CHART_COLOURS);
  });

  it('follows imports five themes deep, no further, so a theme importing itself ends', () => {
    // t0 imports t1 … t6; only the last named theme declares its colours.
    const chain = (last: number) => (name: string) => {
      const index = Number(name.slice(1));
      return index === last ? '--accent: #123; --muted: #456;' : `@import 't${index + 1}';`;
    };
    expect(themeChartColours("@import 't1';", chain(5))).toEqual({ bar: '#123', text: '#456' });
    expect(themeChartColours("@import 't1';", chain(6))).toEqual(DEFAULT_CHART_COLOURS);
    expect(themeChartColours("@import 'self';", () => "@import 'self';")).toEqual(DEFAULT_CHART_COLOURS);
  });
});
