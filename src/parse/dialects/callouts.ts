import type { Dialect } from './types.js';

/** `> [!note] Title`, `> [!tip]- Folded`: an Obsidian (and GitHub) callout's first line. */
const CALLOUT = /^(\s*(?:>\s*)+)\[!([\w-]+)\][+-]?[ \t]*(.*)$/;

/** A callout reads as a plain quote opening with its title in bold (the kind, when it has no title). */
export const callouts: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'callouts',
  normalize: (lines, { code }) =>
    lines.map((line, index) => {
      const callout = code[index] ? null : CALLOUT.exec(line);
      if (!callout) return line;
      const [, quote, kind, title] = callout;
      const label = title!.trim() || kind![0]!.toUpperCase() + kind!.slice(1).toLowerCase();
      // Two trailing spaces: a line break, so the title does not run into the quote's first line.
      // Stryker disable next-line StringLiteral: past the last line any text not opening with `>` is no quote line, as the empty one is not
      const continues = /^\s*>/.test(lines[index + 1] ?? '');
      return `${quote}**${label}**${continues ? '  ' : ''}`;
    }),
};
