import type { Block } from '../model/types.js';
import { shortenToFit } from '../shortenToFit.js';
import { blockMarkdown, firstSentence, isBlankItem, toSlideItem } from './blockMarkdown.js';
import { compareLists } from './compareLists.js';
import { bodyLines, itemLines } from './paginate.js';
import { shortLinks } from './shortLinks.js';
import { sliceCode } from './sliceCode.js';
import { sliceQuote } from './sliceQuote.js';
import { sliceTable } from './sliceTable.js';
import { isTakeawayCaption } from './takeawayCaptions.js';
import { bulletSlides, continuedTitle, slide } from './slide.js';
import { codeLinesIn, SMALL_TEXT_PX, textFrame, type TextFrame } from './textFrame.js';
import type { Layout, Slide, SlideItem } from './types.js';

export interface ContentOptions {
  /** Title of slides whose list has no caption of its own. */
  title: string;
  /** Small context line on every slide, e.g. the session title in the recap. */
  header: string | null;
  /** Layout for bullet slides: 'bullets' in sessions, 'closing' or 'research' for the recap's closing lists. */
  layout?: 'bullets' | 'closing' | 'research';
  /** The slide before this content (a title or divider): it gets the speaker notes when no slide of the content does. */
  host?: Slide;
  /** How much text a slide holds (by slide size); a 16:9 slide by default. */
  frame?: TextFrame;
  /** False in the recap, whose follow-ups are gathered on one list at its end. */
  followups?: boolean;
}

/**
 * Lays out a session's (or section's) blocks as slides: captioned lists get their own slides,
 * uncaptioned lists run together, pros and cons sit side by side, prose becomes speaker notes of
 * the slide it leads to, TODOs and links are gathered on follow-up and reference slides at the end.
 */
export function planContent(blocks: Block[], options: ContentOptions): Slide[] {
  const slides = planSlides(blocks, options);
  // The header names the session only where the slide title does not already say it.
  for (const made of slides) if (made.title.startsWith(options.title)) made.header = null;
  return slides;
}

function planSlides(blocks: Block[], options: ContentOptions): Slide[] {
  const frame = options.frame ?? textFrame();
  // The header is context (the session's full title is on its title slide): one line, shortened if need be.
  const header = options.header && shortenToFit(options.header, (shown) => shown.length <= frame.headerChars);
  const bullets = { header, frame };
  const slides: Slide[] = [];
  const prose: string[] = [];
  let notes: string[] = [];
  const todos: SlideItem[] = [];
  const links: SlideItem[] = [];
  let stream: { title: string; items: SlideItem[]; ordered: boolean; layout: Layout } | null = null;
  let pendingCaption: string | null = null;

  // Prose told since the last slide: what a pros-and-cons pair may be about.
  let sinceLastSlide: string[] = [];
  const push = (made: Slide[]) => {
    if (made.length === 0) return;
    sinceLastSlide = [];
    made[0]!.notes.push(...notes);
    notes = [];
    slides.push(...made);
  };
  const flushStream = () => {
    if (!stream) return;
    const current = stream;
    stream = null;
    push(bulletSlides(current.layout, current.title, current.items, { ...bullets, ordered: current.ordered }));
  };

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'list') {
      const pair = compareLists(block, blocks[index + 1]);
      const compared =
        pair && compareSlide(pair, pendingCaption ?? subjectOf(sinceLastSlide) ?? bothCaptions(pair), header, frame);
      if (compared) {
        flushStream();
        push([compared]);
        pendingCaption = null;
        index++;
        continue;
      }
      // A list's own caption wins over the heading before it; the heading is still told in the notes.
      if (block.caption && pendingCaption !== null) notes.push(pendingCaption);
      const caption = block.caption ? tidyCaption(block.caption) : pendingCaption;
      pendingCaption = null;
      const items = block.items.filter((item) => !isBlankItem(item)).map(toSlideItem);
      if (caption !== null || !stream || stream.ordered !== block.ordered) {
        flushStream();
        const layout = caption !== null && isTakeawayCaption(caption) ? 'takeaways' : (options.layout ?? 'bullets');
        stream = { title: caption ?? options.title, items, ordered: block.ordered, layout };
        if (caption !== null) flushStream();
      } else {
        stream.items.push(...items);
      }
      continue;
    }
    // Stryker disable next-line ConditionalExpression: only paragraphs have a role, so the kind test changes nothing
    if (block.kind === 'paragraph' && block.role === 'prose') {
      prose.push(block.markdown);
      notes.push(block.markdown);
      sinceLastSlide.push(block.markdown);
      continue;
    }
    // Stryker disable next-line ConditionalExpression: only paragraphs have a role, so the kind test changes nothing
    if (block.kind === 'paragraph' && block.role === 'todo') {
      if (options.followups === false) notes.push(block.markdown);
      else todos.push({ markdown: shortLinks(block.markdown), children: [], blocks: [] });
      continue;
    }
    // Stryker disable next-line ConditionalExpression: only paragraphs have a role, so the kind test changes nothing
    if (block.kind === 'paragraph' && block.role === 'links') {
      links.push(
        ...block.markdown
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => ({ markdown: shortLinks(line.trim()), children: [], blocks: [] })),
      );
      continue;
    }
    if (block.kind === 'html') {
      // Raw HTML is not shown on slides; the presenter still sees it.
      notes.push(block.html);
      continue;
    }
    if (block.kind === 'heading') {
      flushStream();
      if (pendingCaption !== null) notes.push(pendingCaption);
      pendingCaption = block.markdown;
      continue;
    }
    flushStream();
    push(blockSlides(block, pendingCaption ?? options.title, header, frame));
    pendingCaption = null;
  }
  flushStream();
  if (pendingCaption !== null) notes.push(pendingCaption);

  if (slides.length === 0 && prose.length > 0) {
    // A talk noted only in prose still gets a slide: the first sentence of each paragraph (pictures stay in the notes).
    const points = prose
      .filter((paragraph) => !isOnlyPictures(paragraph))
      .map((paragraph) => ({ markdown: shortLinks(firstSentence(paragraph)), children: [], blocks: [] }));
    push(bulletSlides('summary', options.title, points, bullets));
  }
  const small = { ...bullets, frame: textFrame(frame.size, SMALL_TEXT_PX, frame.share) };
  if (todos.length > 0) push(bulletSlides('followups', 'Follow-ups', todos, small));
  if (links.length > 0) push(bulletSlides('references', 'References', links, small));
  if (notes.length > 0) (slides.at(-1) ?? options.host)?.notes.push(...notes);
  return slides;
}

