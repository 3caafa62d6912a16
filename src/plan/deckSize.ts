import { RecapError } from '../errors.js';
import type { Deck } from './types.js';

/**
 * More slides than any deck a person presents: a 1,000-talk recap has about 2,300. Rendering and
 * printing cost time and memory per slide, so a deck past this (a day of merged notes with
 * thousands of points) is refused rather than left to run for many minutes.
 */
export const MAX_DECK_SLIDES = 5_000;

/** Throws when the deck has more than MAX_DECK_SLIDES slides. */
export function checkDeckSize(deck: Deck, file: string | undefined): Deck {
  if (deck.slides.length > MAX_DECK_SLIDES) {
    throw new RecapError(
      'input',
      `Cannot make the ${deck.kind} deck \`${deck.title}\` of ${deck.slides.length} slides, expected at most ${MAX_DECK_SLIDES}: split the notes into several talks or recaps`,
      { file },
    );
  }
  return deck;
}
