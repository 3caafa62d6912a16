import type { TalkSource } from './inferStructure.js';
import { toBlocks } from './blocks.js';
import type { NotesSource } from './inlineLinks.js';
import { namesSpeakerByWord, parseLinkedSpeakers, parseMarkedTitle, parseSessionHeading } from './sessionHeading.js';
import { slotHeading } from './slotHeading.js';
import type { ReadSpeakerLines } from './speakerLineHabit.js';
import { parseSpeakerHeading } from './speakers/speakerLists.js';
import { roleHeadingSpeaker } from './speakers/speakerRoles.js';
import { displayCase } from './titleCase.js';
import type { Session, Speaker } from './types.js';
import { unquoted } from './unquoted.js';

/** How the file's talk headings write their speakers, weighed over all of them (sessionHeading.ts). */
export interface HeadingShape {
  orgInParentheses: boolean;
}

/** The names of a heading paired with the talk's title as its speakers; a word alone is one name. */
function pairedNames(text: string): Speaker[] {
  const word = text.trim();
  return parseSpeakerHeading(text) ?? (/^\S+$/u.test(word) ? [{ name: word, org: null }] : []);
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** The mark a done task item opens with once its box is read (`- [x] Title` → `- ✓ Title`). */
const DONE_MARK = /^✓\s+/u;

/** Pure: one talk the reading found → the session it shows, its title and speakers read from wherever the notes wrote them. */
export function toSession(
  talk: TalkSource,
  file: string,
  source: NotesSource,
  speakerLines: ReadSpeakerLines,
  headingShape?: HeadingShape,
): Session {
  // "- [x] Calm Systems (Jane Roe)": the check mark a done task keeps (dialects/taskLists.ts) is no word of the title.
  const text = talk.text.replace(DONE_MARK, '');
  const written = parseSessionHeading(text, { ...headingShape, speakerFirst: talk.speakerFirst });
  // "Jane Roe, Example University, *Title*": the emphasis says which part is the title.
  // "Title, [Jane Roe](https://twitter.com/jroe)": a name linked to a profile is the speaker.
  const headed =
    (written.speakers.length === 0 ? (parseMarkedTitle(talk.heading) ?? parseLinkedSpeakers(talk.heading)) : null) ??
    written;
  // "## Talk 1" then "__Topic__: Title": the label line names the talk; the slot heading, as written, goes to the speaker notes (asWritten).
  const slot = slotHeading(text);
  const lines = speakerLines(talk.body, slot !== null, talk.speakerHeading !== undefined);
  const labelled = slot && lines.title !== null ? parseSessionHeading(unquoted(lines.title)) : null;
  // Without a label line, "## Talk 2: John Doe" is John Doe's talk, called by his name as the notes do.
  const fromHeading = labelled
    ? { title: labelled.title, speakers: [...slot!.speakers, ...labelled.speakers] }
    : // Stryker disable next-line ConditionalExpression,LogicalOperator: a slot heading that names speakers itself names those slotHeading reads, after the same slot title
      slot && headed.speakers.length === 0
      ? { title: headed.title, speakers: slot.speakers }
      : headed;
  // The pairing found it names (speakerHeadings.ts): one word there (`#### Matz`) is a name too.
  const paired = talk.speakerHeading === undefined ? [] : pairedNames(talk.speakerHeading.text);
  // A line of its own names who speaks (`Jane Roe (Chef)` over `Title - Test-Driven Infrastructure`): a dash tail in the
  // title naming no one of them is its subtitle, not another speaker (`Title by John Doe` still names him).
  // So does a column of speakers beside a column of titles (`Keynote: Yes, I Test In Production` | `Charity Majors`).
  const apart = paired.length > 0 ? paired : talk.speakersApart ? (talk.speakers ?? []) : [];
  const subtitled =
    apart.length > 0 &&
    fromHeading.speakers.length > 0 &&
    !namesSpeakerByWord(text) &&
    !fromHeading.speakers.some((speaker) => apart.some((name) => sameName(name.name, speaker.name)));
  const titled = subtitled ? { title: displayCase(text), speakers: [] } : fromHeading;
  const speakers = [...titled.speakers];
  // Named in the title and by the reading too (`Jane Roe (Matz)`, the item naming its speaker): one speaker.
  speakers.push(
    ...(talk.speakers ?? []).filter((name) => !speakers.some((speaker) => sameName(speaker.name, name.name))),
  );
  // Named in the title and by its line of names too (`Fast Builds - Jane Roe` under `Jane Roe`): one speaker.
  speakers.push(...paired.filter((name) => !speakers.some((speaker) => sameName(speaker.name, name.name))));
  // Prose names a speaker only where nothing else does: "a surprise talk by John Doe" under "Sleep!, Jane Roe" is not hers.
  for (const speaker of lines.fromProse && speakers.length > 0 ? [] : lines.speakers) {
    const known = speakers.find((existing) => existing.name.toLocaleLowerCase() === speaker.name.toLocaleLowerCase());
    if (!known) speakers.push(speaker);
    else known.org ??= speaker.org;
  }
  // "## Jane Roe" in notes that name talks by who gave them: hers, unless a line names someone else.
  if (speakers.length === 0 && talk.namedFor) speakers.push(...talk.namedFor);
  // "### Jane Roe, Head of Research": a heading that names only the speaker and her role.
  const roled = speakers.length === 0 ? roleHeadingSpeaker(text) : null;
  if (roled) speakers.push(roled);
  return {
    title: titled.title || displayCase(text),
    heading: talk.heading,
    speakers,
    file,
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
