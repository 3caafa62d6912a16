import type { Block, ListItem, Session } from '../model/types.js';
import { blockMarkdown, firstSentence, isBlankItem } from './blockMarkdown.js';
import { shortLinks } from './shortLinks.js';
import { inlineTakeaway, isTakeawayCaption } from './takeawayCaptions.js';
import type { SlideItem } from './types.js';

/** One point a recap slide may show, and what of it only the speaker notes tell (its sub-points, the rest of its paragraph). */
export interface KeyPoint {
  item: SlideItem;
  /** The point in full, as Markdown: for the speaker notes when the slide leaves it out. */
  full: string;
  /** What the slide does not show of a shown point. */
  untold: string | null;
}

export interface TalkPoints {
  /** Where the points come from: the notes' own takeaways, the talk's top-level bullets, its prose, or nothing. */
  source: 'takeaways' | 'bullets' | 'prose' | 'none';
  points: KeyPoint[];
  /** Text of the talk that is not among the points (prose, other lists), for the speaker notes. */
  rest: string[];
}

/**
 * The key points of a talk: the notes' own takeaways when they give them, else its top-level
 * bullets, else the first sentence of each paragraph. Code, tables and raw HTML stay in the session deck.
 */
export function keyPoints(session: Pick<Session, 'blocks'>): TalkPoints {
  const takeaways = takeawayBlocks(session.blocks);
  if (takeaways.size > 0) {
    const points = session.blocks.filter((block) => takeaways.has(block)).flatMap(pointsOf);
    return {
      source: 'takeaways',
      points,
      rest: session.blocks.filter((block) => !takeaways.has(block)).flatMap(textOf),
    };
  }
  const lists = session.blocks.filter((block) => block.kind === 'list');
  if (lists.length > 0)
    return {
      source: 'bullets',
      points: lists.flatMap(pointsOf),
      rest: session.blocks.filter((block) => block.kind !== 'list').flatMap(textOf),
    };
  const paragraphs = session.blocks.filter(
    (block) =>
      block.kind === 'paragraph' &&
      (block.role === 'prose' || block.role === 'quote') &&
      !isOnlyPictures(block.markdown),
  );
  if (paragraphs.length > 0)
    return {
      source: 'prose',
      points: paragraphs.flatMap(pointsOf),
      rest: session.blocks.filter((block) => !paragraphs.includes(block)).flatMap(textOf),
    };
  return { source: 'none', points: [], rest: session.blocks.flatMap(textOf) };
}

/** How much was noted about a talk, in words: what the recap shares its minutes by. */
export function notedWords(session: Session): number {
  return (
    session.blocks
      .flatMap(textOf)
      .join(' ')
      .match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  );
}

/** Lists captioned as takeaways, what follows a takeaways heading up to the next heading, and "TL;DR: …" paragraphs. */
function takeawayBlocks(blocks: Block[]): Set<Block> {
  const found = new Set<Block>();
  let underHeading = false;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      underHeading = isTakeawayCaption(block.markdown);
      continue;
    }
    const captioned = block.kind === 'list' && block.caption !== null && isTakeawayCaption(block.caption);
    const inline = block.kind === 'paragraph' && inlineTakeaway(block.markdown) !== null;
    if (captioned || inline || (underHeading && (block.kind === 'list' || block.kind === 'paragraph')))
      found.add(block);
  }
  return found;
}

function pointsOf(block: Block): KeyPoint[] {
  if (block.kind === 'list') {
    const items = block.items.filter((item) => !isBlankItem(item));
    const links = items.filter(isLoneLink);
    // "- [Slides](…)" over a talk's points is where to find more, not a point: the links go last, on one line,
    // so the points lead and a full slide leaves the links to the notes first. A list of links only is what it is.
    if (links.length > 0 && links.length < items.length)
      return [...items.filter((item) => !links.includes(item)).map(itemPoint), linksPoint(links)];
    return items.map(itemPoint);
  }
  if (block.kind === 'paragraph') {
    const text = inlineTakeaway(block.markdown) ?? block.markdown;
    const sentence = closedMarks(firstSentence(text));
    return [
      {
        item: { markdown: shortLinks(sentence), children: [], blocks: [] },
        full: block.markdown,
        untold: sentence === closedMarks(text.replace(/\s*\n\s*/g, ' ').trim()) ? null : block.markdown,
      },
    ];
  }
  return [];
}

/** A list item as a point: its first line shown, the rest (lines, sub-points, blocks) told in the notes. */
function itemPoint(item: ListItem): KeyPoint {
  // An item holding only a quote ("- > Type is the voice of our words") shows the quote, not an empty bullet.
  const [lead] = item.blocks;
  const quoted = item.markdown.trim() === '' && lead?.kind === 'quote';
  // The quote's later lines keep their `>` marks: taken off, so its sentence reads on.
  const text = quoted ? lead.markdown.replace(/^[ \t]*>[ \t]?/gm, '') : item.markdown;
  // A point is its first line: lines the author broke the item into ("WebPlatform\n・PWA") are told in the notes.
  const { line, more } = firstLine(text);
  const shown = quoted ? `“${closedMarks(line)}”` : withSubPoints(closedMarks(line), item);
  const untold = [
    ...(more ? [text] : []),
    ...item.children.map((child) => itemMarkdown(child, 0)),
    ...(quoted ? item.blocks.slice(1) : item.blocks).flatMap(textOf),
  ].join('\n');
  return {
    item: { markdown: shortLinks(shown), children: [], blocks: [] },
    full: itemMarkdown(item, 0),
    untold: untold || null,
  };
}

