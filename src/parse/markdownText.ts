import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './markdown.js';

/** What inline Markdown reads as: link and image text kept, their targets, emphasis and code marks dropped. */
export function plainText(markdown: string): string {
  return toString(parseMarkdown(markdown)).trim();
}

/** Text as Markdown that shows it as written: every character Markdown could read as markup escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\[\]*_`<>!#&|~]/g, '\\$&');
}
