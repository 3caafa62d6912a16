import type { SlideItem } from './types.js';

/** Lines of bullet text a 16:9 slide holds under its title at the themes' font size. */
export const LINES_PER_SLIDE = 9;
/** Characters of body text on one line at depth 0; each nesting level costs an indent. */
const CHARS_PER_LINE = 62;
/** Characters of a slide title on one line; a longer title wraps and takes a body line. */
const TITLE_CHARS_PER_LINE = 48;
const INDENT_CHARS = 4;

/** Text as displayed: link targets, emphasis marks and code ticks take no room on the slide. */
export function displayText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Body lines left under a title of this length. */
export function bodyLines(title: string): number {
  return LINES_PER_SLIDE - (displayText(title).length > TITLE_CHARS_PER_LINE ? 1 : 0);
}

/** Estimated lines an item takes, children and nested blocks included. */
export function itemLines(item: SlideItem, depth = 0): number {
  const width = Math.max(20, CHARS_PER_LINE - depth * INDENT_CHARS);
  const own = Math.max(1, Math.ceil(displayText(item.markdown).length / width));
  const blocks = item.blocks.reduce((sum, block) => sum + block.split('\n').length + 1, 0);
  return own + blocks + item.children.reduce((sum, child) => sum + itemLines(child, depth + 1), 0);
}

/**
 * Splits bullets over slides of at most `budget` lines. A parent stays with its first children;
 * a parent too long for one slide continues on the next with its text repeated and "(cont.)".
 */
export function paginateItems(items: SlideItem[], budget = LINES_PER_SLIDE, depth = 0): SlideItem[][] {
  const pages: SlideItem[][] = [];
  let page: SlideItem[] = [];
  let used = 0;
  const flush = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const item of items.flatMap((entry) => splitOversized(entry, budget, depth))) {
    const lines = itemLines(item, depth);
    if (used + lines > budget) flush();
    page.push(item);
    used += lines;
  }
  flush();
  return pages;
}

/** An item taller than a slide becomes several: the parent repeated over slices of its children. */
function splitOversized(item: SlideItem, budget: number, depth: number): SlideItem[] {
  if (itemLines(item, depth) <= budget || item.children.length <= 1) return [item];
  const head = itemLines({ ...item, children: [] }, depth);
  // Children sit one level deeper than their parent, where a line holds fewer characters.
  const slices = paginateItems(item.children, Math.max(2, budget - head), depth + 1);
  return slices.map((children, index) => ({
    markdown: index === 0 ? item.markdown : `${item.markdown} *(cont.)*`,
    children,
    blocks: index === 0 ? item.blocks : [],
  }));
}
