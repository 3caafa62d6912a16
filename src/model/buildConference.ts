import type { RootContent } from 'mdast';
import type { ParsedNotes } from '../parse/parseNotes.js';
import { toBlocks } from './blocks.js';
import { notesSource } from './inlineLinks.js';
import { authorsField, dateField, stringField } from './frontMatterFields.js';
import { eventNameIn } from './eventName.js';
import { headinglessStructure } from './headinglessStructure.js';
import { inferStructure } from './inferStructure.js';
import { unnamedDay } from './unnamedDay.js';
import { chooseReading, forcedReading, type Reading, type ReadingShape } from './reading/chooseReading.js';
import { readingEvidence } from './reading/evidence.js';
import { expandListTalks } from './reading/expandListTalks.js';
import { readHeadingSeries } from './reading/headingSeries.js';
import { structureOption } from './reading/structureOption.js';
import { oneTalkConfidence, readOneTalk } from './oneTalk.js';
import { buildOutline } from './outline.js';
import { shapeOf } from './readingShape.js';
import { sameWords } from './sameWords.js';
import { showsEveryWord } from '../words.js';
import { writesOrgInParentheses, writesSpeakerFirst } from './sessionHeading.js';
import { readSpeakerLines } from './speakerLineHabit.js';
import { displayCase, displayName } from './titleCase.js';
import { conferenceTitle } from './title/conferenceTitle.js';
import { notesYear } from './title/notesYear.js';
import { joinDayRevisits, toDay } from './toDay.js';
import { pairSpeakerHeadings } from './speakerHeadings.js';
import { readSlotSpeakers } from './slotSpeakers.js';
import { readCommaSpeakers } from './commaSpeakers.js';
import { readProseTitles } from './speakers/proseTitles.js';
import { checkTalkCount, checkTalkPoints } from './workBounds.js';
import type { Block, Conference, Warning } from './types.js';

export interface BuildOptions {
  /** A reading chosen by the user (config `structure`); the notes' own front matter `structure` wins. */
  structure?: ReadingShape;
}

