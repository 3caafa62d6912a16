import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ParsedNotes } from '../parse/parseNotes.js';
import { headingText, lineOf, toBlocks } from './blocks.js';
import { authorsField, dateField, stringField, titleFromFileName } from './frontMatterFields.js';
import { parseSessionHeading } from './sessionHeading.js';
import { displayCase } from './titleCase.js';
import type { Conference, Day, Section, Session, Warning } from './types.js';

/** Which heading depths carry the structure of one document. */
interface Outline {
  titleHeading: Heading | null;
  dayDepth: number | null;
  sessionDepth: number | null;
}

/** Pure: one parsed notes file → the conference it describes. */
export function buildConference(notes: ParsedNotes): Conference {
  const nodes = notes.tree.children;
  const outline = inferOutline(nodes);
  const warnings: Warning[] = [];
  const title = stringField(notes.frontMatter.title)
    ?? (outline.titleHeading ? toString(outline.titleHeading).trim() : null)
    ?? titleFromFileName(notes.file);

  const conference: Conference = {
    title: displayCase(title),
    date: dateField(notes.frontMatter.date),
    authors: authorsField(notes.frontMatter),
    files: [notes.file],
    intro: [],
    days: [],
    extras: [],
    warnings,
  };

  // Walk the document once, cutting it into day and session groups at the inferred depths.
  const introNodes: RootContent[] = [];
  let current = introNodes;
  let day: (Day & { raw: RootContent[] }) | null = null;
  const days: (Day & { raw: RootContent[] })[] = [];
  const sessions = new Map<Session, RootContent[]>();

  const startDay = (heading: Heading | null): Day & { raw: RootContent[] } => {
    const created = { title: heading ? headingText(heading, notes.source) : conference.title, line: heading ? lineOf(heading) : null, intro: [], sessions: [], raw: [] };
    days.push(created);
    return created;
  };

  for (const node of nodes) {
    if (node === outline.titleHeading) continue;
    if (node.type === 'heading' && node.depth === outline.dayDepth) {
      day = startDay(node);
      current = day.raw;
    } else if (node.type === 'heading' && node.depth === outline.sessionDepth) {
      day ??= startDay(null);
      const { title, speakers } = parseSessionHeading(toString(node).trim());
      const session: Session = { title, heading: headingText(node, notes.source), speakers, file: notes.file, line: lineOf(node), blocks: [] };
      day.sessions.push(session);
      current = [];
      sessions.set(session, current);
    } else {
      current.push(node);
    }
  }
  conference.intro = toBlocks(introNodes, notes.source);

  for (const { raw, ...rest } of days) {
    const built: Day = { ...rest, title: displayCase(rest.title), intro: toBlocks(raw, notes.source) };
    for (const session of built.sessions) session.blocks = toBlocks(sessions.get(session) ?? [], notes.source);
    if (built.sessions.length === 0 && rest.line !== null) {
      // A group without talks ("Interesting projects that require more research") closes the recap.
      const section: Section = { title: built.title, line: rest.line, blocks: built.intro };
      conference.extras.push(section);
    } else {
      conference.days.push(built);
    }
  }
  if (conference.days.length === 0 && conference.extras.length === 0 && conference.intro.length > 0) {
    warnings.push({ file: notes.file, line: null, message: 'No headings found: the notes are shown as one session' });
    conference.days.push({ title: conference.title, line: null, intro: [], sessions: [{ title: conference.title, heading: conference.title, speakers: [], file: notes.file, line: 1, blocks: conference.intro }] });
    conference.intro = [];
  }
  return conference;
}

/** The document's own structure: a lone leading H1 is the title, the next two depths are days and sessions. */
function inferOutline(nodes: RootContent[]): Outline {
  const headings = nodes.filter((node): node is Heading => node.type === 'heading');
  const h1s = headings.filter((heading) => heading.depth === 1);
  const titleHeading = h1s.length === 1 && headings[0] === h1s[0] ? h1s[0]! : null;
  const depths = [...new Set(headings.filter((heading) => heading !== titleHeading).map((heading) => heading.depth))].sort();
  if (depths.length >= 2) return { titleHeading, dayDepth: depths[0]!, sessionDepth: depths[1]! };
  return { titleHeading, dayDepth: null, sessionDepth: depths[0] ?? null };
}
