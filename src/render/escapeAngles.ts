import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../parse/markdown.js';

/**
 * Markdown with every `<` that Marp would read as markup written as `&lt;`: Marp takes
 * `<!-- … -->` as a directive wherever its parser meets `<!`, even with HTML off, so a `<` in
 * notes must never reach it as a `<`. Code (spans and blocks), where `<` is only text and an
 * entity would show as written, and the brackets of `<autolinks>` and `<link destinations>` stay.
 */
export function escapeAngles(markdown: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without a `<` the loop below changes nothing
  if (!markdown.includes('<')) return markdown;
  const kept = keptRanges(markdown);
  let out = '';
  let from = 0;
  for (let at = markdown.indexOf('<'); at !== -1; at = markdown.indexOf('<', at + 1)) {
    if (kept.some(([start, end]) => at >= start && at < end) || isBackslashEscaped(markdown, at)) continue;
    out += `${markdown.slice(from, at)}&lt;`;
    from = at + 1;
  }
  return out + markdown.slice(from);
}

/** Source ranges where a `<` is not markup: code, and a link's own brackets outside its text. */
function keptRanges(markdown: string): [number, number][] {
  // Stryker disable next-line ArrayDeclaration: a range that is not a pair of numbers contains no offset
  const ranges: [number, number][] = [];
  visit(parseMarkdown(markdown), (node: Nodes) => {
    // Stryker disable next-line OptionalChaining: every node parsed from text has a position
    const start = node.position?.start.offset;
    // Stryker disable next-line OptionalChaining: as above
    const end = node.position?.end.offset;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: as above, both offsets or neither
    if (start === undefined || end === undefined) return undefined;
    if (node.type === 'code' || node.type === 'inlineCode') {
      ranges.push([start, end]);
      // Stryker disable next-line StringLiteral: code has no children to skip
      return 'skip';
    }
    if (node.type === 'link') {
      // The link's text is checked like any text; what lies outside it (`<url>`, `](<url> "title")`) is kept.
      const first = node.children[0]?.position?.start.offset ?? end;
      const last = node.children.at(-1)?.position?.end.offset ?? end;
      ranges.push([start, first], [last, end]);
    } else if (node.type === 'image') {
      // The alt text is read as Markdown too; from the last `](` on it is the destination and title.
      const destination = markdown.lastIndexOf('](', end - 2);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an inline image always has its `](` after its `![`
      if (destination > start) ranges.push([destination, end]);
    } else if (node.type === 'definition') {
      ranges.push([start, end]);
    }
    return undefined;
  });
  return ranges;
}

/** `\<` is already literal text to Marp (an odd number of backslashes before it). */
function isBackslashEscaped(text: string, at: number): boolean {
  let count = 0;
  for (let index = at - 1; index >= 0 && text[index] === '\\'; index--) count++;
  return count % 2 === 1;
}
