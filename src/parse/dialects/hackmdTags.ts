import type { Dialect } from './types.js';

/** HackMD's `###### tags: \`conf\` \`notes\``: a tag line written as an H6, not a section. */
const TAGS_HEADING = /^ {0,3}#{1,6}[ \t]+(tags:.*)$/i;

export const hackmdTags: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'HackMD tags',
  normalize: (lines, { code }) => lines.map((line, index) => (code[index] ? line : line.replace(TAGS_HEADING, '$1'))),
};
