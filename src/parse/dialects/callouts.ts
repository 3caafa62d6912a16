import type { Dialect } from './types.js';

/** `> [!note] Title`, `> [!tip]- Folded`: an Obsidian (and GitHub) callout's first line. */
const CALLOUT = /^(\s*(?:>\s*)+)\[!([\w-]+)\][+-]?[ \t]*(.*)$/;

/** A callout reads as a plain quote opening with its title in bold (the kind, when it has no title). */
export const callouts: Dialect = {
  name: 'callouts',
  normalize: (lines, { code }) =>
    lines.map((line, index) => {
      const callout = code[index] ? null : CALLOUT.exec(line);
      if (!callout) return line;
      const [, quote, kind, title] = callout;
      const label = title!.trim() || kind![0]!.toUpperCase() + kind!.slice(1).toLowerCase();
      // Two trailing spaces: a line break, so the title does not run into the quote's first line.
      const continues = /^\s*>/.test(lines[index + 1] ?? '');
      return `${quote}**${label}**${continues ? '  ' : ''}`;
    }),
};
