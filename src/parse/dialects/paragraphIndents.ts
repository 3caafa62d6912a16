import type { Dialect } from './types.js';

/**
 * A first-line indent typed as spaces that Markdown keeps: `&nbsp;` (or `&#160;`, `&#xA0;`) entities, no-break
 * spaces and the ideographic space `　`, two or more, after at most three plain spaces. Chinese and Japanese prose
 * indents each paragraph so (corpus 144: `&nbsp;` eight times before each paragraph); shown as written, every point
 * opened on a gap.
 */
const TYPED_INDENT = /^( {0,3})(?:&nbsp;|&#160;|&#x[aA]0;|\u00A0|\u3000){2,}/;

/** A line of typed spaces alone (`&nbsp;`), a blog editor's spacer between paragraphs: an empty point on a slide. */
const TYPED_SPACER = /^ {0,3}(?:&nbsp;|&#160;|&#x[aA]0;|\u00A0|\u3000)+\s*$/;

/**
 * Typed first-line indents dropped from the start of lines outside code, the text starting where the line's words do;
 * a spacer line left blank.
 */
export const paragraphIndents: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'paragraphIndents',
  normalize: (lines, { code }) =>
    lines.map((line, index) => (code[index] ? line : TYPED_SPACER.test(line) ? '' : line.replace(TYPED_INDENT, '$1'))),
};
