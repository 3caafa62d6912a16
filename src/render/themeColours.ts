import { DEFAULT_CHART_COLOURS, type ChartColours } from './barChart.js';

/**
 * The chart colours a theme declares: its `--accent` and `--muted` custom properties, from its own
 * CSS or, failing that, from the theme it imports (`@import 'recap-light'`). `cssOf` finds a theme's CSS by name.
 */
export function themeChartColours(css: string, cssOf: (name: string) => string | undefined, depth = 0): ChartColours {
  const own = { bar: lastValue(css, '--accent'), text: lastValue(css, '--muted') };
  const imported = /@import\s+(?:url\()?['"]?([\w-]+)['"]?\)?/.exec(css)?.[1];
  const parentCss = imported && depth < 5 ? cssOf(imported) : undefined;
  const parent = parentCss === undefined ? DEFAULT_CHART_COLOURS : themeChartColours(parentCss, cssOf, depth + 1);
  return { bar: own.bar ?? parent.bar, text: own.text ?? parent.text };
}

function lastValue(css: string, property: string): string | null {
  const values = [...css.matchAll(new RegExp(`${property}\\s*:\\s*([^;}]+)`, 'g'))].map((match) => match[1]!.trim());
  return values.at(-1) ?? null;
}