/** Characters of sub-points a caption point shows after its colon, past the first. */
export const CAPTION_POINTS_CHARS = 100;

/**
 * "Properties of functional CSS:" over its sub-points says nothing alone: the point shows them after it,
 * on its line ("…: Immutability, Single purpose, …"), the first always, then as many as fit 100 characters.
 */
function withSubPoints(shown: string, item: ListItem): string {
  if (!/[:：]$/.test(shown) || item.children.length === 0) return shown;
  const subPoints = item.children.map((child) => closedMarks(firstLine(child.markdown).line));
  let taken = 1;
  while (taken < subPoints.length && subPoints.slice(0, taken + 1).join(', ').length <= CAPTION_POINTS_CHARS)
    taken += 1;
  return `${shown} ${subPoints.slice(0, taken).join(', ')}${taken < subPoints.length ? ', …' : ''}`;
}

/** An item that is one link and nothing else ("[Slides](https://…)", "<https://…>"), with nothing under it. */
function isLoneLink(item: ListItem): boolean {
  return (
    item.children.length === 0 &&
    item.blocks.length === 0 &&
    /^(?:\[[^\]\n]+\]\([^)\s]*\)|<https?:\/\/[^>\s]+>|https?:\/\/\S+)$/.test(item.markdown.trim())
  );
}

/** Links that were items of their own, as one point: "Slides · Video". */
function linksPoint(links: ListItem[]): KeyPoint {
  return {
    item: { markdown: links.map((link) => shortLinks(link.markdown.trim())).join(' · '), children: [], blocks: [] },
    full: links.map((link) => itemMarkdown(link, 0)).join('\n'),
    untold: null,
  };
}

/** Characters from which a line that ends in no sentence mark reads as wrapped at a fixed width (pandoc wraps at 72). */
export const WRAPPED_LINE_CHARS = 60;

/**
 * An item's first line, with the lines that only carry on its sentence: notes wrapped at a fixed width
 * (pandoc, hard-wrapping editors) go on in lower case ("If R\n    doesn't work"), after a trailing
 * "," or "&", or after a long line that ends in no sentence mark ("… is the one of\n[Middlewares](…)").
 * Cutting there would leave half a sentence on the slide. `more` says whether lines are left.
 */
function firstLine(markdown: string): { line: string; more: boolean } {
  const lines = markdown.split('\n').map((text) => text.trim());
  let taken = 1;
  while (taken < lines.length && carriesOn(lines[taken - 1]!, lines[taken]!)) taken += 1;
  return { line: lines.slice(0, taken).join(' '), more: taken < lines.length };
}

function carriesOn(line: string, next: string): boolean {
  const wrapped = line.length >= WRAPPED_LINE_CHARS && !/[.!?:;…。！？：；]$/u.test(line);
  return wrapped || /^\p{Ll}/u.test(next) || /[,&]$/.test(line);
}

/** A block's words as Markdown for the speaker notes; code, tables and HTML are the session deck's. */
function textOf(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return [block.markdown];
    case 'list':
      return [
        [...(block.caption ? [block.caption] : []), ...block.items.map((item) => itemMarkdown(item, 0))].join('\n'),
      ];
    default:
      return [];
  }
}

/** Any block in full as Markdown (lists with their sub-points), for speaker notes. */
export function fullMarkdown(block: Block): string {
  return block.kind === 'list' ? textOf(block)[0]! : blockMarkdown(block);
}

function itemMarkdown(item: ListItem, depth: number): string {
  const pad = '  '.repeat(depth);
  const indent = (markdown: string) => markdown.replace(/\n/g, `\n${pad}  `);
  return [
    `${pad}- ${indent(item.markdown)}`,
    // The item's further paragraphs, quotes and code, indented under it so they stay the item's.
    ...item.blocks.map((block) => `\n${pad}  ${indent(fullMarkdown(block))}`),
    ...item.children.map((child) => itemMarkdown(child, depth + 1)),
  ].join('\n');
}

/** A sentence cut out of a paragraph may open `**bold` or `code` it does not close: closed, so no stray marks show. */
export function closedMarks(sentence: string): string {
  let closed = sentence;
  for (const mark of ['`', '**', '__']) {
    // Stryker disable next-line ArithmeticOperator: only the count's parity matters, the same for length + 1
    const count = closed.split(mark).length - 1;
    if (count % 2 === 1) closed = `${closed}${mark}`;
  }
  return closed;
}

function isOnlyPictures(markdown: string): boolean {
  return /^(?:\s*!\[[^\]]*\]\([^)]*\)\s*)+$/.test(markdown);
}
