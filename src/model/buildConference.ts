import type { ParsedNotes } from '../parse/parseNotes.js';
import { toBlocks } from './blocks.js';
import { notesSource, type NotesSource } from './inlineLinks.js';
import { authorsField, dateField, stringField, titleFromFileName } from './frontMatterFields.js';
import { eventNameIn } from './eventName.js';
import { headinglessStructure } from './headinglessStructure.js';
import { isDayTitle } from './headingKinds.js';
import { inferStructure, type DaySource, type TalkSource } from './inferStructure.js';
import type { OutlineSection } from './outline.js';
import { chooseReading, forcedReading, type Reading, type ReadingShape } from './reading/chooseReading.js';
import { readingEvidence } from './reading/evidence.js';
import { expandListTalks } from './reading/expandListTalks.js';
import { readHeadingSeries } from './reading/headingSeries.js';
import { structureOption } from './reading/structureOption.js';
import { buildOutline } from './outline.js';
import {
  parseLinkedSpeakers,
  parseMarkedTitle,
  parseSessionHeading,
  writesOrgInParentheses,
  writesSpeakerFirst,
} from './sessionHeading.js';
import { firstBulletSpeaker, roleHeadingSpeaker, takeSpeakerLines } from './speakers/speakerLines.js';
import { displayCase } from './titleCase.js';
import { slotHeading } from './slotHeading.js';
import { joinRevisits } from './revisits.js';
import { pairSpeakerHeadings } from './speakerHeadings.js';
import { readSlotSpeakers } from './slotSpeakers.js';
import { parseSpeakerHeading } from './speakers/names.js';
import { checkTalkCount, checkTalkPoints } from './workBounds.js';
import type { Block, Conference, Day, Session, Warning } from './types.js';
import { wordsOf } from '../words.js';

export interface BuildOptions {
  /** A reading chosen by the user (config `structure`); the notes' own front matter `structure` wins. */
  structure?: ReadingShape;
}

