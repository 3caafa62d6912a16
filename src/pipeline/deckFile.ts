import type { Deck, DeckKind } from '../plan/types.js';

/** Folder of each deck kind inside the conference folder. */
export const KIND_DIRS: Record<DeckKind, string> = { recap: '', session: 'sessions', day: 'days' };

/** Where a deck goes inside the conference folder, without extension: "recap", "sessions/03-…". */
export function deckFile(deck: Deck): string {
  const folder = KIND_DIRS[deck.kind];
  return folder ? `${folder}/${deck.name}` : deck.name;
}
