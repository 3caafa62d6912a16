import { continuedLead } from './continuedLead.js';
import { allClosed, countMarks, noOpenMarks } from './inlineMarks.js';
import { packPieces } from './packPieces.js';
import { sliceCode } from './sliceCode.js';
import { displayText } from './displayText.js';
import { tableHeightPx } from './sliceTable.js';
import { BODY_LINE_PX, textFrame, textWidth, type TextFrame } from './textFrame.js';
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
/** An item with blocks makes a loose list: each paragraph in it gets the themes' 0.6em bottom margin. */
const PARAGRAPH_MARGIN_LINES = 0.45;
/** Quotes are 36 px at 1.35 against 30 px body text at 1.4. */
const QUOTE_SCALE = 36 / 30;
const QUOTE_LINE_LINES = (36 * 1.35) / BODY_LINE_PX;

/**
 * Lines `markdown` wraps to on lines of `chars` characters. Each of its own lines starts a new one:
 * Marp's `breaks` turns every newline in a paragraph into a line break (notes write sub-points so).
 */
function wrappedLines(markdown: string, chars: number): number {
  const key = `${chars}\n${markdown}`;
  const known = WRAPPED.get(key);
  if (known !== undefined) return known;
  const lines = markdown.split('\n').filter((line) => line.trim());
  const wrapped =
    lines.length > 1 ? lines.reduce((sum, line) => sum + lineWraps(line, chars), 0) : lineWraps(markdown, chars);
  if (WRAPPED.size >= MAX_WRAPPED) WRAPPED.clear();
  WRAPPED.set(key, wrapped);
  return wrapped;
}

/**
 * Lines each text wraps to, remembered: pagination measures the same items again for every budget
 * it tries, and `serve` plans every deck again on each save, when most talks are as they were.
 */
const WRAPPED = new Map<string, number>();
const MAX_WRAPPED = 100_000;

/** Lines one line of Markdown wraps to. */
function lineWraps(markdown: string, chars: number): number {
  const images = markdown.match(/!\[[^\]]*\]\([^)]*\)/g)?.length ?? 0;
  const text = displayText(markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
  // Bold letters are wider than regular ones (DejaVu Sans Bold: about a seventh).
  const bold = [...markdown.matchAll(/\*\*([^*]+)\*\*|__([^_]+)__/g)].reduce(
    (sum, match) => sum + displayText(match[1] ?? match[2]!).length,
    0,
  );
  const lines = text ? Math.ceil((textWidth(text) + bold * BOLD_EXTRA) / (chars * WRAP_FILL)) : 0;
  return Math.max(images > 0 ? 0 : 1, lines) + images * IMAGE_LINES;
}

/** Body lines left under a title of this length (fewer where a measured fit found the slide overflowing). */
export function bodyLines(title: string, frame: TextFrame = WIDE_FRAME): number {
  const titleLines = Math.ceil(textWidth(displayText(title)) / frame.titleChars);
  // A title line is 48 px against 42 px of body text (measured: a three-line title leaves 404 px of 500).
  const lines = frame.lines - Math.round(Math.max(0, titleLines - 1) * (48 / 42));
  return lines * (frame.share?.(title) ?? 1);
}

