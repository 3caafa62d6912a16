import { sliceCode } from './sliceCode.js';
import { textFrame, textWidth, type TextFrame } from './textFrame.js';
import type { SlideItem } from './types.js';

/** The frame of a 16:9 slide with 30 px bullets: what callers get when they name none. */
const WIDE_FRAME = textFrame();
/** Lines of bullet text a 16:9 slide holds under a one-line title. */
export const LINES_PER_SLIDE = WIDE_FRAME.lines;
/** Characters each nesting level costs in indent. */
const INDENT_CHARS = 4;
/** Words wrap before the line is full: a line holds this share of its characters on average. */
const WRAP_FILL = 0.92;
const BOLD_EXTRA = 0.15;
/** Each item's margins take about this part of a line. */
const ITEM_MARGIN_LINES = 0.15;
/** A picture in a bullet is at most 240 px tall (see the themes' `li img`): about six lines. */
const IMAGE_LINES = 6;
/** A code line is 27 px against 42 px of text; a code block's padding takes most of a line. */
const CODE_LINE_LINES = 0.65;
const CODE_PADDING_LINES = 0.8;

/** Text as displayed: link targets, emphasis marks and code ticks take no room on the slide. */
export function displayText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lines `markdown` wraps to on lines of `chars` characters. */
function wrappedLines(markdown: string, chars: number): number {
  const images = markdown.match(/!\[[^\]]*\]\([^)]*\)/g)?.length ?? 0;
  const text = displayText(markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
  // Bold letters are wider than regular ones (DejaVu Sans Bold: about a seventh).
  const bold = [...markdown.matchAll(/\*\*([^*]+)\*\*|__([^_]+)__/g)].reduce((sum, match) => sum + displayText(match[1] ?? match[2]!).length, 0);
  const lines = text ? Math.ceil((textWidth(text) + bold * BOLD_EXTRA) / (chars * WRAP_FILL)) : 0;
  return Math.max(images > 0 ? 0 : 1, lines) + images * IMAGE_LINES;
}

/** Body lines left under a title of this length. */
export function bodyLines(title: string, frame: TextFrame = WIDE_FRAME): number {
  const titleLines = Math.ceil(textWidth(displayText(title)) / frame.titleChars);
  // A title line is 48 px against 42 px of body text (measured: a three-line title leaves 404 px of 500).
  return frame.lines - Math.round(Math.max(0, titleLines - 1) * (48 / 42));
}