/** Pure: one parsed notes file → the conference it describes. */
export function buildConference(notes: ParsedNotes, options: BuildOptions = {}): Conference {
  const warnings: Warning[] = notes.repairs.map(({ line, message }) => ({ file: notes.file, line, message }));
  const warn = (line: number | null, message: string) => warnings.push({ file: notes.file, line, message });
  const source = notesSource(notes.source, notes.tree);
  const outline = buildOutline(notes.tree.children, notes.source);
  if (outline.boldHeadings) warn(null, 'No headings: bold lines were read as headings');

  // A lone leading H1 names the conference; what it holds is the notes. So does a lone heading of any rank that
  // names an event with its year ("## FOSDEM 2019 Go devroom" over the talks): a talk's title seldom does.
  const [only] = outline.sections;
  const titleSection =
    outline.sections.length === 1 && only!.children.length > 0 && (only!.rank === 1 || eventNameIn(only!.text) !== null)
      ? only!
      : null;
  const sections = titleSection ? titleSection.children : outline.sections;
  const preamble = titleSection ? [...outline.preamble, ...titleSection.content] : outline.preamble;

  const frontMatterTitle = stringField(notes.frontMatter.title);
  let titleLine: string | null = null;
  let rules: Reading;
  if (sections.length > 0) {
    const structure = inferStructure(readSlotSpeakers(pairSpeakerHeadings(sections)));
    const days = expandListTalks(structure.days, notes.source);
    rules = {
      shape: shapeOf(days, sections),
      intro: preamble,
      days,
      asides: structure.asides,
      evidence: readingEvidence(days),
    };
    for (const note of structure.notes) warn(note.line, note.message);
  } else {
    const headingless = headinglessStructure(preamble, notes.source);
    // A first line that could name the notes is only taken out when it does: with a front matter title it stays prose.
    titleLine =
      frontMatterTitle === null || sameWords(frontMatterTitle, headingless.titleLine) ? headingless.titleLine : null;
    const intro =
      titleLine === null && headingless.titleNode ? [headingless.titleNode, ...headingless.intro] : headingless.intro;
    const days =
      headingless.talks.length > 0
        ? [{ heading: null, text: null, line: null, intro: [], talks: headingless.talks }]
        : [];
    rules = {
      shape: { days: null, talks: headingless.carrier === 'separators' ? 'rules' : 'list' },
      intro,
      days,
      asides: [],
      evidence: readingEvidence(days),
    };
    if (headingless.carrier)
      warn(
        null,
        `No headings: talks were read from ${headingless.carrier === 'separators' ? '`---` rules between them' : 'the items of the top-level list'}`,
      );
  }
  const nodes = titleSection
    ? notes.tree.children.filter((node) => node.position?.start.line !== titleSection.line)
    : notes.tree.children;
  const asked = structureOption(notes.frontMatter.structure, notes.file) ?? options.structure ?? null;
  const forced = asked ? forcedReading(asked, rules, nodes, notes.source) : null;
  if (asked && !forced)
    warn(null, `The structure asked for (talks: ${asked.talks}) found no talks: the structure was inferred`);
  const chosen = forced ? { ...forced, confidence: 1, runnerUp: null } : chooseReading(rules, nodes, notes.source);
  // Talk headings that mostly write the speaker first are all read so (a list decides for its own items).
  const headingTalks = chosen.days.flatMap((day) => day.talks).filter((talk) => talk.speakerFirst === undefined);
  const speakerFirst = writesSpeakerFirst(headingTalks.map((talk) => talk.text));
  // Headings that write "Title - Jane Roe (Example)" read "Jane Roe (Red Hat)" so too.
  const headingShape = { orgInParentheses: writesOrgInParentheses(headingTalks.map((talk) => talk.text)) };
  const firstRead = speakerFirst
    ? chosen.days.map((day) => ({
        ...day,
        talks: day.talks.map((talk) => (talk.speakerFirst === undefined ? { ...talk, speakerFirst } : talk)),
      }))
    : chosen.days;
  // A day's talk headings numbered "1 ", "2 " or all ending in "，Name" are read so together.
  const days = firstRead.map((day) =>
    day.talks.every((talk) => talk.speakerFirst === undefined) ? { ...day, talks: readHeadingSeries(day.talks) } : day,
  );
  const { asides } = chosen;
  const intro = chosen.intro;

  // A lone H1 with nothing under it but notes names the file's only talk: it names the recap too, before the file name does.
  const onlyTalkH1 =
    outline.sections.length === 1 && only!.rank === 1 && only!.children.length === 0 ? only!.text : null;
  const authorTitle = frontMatterTitle ?? (titleSection ? titleSection.text : null) ?? titleLine ?? onlyTalkH1;
  // A title that names only a day ("Day 2 – Keynotes"), or none, gives way to the event the notes name with its year.
  const eventName =
    titleLine === null && (authorTitle === null || isDayTitle(authorTitle)) ? eventNameIn(notes.source) : null;
  const title = eventName ?? authorTitle ?? titleFromFileName(notes.file);
  // A lone H1 the title outranks is still the author's words: it opens the intro.
  const unusedH1: Block[] =
    titleSection && !sameWords(title, titleSection.text)
      ? [{ kind: 'paragraph', line: titleSection.line, role: 'prose', markdown: titleSection.heading }]
      : [];
  const speakerLines = readSpeakerLines(days, notes.source);
  const conference: Conference = {
    title: displayCase(title),
    date: dateField(notes.frontMatter.date),
    authors: authorsField(notes.frontMatter),
    files: [notes.file],
    intro: [...unusedH1, ...toBlocks(intro, source)],
    days: days.map((day) =>
      joinDayRevisits(
        toDay(day, days.length > 1 ? 'Talks' : displayCase(title), notes, source, speakerLines, headingShape),
        warn,
      ),
    ),
    extras: asides.map(({ section, kind, placement }) => ({
      title: displayCase(section.text),
      heading: section.heading,
      line: section.line,
      kind,
      placement,
      blocks: toBlocks(section.body, source),
    })),
    warnings,
    structure: {
      ...chosen.shape,
      confidence: chosen.confidence,
      runnerUp: chosen.runnerUp && { days: chosen.runnerUp.days, talks: chosen.runnerUp.talks },
      source: forced ? (notes.frontMatter.structure !== undefined ? 'front matter' : 'config') : 'inferred',
    },
  };
  if (conference.days.length === 0 && conference.intro.length > 0) {
    // Nothing to hang talks on: the notes are shown as one session rather than lost.
    warn(null, 'No headings, rules or nested list found: the notes are shown as one session');
    conference.days.push({
      title: conference.title,
      heading: null,
      line: null,
      intro: [],
      sessions: [
        {
          title: conference.title,
          heading: conference.title,
          speakers: [],
          file: notes.file,
          line: conference.intro[0]!.line,
          group: null,
          byline: [],
          blocks: conference.intro,
        },
      ],
    });
    conference.intro = [];
  }
  checkTalkCount([conference]);
  checkTalkPoints(conference);
  return conference;
}

/** Whether two titles say the same thing, case and punctuation aside. */
function sameWords(a: string, b: string | null): boolean {
  return b !== null && wordsOf(a).join(' ') === wordsOf(b).join(' ');
}

type ReadSpeakerLines = (body: TalkSource['body'], slot: boolean) => ReturnType<typeof takeSpeakerLines>;

/**
 * How speaker lines are read in these notes: a bare name as a talk's first bullet counts only when
 * another talk's first bullet names its speaker with a handle or a role (the notes' own habit).
 */
function readSpeakerLines(days: DaySource[], source: string): ReadSpeakerLines {
  const bareNameBullets = days.some((day) =>
    day.talks.some((talk) => firstBulletSpeaker(talk.body, source) === 'marked'),
  );
  return (body, slot) => takeSpeakerLines(body, source, { slot, bareNameBullets });
}

