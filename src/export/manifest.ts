import type { DeckKind } from '../plan/types.js';

export type Format = 'md' | 'html' | 'pdf' | 'pptx';

/** manifest.json (DESIGN.md "Output layout"): paths relative to the manifest. */
export interface Manifest {
  title: string;
  decks: ManifestDeck[];
}

export interface ManifestDeck {
  kind: DeckKind;
  title: string;
  slides: number;
  files: Partial<Record<Format, string>>;
}
