import type { Deck, Slide, SlideItem } from '../plan/types.js';
import { barChart, type ChartColours } from './barChart.js';
import { escapeAngles } from './escapeAngles.js';

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
    // Marp reads the footer as Markdown; the title and author are plain data.
    `footer: ${yamlString(markdownLine(deck.kind === 'recap' ? deck.meta.conference : `${deck.meta.conference} · ${deck.title}`))}`,
    '---',
  ].join('\n');
  return `${frontMatter}\n\n${deck.slides.map((slide) => renderSlide(slide, options.chartColours)).join('\n\n---\n\n')}\n`;
}

/** Layouts whose slides stand alone: no page number, no footer. */
const BARE_LAYOUTS = new Set(['title', 'divider', 'session']);

export function renderSlide(slide: Slide, chartColours?: ChartColours): string {
  const directives = [`<!-- _class: ${slide.layout} -->`];
  if (BARE_LAYOUTS.has(slide.layout)) directives.push('<!-- _paginate: false -->', "<!-- _footer: '' -->");
  if (slide.header) directives.push(`<!-- _header: ${yamlString(markdownLine(slide.header))} -->`);
  if (slide.chart.length > 0) {
    // The chart sits in the slide's lower part, under the title and the numbers in words, at most 880 × 380 px.
    const chart = barChart(slide.chart, chartColours);
    const width = Math.min(880, Math.floor((380 * chart.width) / chart.height));
    directives.push(
      `<!-- _backgroundImage: "${chart.url}" -->`,
      `<!-- _backgroundSize: "${width}px auto" -->`,
      '<!-- _backgroundPosition: "center bottom 120px" -->',
    );
  }

  const heading = BARE_LAYOUTS.has(slide.layout) ? '#' : '##';
  const parts = [directives.join('\n'), `${heading} ${markdownLine(slide.title)}`];
  if (slide.subtitle.length > 0) parts.push(slide.subtitle.map(markdownLine).join('  \n'));
  if (slide.items.length > 0) parts.push(renderItems(slide.items, slide.ordered, '', slide.start));
  // Columns are captions and lists in order; the themes place them side by side.
  for (const column of slide.columns)
    parts.push(`**${markdownLine(column.caption)}**`, renderItems(column.items, false, ''));
  if (slide.body) parts.push(escapeAngles(slide.body));
  if (slide.link) parts.push(`[${escapeAngles(slide.link.text)}](${encodeURI(slide.link.href)})`);
  if (slide.notes.length > 0) parts.push(renderNotes(slide.notes));
  return parts.join('\n\n');
}

/** Bullets with nesting kept; `indent` is the column the list starts at. */
function renderItems(items: SlideItem[], ordered: boolean, indent: string, start = 1): string {
  return items
    .map((item, index) => {
      const marker = ordered ? `${start + index}.` : '-';
      const pad = indent + ' '.repeat(marker.length + 1);
      const lines = [`${indent}${marker} ${indentLines(escapeAngles(item.markdown), pad)}`];
      for (const block of item.blocks) lines.push('', `${pad}${indentLines(escapeAngles(block), pad)}`);
      if (item.children.length > 0) lines.push(renderItems(item.children, false, pad));
      return lines.join('\n');
    })
    .join('\n');
}

function indentLines(text: string, pad: string): string {
  return text.replace(/\n/g, `\n${pad}`);
}

/**
 * Presenter notes are an HTML comment: a `--` sequence inside would end it early, and Marp takes
 * a comment whose text YAML reads as a mapping (`key: value`, `{key: value}`, `? key`, ...) as
 * directives. A first line of one zero-width space makes every YAML reading of the text a plain
 * scalar or an error (a mapping key cannot span lines, a second document is refused), so notes
 * stay notes whatever they say.
 */
export function renderNotes(notes: string[]): string {
  return `<!--\n${NOTES_GUARD}\n${notes.join('\n\n').replace(/--/g, '‑‑')}\n-->`;
}

const NOTES_GUARD = '\u200B';

/** Titles must stay on one line to remain a heading. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** One line of Markdown (a title, a caption, the footer) with no `<` that Marp could read as markup. */
function markdownLine(text: string): string {
  return escapeAngles(oneLine(text));
}

/**
 * A double-quoted YAML string that is also safe inside an HTML comment directive: `--` and `<`
 * escaped, so no front-matter string carries a comment.
 */
function yamlString(text: string): string {
  return JSON.stringify(oneLine(text)).replace(/--/g, '-\\u002d').replace(/</g, '\\u003c');
}
