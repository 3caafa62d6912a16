import type { Html, List, ListItem as MdastListItem, Node, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { inlineLink, inlineSource, type NotesSource } from './inlineLinks.js';
import type { Block, ListItem, ParagraphRole } from './types.js';
import { showsEveryWord } from '../words.js';

/** Source text a node was parsed from: the author's Markdown, untouched. */
export function sourceOf(node: Node, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return toString(node);
  return source.slice(start, end);
}

/** Pure: a paragraph of pictures only (`![photo](…)`, spaces between them): no sentence, no line of a list. */
export function picturesOnly(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    node.children.some((child) => child.type === 'image') &&
    node.children.every((child) => child.type === 'image' || (child.type === 'text' && child.value.trim() === ''))
  );
}

export function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

/** The lines of a paragraph after its first, as a paragraph of their own (positions kept for slicing). */
export function remainderOf(paragraph: Paragraph, skip: number, source: string): Paragraph {
  const start = paragraph.position!.start;
  const offset = start.offset! + skip;
  const value = source.slice(offset, paragraph.position!.end.offset);
  return {
    type: 'paragraph',
    children: [{ type: 'text', value }],
    position: { start: { line: start.line + 1, column: 1, offset }, end: paragraph.position!.end },
  };
}

/** Converts top-level mdast content into model blocks; captions ("Advantages:") join the list they introduce. */
export function toBlocks(nodes: RootContent[], source: NotesSource): Block[] {
  const blocks: Block[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const next = nodes[index + 1];
    if (next?.type === 'list' && isCaption(node, source.text)) {
      blocks.push(...toList(next, source, toString(node).trim()));
      index++;
      continue;
    }
    blocks.push(...toBlock(node, source));
  }
  return blocks;
}

/**
 * A node's blocks: most make one. HTML inside a list or a quote is taken out and follows it as
 * HTML blocks of their own, which go to the speaker notes like any HTML block: written into a
 * bullet or a quote, Marp would read a comment there as directives.
 */
function toBlock(node: RootContent, source: NotesSource): Block[] {
  const line = lineOf(node);
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', line, role: paragraphRole(node), markdown: inlineSource(node, source).trim() }];
    case 'list':
      return toList(node, source, null);
    case 'heading':
      return [{ kind: 'heading', line, markdown: headingText(node, source.text) }];
    case 'code':
      return [{ kind: 'code', line, lang: node.lang ?? null, code: node.value }];
    case 'blockquote': {
      const html: Block[] = [];
      const markdown = node.children
        .flatMap((child) => (liftHtml(child, html) ? [] : [inlineSource(child, source)]))
        .join('\n\n');
      return [...(markdown ? [{ kind: 'quote', line, markdown } as const] : []), ...html];
    }
    case 'table':
      return [{ kind: 'table', line, markdown: inlineSource(node, source) }];
    case 'html':
      return [{ kind: 'html', line, html: node.value }];
    case 'definition':
      // A link list the notes never point into (`[jekyll-docs]: https://…`, Jekyll's starter post) is the
      // author's links all the same: it stays, as links.
      return source.referenced.has(node.identifier)
        ? []
        : [{ kind: 'paragraph', line, role: 'prose', markdown: inlineLink(node.label ?? node.identifier, node) }];
    case 'thematicBreak':
    case 'footnoteDefinition':
      return [];
    default:
      return [{ kind: 'paragraph', line, role: 'prose', markdown: sourceOf(node, source.text).trim() }];
  }
}

/** Every HTML node inside `node` (or `node` itself) into `html`; true when `node` is HTML. */
function liftHtml(node: Node, html: Block[]): boolean {
  if (node.type === 'html') {
    html.push({ kind: 'html', line: lineOf(node), html: (node as Html).value });
    return true;
  }
  return false;
}

function toList(list: List, source: NotesSource, caption: string | null): Block[] {
  const html: Block[] = [];
  const items = list.children.map((item) => toItem(item, source, html));
  return [{ kind: 'list', line: lineOf(list), ordered: list.ordered ?? false, caption, items }, ...html];
}

function toItem(item: MdastListItem, source: NotesSource, html: Block[]): ListItem {
  const [first, ...rest] = item.children;
  const markdown = first?.type === 'paragraph' ? inlineSource(first, source).trim() : '';
  const others = first?.type === 'paragraph' ? rest : item.children;
  const children: ListItem[] = [];
  const blocks: Block[] = [];
  for (const child of others) {
    if (child.type === 'list') children.push(...child.children.map((nested) => toItem(nested, source, html)));
    else for (const block of toBlock(child as RootContent, source)) (block.kind === 'html' ? html : blocks).push(block);
  }
  const checkbox = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
  return { markdown: checkbox + markdown, children, blocks };
}

/** The heading's inline Markdown without the `#` marks or a setext underline. */
export function headingText(node: Node & { children?: Node[] }, source: string): string {
  const children = node.children ?? [];
  if (children.length === 0) return '';
  const start = children[0]!.position?.start.offset;
  const end = children.at(-1)!.position?.end.offset;
  if (start === undefined || end === undefined) return toString(node).trim();
  return source.slice(start, end).trim();
}

/** A short plain line right before a list names it: "Advantages", "They solved that by:". */
function isCaption(node: RootContent, source: string): node is Paragraph {
  // A caption is shown as plain text: a heading whose link targets that would drop is a heading block instead.
  if (node.type === 'heading') return showsEveryWord(headingText(node, source), toString(node));
  if (node.type !== 'paragraph' || paragraphRole(node) !== 'prose') return false;
  if (node.children.some((child) => child.type === 'image' || child.type === 'link')) return false;
  const text = toString(node).trim();
  if (text.length === 0 || text.length > 80 || text.includes('\n')) return false;
  return text.endsWith(':') || (!/[.!?]$/.test(text) && text.split(/\s+/).length <= 6);
}

function paragraphRole(node: Paragraph): ParagraphRole {
  const text = toString(node).trim();
  if (TODO_LEAD.test(text)) return 'todo';
  if (/^quote\s*:/i.test(text)) return 'quote';
  const onlyLinks = node.children.every(
    (child) => child.type === 'link' || child.type === 'break' || (child.type === 'text' && child.value.trim() === ''),
  );
  if (onlyLinks && node.children.some((child) => child.type === 'link')) return 'links';
  return 'prose';
}

/** What opens a TODO: "TODO", "FIXME", "Action item(s)". */
export const TODO_LEAD = /^(?:TODO|FIXME|action items?)\b/i;
