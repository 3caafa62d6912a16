// Small builders of the model's types for the planner's unit tests: each test builds its own notes.
import type {
  Block,
  Conference,
  Day,
  ListItem,
  ParagraphRole,
  Section,
  Session,
  Speaker,
} from '../../src/model/types.js';

export const paragraph = (markdown: string, role: ParagraphRole = 'prose'): Block => ({
  kind: 'paragraph',
  line: 1,
  role,
  markdown,
});

export const heading = (markdown: string): Block => ({ kind: 'heading', line: 1, markdown });

export const item = (markdown: string, children: ListItem[] = [], blocks: Block[] = []): ListItem => ({
  markdown,
  children,
  blocks,
});

export const list = (items: (string | ListItem)[], caption: string | null = null, ordered = false): Block => ({
  kind: 'list',
  line: 1,
  ordered,
  caption,
  items: items.map((each) => (typeof each === 'string' ? item(each) : each)),
});

export const speaker = (name: string, org: string | null = null): Speaker => ({ name, org });

export const session = (title: string, parts: Partial<Session> = {}): Session => ({
  title,
  heading: `### ${title}`,
  speakers: [],
  file: 'notes.md',
  line: 1,
  group: null,
  byline: [],
  blocks: [],
  ...parts,
});

export const day = (title: string, sessions: Session[], parts: Partial<Day> = {}): Day => ({
  title,
  heading: `## ${title}`,
  line: 1,
  intro: [],
  sessions,
  ...parts,
});

export const section = (title: string, blocks: Block[], parts: Partial<Section> = {}): Section => ({
  title,
  heading: `## ${title}`,
  line: 1,
  kind: 'notes',
  placement: 'closing',
  blocks,
  ...parts,
});

export const conference = (days: Day[], parts: Partial<Conference> = {}): Conference => ({
  title: 'Conf 2024',
  date: null,
  authors: [],
  files: ['notes.md'],
  intro: [],
  days,
  extras: [],
  warnings: [],
  ...parts,
});
