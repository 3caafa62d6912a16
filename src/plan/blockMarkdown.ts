import type { Block, ListItem } from '../model/types.js';
import { shortLinks } from './shortLinks.js';
import type { SlideItem } from './types.js';

/** A model block back as Markdown, for item bodies, code, quote and table slides. */
export function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
    case 'table':
      return block.markdown;
    case 'quote':
      return block.markdown
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
    case 'code': {
      // A fence longer than any backtick run inside keeps the code intact.
      const longest = Math.max(2, ...[...block.code.matchAll(/`+/g)].map((run) => run[0].length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}${block.lang ?? ''}\n${block.code}\n${fence}`;
    }
    case 'html':
      return block.html;
    case 'list':
      return block.items.map((item) => `- ${item.markdown}`).join('\n');
  }
}

/** A list item with nothing in it ("- " left at the end of a list): it has no words, so no bullet to show. */
export function isBlankItem(item: ListItem): boolean {
  return item.markdown.trim() === '' && item.children.length === 0 && item.blocks.length === 0;
}

/** A list item as a bullet: long URLs shortened for display (their links keep the target). */
export function toSlideItem(item: ListItem): SlideItem {
  return {
    markdown: shortLinks(item.markdown),
    children: item.children.map(toSlideItem),
    blocks: item.blocks.map(blockMarkdown),
  };
}

/** The first sentence of a prose paragraph: what a summary slide shows of it. */
export function firstSentence(markdown: string): string {
  const flat = markdown.replace(/\s*\n\s*/g, ' ').trim();
  // Western sentences end before a capital; Chinese and Japanese ones at 。！？ whatever follows.
  const match = /^.{20,}?(?:[.!?](?=\s+\p{Lu}|\s*$)|[。！？])/u.exec(flat);
  return (match ? match[0] : flat).trim();
}
