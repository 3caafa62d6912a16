import type { Node, Nodes, Parents } from 'mdast';
import { visit as visitTree } from 'unist-util-visit';
import { buildConference } from '../../src/model/buildConference.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { planDecks } from '../../src/plan/planDecks.js';
import { renderDeck } from '../../src/render/renderDeck.js';

/** Words as the nothing-lost check compares them: runs of letters or digits, lower case. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Every word the author wrote, from the parsed notes: text, inline code, code blocks, link and image
 * text and URLs. Markup is not text; nor is raw HTML, front matter, or what the parser dropped with a warning.
 */
export function notesWords(text: string, file: string): Set<string> {
  const words = new Set<string>();
  const notes = parseNotes(text, file);
  const visit = (node: Node & { value?: string; url?: string; alt?: string | null; children?: Node[] }) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
      for (const word of wordsOf(node.value ?? '')) words.add(word);
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      // Only what the author typed: a bare `www.x.org` or e-mail address gets its `http`/`mailto` from the parser.
      const written = new Set(wordsOf(notes.source.slice(node.position?.start.offset, node.position?.end.offset)));
      for (const word of wordsOf(node.url ?? '')) if (written.has(word) || node.type === 'definition') words.add(word);
    }
    if (node.type === 'image') for (const word of wordsOf(node.alt ?? '')) words.add(word);
    for (const child of node.children ?? []) visit(child);
  };
  visit(notes.tree);
  for (const word of elementMentionWords(text)) words.add(word);
  return words;
}

/** Tags that are markup wherever they stand (the parser removes them with a warning): not words the author wrote. */
export const MARKUP_TAGS = new Set(['br', 'hr', 'wbr', 'img', 'script', 'style', 'iframe', 'object', 'embed']);

/**
 * Element names written in prose (`the <defs> element`, `wrap it in <svg>`): a tag with no attributes and no
 * partner in its paragraph is text the author wrote, counted from the notes as written (the parser once dropped
 * them as HTML, and a check of its output alone could not see it).
 */
function elementMentionWords(text: string): string[] {
  const found: string[] = [];
  visitTree(parseMarkdown(text), 'html', (node, index, parent: Parents | undefined) => {
    if (!parent || index === undefined || ['root', 'listItem', 'blockquote'].includes(parent.type)) return;
    const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)\s*\/?>$/.exec(node.value);
    // A capitalised name is a JSX component, the MDX dialect's to read (corpus 72's `</Admonition>`).
    if (!tag || MARKUP_TAGS.has(tag[2]!.toLowerCase()) || /^[A-Z]/.test(tag[2]!)) return;
    const name = tag[2]!.toLowerCase();
    const others = (parent.children as Nodes[]).filter((sibling, at) => sibling.type === 'html' && at !== index);
    const partner = others.some((sibling) => {
      const other = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec((sibling as { value: string }).value);
      return other !== null && other[2]!.toLowerCase() === name && other[1] !== tag[1];
    });
    if (!partner) found.push(...wordsOf(name));
  });
  return found;
}

/** The brief recap and every session deck as Marp Markdown, made by the same stages as a build. */
export function decksMarkdown(text: string, file: string): string {
  const conference = buildConference(parseNotes(text, file));
  return planDecks(conference, { decks: ['recap', 'session'] })
    .map((deck) => renderDeck(deck, { theme: 'recap-light', size: '16:9' }))
    .join('\n');
}

/**
 * Words of decks as the check finds them. A bare `github.com/owner/repo` the model made a link splits the text
 * around it, and text written without spaces (Japanese, Chinese) then loses its word boundaries: `その場でgithub.com/…`
 * is on the slide as `その場で[github.com/…](…)`. The words of the same Markdown with link text unwrapped count too.
 */
export function deckWords(markdown: string): Set<string> {
  const unwrapped = markdown.replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1');
  return new Set([...wordsOf(markdown), ...wordsOf(unwrapped)]);
}

/** Words of the notes that appear nowhere in the recap and session decks together, slides or speaker notes. */
export function lostWords(text: string, file: string): string[] {
  const decks = deckWords(decksMarkdown(text, file));
  return [...notesWords(text, file)].filter((word) => !decks.has(word));
}
