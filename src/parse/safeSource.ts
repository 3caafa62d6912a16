import type { Definition, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { RecapError } from '../errors.js';
import type { SourceRepair } from './repairSource.js';
import { imageTarget, isSafeLink, remoteOfSchemeRelative } from './urlPolicy.js';
import { shortened } from './dialects/types.js';
import { isElementMention } from './elementMentions.js';

export interface SafeSourceOptions {
  /** The notes file: relative image paths are resolved against its folder. */
  file: string;
  /** Keep images outside the notes file's folder (`/abs`, `../`, `file://`). */
  allowLocalFiles?: boolean;
  /** Remote images will be loaded: no warning that they are not. */
  allowRemote?: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  line: number;
  message: string;
}

/** Containers of block HTML: that HTML goes to the speaker notes as text, never onto a slide. */
const BLOCK_PARENTS = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition']);
/** A line break in HTML, the only way to break a line inside a table cell. */
const CELL_BREAK = /^<br\s*\/?>$/iu;
/** What a line break inside a table cell becomes: the cell's lines stay apart (`Ann Lee; Bob Smith`), no word joined. */
export const CELL_LINE_SEPARATOR = '; ';
/** A link that only hides another unsafe link or image: re-checked after each pass, a few passes at most. */
const MAX_PASSES = 4;

/**
 * Pure: the notes with what must not reach a slide taken out, lines kept where they were.
 * Inline HTML goes (its text stays), but an element named in prose (`the <defs> element`) is text; links with a scheme other than http(s), mailto, ftp or tel
 * become their text; images with such a scheme, or outside the notes file's folder, become their
 * alt text; local images get an absolute `file:` URL the export copies into the output folder.
 */
export function safeSource(
  text: string,
  tree: Root,
  parse: (text: string) => Root,
  options: SafeSourceOptions,
): { text: string; tree: Root; repairs: SourceRepair[] } {
  const repairs: SourceRepair[] = [];
  for (let pass = 0; ; pass++) {
    const edits = unsafeParts(text, tree, options);
    if (edits.length === 0) break;
    // Never leave an unsafe part in: notes that hide one deeper than this are refused.
    if (pass === MAX_PASSES)
      throw new RecapError(
        'input',
        'Cannot make these links and images safe, expected them nested a few deep at most',
        { file: options.file, line: edits[0]!.line },
      );
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
      // Newlines inside the removed text stay, so every later line keeps its number.
      const newlines = '\n'.repeat((text.slice(edit.start, edit.end).match(/\n/g) ?? []).length);
      text = text.slice(0, edit.start) + edit.text + newlines + text.slice(edit.end);
    }
    repairs.push(...messages(edits));
    tree = parse(text);
  }
  if (!options.allowRemote) repairs.push(...remoteImages(tree, options.file));
  return { text, tree, repairs: repairs.sort((a, b) => a.line - b.line) };
}

/** Remote images stay in the Markdown, but HTML and PDF load them only with --allow-remote: the author should know. */
function remoteImages(tree: Root, file: string): SourceRepair[] {
  const definitions = definitionsOf(tree);
  const repairs: SourceRepair[] = [];
  visit(tree, ['image', 'imageReference'], (node) => {
    const image = node as Nodes;
    const url =
      image.type === 'image'
        ? image.url
        : image.type === 'imageReference'
          ? definitions.get(image.identifier)?.url
          : undefined;
    if (url !== undefined && imageTarget(url, file).kind === 'remote') {
      repairs.push({
        // Stryker disable next-line OptionalChaining: a parsed image always has a position
        line: image.position?.start.line ?? 1,
        message: `Remote image \`${shortened(url)}\` is not loaded in HTML and PDF (--allow-remote loads it)`,
      });
    }
  });
  return repairs;
}

function definitionsOf(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  return definitions;
}