/** A fenced code block: its fence, info string and code. */
const FENCED_CODE = /^(`{3,}|~{3,})([^\n]*)\n([\s\S]*?)\n?\1\s*$/;

/** Code characters a line holds where body text holds `chars` (indented code loses the same width). */
function codeCharsAt(chars: number, frame: TextFrame): number {
  return Math.max(20, frame.codeChars - (frame.chars - chars));
}

/**
 * Estimated lines a block nested in an item takes, at its real height: code wraps at its own width,
 * a table at its columns', a quote in its larger type, a paragraph at the item's width with its margin.
 */
export function blockLines(block: string, chars: number, frame: TextFrame = WIDE_FRAME): number {
  const fence = FENCED_CODE.exec(block);
  if (!fence) {
    if (/^\|.*\n\|?\s*:?-{3,}/.test(block)) return tableHeightPx(block, chars) / BODY_LINE_PX + PARAGRAPH_MARGIN_LINES;
    if (block.startsWith('>'))
      return (
        wrappedLines(block.replace(/^> ?/gm, ''), Math.floor(chars / QUOTE_SCALE)) * QUOTE_LINE_LINES +
        PARAGRAPH_MARGIN_LINES
      );
    return wrappedLines(block, chars) + PARAGRAPH_MARGIN_LINES;
  }
  const codeChars = codeCharsAt(chars, frame);
  const lines = fence[3]!.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / codeChars)), 0);
  return lines * CODE_LINE_LINES + CODE_PADDING_LINES;
}

/** Estimated lines an item takes, children and nested blocks included. */
export function itemLines(item: SlideItem, depth = 0, frame: TextFrame = WIDE_FRAME): number {
  const chars = charsAt(depth, frame);
  const own = ownLines(item, chars);
  const blocks = item.blocks.reduce((sum, block) => sum + blockLines(block, chars, frame), 0);
  return own + blocks + item.children.reduce((sum, child) => sum + itemLines(child, depth + 1, frame), 0);
}

/** Lines an item's own text takes: a paragraph with its margin when blocks follow it (a loose list). */
function ownLines(item: SlideItem, chars: number): number {
  return wrappedLines(item.markdown, chars) + ITEM_MARGIN_LINES + (item.blocks.length > 0 ? PARAGRAPH_MARGIN_LINES : 0);
}

/**
 * Splits bullets over slides of at most `budget` lines. A parent stays with its first children;
 * a parent too long for one slide continues on the next with its text repeated and "(cont.)".
 */
export function paginateItems(
  items: SlideItem[],
  budget = LINES_PER_SLIDE,
  depth = 0,
  frame: TextFrame = WIDE_FRAME,
): SlideItem[][] {
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
export function balancedPages(
  items: SlideItem[],
  budget = LINES_PER_SLIDE,
  frame: TextFrame = WIDE_FRAME,
): SlideItem[][] {
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

/** Whether a text takes one line at `depth`: a continued parent's text over its next slice. */
function oneLineAt(depth: number, frame: TextFrame): (text: string) => boolean {
  const chars = charsAt(depth, frame);
  return (text) => wrappedLines(text, chars) <= 1;
}

/** Characters a line of an item holds at `depth`: each level of indent costs some, never under 12. */
function charsAt(depth: number, frame: TextFrame): number {
  return Math.max(12, frame.chars - depth * INDENT_CHARS);
}

/** An item taller than a slide becomes several: the parent repeated over slices of its children. */
function splitOversized(item: SlideItem, budget: number, depth: number, frame: TextFrame): SlideItem[] {
  if (itemLines(item, depth, frame) <= budget) return [item];
  const sentences = splitLongText(item, budget, depth, frame);
  if (sentences.length > 1) return sentences.flatMap((piece) => splitOversized(piece, budget, depth, frame));
  const pieces = splitTallBlocks(item, budget, depth, frame);
  if (pieces.length > 1) return pieces.flatMap((piece) => splitOversized(piece, budget, depth, frame));
  if (item.children.length === 0) return [item];
  const head = itemLines({ ...item, children: [] }, depth, frame);
  // Children sit one level deeper than their parent, where a line holds fewer characters. A lone child
  // taller than a slide is split in turn (one bullet holding a whole outline).
  const [first, ...others] = paginateItems(item.children, Math.max(2, budget - head), depth + 1, frame);
  if (others.length === 0) return [item];
  // Later slices sit under the parent's shorter lead, so they hold more than the first. The pieces are
  // the children as split to fit (a lone child taller than a slide is several).
  const continued = continuedLead(item.markdown, oneLineAt(depth, frame));
  const under = itemLines({ ...item, markdown: continued, children: [], blocks: [] }, depth, frame);
  const slices = [first!, ...paginateItems(others.flat(), Math.max(2, budget - under), depth + 1, frame)];
  return slices.map((children, index) => ({
    markdown: index === 0 ? item.markdown : continued,
    children,
    blocks: index === 0 ? item.blocks : [],
    ...(index > 0 && { continues: true }),
  }));
}

/**
 * An item whose own text is taller than a slide (a paragraph written as one bullet): cut between
 * sentences into items that each fit, the later ones continuing it (one number in an ordered list);
 * its children and blocks follow the last. Cuts only where no link, code span or emphasis is open.
 */
function splitLongText(item: SlideItem, budget: number, depth: number, frame: TextFrame): SlideItem[] {
  const chars = charsAt(depth, frame);
  const fits = (text: string) => wrappedLines(text, chars) + ITEM_MARGIN_LINES <= budget;
  if (fits(item.markdown)) return [item];
  // A sentence taller than a slide on its own (one long run-on line) is cut between its clauses.
  const sentences = sentencesOf(item.markdown)
    .flatMap((sentence) => (fits(sentence) ? [sentence] : clausesOf(sentence)))
    .map((text) => ({ text, glue: ' ' }));
  const pieces = packPieces(sentences, fits);
  if (pieces.length <= 1) return [item];
  const last = pieces.length - 1;
  return pieces.map((markdown, index) => ({
    markdown,
    children: index === last ? item.children : [],
    blocks: index === last ? item.blocks : [],
    ...(index > 0 && { continues: true }),
  }));
}

/** Sentences of inline Markdown, cut only after . ! ? (or 。！？) where every link, code span and mark is closed. */
function sentencesOf(markdown: string): string[] {
  return cutAfter(markdown, /(?<=[.!?。！？])\s+/gu);
}

/** Clauses of one sentence, cut after , ; : (and their full-width forms) and a space, where every mark is closed. */
function clausesOf(sentence: string): string[] {
  return cutAfter(sentence, /(?<=[,;:，；：])\s+/gu);
}

/** Inline Markdown cut at the spaces `cut` matches, where every link, code span and mark is closed. */
function cutAfter(markdown: string, cut: RegExp): string[] {
  const pieces: string[] = [];
  // Marks counted once, from the last candidate cut on: recounting the whole prefix at each cut is quadratic.
  const open = noOpenMarks();
  let counted = 0;
  let start = 0;
  for (const match of markdown.matchAll(cut)) {
    countMarks(markdown.slice(counted, match.index), open);
    counted = match.index;
    if (!allClosed(open)) continue;
    pieces.push(markdown.slice(start, match.index));
    start = match.index + match[0].length;
  }
  pieces.push(markdown.slice(start));
  return pieces.filter((piece) => piece.length > 0);
}

/**
 * An item whose own text and blocks are taller than a slide: its blocks go over "(cont.)" items,
 * as many whole blocks each as fit, a code block too tall for one continuing a slice of lines each;
 * the children follow the last piece.
 */
function splitTallBlocks(item: SlideItem, budget: number, depth: number, frame: TextFrame): SlideItem[] {
  const chars = charsAt(depth, frame);
  const room = budget - ownLines(item, chars);
  const pieces: string[][] = [[]];
  let used = 0;
  const place = (block: string, lines: number) => {
    if (used + lines > room && pieces.at(-1)!.length > 0) {
      pieces.push([]);
      used = 0;
    }
    pieces.at(-1)!.push(block);
    used += lines;
  };
  for (const block of item.blocks) {
    const lines = blockLines(block, chars, frame);
    const fence = FENCED_CODE.exec(block);
    if (lines <= room || !fence) {
      place(block, lines);
      continue;
    }
    const [, marks, info, code] = fence;
    const capacity = Math.max(2, (room - CODE_PADDING_LINES) / CODE_LINE_LINES);
    for (const slice of sliceCode(code!, capacity, codeCharsAt(chars, frame))) {
      const sliced = `${marks}${info}\n${slice}\n${marks}`;
      place(sliced, blockLines(sliced, chars, frame));
    }
  }
  if (pieces.length === 1) return [item];
  const continued = continuedLead(item.markdown, oneLineAt(depth, frame));
  return pieces.map((blocks, index) => {
    const first = index === 0;
    return {
      markdown: first ? item.markdown : continued,
      children: index === pieces.length - 1 ? item.children : [],
      blocks,
      ...(!first && { continues: true }),
    };
  });
}
