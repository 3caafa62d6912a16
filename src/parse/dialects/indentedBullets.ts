import type { Root } from 'mdast';

/** A list item marker after the indentation: `- `, `* `, `+ `, `1. `, `1) `. */
const ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;

/**
 * A list indented four spaces at the top level reads as a code block in CommonMark; people mean a
 * list. Un-indents such blocks (top-level indented code whose first line is a list item), lines kept,
 * and reads the text again when it changed.
 */
export function unindentBullets(text: string, tree: Root, parse: (text: string) => Root): { text: string; tree: Root } {
  const lines = text.split('\n');
  const changes = indentedBulletLines(tree, lines);
  // Stryker disable next-line ConditionalExpression: reading the unchanged text again gives the same tree; this only saves a parse
  if (changes.size === 0) return { text, tree };
  const changed = lines.map((line, index) => changes.get(index) ?? line).join('\n');
  return { text: changed, tree: parse(changed) };
}

function indentedBulletLines(tree: Root, lines: readonly string[]): Map<number, string> {
  const changes = new Map<number, string>();
  for (const node of tree.children) {
    if (node.type !== 'code' || node.lang || !node.position) continue;
    const first = node.position.start.line - 1;
    const last = node.position.end.line - 1;
    if (/^\s*(?:`{3}|~{3})/.test(lines[first]!) || !ITEM.test(lines[first]!)) continue;
    const indent = Math.min(
      ...lines
        .slice(first, last + 1)
        .filter((line) => line.trim() !== '')
        .map((line) => /^ */.exec(line)![0].length),
    );
    for (let index = first; index <= last; index++)
      // Stryker disable next-line Regex: ` *` matches (maybe empty) at the line's start, anchored or not
      changes.set(index, lines[index]!.slice(Math.min(indent, /^ */.exec(lines[index]!)![0].length)));
  }
  return changes;
}
