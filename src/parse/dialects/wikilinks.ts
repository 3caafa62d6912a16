import { escapeMarkdown } from '../markdownText.js';
import { outsideCodeSpans, type Dialect } from './types.js';

/** `![[note]]`, `![[photo.png|300]]`: Obsidian embeds another file, which a deck cannot. */
const EMBED = /!\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]/g;
/** `[[Page]]`, `[[Page|alias]]`, `[[Page#Heading]]`. */
const WIKILINK = /\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/g;

/** Obsidian (and Logseq, Foam) links between notes: shown as their text; embeds by name, with a warning. */
export const wikilinks: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'wikilinks',
  normalize: (lines, { code, repairs }) =>
    lines.map((line, index) => {
      // Stryker disable next-line StringLiteral: a shortcut; both patterns match only at `[[`
      if (code[index] || !line.includes('[[')) return line;
      return outsideCodeSpans(line, (part) =>
        part
          .replace(EMBED, (_whole, target: string) => {
            repairs.push({
              line: index + 1,
              message: `Embedded file \`${target.trim()}\` is not included, only its name is shown`,
            });
            return escapeMarkdown(target.trim());
          })
          .replace(WIKILINK, (_whole, target: string, alias?: string) =>
            escapeMarkdown((alias ?? target.replace(/#\^?/g, ' › ')).trim()),
          ),
      );
    }),
};
