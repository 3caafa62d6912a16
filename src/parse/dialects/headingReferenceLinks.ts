import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * `## [Title][ref] (Speaker)`: the model takes a heading as one line of Markdown, away from the
 * definitions at the end of the notes, so its reference links would lose their target. They are
 * written as inline links instead (same line), and read again when anything changed.
 */
export function inlineHeadingReferences(
  text: string,
  tree: Root,
  parse: (text: string) => Root,
): { text: string; tree: Root } {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const edits: { start: number; end: number; replacement: string }[] = [];
  visit(tree, 'heading', (heading) => {
    visit(heading, 'linkReference', (link) => {
      const definition = definitions.get(link.identifier);
      const start = link.position?.start.offset;
      const end = link.position?.end.offset;
      const first = link.children[0]?.position?.start.offset;
      const last = link.children.at(-1)?.position?.end.offset;
      if (!definition || start === undefined || end === undefined || first === undefined || last === undefined) return;
      const title = definition.title ? ` "${definition.title.replace(/["\\]/g, '\\$&')}"` : '';
      edits.push({
        start,
        end,
        replacement: `[${text.slice(first, last)}](<${definition.url.replace(/[<>\n]/g, encodeURIComponent)}>${title})`,
      });
    });
  });
  // Stryker disable next-line ConditionalExpression: reading the unchanged text again gives the same tree; this only saves a parse
  if (edits.length === 0) return { text, tree };
  let changed = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    changed = changed.slice(0, edit.start) + edit.replacement + changed.slice(edit.end);
  return { text: changed, tree: parse(changed) };
}