/** Pros and cons as two columns, when both fit one slide at half width; else null (they get slides of their own). */
function compareSlide(
  pair: [Extract<Block, { kind: 'list' }>, Extract<Block, { kind: 'list' }>],
  title: string,
  header: string | null,
  frame: TextFrame,
): Slide | null {
  const columns = pair.map((list) => ({
    caption: tidyCaption(list.caption ?? ''),
    items: list.items.map(toSlideItem),
  }));
  const half: TextFrame = { ...frame, chars: Math.floor(frame.chars / 2) - 2 };
  // Each column's caption takes a line.
  const fits = columns.every(
    (column) => column.items.reduce((sum, item) => sum + itemLines(item, 0, half), 0) <= bodyLines(title, frame) - 1,
  );
  return fits ? slide('compare', title, { header, columns }) : null;
}

/**
 * What a pros-and-cons pair compares, from the prose before it: a short line ("Cortex"), or the
 * subject of a sentence that introduces it ("Thanos uses a sidecar…"); null when there is none.
 */
function subjectOf(prose: string[]): string | null {
  const short = prose
    .map((text) => text.trim())
    .findLast((text) => !text.includes('\n') && !/[.!?:]$/.test(text) && text.split(/\s+/).length <= 4);
  if (short) return short;
  return (
    /^(\p{Lu}[\p{L}\p{N}-]*) (?:uses|is|has|provides|offers|supports|stores|writes)\b/u.exec(
      prose.at(-1)?.trim() ?? '',
    )?.[1] ?? null
  );
}

/** "Advantages and disadvantages": the title of a pair nothing before names. */
function bothCaptions(pair: [Extract<Block, { kind: 'list' }>, Extract<Block, { kind: 'list' }>]): string {
  const [pros, cons] = pair.map((list) => tidyCaption(list.caption ?? ''));
  return `${pros} and ${cons!.charAt(0).toLocaleLowerCase()}${cons!.slice(1)}`;
}

function isOnlyPictures(markdown: string): boolean {
  return /^(?:\s*!\[[^\]]*\]\([^)]*\)\s*)+$/.test(markdown);
}

function blockSlides(
  block: Exclude<Block, { kind: 'list' | 'html' | 'heading' }>,
  title: string,
  header: string | null,
  frame: TextFrame,
): Slide[] {
  switch (block.kind) {
    case 'paragraph':
      return quoteSlides(
        `> ${block.markdown.replace(/^quote\s*:\s*/i, '').replace(/\n/g, '\n> ')}`,
        title,
        header,
        frame,
      );
    case 'quote':
      return quoteSlides(blockMarkdown(block), title, header, frame);
    case 'table':
      return sliceTable(block.markdown, bodyLines(title, frame), frame).map((body, index) =>
        slide('table', continuedTitle(title, index), { header, body }),
      );
    case 'code':
      return codeSlides(block, title, header, frame);
  }
}

/** A quote longer than a slide holds continues on the next, cut between sentences. */
function quoteSlides(quote: string, title: string, header: string | null, frame: TextFrame): Slide[] {
  return sliceQuote(quote, bodyLines(title, frame), frame).map((body, index) =>
    slide('quote', continuedTitle(title, index), { header, body }),
  );
}

/** A long code block continues over slides; lines longer than the slide wraps count as the lines they wrap to. */
function codeSlides(
  block: Extract<Block, { kind: 'code' }>,
  title: string,
  header: string | null,
  frame: TextFrame,
): Slide[] {
  return sliceCode(block.code, codeLinesIn(bodyLines(title, frame)), frame.codeChars).map((code, index) =>
    slide('code', continuedTitle(title, index), { header, body: blockMarkdown({ ...block, code }) }),
  );
}

/** "take aways:" → "Take aways". */
function tidyCaption(caption: string): string {
  const trimmed = caption.replace(/\s*:\s*$/, '').trim();
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}
