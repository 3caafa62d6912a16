/** Decks and slides: what the renderer turns into Marp Markdown. All text is inline Markdown. */
export type DeckKind = 'recap' | 'session' | 'day';

export type Layout = 'title' | 'agenda' | 'divider' | 'session' | 'bullets' | 'summary' | 'quote' | 'code' | 'table' | 'followups' | 'references' | 'closing';

export interface Slide {
  layout: Layout;
  title: string;
  /** A small line above the slide: the session it belongs to. */
  header: string | null;
  /** Lines under the title on title, divider and session slides. */
  subtitle: string[];
  items: SlideItem[];
  ordered: boolean;
  /** A Markdown block shown as is: a code fence, a table, a quote. */
  body: string | null;
  /** Speaker notes: prose the slide does not show. */
  notes: string[];
}

export interface SlideItem {
  markdown: string;
  children: SlideItem[];
  /** Markdown blocks nested in the item (code, quotes). */
  blocks: string[];
}

export interface DeckMeta {
  conference: string;
  date: string | null;
  authors: string[];
}

export interface Deck {
  kind: DeckKind;
  title: string;
  /** File name without extension, e.g. "recap" or "03-the-art-of-hiding-yourself". */
  name: string;
  meta: DeckMeta;
  slides: Slide[];
}
