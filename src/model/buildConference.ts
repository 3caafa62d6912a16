import type { RootContent } from 'mdast';
import type { ParsedNotes } from '../parse/parseNotes.js';
import { toBlocks } from './blocks.js';
import { notesSource, type NotesSource } from './inlineLinks.js';
import { authorsField, dateField, stringField, titleFromFileName } from './frontMatterFields.js';
import { headinglessStructure } from './headinglessStructure.js';
import { inferStructure, type DaySource, type TalkSource } from './inferStructure.js';
import { buildOutline } from './outline.js';
import { parseSessionHeading } from './sessionHeading.js';
import { takeSpeakerLines } from './speakerLines.js';
import { displayCase } from './titleCase.js';
import { checkTalkCount, checkTalkPoints } from './workBounds.js';
import type { Block, Conference, Day, Session, Warning } from './types.js';

/** Pure: one parsed notes file → the conference it describes. */
export function buildConference(notes: ParsedNotes): Conference {
  const warnings: Warning[] = notes.repairs.map(({ line, message }) => ({ file: notes.file, line, message }));
  const warn = (line: number | null, message: string) => warnings.push({ file: notes.file, line, message });
  const source = notesSource(notes.source, notes.tree);
  const outline = buildOutline(notes.tree.children, notes.source);
  if (outline.boldHeadings) warn(null, 'No headings: bold lines were read as headings');

  // A lone leading H1 names the conference; what it holds is the notes.
  const [only] = outline.sections;
  const titleSection = outline.sections.length === 1 && only!.rank === 1 && only!.children.length > 0 ? only! : null;
  const sections = titleSection ? titleSection.children : outline.sections;
  const preamble = titleSection ? [...outline.preamble, ...titleSection.content] : outline.preamble;

  const frontMatterTitle = stringField(notes.frontMatter.title);
  let titleLine: string | null = null;
  let intro: RootContent[] = preamble;
  let days: DaySource[];
  let asides: ReturnType<typeof inferStructure>['asides'] = [];
  if (sections.length > 0) {
    const structure = inferStructure(sections);
    days = structure.days;
    asides = structure.asides;
    for (const note of structure.notes) warn(note.line, note.message);
  } else {
    const headingless = headinglessStructure(preamble, notes.source);
    // A first line that could name the notes is only taken out when it does: with a front matter title it stays prose.
    titleLine = frontMatterTitle === null || sameWords(frontMatterTitle, headingless.titleLine) ? headingless.titleLine : null;
    intro = titleLine === null && headingless.titleNode ? [headingless.titleNode, ...headingless.intro] : headingless.intro;
    days = headingless.talks.length > 0 ? [{ heading: null, text: null, line: null, intro: [], talks: headingless.talks }] : [];
    if (headingless.carrier) warn(null, `No headings: talks were read from ${headingless.carrier === 'separators' ? '`---` rules between them' : 'the items of the top-level list'}`);
  }

  const title = frontMatterTitle ?? (titleSection ? titleSection.text : null) ?? titleLine ?? titleFromFileName(notes.file);
  // A lone H1 the front matter title outranks is still the author's words: it opens the intro.
  const unusedH1: Block[] = titleSection && frontMatterTitle !== null && !sameWords(frontMatterTitle, titleSection.text) ? [{ kind: 'paragraph', line: titleSection.line, role: 'prose', markdown: titleSection.heading }] : [];
  const conference: Conference = {
    title: displayCase(title),
    date: dateField(notes.frontMatter.date),
    authors: authorsField(notes.frontMatter),
    files: [notes.file],
    intro: [...unusedH1, ...toBlocks(intro, source)],
    days: days.map((day) => toDay(day, days.length > 1 ? 'Talks' : displayCase(title), notes, source)),
    extras: asides.map(({ section, kind, placement }) => ({ title: displayCase(section.text), heading: section.heading, line: section.line, kind, placement, blocks: toBlocks(section.body, source) })),
    warnings,
  };
  if (conference.days.length === 0 && conference.intro.length > 0) {
    // Nothing to hang talks on: the notes are shown as one session rather than lost.
    warn(null, 'No headings, rules or nested list found: the notes are shown as one session');
    conference.days.push({ title: conference.title, heading: null, line: null, intro: [], sessions: [{ title: conference.title, heading: conference.title, speakers: [], file: notes.file, line: conference.intro[0]!.line, group: null, byline: [], blocks: conference.intro }] });
    conference.intro = [];
  }
  checkTalkCount([conference]);
  checkTalkPoints(conference);
  return conference;
}

/** Whether two titles say the same thing, case and punctuation aside. */
function sameWords(a: string, b: string | null): boolean {
  const words = (text: string) => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
  return b !== null && words(a) === words(b);
}

/** `untitled`: the title of a day the notes did not name. */
function toDay(day: DaySource, untitled: string, notes: ParsedNotes, source: NotesSource): Day {
  return {
    title: day.text === null ? untitled : displayCase(day.text),
    heading: day.heading,
    line: day.line,
    intro: toBlocks(day.intro, source),
    sessions: day.talks.map((talk) => toSession(talk, notes, source)),
  };
}

function toSession(talk: TalkSource, notes: ParsedNotes, source: NotesSource): Session {
  const fromHeading = parseSessionHeading(talk.text);
  const lines = takeSpeakerLines(talk.body, notes.source);
  const speakers = [...fromHeading.speakers];
  for (const speaker of lines.speakers) {
    const known = speakers.find((existing) => existing.name.toLocaleLowerCase() === speaker.name.toLocaleLowerCase());
    if (!known) speakers.push(speaker);
    else known.org ??= speaker.org;
  }
  return {
    title: fromHeading.title || displayCase(talk.text),
    heading: talk.heading,
    speakers,
    file: notes.file,
    line: talk.line,
    group: talk.group === null ? null : displayCase(talk.group),
    byline: lines.byline,
    blocks: toBlocks(lines.rest, source),
  };
}
