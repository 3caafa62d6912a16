import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseSessionHeading } from './sessionHeading.js';
import { BY_WORD } from './speakers/names.js';

/** Quote marks that open a talk's title in a line: "…", “…”, „…“, «…», ‘…’. */
const OPENING_QUOTE = /^["“„«‘'‚]/u;
/** "by", "von", "par", "por" before the speaker, as the title-first heading shape reads them. */
const BY = new RegExp(String.raw`^\s*,?\s*${BY_WORD}\s+\S`, 'iu');
/** A closing quote with "by" after it. */
const CLOSING_QUOTE_BEFORE_BY = new RegExp(String.raw`["”“»’'‘](?=\s*,?\s*${BY_WORD}\s)`, 'iu');
/** A line longer than this is prose, not a talk's title line. */
const MAX_TALK_LINE = 160;

/**
 * Pure: a paragraph of one line (or two) that names a talk and its speaker with the title set apart, bold or quoted:
 * `**Title** von Jane Roe`, `**„Title“ von Jane Roe**`, `„Title“ von Jane Roe`, `"Title" by Jane Roe`. Such lines, each followed by notes,
 * stand in for talk headings as bold lines do (outline.ts); a sentence that mentions a talk is not one.
 */
export function isTalkLine(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  // "**Title**" then "von Jane Roe" on the next line is one talk line too.
  const lines = toString(node)
    .trim()
    .split(/\s*\n\s*/);
  const text = lines.join(' ');
  if (text.length === 0 || text.length > MAX_TALK_LINE || lines.length > 2) return false;
  const [first, ...rest] = node.children;
  // All bold ("**„Title“ von Jane Roe**"), or the title bold and "von Jane Roe" after it, or the title quoted.
  const after = rest.map((child) => toString(child)).join('');
  const setApart =
    first?.type === 'strong'
      ? after.trim() === '' || BY.test(after)
      : first?.type === 'text' && OPENING_QUOTE.test(first.value) && quotedThenBy(text);
  return setApart && parseSessionHeading(text).speakers.length > 0;
}

/** `"Title" by Jane Roe`: a closing quote, then "by" and a name. */
function quotedThenBy(text: string): boolean {
  const close = CLOSING_QUOTE_BEFORE_BY.exec(text.slice(1));
  return close !== null && BY.test(text.slice(close.index + 2));
}
