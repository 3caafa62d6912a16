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
  /** Sections that hold no sessions: travel and overviews before the days, summaries and "to look into" lists after. */
  extras: Section[];
  warnings: Warning[];
  /** How the notes were read (see docs/STRUCTURE.md); absent on merged team recaps. */
  structure?: StructureReading;
}

/** Where days and talks were found: a heading rank ("h2"), list items ("list"), and how sure the reading is. */
export interface StructureReading {
  days: string | null;
  talks: string;
  /** 0..1: how far the chosen reading led the runner-up on the evidence of its talks. */
  confidence: number;
  runnerUp: { days: string | null; talks: string } | null;
  /** Who chose it: inferred from the notes, or asked for in front matter or config. */
  source: 'inferred' | 'front matter' | 'config';
}

export interface Day {
  title: string;
  /** The heading as written ("##Day 1 {#day1}"), or null when the day was not a heading. */
  heading: string | null;
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
  /** The heading that groups this talk within its day ("Morning Keynotes"), or null. */
  group: string | null;
  /** Lines under the title that named the speakers ("- speaker: Jane Doe"); shown in the speaker notes. */
  byline: string[];
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
  /** The heading as written, when it differs from the title. */
  heading: string;
  line: number;
  /** 'research': things the author wants to look into ("Things to Google"). */
  kind: 'notes' | 'research';
  /** Before the first day (travel, overview) or after the last (summary, links). */
  placement: 'opening' | 'closing';
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
