import type { Dialect } from './types.js';

/** `<h3>Title</h3>` (attributes allowed) alone on its line, up to three spaces in. */
const HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1\s*>\s*$/i;

/**
 * Headings written as HTML (`<h3>主题一：《Title》</h3>`, blog engines and pasted pages): the model reads
 * Markdown headings, and an HTML block went to the speaker notes, so such notes had no structure at all
 * (corpus 144: five talks read as one). Each becomes the Markdown heading of its level; its attributes are
 * dropped, and any HTML inside it stays for the safety checks that come after.
 */
export const htmlHeadings: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'htmlHeadings',
  normalize: (lines, { code }) =>
    lines.map((line, index) => {
      const heading = code[index] ? null : HTML_HEADING.exec(line);
      const text = heading?.[2]!.trim();
      return heading && text ? `${'#'.repeat(Number(heading[1]))} ${text}` : line;
    }),
};
