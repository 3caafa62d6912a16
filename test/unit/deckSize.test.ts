import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { checkDeckSize, MAX_DECK_SLIDES } from '../../src/plan/deckSize.js';
import { slide } from '../../src/plan/slide.js';
import type { Deck } from '../../src/plan/types.js';

const deckOf = (slides: number): Deck => ({
  kind: 'recap',
  title: 'Recap',
  name: 'recap',
  meta: { conference: 'Conf', date: null, authors: [] },
  slides: Array.from({ length: slides }, () => slide('bullets', 'Points')),
});

describe('checkDeckSize', () => {
  it('gives back a deck of up to the most slides as it is', () => {
    const deck = deckOf(MAX_DECK_SLIDES);
    expect(checkDeckSize(deck, 'notes.md')).toBe(deck);
  });

  it('refuses a larger one as bad input of the notes file', () => {
    let refused: unknown;
    try {
      checkDeckSize(deckOf(MAX_DECK_SLIDES + 1), 'notes.md');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RecapError);
    expect(refused).toMatchObject({ kind: 'input', file: 'notes.md', line: undefined });
    expect((refused as RecapError).message).toBe(
      `Cannot make the recap deck \`Recap\` of ${MAX_DECK_SLIDES + 1} slides, expected at most ${MAX_DECK_SLIDES}: split the notes into several talks or recaps`,
    );
  });
});
