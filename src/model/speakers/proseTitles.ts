import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { picturesOnly } from '../blocks.js';
import type { TalkSource } from '../inferStructure.js';
import type { Speaker } from '../types.js';
import { parseSessionHeading } from '../sessionHeading.js';
import { parseSpeakerList } from './speakerLists.js';

/** A talk's real title and speakers, said in the first sentence of its notes under a heading of the author's own. */
export interface ProseTitle {
  title: string;
  speakers: Speaker[];
}

/** At least this many talks of a file must open so before their headings are taken for the author's topics. */
export const MIN_PROSE_TITLES = 2;
/** The paragraph that says it is among a talk's first blocks (after a picture, say). */
const FIRST_BLOCKS = 2;
/** Stand-ins for the marks of an emphasised run while the paragraph is read as text. */
const OPEN = '\u{E010}';
const CLOSE = '\u{E011}';
/** A participle before "by": "done by", "presented by", "apresentado por", "présentée par", "vorgestellt von", "tenuto da". */
const PARTICIPLE = String.raw`(?:done|presented|given|held|run|hosted|led|delivered|presentad[oa]|apresentad[oa]|pr[ée]sent[ée]e?|vorgestellt|gehalten|tenut[oa]|presentat[oa])`;
/** "by" in the corpus languages. */
const BY = String.raw`(?:by|de|di|do|da|del|della|von|par|por)`;
/** A name: two to four capitalised words (particles allowed). */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}'’-]+|\.)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|van|von|de|da|di|du|del|dos|der|la|le)){1,3}`;
/** Names joined as bylines join them: "Jane Roe and John Doe", "Ana Gómez y Luis Pérez". */
const NAMES = String.raw`(${NAME}(?:\s*(?:,|,?\s+(?:and|&|et|und|y|e))\s+${NAME})*)`;
/** The title set apart (emphasis or quotes), then who gave it. */
const SAID = new RegExp(
  String.raw`(?:${OPEN}([^${OPEN}${CLOSE}]{3,160})${CLOSE}|["“«„]([^"“”«»„]{3,160})["”»“])\s*,?\s+(?:${PARTICIPLE}\s+)?${BY}\s+${NAMES}`,
  'u',
);
/** A sentence's end: the title must be said in the first sentence. */
const SENTENCE_END = /[.!?。！？](?:\s|$)/u;

/**
 * Pure: the talk's title and speakers as the first sentence of its notes says them, the title set apart by emphasis or
 * quotes, then "by" and the names: `Next up was _Moving Energy Into the Cloud_ by [Jane Roe](…) from Example`, `I joined
 * “Feature Gluttony” by Jane Roe and John Doe`, `la charla _Tests de integración_ de Ana Gómez`. Null when it does not.
 */
export function proseTitle(body: RootContent[]): ProseTitle | null {
  const paragraph = body
    .slice(0, FIRST_BLOCKS)
    .find((node): node is Paragraph => node.type === 'paragraph' && !picturesOnly(node));
  if (!paragraph) return null;
  const text = marked(paragraph.children);
  const match = SAID.exec(text);
  if (!match) return null;
  // Stryker disable next-line StringLiteral: an emphasised run opens with a word, so what stands in for OPEN ends no sentence
  const before = text.slice(0, match.index).replaceAll(OPEN, '');
  if (SENTENCE_END.test(before.replaceAll(CLOSE, ''))) return null;
  const speakers = parseSpeakerList(match[3]!);
  const title = (match[1] ?? match[2])!.trim();
  // The text's spaces are single ones (marked).
  return speakers && title.split(' ').length >= 2 ? { title, speakers } : null;
}

/** A paragraph's words, emphasised runs between stand-in marks, links and code as their text. */
function marked(children: PhrasingContent[]): string {
  return children
    .map((child) =>
      child.type === 'emphasis' || child.type === 'strong' ? `${OPEN}${toString(child)}${CLOSE}` : toString(child),
    )
    .join('')
    .replace(/\s+/g, ' ');
}

/**
 * Pure: where at least MIN_PROSE_TITLES talks of the file open their notes by saying their title and speakers, the
 * headings are the author's topics ("## DIY renewable energy"): each such talk takes the title and speakers its notes
 * say. A talk whose heading names its speakers keeps its heading.
 */
export function readProseTitles<Day extends { talks: TalkSource[] }>(days: Day[]): Day[] {
  const said = new Map<TalkSource, ProseTitle>();
  for (const talk of days.flatMap((day) => day.talks)) {
    const named =
      (talk.speakers?.length ?? 0) > 0 ||
      talk.speakerHeading !== undefined ||
      parseSessionHeading(talk.text).speakers.length > 0;
    const found = named ? null : proseTitle(talk.body);
    if (found) said.set(talk, found);
  }
  if (said.size < MIN_PROSE_TITLES) return days;
  return days.map((day) => ({
    ...day,
    talks: day.talks.map((talk) => {
      const found = said.get(talk);
      return found ? { ...talk, text: found.title, speakers: found.speakers } : talk;
    }),
  }));
}
