/** The conference as the notes describe it: what `inspect --json` shows and the planner reads. */
export interface Conference {
  title: string;
  /** ISO date (yyyy-mm-dd) from the front matter, or null. */
  date: string | null;
  authors: string[];
  files: string[];
  /** What the author wrote before the first day or session. */
  intro: Block[];
  days: Day[];
  /** Closing sections that hold no sessions, e.g. "Interesting projects that require more research". */
  extras: Section[];
  warnings: Warning[];
}

export interface Day {
  title: string;
  line: number | null;
  intro: Block[];
  sessions: Session[];
}

export interface Session {
  /** Display title: prefixes such as "Session:" dropped, ALL CAPS in title case, speakers removed. */
  title: string;
  /** The heading as written. */
  heading: string;
  speakers: Speaker[];
  file: string;
  line: number;
  blocks: Block[];
  /** In a team recap: who noted this talk, in the order their notes were given. */
  notedBy?: string[];
}

export interface Speaker {
  name: string;
  org: string | null;
}

export interface Section {
  title: string;
  line: number;
  blocks: Block[];
}

export interface Warning {
  file: string;
  line: number | null;
  message: string;
}

/** How a paragraph is used in notes; the planner lays each role out differently. */
export type ParagraphRole = 'prose' | 'todo' | 'quote' | 'links';

/** Content blocks hold Markdown source as the author wrote it, so nothing is reformatted or lost. */
export type Block =
  | { kind: 'paragraph'; line: number; role: ParagraphRole; markdown: string }
  | { kind: 'list'; line: number; ordered: boolean; caption: string | null; items: ListItem[] }
  | { kind: 'heading'; line: number; markdown: string }
  | { kind: 'code'; line: number; lang: string | null; code: string }
  | { kind: 'quote'; line: number; markdown: string }
  | { kind: 'table'; line: number; markdown: string }
  | { kind: 'html'; line: number; html: string };

export interface ListItem {
  markdown: string;
  children: ListItem[];
  /** Further blocks inside the item (code, quotes, extra paragraphs). */
  blocks: Block[];
}
