import { contentHash } from '../contentHash.js';
import { embedLocalImages, linkLocalImages, type LocalImage } from '../export/localImages.js';
import type { Conference } from '../model/types.js';
import type { FitBudgets } from '../plan/fitBudgets.js';
import { planDecks } from '../plan/planDecks.js';
import type { RecapKind } from '../plan/planDecks.js';
import type { Deck, DeckKind } from '../plan/types.js';
import { renderDeck } from '../render/renderDeck.js';
import { themeChartColours } from '../render/themeColours.js';
import type { Theme } from '../themes.js';
import { deckFile } from './deckFile.js';

export interface RenderedDeck {
  deck: Deck;
  /** Where the deck goes, without extension: "recap", "sessions/03-…". */
  file: string;
  markdown: string;
  /** Hash of the deck's Markdown and every theme: what its HTML and PDF are made from. */
  hash: string;
}

export interface RenderOptions {
  decks: DeckKind[];
  theme: Theme;
  themes: Theme[];
  size: '16:9' | '4:3';
  recap?: RecapKind;
  minutes?: number | null;
  /** Smaller budgets for slides a measured fit found overflowing. */
  fit?: FitBudgets;
}

/** Conference → every deck's Marp Markdown and content hash (shared by `build` and `serve`). */
export function renderDecks(conference: Conference, options: RenderOptions): RenderedDeck[] {
  const themesHash = contentHash(...options.themes.map((theme) => `${theme.name}\n${theme.css}`));
  const chartColours = themeChartColours(
    options.theme.css,
    (name) => options.themes.find((theme) => theme.name === name)?.css,
  );
  return planDecks(conference, {
    decks: options.decks,
    size: options.size,
    recap: options.recap,
    minutes: options.minutes,
    fit: options.fit,
  }).map((deck) => {
    const markdown = renderDeck(deck, { theme: options.theme.name, size: options.size, chartColours });
    return { deck, file: deckFile(deck), markdown, hash: contentHash(themesHash, markdown) };
  });
}

/** A deck as exported: its Markdown points at images/, the PDF's has them inline. */
export interface ExportedDeck extends RenderedDeck {
  pdfMarkdown: string;
}

/** Image names carry a hash of their bytes, so the deck's hash changes when an image does. */
export function withLocalImages(deck: RenderedDeck, images: Map<string, LocalImage>): ExportedDeck {
  const markdown = linkLocalImages(deck.markdown, images, deck.file);
  return {
    ...deck,
    markdown,
    pdfMarkdown: embedLocalImages(deck.markdown, images),
    hash: markdown === deck.markdown ? deck.hash : contentHash(deck.hash, markdown),
  };
}
