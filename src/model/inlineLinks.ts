import type { Definition, ImageReference, LinkReference, Node, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The notes' text with what inline rewriting needs: reference definitions by identifier. */
export interface NotesSource {
  text: string;
  definitions: Map<string, Definition>;
  /** Identifiers some `[text][ref]` or `![alt][ref]` uses: a definition no one uses is a link of its own. */
  referenced: Set<string>;
}

export function notesSource(text: string, tree: Root): NotesSource {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const referenced = new Set<string>();
  visit(tree, ['linkReference', 'imageReference'], (node) => {
    referenced.add((node as LinkReference | ImageReference).identifier);
  });
  return { text, definitions, referenced };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** `github.com/owner/repo` written without a scheme. */
const REPO_PATH = /(?<![\w./@:-])((?:github|gitlab)\.com\/[\w.-]+\/[\w.-]*[\w-])/g;

/**
 * The Markdown of an inline container as written, made to stand on its own on a slide:
 * reference links (`[text][ref]`) get their URL inline, since the definition stays behind;
 * bare `https://…` URLs and `github.com/owner/repo` become links.
 */
export function inlineSource(node: Node, source: NotesSource): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  const edits: Edit[] = [];
  visit(node as Nodes, (child: Nodes) => {
    const from = child.position?.start.offset;
    const to = child.position?.end.offset;
    if (from === undefined || to === undefined) return;
    if (child.type === 'linkReference' || child.type === 'imageReference') {
      const definition = source.definitions.get(child.identifier);
      if (!definition) return;
      const written = source.text.slice(from, to);
      // Stryker disable next-line OptionalChaining,StringLiteral: a reference as written always opens with its label (no fallback)
      const label = /^!?\[((?:\\.|[^\]\\])*)\]/.exec(written)?.[1] ?? '';
      edits.push({
        start: from,
        end: to,
        text: `${child.type === 'imageReference' ? '!' : ''}${inlineLink(label, definition)}`,
      });
      return 'skip';
    }
    if (child.type === 'link') {
      const written = source.text.slice(from, to);
      // A GFM literal: `https://x.org/a` or `www.x.org` typed as is.
      if (!written.startsWith('[') && !written.startsWith('<') && !written.includes('@'))
        edits.push({ start: from, end: to, text: `[${written}](${child.url})` });
      return 'skip';
    }
    // Stryker disable next-line all: these are leaves and not text, so visiting them would change nothing either
    if (child.type === 'inlineCode' || child.type === 'code' || child.type === 'html') return 'skip';
    if (child.type === 'text') {
      for (const match of source.text.slice(from, to).matchAll(REPO_PATH)) {
        const at = from + match.index;
        edits.push({ start: at, end: at + match[0].length, text: `[${match[0]}](https://${match[0]})` });
      }
    }
    return undefined;
  });
  // In one pass: slicing the whole text once per edit took minutes on a paragraph of 40,000 URLs.
  const parts: string[] = [];
  let from = start;
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: visit finds edits in document order already; the sort keeps it so
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    parts.push(source.text.slice(from, edit.start), edit.text);
    from = edit.end;
  }
  parts.push(source.text.slice(from, end));
  return parts.join('');
}

/** `[label](<url> "title")`: a reference definition written as an inline link, to stand where the definition does not. */
export function inlineLink(label: string, definition: Definition): string {
  const title = definition.title ? ` "${definition.title.replace(/"/g, '\\"')}"` : '';
  return `[${label}](<${definition.url}>${title})`;
}
