import type { Block } from '../model/types.js';
import { blockMarkdown, firstSentence, toSlideItem } from './blockMarkdown.js';
import { bulletSlides, continuedTitle, slide } from './slide.js';
import type { Slide, SlideItem } from './types.js';

/** Lines of code a slide shows before the block continues on the next one. */
const CODE_LINES_PER_SLIDE = 14;

export interface ContentOptions {
  /** Title of slides whose list has no caption of its own. */
  title: string;
  /** Small context line on every slide, e.g. the session title in the recap. */
  header: string | null;
  /** Layout for bullet slides: 'bullets' in sessions, 'closing' for the recap's closing lists. */
  layout?: 'bullets' | 'closing';
  /** The slide before this content (a title or divider): it gets the speaker notes when no slide of the content does. */
  host?: Slide;
}

/**
 * Lays out a session's (or section's) blocks as slides: captioned lists get their own slides,
 * uncaptioned lists run together, prose becomes speaker notes of the slide it leads to,
 * TODOs and links are gathered on follow-up and reference slides at the end.
 */
export function planContent(blocks: Block[], options: ContentOptions): Slide[] {
  const slides = planSlides(blocks, options);
  // The header names the session only where the slide title does not already say it.
  for (const made of slides) if (made.title.startsWith(options.title)) made.header = null;
  return slides;
}

function planSlides(blocks: Block[], options: ContentOptions): Slide[] {
  const slides: Slide[] = [];
  const prose: string[] = [];
  let notes: string[] = [];
  const todos: SlideItem[] = [];
  const links: SlideItem[] = [];
  let stream: { title: string; items: SlideItem[]; ordered: boolean } | null = null;
  let pendingCaption: string | null = null;

  const push = (made: Slide[]) => {
    if (made.length === 0) return;
    made[0]!.notes.push(...notes);
    notes = [];
    slides.push(...made);
  };
  const flushStream = () => {
    if (!stream) return;
    const current = stream;
    stream = null;
    push(bulletSlides(options.layout ?? 'bullets', current.title, current.items, { header: options.header, ordered: current.ordered }));
  };

  for (const block of blocks) {
    if (block.kind === 'list') {
      // A list's own caption wins over the heading before it; the heading is still told in the notes.
      if (block.caption && pendingCaption !== null) notes.push(pendingCaption);
      const caption = block.caption ? tidyCaption(block.caption) : pendingCaption;
      pendingCaption = null;
      const items = block.items.map(toSlideItem);
      if (caption !== null || !stream || stream.ordered !== block.ordered) {
        flushStream();
        stream = { title: caption ?? options.title, items, ordered: block.ordered };
        if (caption !== null) flushStream();
      } else {
        stream.items.push(...items);
      }
      continue;
    }
    if (block.kind === 'paragraph' && block.role === 'prose') {
      prose.push(block.markdown);
      notes.push(block.markdown);
      continue;
    }
    if (block.kind === 'paragraph' && block.role === 'todo') {
      todos.push({ markdown: block.markdown, children: [], blocks: [] });
      continue;
    }
    if (block.kind === 'paragraph' && block.role === 'links') {
      links.push(...block.markdown.split('\n').filter((line) => line.trim()).map((line) => ({ markdown: line.trim(), children: [], blocks: [] })));
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
    push(blockSlides(block, pendingCaption ?? options.title, options.header));
    pendingCaption = null;
  }
  flushStream();
  if (pendingCaption !== null) notes.push(pendingCaption);

  if (slides.length === 0 && prose.length > 0) {
    // A talk noted only in prose still gets a slide: the first sentence of each paragraph.
    const points = prose.map((paragraph) => ({ markdown: firstSentence(paragraph), children: [], blocks: [] }));
    push(bulletSlides('summary', options.title, points, { header: options.header }));
  }
  if (todos.length > 0) push(bulletSlides('followups', 'Follow-ups', todos, { header: options.header }));
  if (links.length > 0) push(bulletSlides('references', 'References', links, { header: options.header }));
  if (notes.length > 0) (slides.at(-1) ?? options.host)?.notes.push(...notes);
  return slides;
}

function blockSlides(block: Exclude<Block, { kind: 'list' | 'html' | 'heading' }>, title: string, header: string | null): Slide[] {
  switch (block.kind) {
    case 'paragraph':
      return [slide('quote', title, { header, body: `> ${block.markdown.replace(/^quote\s*:\s*/i, '').replace(/\n/g, '\n> ')}` })];
    case 'quote':
      return [slide('quote', title, { header, body: blockMarkdown(block) })];
    case 'table':
      return [slide('table', title, { header, body: block.markdown })];
    case 'code':
      return codeSlides(block, title, header);
  }
}

function codeSlides(block: Extract<Block, { kind: 'code' }>, title: string, header: string | null): Slide[] {
  const lines = block.code.split('\n');
  const slides: Slide[] = [];
  for (let start = 0; start < lines.length; start += CODE_LINES_PER_SLIDE) {
    const part = { ...block, code: lines.slice(start, start + CODE_LINES_PER_SLIDE).join('\n') };
    slides.push(slide('code', continuedTitle(title, start / CODE_LINES_PER_SLIDE), { header, body: blockMarkdown(part) }));
  }
  return slides;
}

/** "take aways:" → "Take aways". */
function tidyCaption(caption: string): string {
  const trimmed = caption.replace(/\s*:\s*$/, '').trim();
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}
