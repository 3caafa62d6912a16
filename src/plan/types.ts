/** Decks and slides: what the renderer turns into Marp Markdown. All text is inline Markdown. */
export type DeckKind = 'recap' | 'session' | 'day';

/** Slide proportions: 16:9 is 1280×720 px, 4:3 is 960×720 px. */
export type SlideSize = '16:9' | '4:3';

export type Layout =
  | 'title'
  | 'agenda'
  | 'divider'
  | 'session'
  | 'bullets'
  | 'summary'
  | 'quote'
  | 'code'
  | 'table'
  | 'compare'
  | 'takeaways'
  | 'followups'
  | 'programme'
  | 'references'
  | 'research'
  | 'glance'
  | 'closing'
  | 'talk';

/** How the brief recap is planned, for `inspect --json` and the build summary. */
export interface RecapPlan {
  /** Minutes asked for (`--minutes`), or null. */
  minutes: number | null;
  /** Slides the recap may have (about one a minute), or null without minutes. */
  budget: number | null;
  /** Slides the recap has. */
  total: number;
  /** Slides per talk, in order. */
  talks: { title: string; slides: number }[];
}

/** A link under a slide's content: from a recap's talk to its session deck, or back to the recap. */
export interface SlideLink {
  href: string;
  text: string;
}

export interface Slide {
  layout: Layout;
  title: string;
  /** A small line above the slide: the session it belongs to. */
  header: string | null;
  /** Lines under the title on title, divider and session slides. */
  subtitle: string[];
  items: SlideItem[];
  ordered: boolean;
  /** Number of the first item of an ordered list: a list continued from the slide before goes on counting. */
  start: number;
  /** Side-by-side lists (pros and cons), each under its caption. */
  columns: Column[];
  /** A bar chart drawn behind the slide's lower part (the recap's "at a glance"). */
  chart: Bar[];
  /** A Markdown block shown as is: a code fence, a table, a quote. */
  body: string | null;
  /** Speaker notes: prose the slide does not show. */
  notes: string[];
  /** A link to another deck (relative to this one), shown under the content. */
  link?: SlideLink;
}

export interface Column {
  caption: string;
  items: SlideItem[];
}

export interface Bar {
  label: string;
  value: number;
}

export interface SlideItem {
  markdown: string;
  children: SlideItem[];
  /** Markdown blocks nested in the item (code, quotes). */
  blocks: string[];
  /** True on the repeat of a parent that continues from the slide before ("(cont.)"). */
  continues?: boolean;
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
  /** The brief recap's plan (slides per talk against the budget); absent on other decks. */
  recapPlan?: RecapPlan;
  /** A session deck's byline (speakers, track and conference, who noted it), handed to its PDF's metadata as keywords. */
  keywords?: string[];
}
