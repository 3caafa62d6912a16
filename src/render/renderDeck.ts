import type { Deck, Slide, SlideItem } from '../plan/types.js';
import { barChart, type ChartColours } from './barChart.js';

export interface RenderOptions {
  theme: string;
  size: '16:9' | '4:3';
  /** The theme's colours for the "at a glance" chart; recap-light's when not given. */
  chartColours?: ChartColours;
}

/** Pure: a deck → Marp Markdown that Marp's own tools open unchanged. */
export function renderDeck(deck: Deck, options: RenderOptions): string {
  const frontMatter = [
    '---',
    'marp: true',
    `theme: ${options.theme}`,
    'paginate: true',
    `size: ${options.size}`,
    `title: ${yamlString(deck.title)}`,
    ...(deck.meta.authors.length > 0 ? [`author: ${yamlString(deck.meta.authors.join(', '))}`] : []),
    `footer: ${yamlString(deck.kind === 'recap' ? deck.meta.conference : `${deck.meta.conference} · ${deck.title}`)}`,
    '---',
  ].join('\n');
  return `${frontMatter}\n\n${deck.slides.map((slide) => renderSlide(slide, options.chartColours)).join('\n\n---\n\n')}\n`;
}

/** Layouts whose slides stand alone: no page number, no footer. */
const BARE_LAYOUTS = new Set(['title', 'divider', 'session']);

export function renderSlide(slide: Slide, chartColours?: ChartColours): string {
  const directives = [`<!-- _class: ${slide.layout} -->`];
  if (BARE_LAYOUTS.has(slide.layout)) directives.push('<!-- _paginate: false -->', "<!-- _footer: '' -->");
  if (slide.header) directives.push(`<!-- _header: ${yamlString(slide.header)} -->`);
  if (slide.chart.length > 0) {
    // The chart sits in the slide's lower part, under the title and the numbers in words, at most 880 × 380 px.
    const chart = barChart(slide.chart, chartColours);
    const width = Math.min(880, Math.floor((380 * chart.width) / chart.height));
    directives.push(`<!-- _backgroundImage: "${chart.url}" -->`, `<!-- _backgroundSize: "${width}px auto" -->`, '<!-- _backgroundPosition: "center bottom 120px" -->');
  }

  const heading = BARE_LAYOUTS.has(slide.layout) ? '#' : '##';
  const parts = [directives.join('\n'), `${heading} ${oneLine(slide.title)}`];
  if (slide.subtitle.length > 0) parts.push(slide.subtitle.map(oneLine).join('  \n'));
  if (slide.items.length > 0) parts.push(renderItems(slide.items, slide.ordered, '', slide.start));
  // Columns are captions and lists in order; the themes place them side by side.
  for (const column of slide.columns) parts.push(`**${oneLine(column.caption)}**`, renderItems(column.items, false, ''));
  if (slide.body) parts.push(slide.body);
  if (slide.link) parts.push(`[${slide.link.text}](${encodeURI(slide.link.href)})`);
  if (slide.notes.length > 0) parts.push(renderNotes(slide.notes));
  return parts.join('\n\n');
}

/** Bullets with nesting kept; `indent` is the column the list starts at. */
function renderItems(items: SlideItem[], ordered: boolean, indent: string, start = 1): string {
  return items
    .map((item, index) => {
      const marker = ordered ? `${start + index}.` : '-';
      const pad = indent + ' '.repeat(marker.length + 1);
      const lines = [`${indent}${marker} ${indentLines(item.markdown, pad)}`];
      for (const block of item.blocks) lines.push('', `${pad}${indentLines(block, pad)}`);
      if (item.children.length > 0) lines.push(renderItems(item.children, false, pad));
      return lines.join('\n');
    })
    .join('\n');
}

function indentLines(text: string, pad: string): string {
  return text.replace(/\n/g, `\n${pad}`);
}

/**
 * Presenter notes are an HTML comment: a `--` sequence inside would end it early, and a comment
 * that reads as `key: value` is taken by Marp as a directive; a zero-width space before the
 * first key keeps such prose a note.
 */
function renderNotes(notes: string[]): string {
  const text = notes.join('\n\n').replace(/--/g, '‑‑');
  return `<!--\n${/^[\w$-]+\s*:/.test(text) ? `\u200B${text}` : text}\n-->`;
}

/** Titles must stay on one line to remain a heading. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** A double-quoted YAML string that is also safe inside an HTML comment directive (`--` escaped). */
function yamlString(text: string): string {
  return JSON.stringify(oneLine(text)).replace(/--/g, '-\\u002d');
}
