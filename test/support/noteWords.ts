import type { Node } from 'mdast';
import { buildConference } from '../../src/model/buildConference.js';
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
  return words;
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