/** A session the author came back to later in the day is one session (revisits.ts). */
function joinDayRevisits(day: Day, warn: (line: number | null, message: string) => void): Day {
  const { sessions, joined } = joinRevisits(day.sessions);
  for (const entry of joined)
    warn(entry.line, `Read this as a return to \`${entry.title}\` (line ${entry.to}): one session`);
  return { ...day, sessions };
}

/** `untitled`: the title of a day the notes did not name. */
function toDay(
  day: DaySource,
  untitled: string,
  notes: ParsedNotes,
  source: NotesSource,
  speakerLines: ReadSpeakerLines,
  headingShape: HeadingShape,
): Day {
  return {
    title: day.text === null ? untitled : displayCase(day.text),
    heading: day.heading,
    line: day.line,
    intro: toBlocks(day.intro, source),
    sessions: day.talks.map((talk) => toSession(talk, notes, source, speakerLines, headingShape)),
  };
}

/** How the file's talk headings write their speakers, weighed over all of them. */
interface HeadingShape {
  orgInParentheses: boolean;
}

function toSession(
  talk: TalkSource,
  notes: ParsedNotes,
  source: NotesSource,
  speakerLines: ReadSpeakerLines,
  headingShape: HeadingShape,
): Session {
  const written = parseSessionHeading(talk.text, { ...headingShape, speakerFirst: talk.speakerFirst });
  // "Jane Roe, Example University, *Title*": the emphasis says which part is the title.
  // "Title, [Jane Roe](https://twitter.com/jroe)": a name linked to a profile is the speaker.
  const headed =
    (written.speakers.length === 0 ? (parseMarkedTitle(talk.heading) ?? parseLinkedSpeakers(talk.heading)) : null) ??
    written;
  // "## Talk 1" then "__Topic__: Title": the label line names the talk; the slot heading, as written, goes to the speaker notes (asWritten).
  const slot = slotHeading(talk.text);
  const lines = speakerLines(talk.body, slot !== null);
  const labelled = slot && lines.title !== null ? parseSessionHeading(unquoted(lines.title)) : null;
  // Without a label line, "## Talk 2: John Doe" is John Doe's talk, called by his name as the notes do.
  const fromHeading = labelled
    ? { title: labelled.title, speakers: [...slot!.speakers, ...labelled.speakers] }
    : slot && headed.speakers.length === 0
      ? { title: headed.title, speakers: slot.speakers }
      : headed;
  const speakers = [
    ...fromHeading.speakers,
    ...(talk.speakers ?? []),
    ...(talk.speakerHeading === undefined ? [] : (parseSpeakerHeading(talk.speakerHeading.text) ?? [])),
  ];
  for (const speaker of lines.speakers) {
    const known = speakers.find((existing) => existing.name.toLocaleLowerCase() === speaker.name.toLocaleLowerCase());
    if (!known) speakers.push(speaker);
    else known.org ??= speaker.org;
  }
  // "## Jane Roe" in notes that name talks by who gave them: hers, unless a line names someone else.
  if (speakers.length === 0 && talk.namedFor) speakers.push(...talk.namedFor);
  // "### Jane Roe, Head of Research": a heading that names only the speaker and her role.
  const roled = speakers.length === 0 ? roleHeadingSpeaker(talk.text) : null;
  if (roled) speakers.push(roled);
  return {
    title: fromHeading.title || displayCase(talk.text),
    heading: talk.heading,
    speakers,
    file: notes.file,
    line: talk.line,
    group: talk.group === null ? null : displayCase(talk.group),
    // A speaker heading with markup (a link to the speaker) keeps it in the speaker notes.
    byline:
      talk.speakerHeading && talk.speakerHeading.heading !== talk.speakerHeading.text
        ? [talk.speakerHeading.heading, ...lines.byline]
        : lines.byline,
    blocks: toBlocks(lines.rest, source),
  };
}

/** A label line's title without the quotes around it: `**Title:** *“Why Networks Matter”*`. */
function unquoted(title: string): string {
  const match = /^["“„«「『](.+)["”“»」』]$/u.exec(title.trim());
  return match ? match[1]!.trim() : title;
}

/** The heading ranks the rule-based reading put its days and talks at: the most common of each. */
function shapeOf(days: DaySource[], sections: OutlineSection[]): ReadingShape {
  const ranks = new Map<number, number>();
  const visit = (section: OutlineSection) => {
    ranks.set(section.line, section.writtenRank ?? section.rank);
    section.children.forEach(visit);
  };
  sections.forEach(visit);
  const level = (lines: (number | null)[]): string | null => {
    const counts = new Map<string, number>();
    for (const line of lines) {
      const rank = line === null ? undefined : ranks.get(line);
      const name = rank === undefined ? 'list' : rank > 6 ? 'bold' : `h${rank}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const dayLines = days.map((day) => day.line).filter((line) => line !== null);
  return {
    days: dayLines.length > 0 ? level(dayLines) : null,
    talks: level(days.flatMap((day) => day.talks.map((talk) => talk.line))) ?? 'none',
  };
}
