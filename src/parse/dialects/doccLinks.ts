import { outsideCodeSpans, type Dialect } from './types.js';

/**
 * A DocC link to an article of the same catalog: `<doc:Page-Name>`, `<doc:Page-Name#Section>`, or
 * `<doc://bundle.id/documentation/Module/Page-Name>`. The page's name is its title with dashes
 * for spaces.
 */
const DOC_LINK = /<doc:(?:\/\/[^\s<>]*\/)?([^\s<>/#]+)(?:#[^\s<>]*)?>/g;

/**
 * `<doc:Automating-Accessibility>` → `Automating Accessibility`. Read as Markdown it is an autolink
 * to a `doc:` address no browser opens: the link was removed and its raw address shown as the talk's
 * title. A catalog's article names are its titles, so the words are what the author meant.
 */
export const doccLinks: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'DocC links',
  normalize: (lines, { code }) =>
    lines.map((line, index) => {
      // Stryker disable next-line StringLiteral: a shortcut; DOC_LINK matches only at `<doc:`
      if (code[index] || !line.includes('<doc:')) return line;
      return outsideCodeSpans(line, (part) =>
        part.replace(DOC_LINK, (_whole, page: string) => page.replace(/-/g, ' ')),
      );
    }),
};