/** One warning per change, inline HTML gathered by line; rewriting a local image to its absolute path is no news to the author. */
function messages(edits: Edit[]): SourceRepair[] {
  const repairs: SourceRepair[] = [];
  const htmlByLine = new Map<number, string[]>();
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: one pass's edits come in document order already; the sort keeps that true
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    // Stryker disable next-line MethodExpression: an HTML message starts and ends with a backtick, no other message does either
    if (edit.message.startsWith('`')) {
      const tags = htmlByLine.get(edit.line) ?? [];
      if (tags.length === 0) repairs.push({ line: edit.line, message: '' });
      htmlByLine.set(edit.line, [...tags, edit.message]);
    } else if (edit.message) repairs.push({ line: edit.line, message: edit.message });
  }
  for (const repair of repairs)
    if (!repair.message) repair.message = `Removed inline HTML ${[...new Set(htmlByLine.get(repair.line))].join(', ')}`;
  return repairs;
}

function unsafeParts(text: string, tree: Root, options: SafeSourceOptions): Edit[] {
  const definitions = definitionsOf(tree);
  const edits: Edit[] = [];
  visit(tree, (node: Nodes, _index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a node has both offsets or neither
    if (start === undefined || end === undefined) return undefined;
    const line = node.position!.start.line;
    const written = text.slice(start, end);
    const edit = (replacement: string, message: string) => edits.push({ start, end, text: replacement, line, message });
    switch (node.type) {
      case 'html':
        // An element named in prose ("the <defs> element") is text: kept, its `<` escaped.
        if (parent && !BLOCK_PARENTS.has(parent.type))
          if (isElementMention(written, node, parent)) edit(`\\${written}`, '');
          // A line break inside a table cell parts its lines (`Ann Lee<br>Bob Smith`): a `; ` keeps them apart.
          else
            edit(
              parent.type === 'tableCell' && CELL_BREAK.test(written) ? CELL_LINE_SEPARATOR : '',
              `\`${shortened(written)}\``,
            );
        // Stryker disable next-line StringLiteral: HTML has no children to skip
        return 'skip';
      case 'link': {
        const remote = remoteOfSchemeRelative(node.url);
        if (remote) edit(`[${labelOf(node, text)}](<${remote}>)`, '');
        else if (isSafeLink(node.url)) return undefined;
        else edit(labelOf(node, text), `Removed a \`${shortened(node.url)}\` link, kept its text`);
        return 'skip';
      }
      case 'definition': {
        const remote = remoteOfSchemeRelative(node.url);
        if (remote) edit(`[${node.label ?? node.identifier}]: <${remote}>`, '');
        else if (!isSafeLink(node.url))
          edit(`[${node.label ?? node.identifier}]: <>`, `Removed a \`${shortened(node.url)}\` link target`);
        // Stryker disable next-line StringLiteral: a definition has no children to skip
        return 'skip';
      }
      case 'image':
      case 'imageReference': {
        // Stryker disable next-line OptionalChaining: the parser makes a reference only when its definition exists
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
        // Stryker disable next-line ConditionalExpression,StringLiteral: as above, and an image has no children to skip
        if (url === undefined) return 'skip';
        const target = imageTarget(url, options.file);
        // Stryker disable next-line StringLiteral: the parser always gives an image an alt string
        const alt = escapeMarkdown(node.alt ?? '');
        if (target.kind === 'unsafe') edit(alt, `Removed image \`${shortened(url)}\`, kept its alt text`);
        else if (target.kind === 'local' && !target.inside && !options.allowLocalFiles) {
          edit(
            alt,
            `Removed image \`${shortened(url)}\`: it is outside the notes file's folder (--allow-local-files includes it)`,
          );
        } else if (target.kind === 'local' && (node.type === 'imageReference' || node.url !== target.url)) {
          // Stryker disable next-line ConditionalExpression: only an inline image has a title of its own
          const title = node.type === 'image' && node.title ? ` "${node.title.replace(/["\\]/g, '\\$&')}"` : '';
          edits.push({ start, end, text: `![${alt}](<${target.url}>${title})`, line, message: '' });
        }
        // Stryker disable next-line StringLiteral: an image has no children to skip
        return 'skip';
      }
      // Stryker disable next-line ConditionalExpression: without the default, the callback returns undefined all the same
      default:
        return undefined;
    }
  });
  return edits;
}

/** What a link shows: the Markdown of its children, as written. */
function labelOf(node: Nodes & { children: Nodes[] }, text: string): string {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  // Stryker disable next-line LogicalOperator: a link has both a first and a last child, or neither
  return first === undefined || last === undefined ? '' : text.slice(first, last);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\[\]`*_<>!]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}