/** What carried the talks of notes without headings, as the warning names it. */
const HEADINGLESS_CARRIERS = {
  separators: '`---` rules between them',
  lines: 'the title lines over their notes',
  list: 'the items of the top-level list',
} as const;

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
  const date = dateField(notes.frontMatter.date);
  // Notes of one talk (a speaker key, a talk's outline): the whole file is the talk, its sections the talk's parts.
  const oneTalk = readOneTalk({
    frontMatter: notes.frontMatter,
    frontMatterKind: notes.frontMatterKind,
    sections,
    titleSection,
    date,
  });
  let titleLine: string | null = null;
  let titleNode: RootContent | null = null;
  let rules: Reading;
  if (oneTalk) {
    const titleLines = new Set([titleSection?.line, oneTalk.titleHeading?.line]);
    // A table of contents under the title heading opens the notes, not the talk's points.
    const contents = new Set<RootContent>(oneTalk.titleHeading?.content ?? []);
    const body = notes.tree.children.filter(
      (node) => !titleLines.has(node.position?.start.line) && !contents.has(node),
    );
    const talk = {
      // The heading as written (`20160614_Nomad-ClusterScheduler`) stays in the speaker notes.
      heading: oneTalk.titleHeading?.heading ?? oneTalk.title,
      text: oneTalk.title,
      line: oneTalk.titleHeading?.line ?? titleSection?.line ?? body[0]?.position?.start.line ?? 1,
      body,
      group: null,
      speakers: oneTalk.speakers,
    };
    const days = [unnamedDay([talk])];
    rules = {
      shape: { days: null, talks: 'file' },
      intro: [...contents],
      days,
      asides: [],
      evidence: oneTalk.evidence,
    };
  } else if (sections.length > 0) {
    const structure = inferStructure(readCommaSpeakers(readSlotSpeakers(pairSpeakerHeadings(sections)), notes.source));
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
    titleNode = titleLine === null ? null : headingless.titleNode;
    const intro =
      titleLine === null && headingless.titleNode ? [headingless.titleNode, ...headingless.intro] : headingless.intro;
    const days = headingless.talks.length > 0 ? [unnamedDay(headingless.talks)] : [];
    rules = {
      shape: {
        days: null,
        talks: headingless.carrier === 'separators' ? 'rules' : headingless.carrier === 'lines' ? 'lines' : 'list',
      },
      intro,
      days,
      asides: [],
      evidence: readingEvidence(days),
    };
    if (headingless.carrier)
      warn(null, `No headings: talks were read from ${HEADINGLESS_CARRIERS[headingless.carrier]}`);
  }
  const nodes = titleSection
    ? notes.tree.children.filter((node) => node.position?.start.line !== titleSection.line)
    : notes.tree.children;
  const asked = structureOption(notes.frontMatter.structure, notes.file) ?? options.structure ?? null;
  const forced = asked ? forcedReading(asked, rules, nodes, notes.source) : null;
  if (asked && !forced)
    warn(null, `The structure asked for (talks: ${asked.talks}) found no talks: the structure was inferred`);
  const chosen = forced
    ? { ...forced, confidence: 1, runnerUp: null }
    : oneTalk
      ? // Its lists are the talk's points, never talks: no other reading is weighed.
        { ...rules, confidence: oneTalkConfidence(oneTalk.evidence), runnerUp: null }
      : chooseReading(rules, nodes, notes.source);
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
  // Headings of the author's own topics over notes that say each talk's title and speakers give way to them.
  const days = readProseTitles(
    firstRead.map((day) =>
      day.talks.every((talk) => talk.speakerFirst === undefined)
        ? { ...day, talks: readHeadingSeries(day.talks) }
        : day,
    ),
  );
  const { asides } = chosen;
  const intro = chosen.intro;

  // A lone H1 with nothing under it but notes names the file's only talk: it names the recap too, before the file name does.
  const onlyTalkH1 =
    // Stryker disable next-line ConditionalExpression: a lone H1 with sections under it is the title section, whose text comes first
    outline.sections.length === 1 && only!.rank === 1 && only!.children.length === 0 ? only!.text : null;
  const dayTitles = days.flatMap((day) => (day.text === null ? [] : [day.text]));
  const givenTitle = frontMatterTitle ?? (titleSection ? titleSection.text : null) ?? titleLine;
  // A talk's title names the recap when nothing else does: a blog post's file date is no year of the talk's.
  const namedByTalk = oneTalk ? oneTalk.conference === null : givenTitle === null && onlyTalkH1 !== null;
  const title = conferenceTitle({
    // One talk's recap is named by its event (`conference: Devoxx FR`), else by the talk.
    author: oneTalk ? (oneTalk.conference ?? oneTalk.title) : (givenTitle ?? onlyTalkH1),
    searchText: titleLine === null,
    source: notes.source,
    opening: openingParagraph(preamble, notes.source),
    year: notesYear(date, dayTitles, namedByTalk ? '' : notes.file),
    dayTitles,
    // The heading the notes open with, when nothing comes before it.
    firstHeading: outline.preamble.length === 0 ? (outline.sections[0]?.text ?? null) : null,
    file: notes.file,
  });
  // A lone H1 or a first line the title outranks, or cleans ("… Notes"), is still the author's words: it opens the
  // intro. So does an H1 whose link (`# Notes from [PyCon](https://…)`) the title slide cannot show.
  const unusedH1: Block[] =
    titleSection && !showsEveryWord(titleSection.heading, title)
      ? [{ kind: 'paragraph', line: titleSection.line, role: 'prose', markdown: titleSection.heading }]
      : titleLine !== null && titleNode !== null && !sameWords(title, titleLine)
        ? toBlocks([titleNode], source)
        : [];
  const speakerLines = readSpeakerLines(days, notes.source);
  const conference: Conference = {
    title: displayName(title),
    date,
    // A talk header's `@author` is who gave the talk, not who took the notes.
    authors: authorsField(notes.frontMatter).filter(
      (name) => !oneTalk?.speakers.some((speaker) => sameWords(speaker.name, name)),
    ),
    files: [notes.file],
    intro: [...unusedH1, ...toBlocks(intro, source)],
    days: days.map((day) =>
      joinDayRevisits(
        toDay(day, days.length > 1 ? 'Talks' : displayName(title), notes.file, source, speakerLines, headingShape),
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

/** The notes' first paragraph before any heading, as written: where a post names the event it is about. */
function openingParagraph(preamble: RootContent[], source: string): string | null {
  const first = preamble.find((node) => node.type === 'paragraph');
  return first?.position ? source.slice(first.position.start.offset, first.position.end.offset) : null;
}