/** A fenced code block: its fence, info string and code. */
const FENCED_CODE = /^(`{3,}|~{3,})([^\n]*)\n([\s\S]*?)\n?\1\s*$/;

/** Code characters a line holds where body text holds `chars` (indented code loses the same width). */
function codeCharsAt(chars: number, frame: TextFrame): number {
  return Math.max(20, frame.codeChars - (frame.chars - chars));
}

/** Estimated lines a block nested in an item takes: code wraps at its own width, text at the item's. */
export function blockLines(block: string, chars: number, frame: TextFrame = WIDE_FRAME): number {
  const fence = FENCED_CODE.exec(block);
  if (!fence) return wrappedLines(block, chars) + ITEM_MARGIN_LINES;
  const codeChars = codeCharsAt(chars, frame);
  const lines = fence[3]!.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / codeChars)), 0);
  return lines * CODE_LINE_LINES + CODE_PADDING_LINES;
}

/** Estimated lines an item takes, children and nested blocks included. */
export function itemLines(item: SlideItem, depth = 0, frame: TextFrame = WIDE_FRAME): number {
  const chars = Math.max(12, frame.chars - depth * INDENT_CHARS);
  const own = wrappedLines(item.markdown, chars) + ITEM_MARGIN_LINES;
  const blocks = item.blocks.reduce((sum, block) => sum + blockLines(block, chars, frame), 0);
  return own + blocks + item.children.reduce((sum, child) => sum + itemLines(child, depth + 1, frame), 0);
}

/**
 * Splits bullets over slides of at most `budget` lines. A parent stays with its first children;
 * a parent too long for one slide continues on the next with its text repeated and "(cont.)".
 */
export function paginateItems(items: SlideItem[], budget = LINES_PER_SLIDE, depth = 0, frame: TextFrame = WIDE_FRAME): SlideItem[][] {
  const pages: SlideItem[][] = [];
  let page: SlideItem[] = [];
  let used = 0;
  const flush = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const item of items.flatMap((entry) => splitOversized(entry, budget, depth, frame))) {
    const lines = itemLines(item, depth, frame);
    if (used + lines > budget) flush();
    page.push(item);
    used += lines;
  }
  flush();
  return pages;
}

/**
 * Pages as even as the items allow: the smallest budget that needs no more pages than the full one,
 * so a list of twelve is two slides of six, not ten and a lonely two on a "(cont.)" slide.
 */
export function balancedPages(items: SlideItem[], budget = LINES_PER_SLIDE, frame: TextFrame = WIDE_FRAME): SlideItem[][] {
  const pages = paginateItems(items, budget, 0, frame);
  if (pages.length < 2) return pages;
  let low = 0;
  let high = budget;
  // Bisection to a tenth of a line or so; `high` always needs no more pages than the full budget.
  for (let step = 0; step < 7; step++) {
    const middle = (low + high) / 2;
    if (paginateItems(items, middle, 0, frame).length <= pages.length) high = middle;
    else low = middle;
  }
  return paginateItems(items, high, 0, frame);
}

/** An item taller than a slide becomes several: the parent repeated over slices of its children. */
function splitOversized(item: SlideItem, budget: number, depth: number, frame: TextFrame): SlideItem[] {
  if (itemLines(item, depth, frame) <= budget) return [item];
  const pieces = splitTallBlocks(item, budget, depth, frame);
  if (pieces.length > 1) return pieces.flatMap((piece) => splitOversized(piece, budget, depth, frame));
  if (item.children.length <= 1) return [item];
  const head = itemLines({ ...item, children: [] }, depth, frame);
  // Children sit one level deeper than their parent, where a line holds fewer characters.
  const slices = paginateItems(item.children, Math.max(2, budget - head), depth + 1, frame);
  return slices.map((children, index) => ({
    markdown: index === 0 ? item.markdown : `${item.markdown} *(cont.)*`,
    children,
    blocks: index === 0 ? item.blocks : [],
    ...(index > 0 && { continues: true }),
  }));
}

/**
 * An item whose own text and code blocks are taller than a slide: the code continues in "(cont.)"
 * items, a slice of lines each; the children follow the last slice.
 */
function splitTallBlocks(item: SlideItem, budget: number, depth: number, frame: TextFrame): SlideItem[] {
  const chars = Math.max(12, frame.chars - depth * INDENT_CHARS);
  const own = wrappedLines(item.markdown, chars) + ITEM_MARGIN_LINES;
  const room = budget - own;
  const tallIndex = item.blocks.findIndex((block) => blockLines(block, chars, frame) > room);
  const fence = tallIndex === -1 ? null : FENCED_CODE.exec(item.blocks[tallIndex]!);
  if (!fence) return [item];
  const [, marks, info, code] = fence;
  const codeChars = codeCharsAt(chars, frame);
  const capacity = Math.max(2, (room - CODE_PADDING_LINES) / CODE_LINE_LINES);
  const slices = sliceCode(code!, capacity, codeChars);
  const before = item.blocks.slice(0, tallIndex);
  const after = item.blocks.slice(tallIndex + 1);
  return slices.map((slice, index) => {
    const first = index === 0;
    const last = index === slices.length - 1;
    const block = `${marks}${info}\n${slice}\n${marks}`;
    return {
      markdown: first ? item.markdown : `${item.markdown} *(cont.)*`,
      children: last ? item.children : [],
      blocks: [...(first ? before : []), block, ...(last ? after : [])],
      ...(!first && { continues: true }),
    };
  });
}
