import type { Dialect } from './types.js';

/** More `#` than any heading has: a line drawn to separate, not an empty heading. */
const HASH_LINE = /^ {0,3}#{7,}\s*$/;
/** `=====` would underline the line above as a heading; after a blank line (or first) it only separates. */
const EQUALS_LINE = /^ {0,3}={3,}\s*$/;

/** Separator lines become a thematic break (`***`, which cannot underline a heading as `---` can). */
export const separatorLines: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'separator lines',
  normalize: (lines, { code }) =>
    lines.map((line, index) => {
      if (code[index]) return line;
      const afterBlank = index === 0 || lines[index - 1]!.trim() === '';
      return HASH_LINE.test(line) || (EQUALS_LINE.test(line) && afterBlank) ? '***' : line;
    }),
};
