import { basename, extname } from 'node:path';
import { contentHash } from '../contentHash.js';
import { RecapError } from '../errors.js';
import type { MarpSlides } from '../export/slides/printablePage.js';
import type { Conference } from '../model/types.js';
import { parseFrontMatter } from '../parse/frontMatter.js';
import { slide } from '../plan/slide.js';
import { slugify } from '../plan/slugify.js';
import type { Deck, Slide } from '../plan/types.js';
import type { Theme } from '../themes.js';
import { readNotesText, STDIN_NAME, type LoadOptions } from './loadNotes.js';
import type { RenderedDeck } from './renderDecks.js';

/** An input that is already a Marp deck (`marp: true` in its front matter): rendered as it is, not read as notes. */
export interface MarpDeckInput {
  file: string;
  markdown: string;
  title: string | null;
}

/** The Marp deck given as the only input, or null when the inputs are notes. A Marp deck among notes is refused. */
export async function findMarpDeck(files: string[], stdin?: LoadOptions['stdin']): Promise<MarpDeckInput | null> {
  const decks: MarpDeckInput[] = [];
  for (const file of files) {
    const name = file === '-' ? STDIN_NAME : file;
    const markdown = await readNotesText(file, stdin);
    const { kind, data } = parseFrontMatter(markdown, name);
    if (kind === 'yaml' && data.marp === true)
      decks.push({ file: name, markdown, title: typeof data.title === 'string' ? data.title : null });
  }
  if (decks.length === 0) return null;
  if (files.length > 1)
    throw new RecapError(
      'input',
      'Cannot merge a Marp deck (`marp: true`) with other inputs, expected it alone: `recapdeck build deck.md`',
      { file: decks[0]!.file, line: 1 },
    );
  return decks[0]!;
}

/** The deck's Markdown, with recapdeck's theme when it names none (as marp-cli's `--theme` does). */
export function withDefaultTheme(markdown: string, theme: Theme): string {
  const closing = markdown.split('\n').findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  const front = markdown.split('\n').slice(1, closing);
  if (front.some((line) => /^theme\s*:/.test(line))) return markdown;
  const lines = markdown.split('\n');
  lines.splice(1, 0, `theme: ${theme.name}`);
  return lines.join('\n');
}

/**
 * The Marp deck as one deck named after its file (talk.md → talk), its slides counted by the
 * Marp worker that makes its HTML and PDF; each slide's notes are its comments, for `--pdf-notes`.
 */
export function marpDeck(
  input: MarpDeckInput,
  markdown: string,
  rendered: MarpSlides,
  themes: Theme[],
): { conference: Conference; deck: RenderedDeck } {
  const stem = input.file === STDIN_NAME ? 'deck' : basename(input.file, extname(input.file));
  const title = input.title ?? firstHeading(markdown) ?? stem;
  const slides = rendered.slides.map(
    (_, index): Slide => slide('bullets', '', { notes: rendered.comments[index] ?? [] }),
  );
  const deck: Deck = {
    kind: 'recap',
    title,
    name: slugify(stem, 'deck'),
    meta: { conference: title, date: null, authors: [] },
    slides,
  };
  const themesHash = contentHash(...themes.map((theme) => `${theme.name}\n${theme.css}`));
  const conference: Conference = {
    title,
    date: null,
    authors: [],
    files: [input.file],
    intro: [],
    days: [],
    extras: [],
    warnings: [],
  };
  return { conference, deck: { deck, file: deck.name, markdown, hash: contentHash(themesHash, markdown) } };
}

function firstHeading(markdown: string): string | null {
  return /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? null;
}
