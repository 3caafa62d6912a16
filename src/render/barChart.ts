import type { Bar } from '../plan/types.js';

const WIDTH = 1000;
const ROW = 64;
const LABEL_WIDTH = 360;
const MAX_LABEL_CHARS = 26;
/** Colours that read on light and dark slides alike: the chart is an image, so theme variables do not reach it. */
const BAR_COLOUR = '#3b82f6';
const TEXT_COLOUR = '#8b93a7';

/**
 * A horizontal bar chart as standalone SVG markup: one row per bar, its label on the left, its value
 * after the bar. Drawn here rather than by a chart service, so decks build offline.
 */
export function barChart(bars: Bar[]): { svg: string; url: string; width: number; height: number } {
  const most = Math.max(1, ...bars.map((bar) => bar.value));
  const height = Math.max(1, bars.length) * ROW;
  const room = WIDTH - LABEL_WIDTH - 80;
  const rows = bars.map((bar, index) => {
    const y = index * ROW;
    const width = Math.max(4, Math.round((bar.value / most) * room));
    return [
      `<text x="${LABEL_WIDTH - 16}" y="${y + ROW / 2 + 10}" text-anchor="end">${escapeXml(shorten(bar.label))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 10}" width="${width}" height="${ROW - 20}" rx="6" fill="${BAR_COLOUR}"/>`,
      `<text x="${LABEL_WIDTH + width + 14}" y="${y + ROW / 2 + 10}" font-weight="700">${bar.value}</text>`,
    ].join('');
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="DejaVu Sans, Noto Sans, sans-serif" font-size="28" fill="${TEXT_COLOUR}">${rows.join('')}</svg>`;
  // A CSS `url()` for a Marp background-image directive: no raw HTML in the deck.
  return { svg, url: `url('data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}')`, width: WIDTH, height };
}

function shorten(label: string): string {
  return label.length <= MAX_LABEL_CHARS ? label : `${label.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}
