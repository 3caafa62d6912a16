import { textWidth } from '../plan/textFrame.js';
import type { Bar } from '../plan/types.js';
import { escapeHtml } from '../escapeHtml.js';
import { shortenToFit } from '../shortenToFit.js';

/** The chart's colours: bars in the theme's accent, labels and values in its muted text colour. */
export interface ChartColours {
  bar: string;
  text: string;
}

/** recap-light's accent and muted text: the colours of a chart whose theme says nothing. */
export const DEFAULT_CHART_COLOURS: ChartColours = { bar: '#2563eb', text: '#5d6475' };

const WIDTH = 1000;
const ROW = 64;
const FONT_PX = 28;
/** Labels take at most this much of the width; a longer one is shortened with "…". */
const MAX_LABEL_PX = 520;
const GAP = 16;
/** Room after the longest bar for its value. */
const VALUE_ROOM = 80;

/**
 * A horizontal bar chart as standalone SVG markup: one row per bar, its label on the left, its value
 * after the bar. Drawn here rather than by a chart service, so decks build offline. The label column
 * is as wide as the longest label, so no label runs off the left edge.
 */
export function barChart(
  bars: Bar[],
  colours: ChartColours = DEFAULT_CHART_COLOURS,
): { svg: string; url: string; width: number; height: number } {
  const { bar: barColour, text: textColour } = safeColours(colours);
  // Stryker disable next-line EqualityOperator: no label is exactly 520 px (a sum of 28 × 0.42, 0.66, 0.8 or 1.02)
  const labels = bars.map((bar) => shortenToFit(bar.label, (shown) => labelWidth(shown) <= MAX_LABEL_PX));
  const labelPx = Math.ceil(Math.max(0, ...labels.map(labelWidth)));
  const barsFrom = labelPx + 2 * GAP;
  const most = Math.max(1, ...bars.map((bar) => bar.value));
  const height = Math.max(1, bars.length) * ROW;
  const room = WIDTH - barsFrom - VALUE_ROOM;
  const rows = bars.map((bar, index) => {
    const y = index * ROW;
    const width = Math.max(4, Math.round((bar.value / most) * room));
    return [
      `<text x="${labelPx + GAP}" y="${y + ROW / 2 + 10}" text-anchor="end">${escapeHtml(labels[index]!)}</text>`,
      `<rect x="${barsFrom}" y="${y + 10}" width="${width}" height="${ROW - 20}" rx="6" fill="${barColour}"/>`,
      `<text x="${barsFrom + width + 14}" y="${y + ROW / 2 + 10}" font-weight="700">${bar.value}</text>`,
    ].join('');
  });
  const title = bars.map((bar) => `${bar.label}: ${bar.value}`).join(', ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="DejaVu Sans, Noto Sans, sans-serif" font-size="${FONT_PX}" fill="${textColour}" role="img"><title>${escapeHtml(title)}</title>${rows.join('')}</svg>`;
  // A CSS `url()` for a Marp background-image directive: no raw HTML in the deck.
  return { svg, url: `url('data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}')`, width: WIDTH, height };
}

/**
 * A label's width at FONT_PX, never less than it renders in DejaVu Sans (the widest of the themes'
 * fonts), so a right-aligned label never runs off the left edge: advances rounded up by kind of character.
 */
function labelWidth(label: string): number {
  return [...label].reduce((sum, char) => sum + charEm(char), 0) * FONT_PX;
}

function charEm(char: string): number {
  if (textWidth(char) > 1) return 1.02;
  if (/[WMmw@%—]/.test(char)) return 1.02;
  if (/[A-Z]/.test(char) || /\p{Lu}/u.test(char)) return 0.8;
  if (/[\s.,:;!|'()[\]ilj]/.test(char)) return 0.42;
  return 0.66;
}

/** Only plain colour values reach the SVG's attributes: a theme's CSS is not trusted to be well-formed. */
function safeColours(colours: ChartColours): ChartColours {
  const plain = (value: string, fallback: string) =>
    /^(?:#[0-9a-f]{3,8}|[a-z]+|(?:rgb|hsl)a?\([\d\s.,%/]+\))$/i.test(value.trim()) ? value.trim() : fallback;
  return { bar: plain(colours.bar, DEFAULT_CHART_COLOURS.bar), text: plain(colours.text, DEFAULT_CHART_COLOURS.text) };
}
