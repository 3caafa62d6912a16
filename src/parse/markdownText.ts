import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './markdown.js';

/** What inline Markdown reads as: link and image text kept, their targets, emphasis and code marks dropped. */
export function plainText(markdown: string): string {
  const known = PLAIN.get(markdown);
  // Stryker disable next-line ConditionalExpression: a cache; reading the text again gives the same answer
  if (known !== undefined) return known;
  const plain = toString(parseMarkdown(markdown)).trim();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound on the cache changes its memory, not its answers
  if (PLAIN.size >= MAX_PLAIN) PLAIN.clear();
  PLAIN.set(markdown, plain);
  return plain;
}

/** Texts read before: the agenda reads every talk title, and `serve` plans the decks again on each save. */
const PLAIN = new Map<string, string>();
const MAX_PLAIN = 10_000;

/** Text as Markdown that shows it as written: every character Markdown could read as markup escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\[\]*_`<>!#&|~]/g, '\\$&');
}
